""""Peru denied the allegations by Chile and Bolivia": when the denial verb alone is the trigger, the accusation noun
may follow it after an article, and the names after "by" are who accused the denier. With no accusation noun after
the article, "by" names no accuser. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_accusers_after_an_article_and_an_accusation_noun_accused_the_denier() -> None:
    x = read("Peru denied the allegations by Chile and Bolivia.", "en")
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert x.events(EventKind.ACCUSATION) == {(("Bolivia", "Chile"), ("Peru",))}


def test_by_after_an_article_and_another_noun_names_no_accuser() -> None:
    x = read("Peru denied the report by Chile and Bolivia.", "en")
    assert {"Chile", "Bolivia"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()
