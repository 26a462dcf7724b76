"""Who acts in a passive clause and after "by" / "oleh" (``kg.extract.events``): the agent of a passive verb that
carries out an event noun ("Sanctions were imposed on X … by Y"), the agent after "by" of an event noun ("the
accusation against X by Y"), and where a passive reception took place ("X was received by Y in Z"). A capital in
these places acts for its country once the country is named, as it does as a subject. Sentences and names written
for these tests: each positive sentence gives the exact fact, each negative one differs by the construction.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US, IRAN, CANADA, JAPAN = "United States of America", "Iran", "Canada", "Japan"
WASHINGTON = "Washington, D.C."
NAMED_BEFORE = "The United States and Iran traded threats. "
ALBANESE, WIDODO = "Anthony Albanese", "Joko Widodo"


# --------------------------------------------------------------------------- the far "by" of a passive carrier verb

@pytest.mark.parametrize(("text", "fact"), [
    # a name right after "by", no article before it
    ("Sanctions were imposed on Iran on Monday by Canada.", ((CANADA,), (IRAN,))),
    ("Sanctions were imposed on Iran on Monday by Canada and Japan.", ((CANADA, JAPAN), (IRAN,))),
])
def test_the_name_right_after_a_far_by_imposes_the_sanction(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


def test_the_indonesian_passive_sanction_names_its_imposer_after_oleh() -> None:
    assert read("Sanksi baru dijatuhkan terhadap Iran oleh Kanada.", "id").events(EventKind.SANCTION) \
        == {(("Kanada",), (IRAN,))}


@pytest.mark.parametrize("text", [
    "Sanksi dijatuhkan terhadap Iran pada hari Senin oleh Kanada.",
    "Sanksi dijatuhkan oleh Kanada terhadap Iran pada hari Senin.",
])
def test_the_indonesian_passive_sanction_names_its_imposer_after_adjuncts(text: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(("Kanada",), (IRAN,))}


def test_a_far_by_with_unnamed_members_names_no_imposer() -> None:
    """ "by several Canadian officials": who imposed is not named (a nationality inside a description is no agent)."""
    found = read("Sanctions were imposed on Iran on Monday by several Canadian officials.", "en")
    assert found.events(EventKind.SANCTION) == {((), (IRAN,))}
    assert CANADA in found.entity_names()


def test_a_capital_after_a_far_by_imposes_for_its_country() -> None:
    found = read(NAMED_BEFORE + "Sanctions were imposed on Iran on Monday by Washington.", "en")
    assert found.events(EventKind.SANCTION) == {((US,), (IRAN,))}


def test_a_capital_after_a_far_by_stays_a_place_when_its_country_is_not_named() -> None:
    found = read("Sanctions were imposed on Iran on Monday by Washington.", "en")
    assert found.events(EventKind.SANCTION) == {((WASHINGTON,), (IRAN,))}


# --------------------------------------------------------------------------- "by" after an event noun

@pytest.mark.parametrize(("text", "agent"), [
    (NAMED_BEFORE + "The accusation against Iran by Washington was rejected.", US),
    ("The accusation against Iran by Washington was rejected.", WASHINGTON),
    ("The accusation against Iran by Canada was rejected.", CANADA),
])
def test_the_agent_after_by_of_an_event_noun_accuses(text: str, agent: str) -> None:
    """ "the accusation against X by Y": Y accuses; a capital there acts for its country once that is named."""
    assert read(text, "en").events(EventKind.ACCUSATION) == {((agent,), (IRAN,))}


# --------------------------------------------------------------------------- where a passive reception took place

@pytest.mark.parametrize(("text", "lang"), [
    ("Anthony Albanese was received by Joko Widodo in Jakarta on Monday.", "en"),
    ("Anthony Albanese diterima oleh Joko Widodo di Jakarta pada hari Senin.", "id"),
])
def test_a_passive_reception_takes_place_where_the_clause_says(text: str, lang: str) -> None:
    found = read(text, lang)
    meetings = [ev for ev in found.extraction.events if ev.kind is EventKind.MEETING]
    assert [(sorted(found.names[a] for a in ev.agents), found.names.get(ev.location or "")) for ev in meetings] \
        == [([ALBANESE, WIDODO], "Jakarta")]
    assert found.events(EventKind.VISIT) == {((ALBANESE,), ("Jakarta",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthony Albanese was received by Joko Widodo on Monday.", "en"),
    ("Anthony Albanese diterima oleh Joko Widodo pada hari Senin.", "id"),
])
def test_a_passive_reception_without_a_place_has_no_location(text: str, lang: str) -> None:
    found = read(text, lang)
    meetings = [ev for ev in found.extraction.events if ev.kind is EventKind.MEETING]
    assert [(sorted(found.names[a] for a in ev.agents), ev.location) for ev in meetings] == [([ALBANESE, WIDODO], None)]
