"""A demonstrative title among several holders of it (issue 9, session 16, branch id16), Indonesian, by the exact
fact: after "Menteri Luar Negeri Sugiono … Menteri Luar Negeri Jerman X … Sugiono bertolak …", "menteri itu" is the
minister the story follows (named most often before), not merely the last named with the title; with each named
once, the nearest."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

OPENING = "Menteri Luar Negeri Sugiono tiba di Berlin, tempat ia bertemu Menteri Luar Negeri Jerman Johann Wadephul. "


def test_the_minister_the_story_follows() -> None:
    text = OPENING + ("Sugiono kemudian bertolak ke Paris. "
                      "Di sana, menteri itu bertemu Presiden Prancis Emmanuel Macron.")
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == {(("Emmanuel Macron", "Sugiono"), ()),
                                               (("Johann Wadephul", "Sugiono"), ())}


def test_with_each_named_once_the_nearest() -> None:
    text = ("Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jerman Johann Wadephul. "
            "Di Paris, menteri itu bertemu Presiden Prancis Emmanuel Macron.")
    found = read(text, "id")
    assert (("Emmanuel Macron", "Johann Wadephul"), ()) in found.events(EventKind.MEETING)
