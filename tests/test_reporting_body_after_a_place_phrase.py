"""A body reports its own act with "it" after saying where it spoke (branch fix15, mut19 bug 4): "Canada said in
Ottawa it had imposed sanctions on X" — a locative preposition and a place's name between the speech verb and "it"
are stepped over as the day is ("said on Friday it"), a place's name counting as one word of the reach; a capital
reports for its country named in the text ("Seoul said in Busan it …"). A person who "said in Ottawa it …" names no
imposer. English: Indonesian "pihaknya" is read by other rules. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Canada said in Ottawa it had imposed sanctions on Bolivia.",
    "Canada said in Ottawa that it had imposed sanctions on Bolivia.",
    "Canada said in New York on Friday it had imposed sanctions on Bolivia.",  # a two-word place and a day
])
def test_the_body_that_said_where_it_spoke_imposes(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("Canada",), ("Bolivia",))}


def test_a_capital_reports_for_its_country_named_before() -> None:
    found = read("South Korea joined the measures on Monday. Seoul said in Busan it had also designated the Quds "
                 "Force.", "en")
    assert found.events(EventKind.SANCTION) == {(("South Korea",), ("Quds Force",))}


@pytest.mark.parametrize("text", [
    "Ana Ruiz said in Ottawa it had imposed sanctions on Bolivia.",  # a person's "it" is no body of hers
    "Canada met Peru in Ottawa and it later imposed sanctions on Bolivia.",  # no speech verb before the place
])
def test_no_body_reporting_no_imposer(text: str) -> None:
    found = read(text, "en")
    assert "Ottawa" in found.entity_names()
    assert found.events(EventKind.SANCTION) == {((), ("Bolivia",))}
