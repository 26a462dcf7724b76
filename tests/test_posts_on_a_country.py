"""A post about a country is no office of it (branch en13a, issue 9): "the U.N. special rapporteur on Myanmar, X" is
the UN's official, as "the envoy to Japan" serves who sent him (``RoleFinder._posted_to``: a topic preposition as
well as the preposition of accreditation); and a title ending the apposition without a holder after it takes the
holder before it ("the U.N. High Commissioner for Refugees, X"). English; Indonesian names the post with
"untuk"/"tentang" inside its own title forms. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("text", [
    "The U.N. special rapporteur on Myanmar, Ana Ruiz, accused Myanmar of war crimes.",
    "Ana Ruiz, the U.N. special rapporteur on Myanmar, accused Myanmar of war crimes.",
])
def test_a_rapporteur_on_a_country_serves_the_body(text: str) -> None:
    found = read(text, "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "United Nations")}
    assert found.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Myanmar",))}


def test_an_ambassador_of_a_country_serves_it() -> None:
    found = read("The ambassador of Myanmar, Ana Ruiz, accused Chile of spying.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Myanmar")}


def test_a_title_ending_the_apposition_takes_the_holder_before_it() -> None:
    found = read("The U.N. High Commissioner for Refugees, Ana Ruiz, said the camps were full.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "United Nations")}
    assert found.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


def test_a_title_without_a_holder_names_no_office() -> None:
    found = read("The chairman, Ana Ruiz, said the camps were full.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert found.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}
