"""Event dates around quotations and in two-digit years, as minimal pairs (``kg.extract.dating``,
``kg.extract.dates``). Documents are "published" on Wednesday 19 June 2024 unless a test says otherwise.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document

WED = "2024-06-19"
MONDAY = "2024-06-17"


def dated(text: str, lang: str, published: str = WED) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    extraction = extract(Document("t", text, lang, "test", published=published))
    name = {e.key: e.name for e in extraction.entities}
    return {(ev.kind.value, tuple(sorted(name[a] for a in ev.agents)), tuple(name[t] for t in ev.targets), ev.date)
            for ev in extraction.events}


MET_ON_MONDAY = ("Meeting", ("Albanese", "Lula"), (), MONDAY)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "called the trip 'a new beginning'" quotes Lula: a statement (en17s), as "menyebut" below
    ("On Monday, Lula called the trip “a new beginning” and met Prime Minister Albanese in Tokyo.", "en",
     {MET_ON_MONDAY, ("Statement", ("Lula",), (), MONDAY)}),
    ('On Monday, Lula called the trip "a new beginning" and met Prime Minister Albanese in Tokyo.', "en",
     {MET_ON_MONDAY, ("Statement", ("Lula",), (), MONDAY)}),
    # "menyebut" (to call something so) reports what Lula said: a statement, dated by the same adverbial
    ("Pada Senin, Lula menyebut lawatan itu “awal yang baru” dan bertemu Perdana Menteri Albanese di Tokyo.", "id",
     {MET_ON_MONDAY, ("Statement", ("Lula",), (), MONDAY)}),
])
def test_after_a_closed_quotation_the_clause_around_it_goes_on(text: str, lang: str, expected: set) -> None:
    """The opening adverbial dates the verb after the quotation: the quotation interrupts its clause, it does
    not end it."""
    assert dated(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Lula met Prime Minister Albanese in Tokyo and called it “the start we agreed on Monday”.", "en",
     {("Meeting", ("Albanese", "Lula"), (), None), ("Statement", ("Lula",), (), None)}),
    # "menyebutnya" (called it) is Lula's statement; the quotation's date dates neither
    ("Lula bertemu Perdana Menteri Albanese di Tokyo dan menyebutnya “awal yang kami sepakati pada Senin”.", "id",
     {("Meeting", ("Albanese", "Lula"), (), None), ("Statement", ("Lula",), (), None)}),
])
def test_a_date_inside_a_quotation_does_not_date_the_event_outside_it(text: str, lang: str, expected: set) -> None:
    assert dated(text, lang) == expected


@pytest.mark.parametrize(("written", "day"), [
    ("Rabu (19/6/24)", "2024-06-19"),  # a two-digit year is of this century
    ("Rabu (19/6/2024)", "2024-06-19"),
    ("Kamis (20/6/24)", "2024-06-20"),
])
def test_a_two_digit_year_is_the_year_of_the_event_whenever_the_report_was_published(written: str,
                                                                                    day: str) -> None:
    """Read in March 2026, "Rabu (19/6/24)" is still 19 June 2024, not the last 19 June before publication."""
    text = f"Presiden Lula tiba di Tokyo pada {written}."
    assert dated(text, "id", "2026-03-02") == {("Visit", ("Lula",), ("Tokyo",), day)}


def test_a_day_and_month_without_a_year_take_the_last_such_day_before_publication() -> None:
    """The twin of the two-digit year: "Rabu (19/6)" read in March 2026 is 19 June 2025."""
    assert dated("Presiden Lula tiba di Tokyo pada Rabu (19/6).", "id", "2026-03-02") == {
        ("Visit", ("Lula",), ("Tokyo",), "2025-06-19")}
