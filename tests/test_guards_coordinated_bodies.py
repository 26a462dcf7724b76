"""English names joined by "and" into one capitalised run ("The Foreign Ministry of Chile and Japan") are two names
when a gazetteer name stands next to "and": the body before it keeps its country as part of its own name, the
name after it is its own entity, and both sign. (Indonesian "dan" never joins a run.) Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("body", ["Foreign Ministry of Chile", "University of Chile"])
def test_a_body_named_with_its_country_and_a_gazetteer_name_after_and_are_two_parties(body: str) -> None:
    found = read(f"The {body} and Japan signed a trade agreement.", "en")
    assert found.types() == {body: "Organization", "Japan": "Country", "trade agreement": "Treaty"}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted((body, "Japan"))), ())}


def test_and_inside_a_name_with_no_gazetteer_name_next_to_it_joins_one_name() -> None:
    found = read("The Ministry of Trade and Industry signed a trade agreement with Japan.", "en")
    assert found.types() == {"Ministry of Trade and Industry": "Organization", "Japan": "Country",
                             "trade agreement": "Treaty"}
