"""Where a clause's subject is found, as minimal pairs (``kg.extract.view`` and the event frames that use it).

Each positive sentence asserts the exact fact; each negative differs by the guarded construction and still
finds the names. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

CHINA = {"en": "People's Republic of China", "id": "Republik Rakyat Tiongkok"}
JAPAN = {"en": "Japan", "id": "Jepang"}


@pytest.mark.parametrize(("text", "lang"), [
    ("On Friday, Japan accused China of hacking.", "en"),  # no name before the comma
    ("Pada hari Jumat, Jepang menuduh China melakukan peretasan.", "id"),
    ("After meeting Lula, Japan accused China of hacking.", "en"),  # a person's name before the comma
    ("Setelah bertemu Lula, Jepang menuduh China melakukan peretasan.", "id"),
])
def test_a_country_after_a_comma_is_the_subject_unless_it_places_a_city(text: str, lang: str) -> None:
    """ "tiba di Beijing, China, …" skips the country that only places the city; after anything else the
    country after the comma is the subject."""
    assert read(text, lang).events(EventKind.ACCUSATION) == {((JAPAN[lang],), (CHINA[lang],))}


@pytest.mark.parametrize(("text", "lang", "agent"), [
    ("Rights group Amnesty International accused Myanmar of torture.", "en", "Amnesty International"),
    ("Lembaga pemantau Human Rights Watch menuduh Myanmar melakukan penyiksaan.", "id", "Human Rights Watch"),
])
def test_a_few_descriptive_words_before_the_subject_keep_it_the_subject(text: str, lang: str, agent: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((agent,), ("Myanmar",))}


def test_a_counted_common_noun_before_a_country_is_the_subject_not_the_country() -> None:
    """ "Sebanyak 20 pejabat Jepang": the officials accuse, not Japan (the lead is no descriptor: a number)."""
    assert read("Jepang menuduh China melakukan peretasan.", "id").events(EventKind.ACCUSATION) == {
        (("Jepang",), ("Republik Rakyat Tiongkok",))}
    found = read("Sebanyak 20 pejabat Jepang menuduh China melakukan peretasan.", "id")
    assert found.entity_names() >= {"Jepang", "Republik Rakyat Tiongkok"}
    assert found.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Japan and South Korea sent envoys to Vietnam. During the summit in Hanoi, Tokyo and Seoul denied the "
     "report.", "en"),
    ("Jepang dan Korea Selatan mengirim utusan ke Vietnam. Dalam pertemuan puncak di Hanoi, Tokyo dan Seoul "
     "membantah laporan itu.", "id"),
])
def test_capitals_after_an_opening_adverbial_act_for_their_countries(text: str, lang: str) -> None:
    """The summit in the opening adverbial is a meeting of the main clause's subjects: capitals that stand for
    countries named in the document are those countries, as they are for the main verb."""
    found = read(text, lang)
    parties = tuple(sorted((JAPAN[lang], "South Korea" if lang == "en" else "Korea Selatan")))
    assert found.events(EventKind.MEETING) == {(parties, ())}
    assert found.events(EventKind.DENIAL) == {(parties, ())}


@pytest.mark.parametrize(("active", "passive", "lang", "us"), [
    ("Washington sanctioned Moscow on Monday.", "Moscow was sanctioned by Washington on Monday.", "en",
     "United States of America"),
    ("Washington menjatuhkan sanksi terhadap Moskwa pada hari Senin.",
     "Moskwa dijatuhi sanksi oleh Washington pada hari Senin.", "id", "Amerika Serikat"),
])
def test_a_passive_sanction_is_the_same_fact_as_the_active(active: str, passive: str, lang: str, us: str) -> None:
    """The imposing capital acts for its country; the target is what the text names, in either voice."""
    context = ("Russia and the United States traded blame. " if lang == "en"
               else "Rusia dan Amerika Serikat saling menyalahkan. ")
    expected = {((us,), ("Moscow",))}
    assert read(context + active, lang).events(EventKind.SANCTION) == expected
    assert read(context + passive, lang).events(EventKind.SANCTION) == expected


def test_an_ambassador_to_a_two_word_country_belongs_to_the_sending_country() -> None:
    found = read("Duta Besar Jepang untuk Korea Selatan Kenji Tanaka tiba di Seoul pada hari Senin.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Kenji Tanaka", "Jepang")}
    assert found.events(EventKind.VISIT) == {(("Kenji Tanaka",), ("Seoul",))}
