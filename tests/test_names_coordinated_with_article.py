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
