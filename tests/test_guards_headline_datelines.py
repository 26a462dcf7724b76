"""Guards of ``datelines.document_dateline`` and ``datelines.travels_to`` (session 13): only a first line with no
closing punctuation before a blank line is a headline above the dateline; a text that is a headline alone; an
official told arriving a few words later ("arrived on Monday in Lima") at the dateline's place is a visitor, not
its office holder. Made-up sentences, each failing with its one-token mutant applied by hand (English)."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind

STORY = "LIMA, May 2 (AP) — Peru said the talks would resume. Trade Minister Ana Ruiz met Marta Vidal."


def test_a_headline_without_a_full_stop_stands_above_the_dateline() -> None:
    found = read(f"Peru and Chile resume talks\n\n{STORY}", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Peru")}


def test_a_first_sentence_with_a_full_stop_is_no_headline() -> None:
    found = read(f"Peru and Chile resume talks.\n\n{STORY}", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_text_that_is_a_headline_alone() -> None:
    found = read("Trade Minister Ana Ruiz meets Marta Vidal\n\n", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_an_official_arriving_a_few_words_later_at_the_dateline_place_is_a_visitor() -> None:
    found = read("LIMA, May 2 (AP) — Peru said the talks would resume. Trade Minister Ana Ruiz arrived on Monday in "
                 "Lima.", "en")
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
