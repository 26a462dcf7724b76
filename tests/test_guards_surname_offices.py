"""A title before a one-word name the linker leaves unlinked: the office is of the one country the document names
whose gazetteer people include that surname — any such person for an official's title, only a head of state or
government for a leader's title ("President Kerry" is no leader of the United States: no president of it has that
surname). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


def _roles(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    found = read(text, lang)
    return {(r.kind.value, found.names[r.subject], found.names[r.object], r.evidence.rule)
            for r in found.extraction.relations}


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Senator Kerry said the United States would support the plan.", "en", "United States of America"),
    ("Menteri Kerry mengatakan Amerika Serikat akan mendukung rencana itu.", "id", "Amerika Serikat"),
])
def test_an_officials_title_before_a_gazetteer_surname_is_an_office_of_that_persons_country(
        text: str, lang: str, country: str) -> None:
    assert _roles(text, lang) == {(RelationKind.OFFICIAL_OF.value, "Kerry", country, "title-surname-country")}


@pytest.mark.parametrize(("text", "lang"), [
    ("President Kerry said the United States would support the plan.", "en"),
    ("Presiden Kerry mengatakan Amerika Serikat akan mendukung rencana itu.", "id"),
])
def test_a_leaders_title_before_the_surname_of_no_leader_is_no_office(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Kerry"} < found.entity_names()
    assert _roles(text, lang) == set()
