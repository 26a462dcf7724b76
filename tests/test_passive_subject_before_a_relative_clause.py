"""A passive's subject before a non-restrictive relative clause (session 18, `en18s`): in "X, who heads Y's office,
was placed on the sanctions list" the clause between commas is said of X, and X is the one listed; before, the name
nearest the verb — Y, inside the clause — was taken as the target ("X, which the United States blacklisted in 2019,
was added to Japan's list" even made Japan sanction the United States). A name the relative clause's own verb is
said of stays its target ("X met Y, who was sanctioned by Z": Y). Both languages; sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Antal Rogan, who heads Viktor Orban's cabinet office, was placed on the Treasury's sanctions list in January.",
     "en", {(("United States Department of the Treasury",), ("Antal Rogan",))}),
    ("Igor Petrov, who visited Minsk last year, was sanctioned by Canada on Monday.", "en",
     {(("Canada",), ("Igor Petrov",))}),
    ("Yuri Kovalchuk, yang memimpin kantor Vladimir Putin, dijatuhi sanksi oleh Jepang pada hari Senin.", "id",
     {(("Jepang",), ("Yuri Kovalchuk",))}),
    ("Yuri Kovalchuk, yang bertemu Vladimir Putin di Moskow, dijatuhi sanksi oleh Jepang pada hari Senin.", "id",
     {(("Jepang",), ("Yuri Kovalchuk",))}),
])
def test_the_subject_before_the_relative_clause_is_the_target(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


def test_a_relative_clause_telling_its_own_listing_keeps_both_imposers() -> None:
    r = read("The Lazarus Group, which the United States blacklisted in 2019, was added to Japan's sanctions list.",
             "en")
    assert r.events(EventKind.SANCTION) == {(("Japan",), ("Lazarus Group",)),
                                             (("United States of America",), ("Lazarus Group",))}


@pytest.mark.parametrize(("text", "lang", "facts"), [
    # the relative clause's own passive: its subject is the name the pronoun stands for
    ("Igor Petrov met Justin Trudeau, who was sanctioned by Russia in 2022.", "en",
     {(("Russia",), ("Justin Trudeau",))}),
    # no relative clause, only a plain subject: unchanged
    ("Igor Petrov was sanctioned by Canada on Monday.", "en", {(("Canada",), ("Igor Petrov",))}),
])
def test_without_a_clause_before_the_verb_the_nearest_name_stays(text: str, lang: str, facts: set) -> None:
    r = read(text, lang)
    assert r.events(EventKind.SANCTION) == facts
    assert "Igor Petrov" in r.entity_names()
