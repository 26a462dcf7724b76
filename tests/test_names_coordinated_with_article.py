"""A coordinator and an article open a second name (branch en12s, issue 9): "Golden Star Trading and the Minsk
Tractor Company" are two bodies, sanctioned each; "the Department of Trade and Industry", "the Charter of the United
Nations" stay one name. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

EU = "European Union"


def test_an_article_after_and_opens_a_second_name() -> None:
    x = read("The European Union sanctioned Golden Star Trading and the Minsk Tractor Company.", "en")
    assert {"Golden Star Trading", "Minsk Tractor Company"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == {((EU,), ("Golden Star Trading", "Minsk Tractor Company"))}


def test_and_without_an_article_stays_inside_a_name() -> None:
    x = read("Officials of the Department of Trade and Industry met on Monday.", "en")
    assert "Department of Trade and Industry" in x.entity_names()


def test_an_article_after_and_ends_a_name_that_no_head_word_closes() -> None:
    # "Arga Wirana" ends in no word of a body's name ("Trading", "Holdings"), so only the article says a second name
    # begins (mut20, seed 199: runs._article_after_coordinator 8 looked one word too far for it)
    x = read("Chile sanctioned Arga Wirana and the Velmar Tractor Works.", "en")
    assert x.types() == {"Chile": "Country", "Arga Wirana": "Person", "Velmar Tractor Works": "Organization"}
    assert x.events(EventKind.SANCTION) == {(("Chile",), ("Arga Wirana", "Velmar Tractor Works"))}
