"""Envoys and their posts (kg.extract.roles): "the Brazilian Ambassador to Japan" serves Brazil; Japan is
where the post is. And "PERSON, COUNTRY's TITLE": the genitive names the holder. Minimal pairs with exact
facts, in the languages the construction has; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

CHINA = "People's Republic of China"


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Brazil and Japan held talks. The Brazilian Ambassador to Japan, Maria Costa, met officials.", "en",
     ("Maria Costa", "Brazil")),
    ("Brazil and Japan held talks. Brazilian Ambassador to Japan Maria Costa met officials.", "en",
     ("Maria Costa", "Brazil")),
    ("Brazil and Japan held talks. Brazil's ambassador to Japan, Maria Costa, met officials.", "en",
     ("Maria Costa", "Brazil")),
    ("Brazil and Japan held talks. Maria Costa, the Brazilian ambassador to Japan, met officials.", "en",
     ("Maria Costa", "Brazil")),
    ("The Ambassador of France to Kenya, Pierre Durand, arrived in Nairobi.", "en", ("Pierre Durand", "France")),
    ("Chinese envoy to the United Nations Zhang Jun said the resolution was unbalanced.", "en", ("Zhang Jun", CHINA)),
    ("Brasil dan Jepang. Duta Besar Brasil untuk Jepang, Maria Costa, bertemu pejabat.", "id",
     ("Maria Costa", "Brasil")),
])
def test_an_envoy_serves_the_country_named_with_the_title_not_the_one_posted_to(text: str, lang: str,
                                                                                fact: tuple[str, str]) -> None:
    assert read(text, lang).relations(RelationKind.OFFICIAL_OF) == {fact}


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("The ambassador to Japan, Maria Costa, met officials.", "en", {"Japan", "Maria Costa"}),
    ("Maria Costa, the ambassador to Japan, met officials.", "en", {"Japan", "Maria Costa"}),
    ("The former Brazilian Ambassador to Japan, Maria Costa, met officials.", "en", {"Japan", "Maria Costa"}),
    ("Duta besar untuk Jepang, Maria Costa, bertemu pejabat.", "id", {"Jepang", "Maria Costa"}),
])
def test_the_country_of_a_post_alone_makes_no_office(text: str, lang: str, names: set[str]) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert names <= found.entity_names()


def test_an_envoy_to_an_organisation_is_still_one_name_and_the_speaker() -> None:
    found = read("Chinese envoy to the United Nations Zhang Jun said the resolution was unbalanced.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Zhang Jun",), ())}


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("Anthony Albanese, Australia's prime minister, said the deal was good.", RelationKind.LEADER_OF, "Australia"),
    ("Zhang Jun, China's envoy to the United Nations, said the resolution was unbalanced.", RelationKind.OFFICIAL_OF,
     CHINA),
    ("Lula met Albanese, Australia's prime minister, in Tokyo.", RelationKind.LEADER_OF, "Australia"),
])
def test_a_name_then_a_genitive_title_holds_the_title_of_the_genitive(text: str, kind: RelationKind,
                                                                      holder: str) -> None:
    found = read(text, "en")
    person = next(n for n in ("Anthony Albanese", "Zhang Jun", "Albanese") if n in found.entity_names())
    assert found.relations(kind) == {(person, holder)}


@pytest.mark.parametrize("text", [
    "Anthony Albanese, Australia's former prime minister, said the deal was good.",  # a former title
    "Anthony Albanese, Australia's ally, said the deal was good.",  # no title
])
def test_a_genitive_without_a_current_title_makes_no_role(text: str) -> None:
    found = read(text, "en")
    assert found.relations(RelationKind.LEADER_OF) | found.relations(RelationKind.OFFICIAL_OF) == set()
    assert {"Anthony Albanese", "Australia"} <= found.entity_names()
