"""A text with a stretch longer than ``kg.longtext.RUN_CHARS`` and no sentence end goes to the pipeline in pieces,
each read by the same extraction as a whole text: the facts of the pieces are the text's. A short text is read
whole. (tests/test_longtext.py covers the cutting and merging; it is left out of the mutation run for its size.)
Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg import longtext
from kg.model import EventKind

FILLER = " and officials from both sides later discussed fisheries, ports and customs in long sessions"


def test_a_run_on_text_is_read_in_pieces_with_the_facts_of_each_piece() -> None:
    text = "Chile met Peru in Lima" + FILLER * 60
    assert longtext.needs_pieces(text)
    assert read(text, "en").events(EventKind.MEETING) == {(("Chile", "Peru"), ())}


def test_a_short_text_is_read_whole_with_the_same_facts() -> None:
    text = "Chile met Peru in Lima" + FILLER
    assert not longtext.needs_pieces(text)
    assert read(text, "en").events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
