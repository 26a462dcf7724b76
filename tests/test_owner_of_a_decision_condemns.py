"""Who condemns under a noun of an act that another accusing verb governs (branch fix15, mut19 bug "decision of Peru
to condemn"): "Chile criticised the decision of Peru to condemn the attack by Bolivia" — the decision's owner
condemns, not the critic, also when the governing verb accuses as the infinitive does (before, only a verb of another
kind handed the infinitive to the parse). English "the decision of X to" (an of-phrase after a noun of an act),
"X's decision to"; Indonesian "keputusan X untuk". A place after "in"/"di" owns no decision: the critic condemns.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Chile criticised the decision of Peru to condemn the attack by Bolivia on Ecuador.", "en",
     {(("Peru",), ("Bolivia",))}),
    ("Chile criticised the decision of Peru to condemn Bolivia.", "en", {(("Peru",), ("Bolivia",))}),
    ("Chile criticised Peru's decision to condemn the attack by Bolivia on Ecuador.", "en",
     {(("Chile",), ("Peru",)), (("Peru",), ("Bolivia",))}),
    ("Chile mengkritik keputusan Peru untuk mengecam serangan oleh Bolivia terhadap Ekuador.", "id",
     {(("Chili",), ("Peru",)), (("Peru",), ("Bolivia",))}),
    ("Chile mengkritik keputusan Peru untuk mengecam Bolivia.", "id",
     {(("Chili",), ("Peru",)), (("Peru",), ("Bolivia",))}),
])
def test_the_owner_of_the_decision_condemns(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == facts


@pytest.mark.parametrize(("text", "lang", "critic"), [
    ("Chile criticised the decision in Peru to condemn the attack by Bolivia on Ecuador.", "en", "Chile"),
    ("Chile mengkritik keputusan di Peru untuk mengecam serangan oleh Bolivia terhadap Ekuador.", "id", "Chili"),
    ("Chile decided to condemn the attack by Bolivia on Ecuador.", "en", "Chile"),
])
def test_no_owner_before_the_infinitive_the_subject_condemns(text: str, lang: str, critic: str) -> None:
    found = read(text, lang)
    assert "Ecuador" in found.entity_names() or "Ekuador" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == {((critic,), ("Bolivia",))}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Bolivia praised the decision of Ecuador to impose sanctions on Brazil.", "en", (("Ecuador",), ("Brazil",))),
    ("Bolivia memuji keputusan Ekuador untuk menjatuhkan sanksi terhadap Brasil.", "id",
     (("Ekuador",), ("Brasil",))),
])
def test_the_owner_of_a_praised_decision_imposes_the_sanctions(text: str, lang: str, expected: tuple) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {expected}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Bolivia announced its decision to impose sanctions on Brazil.", "en", (("Bolivia",), ("Brazil",))),
    ("Bolivia mengumumkan keputusan untuk menjatuhkan sanksi terhadap Brasil.", "id", (("Bolivia",), ("Brasil",))),
])
def test_a_decision_owned_by_no_other_name_is_the_subjects(text: str, lang: str, expected: tuple) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {expected}
