"""Facts that carry another fact (``kg.extract.events``, ``kg.extract.treaties``): an accusation reports what its
accuser said, so the accuser also made a statement, whose evidence names the rule it came from (the language, the
statement, the accusation and the verb — the key the calibration table reads); and a plural pronoun that signs a
treaty ("They signed …", "Keduanya/Mereka menandatangani …") makes the agreement of the pair named before, not of
one person. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "rules"), [
    ("Japan accused China of spying.", "en",
     {("ACCUSATION", "en:accusation:verb:accused"), ("STATEMENT", "en:statement:accusation:accused")}),
    ("Jepang menuduh China melakukan spionase.", "id",
     {("ACCUSATION", "id:accusation:verb:menuduh"), ("STATEMENT", "id:statement:accusation:menuduh")}),
])
def test_an_accusation_is_also_its_accuser_s_statement_found_by_the_accusation_s_rule(
        text: str, lang: str, rules: set[tuple[str, str]]) -> None:
    found = read(text, lang)
    japan = {"en": "Japan", "id": "Jepang"}[lang]
    assert found.events(EventKind.STATEMENT) == {((japan,), ())}
    assert {(e.kind.name, e.evidence.rule) for e in found.extraction.events} == rules


PAIR = ("Joko Widodo", "Lula")


@pytest.mark.parametrize(("text", "lang"), [
    ("President Lula and President Joko Widodo met in Jakarta. They signed the Kalmar Treaty.", "en"),
    ("Presiden Lula dan Presiden Joko Widodo bertemu di Jakarta. Keduanya menandatangani Perjanjian Kalmar.", "id"),
    ("Presiden Lula dan Presiden Joko Widodo bertemu di Jakarta. Mereka menandatangani Perjanjian Kalmar.", "id"),
])
def test_a_plural_pronoun_signing_a_treaty_is_the_pair_named_before(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(PAIR, ())}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("President Lula arrived in Jakarta on Monday. They signed the Kalmar Treaty.", "en", "Kalmar Treaty"),
    ("Presiden Lula tiba di Jakarta pada hari Senin. Mereka menandatangani Perjanjian Kalmar.", "id",
     "Perjanjian Kalmar"),
])
def test_a_plural_pronoun_after_one_person_makes_no_agreement(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Lula", treaty} <= found.entity_names()
