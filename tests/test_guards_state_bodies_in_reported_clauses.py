"""A state body "of" a country opening a reported clause ("Bolivia said the government of Peru had accused Chile")
is the country acting, and the phrase starts at its determiner — so the speaker before it is no subject of the
clause. Group nouns that are no state body ("the allies of Peru") make no act of the country. English: Indonesian
writes "pemerintah Peru" with no "of". Sentences written for these tests (mut22, seed 211: view.state_body_of 41)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("body", ["government", "foreign ministry"], ids=["government", "ministry"])
def test_a_state_body_of_a_country_in_a_reported_clause_is_the_country_acting(body: str) -> None:
    found = read(f"Bolivia said the {body} of Peru had accused Chile of fraud.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}
    assert (("Bolivia",), ()) in found.events(EventKind.STATEMENT)


@pytest.mark.parametrize("group", ["allies", "neighbours"])
def test_a_group_of_a_country_in_a_reported_clause_is_no_act_of_anyone_named(group: str) -> None:
    found = read(f"Bolivia said the {group} of Peru had accused Chile of fraud.", "en")
    assert {"Bolivia", "Peru", "Chile"} <= found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
