"""Guards of ``committee_names._continued_to`` (session 13): a body named after the instrument that set it up takes
the instrument's number — one with a digit in it, not only digits ("2140/2014") — and its bracketed year only
when the bracket closes; a text cut short inside the year keeps the name read so far. Made-up sentences, each
failing with its one-token mutant applied by hand."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

COMMITTEE = "The Security Council Committee established pursuant to resolution "


@pytest.mark.parametrize(("number", "name"), [
    ("2140 (2014)", "2140 (2014)"),  # the year in brackets belongs to the name
    ("2140/2014", "2140/2014"),  # a number with a slash: a digit in it is enough
    ("2140 (2014", "2140"),  # an unclosed bracket: the name ends at the number
])
def test_the_committee_named_after_its_resolution_sanctions(number: str, name: str) -> None:
    found = read(f"{COMMITTEE}{number} sanctioned Ana Ruiz.", "en")
    committee = f"Security Council Committee established pursuant to resolution {name}"
    assert found.events(EventKind.SANCTION) == {((committee,), ("Ana Ruiz",))}


def test_a_text_cut_short_inside_the_year_keeps_the_name() -> None:
    found = read(f"{COMMITTEE}2140 (2014", "en")
    assert found.types() == {"Security Council Committee established pursuant to resolution 2140": "Organization"}
