"""A point of the compass beside a name no gazetteer knows names a region: "North Darfur", "South Kivu" (English,
the compass word before), "Darfur Utara", "Kivu Utara" (Indonesian, after). The compass word alone is no name and
was dropped, so the region was lost, or cut to its other word. A known name keeps its reading ("North Korea",
"Jakarta Utara" is Jakarta), and so does a nationality ("North Korean"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind


@pytest.mark.parametrize(("text", "lang", "region"), [
    ("UN envoy Ramtane Lamamra visited North Darfur on Monday.", "en", "North Darfur"),
    ("Utusan PBB Ramtane Lamamra mengunjungi Darfur Utara pada Senin.", "id", "Darfur Utara"),
])
def test_a_compass_region_is_a_place_one_visits(text: str, lang: str, region: str) -> None:
    r = read(text, lang)
    assert r.types()[region] == EntityType.PLACE.value
    assert r.events(EventKind.VISIT) == {(("Ramtane Lamamra",), (region,))}


@pytest.mark.parametrize(("text", "lang", "regions"), [
    ("The army said fighting spread in North Darfur and South Kivu on Sunday.", "en", {"North Darfur", "South Kivu"}),
    ("Pertempuran meluas di Kivu Utara dan Darfur Utara, kata tentara.", "id", {"Kivu Utara", "Darfur Utara"}),
])
def test_coordinated_compass_regions(text: str, lang: str, regions: set[str]) -> None:
    types = read(text, lang).types()
    assert {name for name, t in types.items() if t == EntityType.PLACE.value} == regions


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("North Korea fired a missile, and South Korea's army said North Korean troops moved.", "en",
     {"North Korea": EntityType.COUNTRY.value, "South Korea": EntityType.COUNTRY.value}),
    ("Korea Utara menembakkan rudal ke arah Jakarta Utara.", "id",
     {"Korea Utara": EntityType.COUNTRY.value, "Jakarta": EntityType.PLACE.value}),
])
def test_known_names_and_nationalities_keep_their_reading(text: str, lang: str, expected: dict[str, str]) -> None:
    assert read(text, lang).types() == expected
