"""Texts of any length (kg.longtext): pieces that cover the text within the limits, offsets that stay exact."""

from __future__ import annotations

import itertools
import random

import pytest

from kg import longtext
from kg.extract import _extract_whole, extract
from kg.model import Document, Extraction

PARAGRAPHS = [
    "President Joko Widodo arrived in Tokyo on Monday for a three-day state visit, his office said.",
    "Japanese Prime Minister Fumio Kishida met Joko Widodo at the Akasaka Palace on Tuesday.",
    "The European Union imposed new sanctions on Myanmar, the bloc's foreign policy chief said.",
    "Russia denied the accusation. China accused the Philippines of provoking tensions at sea.",
    "French President Emmanuel Macron visited Berlin, where he met German Chancellor Olaf Scholz.",
]


def check_cover(text: str, spans: list[tuple[int, int]], piece_chars: int, run_chars: int) -> None:
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))  # contiguous, nothing lost
    assert all(0 < end - start <= piece_chars for start, end in spans)
    assert all(longtext._longest_run(text, start, end) <= run_chars for start, end in spans)


@pytest.mark.parametrize("seed", range(5))
def test_pieces_cover_the_text_within_the_limits(seed: int) -> None:
    rng = random.Random(seed)
    words = ["word", "Name", "talks.", "ended!", "(quote)", "x" * 40, "pause", "\n", "\n\n", "…", "next?"]
    text = " ".join(rng.choice(words) for _ in range(rng.randint(2000, 6000)))
    if seed == 3:
        text += "y" * 2500 + " " + "z" * 900  # a "word" longer than any piece may hold
    spans = longtext.pieces(text, piece_chars=2000, run_chars=300)
    check_cover(text, spans, 2000, 300)


def test_an_ordinary_article_is_not_cut() -> None:
    text = "\n\n".join(PARAGRAPHS * 5)
    assert not longtext.needs_pieces(text)
    assert longtext.pieces(text) == [(0, len(text))]


def test_a_run_on_sentence_needs_pieces() -> None:
    assert longtext.needs_pieces("and then " * 1000)  # 9,000 characters without a sentence end
    assert longtext.needs_pieces("Short. " * 20_000)  # 140,000 characters


def check_offsets(doc: Document, extraction: Extraction) -> None:
    for fact in (*extraction.relations, *extraction.events):
        ev = fact.evidence
        assert doc.text[ev.start:ev.end] == ev.sentence
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert doc.text[mention.start:mention.end] == mention.text
    for start, end in extraction.sentences:
        assert 0 <= start < end <= len(doc.text)


def test_pieces_merge_into_one_extraction_with_exact_offsets() -> None:
    text = "\n\n".join(PARAGRAPHS * 4)
    doc = Document("long", text, "en", "test")
    whole = _extract_whole(doc)
    cut = longtext.extract_in_pieces(doc, _extract_whole, piece_chars=300, run_chars=200)
    assert len(longtext.pieces(text, 300, 200)) > 5
    check_offsets(doc, cut)
    assert {e.name for e in cut.entities} == {e.name for e in whole.entities}
    assert len({e.key for e in cut.entities}) == len(cut.entities)  # one entity per key
    kinds = sorted(e.kind for e in cut.events)
    assert kinds == sorted(e.kind for e in whole.events) and kinds
    assert sorted(r.kind for r in cut.relations) == sorted(r.kind for r in whole.relations)
    assert len(cut.sentences) == len(whole.sentences)


def test_a_run_on_sentence_of_200_kilobytes_is_extracted() -> None:
    """A pasted table or a text without punctuation: before, one such "sentence" took minutes (superlinear)."""
    text = " ".join(["talks between Joko Widodo and Fumio Kishida continued in Tokyo with officials"] * 2600)
    assert len(text) > 200_000
    doc = Document("run-on", text, "en", "test")
    extraction = extract(doc)
    check_offsets(doc, extraction)
    assert {"Joko Widodo", "Fumio Kishida"} <= {e.name for e in extraction.entities}
    assert all(end - start <= longtext.RUN_CHARS for start, end in extraction.sentences)


def test_a_text_over_spacys_limit_is_extracted() -> None:
    """Over 1,000,000 characters (spaCy's E088 used to abort the run); padding keeps the test fast."""
    text = ("\n\n" + " " * 4000 + "\n\n").join(PARAGRAPHS * 50)
    assert len(text) > 1_000_000
    doc = Document("huge", text, "en", "test")
    extraction = extract(doc)
    check_offsets(doc, extraction)
    assert extraction.events and {"Joko Widodo", "Olaf Scholz"} <= {e.name for e in extraction.entities}
