"""The stops of one journey (issue 9, session 16, branch id16), Indonesian, by the exact fact: "ke Paris dan kemudian
ke Brussel", "ke Paris, lalu ke Brussel" — an adverb of sequence before the repeated preposition opens the next stop;
"ke Brussel, Belgia" — the country a stop lies in, after a comma, closes no list of its own. Without the repeated
preposition the adverb opens a new clause, and a country a stop does not lie in is a stop of its own."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_and_then_to_the_next_stop() -> None:
    found = read("Sugiono akan bertolak ke Paris dan kemudian ke Brussel.", "id")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Paris", "Brussels"))}


def test_a_comma_then_to_the_next_stop() -> None:
    found = read("Sugiono berkunjung ke Paris, lalu ke Brussel.", "id")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Paris", "Brussels"))}


def test_the_country_of_the_last_stop_after_a_comma() -> None:
    found = read("Dari Berlin, Sugiono akan bertolak ke Paris dan kemudian ke Brussel, Belgia.", "id")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Paris", "Brussels"))}


def test_the_country_of_each_stop_after_a_comma() -> None:
    found = read("Sugiono berkunjung ke Paris, Prancis, dan Brussel, Belgia.", "id")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Paris", "Brussels"))}


def test_a_country_the_stop_does_not_lie_in_is_a_stop() -> None:
    found = read("Sugiono berkunjung ke Paris, Jerman, dan Belgia.", "id")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Paris", "Jerman", "Belgia"))}


def test_then_with_no_preposition_opens_a_clause() -> None:
    found = read("Sugiono tiba di Paris, lalu Brussel mengecam serangan itu.", "id")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Paris",))}
