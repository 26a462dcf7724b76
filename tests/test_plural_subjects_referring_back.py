"""A passive sanction whose subject refers back to a group named before (branch en16s, issue 9): "They were also
listed", "Both companies were placed on the list", "The two firms were sanctioned by Britain" — a plural pronoun or
a definite plural noun of members (``pronouns.plural``, ``member_nouns``) stands for the people or bodies coordinated
last in the sentences just before (``kg/extract/referred_groups.py``). When the sentence naming them tells a
lifting ("removed A and B from its list"), whoever lifted the sanction imposed it. A bare "the list" after a
sanctions list named in the sentences before is that list. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY, UK = "United States Department of the Treasury", "United Kingdom"
PAIR = ("Syrian Arab Airlines", "Commercial Bank of Syria")
REMOVED = "The Treasury Department removed Syrian Arab Airlines and the Commercial Bank of Syria from its "


@pytest.mark.parametrize("second", [
    "Both companies were placed on the list in 2013.",
    "They were placed on the list in 2013.",
    "The two firms were sanctioned in 2013.",
    "Both companies were previously sanctioned.",
])
def test_group_after_a_removal_is_sanctioned_by_its_remover(second: str) -> None:
    found = read(REMOVED + f"list of Specially Designated Nationals. {second}", "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), PAIR)}


def test_group_passive_names_its_own_imposer() -> None:
    found = read("The Treasury sanctioned Sovcomflot Group and the Bank of Khartoum on Monday. "
                 "The two firms were also listed by Britain.", "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), ("Sovcomflot Group", "Bank of Khartoum")),
                                                ((UK,), ("Sovcomflot Group", "Bank of Khartoum"))}


@pytest.mark.parametrize("second", [
    "Both companies were praised in 2013.",  # no sanction
    "They said the list was placed online in 2013.",  # the pronoun is another verb's subject
])
def test_no_sanction_of_the_group_otherwise(second: str) -> None:
    found = read(REMOVED + f"list of Specially Designated Nationals. {second}", "en")
    assert set(PAIR) <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_a_single_name_is_no_group() -> None:
    found = read("The Treasury Department removed Syrian Arab Airlines from its sanctions list. "
                 "Both companies were placed on the list in 2013.", "en")
    assert "Syrian Arab Airlines" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_no_imposer_from_a_sentence_that_lifts_nothing() -> None:
    found = read("The Treasury Department praised Syrian Arab Airlines and the Commercial Bank of Syria. "
                 "Both companies were placed on the Entity List by Canada in 2013.", "en")
    assert found.events(EventKind.SANCTION) == {(("Canada",), PAIR)}


def test_bare_list_needs_a_sanctions_list_before() -> None:
    named = read(REMOVED + "sanctions list. They were placed on the list in 2013.", "en")
    assert named.events(EventKind.SANCTION) == {((TREASURY,), PAIR)}
    other = read(REMOVED + "guest list. They were placed on the list in 2013.", "en")
    assert set(PAIR) <= other.entity_names()
    assert other.events(EventKind.SANCTION) == set()
