"""A country's name and an airline's head word after it are one company's name: "Iran Air" (English and
Indonesian, "maskapai Iran Air"), not the country and a stray word. Sanctioning the company targets the company;
the country named alone is still the country, and "air" written lowercase is no name. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind


@pytest.mark.parametrize(("text", "lang", "imposer"), [
    ("The European Union imposed sanctions on Iran Air on Monday.", "en", "European Union"),
    ("Uni Eropa menjatuhkan sanksi terhadap maskapai Iran Air pada Senin.", "id", "Uni Eropa"),
])
def test_the_airline_is_the_target(text: str, lang: str, imposer: str) -> None:
    r = read(text, lang)
    assert r.types() == {imposer: EntityType.ORGANIZATION.value, "Iran Air": EntityType.ORGANIZATION.value}
    assert r.events(EventKind.SANCTION) == {((imposer,), ("Iran Air",))}


@pytest.mark.parametrize(("text", "lang", "imposer"), [
    ("The European Union imposed sanctions on Iran on Monday.", "en", "European Union"),
    ("Uni Eropa menjatuhkan sanksi terhadap Iran pada Senin.", "id", "Uni Eropa"),
])
def test_the_country_alone_is_the_country(text: str, lang: str, imposer: str) -> None:
    r = read(text, lang)
    assert r.types()["Iran"] == EntityType.COUNTRY.value
    assert r.events(EventKind.SANCTION) == {((imposer,), ("Iran",))}


def test_lowercase_air_is_no_name() -> None:
    assert read("The air force said Iran air defences were hit.", "en").types() == {"Iran": EntityType.COUNTRY.value}
