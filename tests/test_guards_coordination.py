"""Coordinated agents of one-sided events (visit, sanction, accusation), as minimal pairs in both languages.

"Lula and Albanese arrived in Tokyo": both travelled; "the United States and the European Union imposed
sanctions": both impose them. A verb coordinated after another clause keeps only that clause's subject
("Lula met Albanese and flew to Tokyo"), and a traveller's home is filtered per traveller. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Lula and Albanese arrived in Tokyo on Friday.", "en", (("Albanese", "Lula"), ("Tokyo",))),
    ("Lula dan Albanese tiba di Tokyo pada hari Jumat.", "id", (("Albanese", "Lula"), ("Tokyo",))),
    ("Emmanuel Macron and Olaf Scholz travelled to Kyiv on Thursday.", "en",
     (("Emmanuel Macron", "Olaf Scholz"), ("Kiev",))),
])
def test_coordinated_travellers_all_visit(text: str, lang: str, fact: tuple) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {fact}


@pytest.mark.parametrize(("text", "lang"), [
    ("Lula met Albanese and flew to Tokyo on Friday.", "en"),
    ("Lula bertemu Albanese dan terbang ke Tokyo.", "id"),
])
def test_the_object_of_a_first_verb_is_no_traveller_of_a_second(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == {(("Lula",), ("Tokyo",))}
    assert {"Lula", "Albanese", "Tokyo"} <= found.entity_names()


@pytest.mark.parametrize(("text", "lang", "visit"), [
    ("Indonesia and Australia signed a pact. Joko Widodo and Anthony Albanese arrived in Jakarta on Friday.", "en",
     (("Anthony Albanese",), ("Jakarta",))),
    ("Indonesia dan Australia bertemu. Joko Widodo dan Anthony Albanese tiba di Jakarta pada hari Jumat.", "id",
     (("Anthony Albanese",), ("Jakarta",))),
])
def test_a_coordinated_traveller_at_home_makes_no_visit_the_other_still_does(text: str, lang: str,
                                                                             visit: tuple) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {visit}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("The United States and the European Union imposed sanctions on Myanmar.", "en",
     (("European Union", "United States of America"), ("Myanmar",))),
    ("Amerika Serikat dan Uni Eropa menjatuhkan sanksi terhadap Myanmar.", "id",
     (("Amerika Serikat", "Uni Eropa"), ("Myanmar",))),
])
def test_coordinated_imposers_all_sanction(text: str, lang: str, fact: tuple) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Japan and Australia accused China of violating the agreement.", "en",
     (("Australia", "Japan"), ("People's Republic of China",))),
    ("Jepang dan Australia menuduh China melanggar perjanjian itu.", "id",
     (("Australia", "Jepang"), ("Republik Rakyat Tiongkok",))),
])
def test_coordinated_accusers_all_accuse(text: str, lang: str, fact: tuple) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {fact}


@pytest.mark.parametrize(("text", "lang"), [
    ("The United States imposed sanctions on Myanmar, and the European Union welcomed the move.", "en"),
    ("Amerika Serikat menjatuhkan sanksi terhadap Myanmar, dan Uni Eropa menyambut langkah itu.", "id"),
])
def test_a_name_in_another_clause_is_no_coordinated_imposer(text: str, lang: str) -> None:
    us = "United States of America" if lang == "en" else "Amerika Serikat"
    assert read(text, lang).events(EventKind.SANCTION) == {((us,), ("Myanmar",))}


@pytest.mark.parametrize(("text", "lang", "visit"), [
    ("Penny Wong met Wang Yi, and Anthony Albanese visited Japan.", "en", (("Anthony Albanese",), ("Japan",))),
    ("Penny Wong bertemu Wang Yi, dan Anthony Albanese mengunjungi Jepang.", "id",
     (("Anthony Albanese",), ("Jepang",))),
])
def test_a_comma_before_the_conjunction_of_two_names_joins_clauses_not_a_list(text: str, lang: str,
                                                                             visit: tuple) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {visit}


@pytest.mark.parametrize(("text", "lang", "accusers"), [
    ("France, Germany, and Italy accused Russia of lying.", "en", ("France", "Germany", "Italy")),
    ("Prancis, Jerman, dan Italia menuduh Rusia berbohong.", "id", ("Italia", "Jerman", "Prancis")),
])
def test_a_list_of_three_with_a_comma_before_the_conjunction_is_still_a_list(text: str, lang: str,
                                                                            accusers: tuple[str, ...]) -> None:
    russia = "Russia" if lang == "en" else "Rusia"
    assert read(text, lang).events(EventKind.ACCUSATION) == {(accusers, (russia,))}


@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("Luiz Inácio Lula da Silva, Brazil's president, visited Japan on Monday.", EventKind.VISIT,
     (("Luiz Inácio Lula da Silva",), ("Japan",))),
    ("Penny Wong, Australia's foreign minister, met Wang Yi in Beijing.", EventKind.MEETING,
     (("Penny Wong", "Wang Yi"), ())),
    ("Zhang Jun, China's envoy to the United Nations, said the resolution was unbalanced.", EventKind.STATEMENT,
     (("Zhang Jun",), ())),
])
def test_the_person_before_a_genitive_apposition_is_the_subject(text: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, "en").events(kind) == {fact}


def test_a_genitive_opening_its_own_clause_is_still_the_subject() -> None:
    """No person before the comma: "Australia's foreign minister" stands for Australia, as before."""
    found = read("On Monday, Australia's foreign minister met Wang Yi in Beijing.", "en")
    assert found.events(EventKind.MEETING) == {(("Australia", "Wang Yi"), ())}
