"""Targets named after a fronted participle, and a group named again by "the same" (branch en17s, issue 9).

"Also targeted was X", "Also designated were A and B": an adverb alone opens the sentence before the participle,
whose subject follows the copula — the targets of the act told before, by its agent (``Listings._list_opening``,
English word order). "(Britain sanctioned A and B.) The United States sanctioned the same two companies": a
definite article, "same" (``likeness_words``), a count and a noun of members as the verb's object stand for the
group named last in the sentences before (``ReferredGroups._same_group_object``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY, UK = "United States Department of the Treasury", "United Kingdom"
TOLD = "The Treasury sanctioned Orion Optics LLC on Tuesday. "
PAIR = ("Orion Optics LLC", "Pacific Star Trading")


@pytest.mark.parametrize(("second", "targets"), [
    ("Also targeted was Viktor Marchenko, a Latvian banker.", ("Viktor Marchenko",)),
    ("Also designated were Pacific Star Trading and Viktor Marchenko.", ("Pacific Star Trading", "Viktor Marchenko")),
    ("Also sanctioned is the shipping firm Pacific Star Trading.", ("Pacific Star Trading",)),
])
def test_a_fronted_participle_names_more_targets_of_the_act_told(second: str, targets: tuple[str, ...]) -> None:
    found = read(TOLD + second, "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), ("Orion Optics LLC",)), ((TREASURY,), targets)}


@pytest.mark.parametrize("text", [
    TOLD + "Also invited were Pacific Star Trading and Viktor Marchenko.",  # no sanction verb
    "Peru hosted the summit on Tuesday. Also targeted was Viktor Marchenko.",  # no sanction told before
])
def test_no_sanction_or_none_told_before_names_no_fronted_target(text: str) -> None:
    found = read(text, "en")
    fronted = {("Viktor Marchenko",), ("Pacific Star Trading", "Viktor Marchenko")}
    assert not {targets for _, targets in found.events(EventKind.SANCTION)} & fronted
    assert "Viktor Marchenko" in found.entity_names()


def test_the_same_two_companies_are_the_pair_named_before() -> None:
    found = read("The Treasury sanctioned Orion Optics LLC and Pacific Star Trading on Tuesday. "
                 "Britain sanctioned the same two companies in May.", "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), PAIR), ((UK,), PAIR)}


def test_the_same_individuals_reported_by_a_body_three_sentences_on() -> None:
    found = read("Britain sanctioned Orion Optics LLC and Viktor Marchenko on Tuesday. Both are based in Riga. "
                 "The Treasury said it had designated the same individuals on Monday.", "en")
    assert found.events(EventKind.SANCTION) == {((UK,), ("Orion Optics LLC", "Viktor Marchenko")),
                                                ((TREASURY,), ("Orion Optics LLC", "Viktor Marchenko"))}


@pytest.mark.parametrize("second", [
    "Britain praised the same two companies in May.",  # no sanction
    "Britain sanctioned two other companies in May.",  # no "same": other members, unnamed
])
def test_no_sanction_verb_or_no_same_refers_to_no_group(second: str) -> None:
    found = read("The Treasury sanctioned Orion Optics LLC and Pacific Star Trading on Tuesday. " + second, "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), PAIR)}


def test_the_same_with_one_name_before_names_no_group() -> None:
    found = read(TOLD + "Britain sanctioned the same two companies in May.", "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), ("Orion Optics LLC",))}
