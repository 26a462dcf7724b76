"""A release's bare "The Council" after the EU is named (branch en17s, issue 9): a definite, capitalised body head
word with no body of that head named before refers to the organisation named before that has an organ of that head
by the gazetteer ("Council of the European Union", "EU Council": the EU's "council";
``ExtractionContext.organ_heads``) — the organisation acts through it, as the verb's subject and as the subject of
an event noun's verb ("The Council today adopted restrictive measures against X"). Not after an organisation with no
such organ, nor a lowercase "the council". Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"
HEADLINE = "Moldova: EU responds to destabilisation attempts\n\n"


@pytest.mark.parametrize("sentence", [
    "The Council today adopted restrictive measures against Orlan Freight.",
    "The Council also sanctioned Orlan Freight.",
    "The Council on Monday decided to impose restrictive measures on Orlan Freight.",
    "The Council imposed an asset freeze on Orlan Freight.",
])
def test_the_council_after_the_eu_is_the_eus_act(sentence: str) -> None:
    found = read(HEADLINE + sentence, "en")
    assert found.events(EventKind.SANCTION) == {((EU,), ("Orlan Freight",))}
    assert "Council" not in found.entity_names()  # the short form refers to what was told


def test_a_list_after_the_councils_unnamed_targets_is_the_eus() -> None:
    found = read(HEADLINE + "The Council today decided to impose restrictive measures on three more individuals. "
                 "Among those listed are Dmitri Volkhov and Orlan Freight.", "en")
    assert found.events(EventKind.SANCTION) == {((EU,), ("Dmitri Volkhov", "Orlan Freight"))}


@pytest.mark.parametrize("opening", [
    "NATO ministers met in Brussels on Monday. ",  # NATO has no organ "council" in the gazetteer
    "The United Nations appealed for aid on Monday. ",  # the UN's is the "Security Council": another head
])
def test_no_organ_of_that_head_names_no_imposer(opening: str) -> None:
    found = read(opening + "The Council also sanctioned Orlan Freight.", "en")
    assert found.events(EventKind.SANCTION) == {((), ("Orlan Freight",))}


def test_a_lowercase_council_is_no_body() -> None:
    found = read(HEADLINE + "The city council also sanctioned Orlan Freight.", "en")
    assert found.events(EventKind.SANCTION) == {((), ("Orlan Freight",))}


def test_an_organ_named_in_full_before_stays_the_referent() -> None:
    found = read("The EU and the Council of Europe met on Monday. The Council also sanctioned Orlan Freight.", "en")
    assert {agents for agents, _ in found.events(EventKind.SANCTION)} == {("Council of Europe",)}
