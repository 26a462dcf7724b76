"""Who owns a decision (or another act noun) an infinitive completes imposes the sanctions, not who judges it (issue
9, session 17, branch fix17): "Bolivia praised the decision of Ecuador to impose sanctions on Brazil" (already read
so on main, also after another sentence: mut22's note) and "Bolivia welcomed the decision by Ecuador to …" (new: a
by-phrase owns the act as an of-phrase does) are Ecuador's sanction; "Bolivia memuji keputusan Ekuador untuk
menjatuhkan sanksi terhadap Brasil" likewise. Where the subject itself decided, the sanction stays its own. By the
exact fact.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Chile met Peru. Bolivia praised the decision of Ecuador to impose sanctions on Brazil.", "en",
     (("Ecuador",), ("Brazil",))),
    ("Bolivia welcomed the decision by Ecuador to impose sanctions on Brazil.", "en", (("Ecuador",), ("Brazil",))),
    ("Chile bertemu Peru. Bolivia memuji keputusan Ekuador untuk menjatuhkan sanksi terhadap Brasil.", "id",
     (("Ekuador",), ("Brasil",))),
], ids=["en-of", "en-by", "id-untuk"])
def test_the_owner_of_the_decision_imposes(text: str, lang: str,
                                           fact: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {fact}


def test_a_subject_that_decided_imposes_its_own() -> None:
    found = read("Bolivia decided to impose sanctions on Brazil, a decision welcomed by Ecuador.", "en")
    assert found.events(EventKind.SANCTION) == {(("Bolivia",), ("Brazil",))}
