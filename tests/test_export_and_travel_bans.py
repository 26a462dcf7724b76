"""Export controls, export bans, travel and visa bans as sanctions, and counted members behind an approximate number
(branch en12s, issue 9): "banned exports to 22 Russian entities", "imposed export controls on X", "a travel ban on
nearly 30 Iranian officials", "visa restrictions on more than 20 Georgian officials". Exports banned of a good, to
no one named, and bans of other things are no sanction. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US = "United States of America"
UK = "United Kingdom"
STATE = "United States Department of State"


@pytest.mark.parametrize(("text", "fact"), [
    ("Japan banned exports to Hezbollah.", (("Japan",), ("Hezbollah",))),
    ("The Japanese government also banned exports to 22 Russian entities.", (("Japan",), ("Russia",))),
    ("The United States imposed export controls on Hezbollah.", ((US,), ("Hezbollah",))),
    ("Britain imposed an export ban on Hezbollah.", ((UK,), ("Hezbollah",))),
    ("Britain imposed travel bans on Hezbollah and Hamas.", ((UK,), ("Hezbollah", "Hamas"))),
    ("Australia imposed financial sanctions and travel bans on Hezbollah.", (("Australia",), ("Hezbollah",))),
])
def test_export_and_travel_bans_are_sanctions(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize("text", [
    "Japan banned exports of rice on Monday, Hezbollah said.",
    "Britain imposed a smoking ban in pubs, Hezbollah said.",
])
def test_other_bans_are_no_sanctions(text: str) -> None:
    x = read(text, "en")
    assert "Hezbollah" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("count", ["at least 20", "more than 20", "nearly 30", "about 15", "over a dozen"])
def test_an_approximate_count_of_members_stands_for_their_country(count: str) -> None:
    x = read(f"The State Department imposed visa restrictions on {count} Georgian officials.", "en")
    assert x.events(EventKind.SANCTION) == {((STATE,), ("Georgia",))}


def test_members_of_no_country_named_are_no_target() -> None:
    x = read("The State Department imposed visa restrictions on more than 20 officials.", "en")
    assert STATE in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
