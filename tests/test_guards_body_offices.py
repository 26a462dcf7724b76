"""An office in a government body the gazetteer ties to a country is also an office of that country
("office-in-government-body"); a counterpart of an official named before holds the same kind of office for the
country named with "counterpart". Sentences and (invented) officials written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

OFFICIAL = RelationKind.OFFICIAL_OF.value


def _roles(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    found = read(text, lang)
    return {(r.kind.value, found.names[r.subject], found.names[r.object], r.evidence.rule)
            for r in found.extraction.relations}


@pytest.mark.parametrize("text", [
    "Kenji Tanaka, Governor of the Bank of Japan, said Japan would keep rates low.",
    "Bank of Japan Governor Kenji Tanaka said Japan would keep rates low.",
])
def test_an_office_in_a_countrys_agency_is_an_office_of_the_country(text: str) -> None:
    roles = _roles(text, "en")
    assert (OFFICIAL, "Kenji Tanaka", "Japan", "office-in-government-body") in roles
    assert {(kind, person, holder) for kind, person, holder, _ in roles} == {
        (OFFICIAL, "Kenji Tanaka", "Bank of Japan"), (OFFICIAL, "Kenji Tanaka", "Japan")}


def test_an_office_in_a_countrys_agency_is_an_office_of_the_country_id() -> None:
    roles = _roles("Gubernur Bank Jepang Kenji Tanaka mengatakan Jepang akan mempertahankan suku bunga.", "id")
    assert (OFFICIAL, "Kenji Tanaka", "Jepang", "office-in-government-body") in roles


@pytest.mark.parametrize("opening", [
    "Ahmad Wirasena, Indonesia's foreign minister,",
    "Indonesian Foreign Minister Ahmad Wirasena",
])
def test_a_counterpart_of_an_official_holds_that_office_for_the_other_country(opening: str) -> None:
    roles = _roles(f"{opening} held talks with his Japanese counterpart Kenji Tanaka in Tokyo.", "en")
    assert (OFFICIAL, "Kenji Tanaka", "Japan", "counterpart-office") in roles
    assert {(person, holder) for _, person, holder, _ in roles} == {("Ahmad Wirasena", "Indonesia"),
                                                                     ("Kenji Tanaka", "Japan")}


def test_a_counterpart_of_someone_with_no_office_holds_none() -> None:
    found = read("Ahmad Wirasena held talks with his Japanese counterpart Kenji Tanaka in Tokyo.", "en")
    assert {"Ahmad Wirasena", "Kenji Tanaka", "Japan"} <= found.entity_names()
    assert _roles("Ahmad Wirasena held talks with his Japanese counterpart Kenji Tanaka in Tokyo.", "en") == set()
