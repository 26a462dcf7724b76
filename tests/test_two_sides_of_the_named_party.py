""""The two sides" in a sentence that names one of an earlier pair (issue 9, session 18, branch en18t): "Ruiz and Vidal
held talks … Arce later met Lula … Ruiz said the two sides had agreed" — the sentence speaks of its own party's pair,
however far back their meeting was told, not of the pair that met last; "Peru's foreign ministry said the two
countries had agreed" after Peru's president met Chile's is Chile and Peru. A sentence that names neither of an
earlier pair still takes the last pair. English and Indonesian; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TALKS_EN = ("Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Marta Vidal held talks in Lima on Monday. "
            "Bolivian President Luis Arce later met Brazilian President Luiz Inacio Lula da Silva in Brasilia. ")
TALKS_ID = ("Menteri Luar Negeri Chili Ana Ruiz dan Menteri Luar Negeri Peru Marta Vidal mengadakan pembicaraan di "
            "Lima, Senin. Presiden Bolivia Luis Arce kemudian bertemu Presiden Brasil Luiz Inacio Lula da Silva di "
            "Brasilia. ")
LEADERS_EN = ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte held talks in Lima on Monday. "
              "Bolivian President Luis Arce later met Brazilian President Luiz Inacio Lula da Silva in Brasilia. ")
LAST = ("Luis Arce", "Luiz Inácio Lula da Silva")


@pytest.mark.parametrize(("text", "lang", "pair"), [
    (TALKS_EN + "Ruiz said the two sides had agreed to reopen their embassies.", "en", ("Ana Ruiz", "Marta Vidal")),
    (TALKS_ID + "Ruiz mengatakan kedua pihak sepakat membuka kembali kedutaan.", "id", ("Ana Ruiz", "Marta Vidal")),
    (LEADERS_EN + "Peru's foreign ministry said the two countries had agreed to reopen their embassies.", "en",
     ("Chile", "Peru")),
], ids=["en-speaker", "id-speaker", "en-country"])
def test_the_pair_of_the_party_the_sentence_names(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(pair, ())}


@pytest.mark.parametrize(("text", "lang"), [
    (TALKS_EN + "A spokesman said the two sides had agreed to reopen their embassies.", "en"),
    (TALKS_ID + "Seorang juru bicara mengatakan kedua pihak sepakat membuka kembali kedutaan.", "id"),
], ids=["en-no-party-named", "id-no-party-named"])
def test_a_sentence_naming_no_party_takes_the_last_pair(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(LAST, ())}
