"""Members counted in a sanction, named by an apposition to their noun in a later sentence (branch en16s, issue 9):
"The UK sanctioned 20 tankers and two Russian insurers. The insurers, Ingosstrakh and Alfastrakhovanie, provided cover
…" — the names are targets of that sanction, by its imposer (``ReferredGroups._group_apposed_after_told``); an
organisation noun before a comma types the one-word names listed after it (``org_cues`` "insurer",
``member_nouns`` "insurers"). Not when no act told before counted that noun, nor with no closing comma. Sentences
written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

UK = "United Kingdom"
NAMES = ("Ingosstrakh", "Alfastrakhovanie")


def test_the_counted_members_are_named() -> None:
    found = read("The UK sanctioned 20 oil tankers and two Russian insurers. The insurers, Ingosstrakh and "
                 "Alfastrakhovanie, provided cover for the fleet.", "en")
    assert found.events(EventKind.SANCTION) == {((UK,), NAMES)}


def test_no_targets_when_the_noun_was_not_counted_in_the_act() -> None:
    found = read("The UK sanctioned 20 oil tankers on Friday. The insurers, Ingosstrakh and Alfastrakhovanie, "
                 "provided cover for the fleet.", "en")
    assert set(NAMES) <= found.entity_names()
    assert all(NAMES[0] not in targets for _, targets in found.events(EventKind.SANCTION))


def test_no_targets_without_a_sanction_before() -> None:
    found = read("The UK praised two Russian insurers. The insurers, Ingosstrakh and Alfastrakhovanie, provided cover "
                 "for the fleet.", "en")
    assert set(NAMES) <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
