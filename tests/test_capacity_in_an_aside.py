"""An office named by a capacity marker (session 18, the lead): "X, as chair of ASEAN, said …", "As chair of
ASEAN, X …", and inside the aside after the name: "X, speaking as chair of ASEAN, …", "X, who brokered the truce as
chair of ASEAN, …" — the name holds the office. English had no capacity markers ("as", "in his capacity as");
Indonesian "selaku"/"sebagai" already read right after the name, now also inside the aside. Not when another
person stands between the name and the marker ("X, who replaced Y as chair of …": Y's office), nor after a verb of
naming ("who was described as …"), nor for an object ("X named Y as chair of …"). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

ASEAN = "Association of Southeast Asian Nations"


@pytest.mark.parametrize(("text", "lang"), [
    ("Marta Vidal, as chair of ASEAN, said the talks would resume.", "en"),
    ("As chair of ASEAN, Marta Vidal said the talks would resume.", "en"),
    ("Marta Vidal, speaking as chair of ASEAN, said the talks would resume.", "en"),
    ("Marta Vidal, who brokered the truce as chair of ASEAN, said the talks would resume.", "en"),
    ("Marta Vidal, in her capacity as chair of ASEAN, said the talks would resume.", "en"),
    ("Marta Vidal, yang menengahi gencatan senjata selaku ketua ASEAN, mengatakan perundingan akan dilanjutkan.", "id"),
])
def test_a_capacity_gives_the_office(text: str, lang: str) -> None:
    assert read(text, lang).relations(RelationKind.LEADER_OF) == {("Marta Vidal", ASEAN)}


@pytest.mark.parametrize(("text", "facts"), [
    # the office is the other person's
    ("Marta Vidal, who replaced Ana Ruiz as chair of ASEAN, said the talks would resume.", set()),
    ("Marta Vidal named Ana Ruiz as chair of ASEAN.", set()),
    # a verb of naming characterises, it gives no office
    ("Marta Vidal, who was described as chair of ASEAN by the paper, said the talks would resume.", set()),
])
def test_no_office_where_the_capacity_is_not_the_names(text: str, facts: set) -> None:
    r = read(text, "en")
    assert "Marta Vidal" in r.entity_names()
    assert {f for f in r.relations(RelationKind.LEADER_OF) if f[0] == "Marta Vidal"} == facts
