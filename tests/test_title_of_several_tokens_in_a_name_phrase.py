"""A title written as several tokens inside a name's phrase (session 18, en18r): in "U.N. Secretary-General Antonio
Guterres" or "NATO Secretary-General Mark Rutte" the hyphen is a token no title word is, so the phrase's head was taken
to be the body that opens it (``DocView.chain_head``), not the person. Two readings of readouts and UN statements
fell with it: "his spokesperson X" served the body's leader's body ("his" refers to the person the sentence opens
with), and a later "Y condemned the attack" took the body as the doer of the act told before (the opener's own
statement is no act). Indonesian titles are written as separate words and read the same way. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "office"), [
    ("NATO Secretary-General Mark Rutte condemned the attack, his spokesperson Farhan Haq said.", "en",
     ("Farhan Haq", "North Atlantic Treaty Organisation")),
    ("U.N. Secretary-General Antonio Guterres called for an inquiry, his deputy spokesman Farhan Haq said.", "en",
     ("Farhan Haq", "United Nations")),
    ("Sekretaris Jenderal NATO Mark Rutte mengecam serangan itu. Juru bicaranya, Farhan Haq, mengatakan Rutte akan "
     "ke Kyiv.", "id", ("Farhan Haq", "Pakta Pertahanan Atlantik Utara")),
])
def test_the_spokesperson_of_a_body_s_head_serves_the_body(text: str, lang: str, office: tuple[str, str]) -> None:
    assert office in read(text, lang).relations(RelationKind.OFFICIAL_OF)


def test_a_spokesperson_with_no_possessive_serves_no_one_named() -> None:
    found = read("NATO Secretary-General Mark Rutte condemned the attack, spokesperson Farhan Haq said.", "en")
    assert not any(person == "Farhan Haq" for person, _ in found.relations(RelationKind.OFFICIAL_OF))
    assert (("Farhan Haq",), ()) in found.events(EventKind.STATEMENT)


@pytest.mark.parametrize(("text", "lang", "facts"), [
    # the opener accused someone: the act condemned is the accused's, not the body's that opens the phrase
    ("BRUSSELS (AP) — NATO Secretary-General Mark Rutte accused Russia of shelling Kharkiv. Ukraine condemned the "
     "attack.", "en",
     {(("Mark Rutte",), ("Russia",)), (("Ukraine",), ("Russia",))}),
    ("Sekretaris Jenderal NATO Mark Rutte menuduh Rusia menembaki Kharkiv. Ukraina mengecam serangan itu.", "id",
     {(("Mark Rutte",), ("Rusia",)), (("Ukraina",), ("Rusia",))}),
    # the opener only condemned: no one did an act the sentence tells, so the later condemnation accuses no one
    ("UNITED NATIONS (AP) — U.N. Secretary-General Antonio Guterres on Wednesday condemned the bombing of a bus in "
     "Kashmir. India condemned the attack.", "en", set()),
])
def test_an_act_told_before_is_not_the_body_s_that_opens_a_title(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == facts
