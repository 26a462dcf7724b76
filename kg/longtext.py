"""Texts of any length: cut into pieces at paragraph, sentence or word boundaries, extract each, merge.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, error E088), and our
rule components cost time that grows faster than linearly with the length of one
sentence (a run-on "sentence" of 60,000 characters took 40 s, one of 185,000 over five
minutes). So a text that is long, or holds a long stretch without a sentence end, is cut:

* into paragraphs (blank lines); a paragraph longer than :data:`PIECE_CHARS` into
  sentences (``.``, ``!``, ``?`` … followed by space, or a line end);
* a stretch longer than :data:`RUN_CHARS` without either is cut at the last space before
  the limit (or at the limit, in a text without spaces), and each such cut ends a piece,
  so spaCy never sees more than :data:`RUN_CHARS` characters as one sentence;
* the units are packed in order into pieces of at most :data:`PIECE_CHARS` characters.

The pieces cover the text exactly, end to end. Each is extracted as a document of its
own and the results are merged: every offset (mentions, evidence, sentences) is shifted by
the piece's start, so evidence offsets index the original text exactly; entities with the
same key, type and Wikidata id in two pieces are one entity. Time is linear in the length
of the text. What is lost at a cut: a coreference ("Widodo" … "he") or a fact whose
sentence spans two pieces — only in texts that are cut, which ordinary articles are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kg.model import Document, Entity, Event, Evidence, Extraction, Relation

__all__ = ["PIECE_CHARS", "RUN_CHARS", "extract_in_pieces", "needs_pieces", "pieces"]

PIECE_CHARS = 100_000
"""Largest piece handed to the pipeline (spaCy's own limit is ten times higher)."""

RUN_CHARS = 5_000
"""Longest stretch without a sentence end the pipeline sees as one sentence (about 0.3 s of work)."""

_SENTENCE_END = re.compile(r"[.!?…。][\"'”’»)\]]*(\s+|$)")  # where spaCy's sentencizer may end a sentence
_BREAK = re.compile(r"[.!?…。][\"'”’»)\]]*\s+|\n\s*")  # where a unit may end: a sentence end or a line end
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")
_SPACE = re.compile(r"\s")


def _longest_run(text: str, start: int = 0, end: int | None = None) -> int:
    """The most characters between two sentence ends in ``text[start:end]`` (a line end is none:
    the sentencizer only splits at punctuation)."""
    end = len(text) if end is None else end
    longest, previous = 0, start
    for match in _SENTENCE_END.finditer(text, start, end):
        longest = max(longest, match.start() - previous)
        previous = match.end()
    return max(longest, end - previous)


def needs_pieces(text: str) -> bool:
    """True when ``text`` is too long, or holds too long a stretch, to go to the pipeline whole."""
    return len(text) > PIECE_CHARS or _longest_run(text) > RUN_CHARS


def _split(text: str, start: int, end: int, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut at each match of ``pattern``, after its punctuation and before its whitespace
    (spaCy keeps the blank lines before a sentence in that sentence; a piece must start the same way)."""
    previous = start
    for match in pattern.finditer(text, start, end):
        cut = match.start() + len(match.group().rstrip())
        if cut > previous:
            yield previous, cut
            previous = cut
    if previous < end:
        yield previous, end


def _cut_run(text: str, start: int, end: int, run_chars: int) -> Iterator[tuple[int, int]]:
    """A span longer than ``run_chars`` cut before the last whitespace ahead of each limit."""
    while end - start > run_chars:
        limit = start + run_chars
        cut = max((m.start() for m in _SPACE.finditer(text, start + run_chars // 2, limit)), default=limit)
        yield start, cut
        start = cut
    yield start, end


def _units(text: str, piece_chars: int, run_chars: int) -> Iterator[tuple[int, int]]:
    """Paragraphs, or their sentences and lines, or cut runs: contiguous spans covering ``text``,
    none longer than ``piece_chars`` nor holding a stretch longer than ``run_chars``."""
    for p_start, p_end in _split(text, 0, len(text), _PARAGRAPH_END):
        if p_end - p_start <= piece_chars and _longest_run(text, p_start, p_end) <= run_chars:
            yield p_start, p_end
            continue
        for s_start, s_end in _split(text, p_start, p_end, _BREAK):
            if s_end - s_start <= run_chars:
                yield s_start, s_end
            else:
                yield from _cut_run(text, s_start, s_end, run_chars)


def _lead_and_trail(text: str, start: int, end: int) -> tuple[int, int | None]:
    """Characters before the unit's first sentence end, and after its last (``None``: it has none)."""
    ends = list(_SENTENCE_END.finditer(text, start, end))
    if not ends:
        return end - start, None
    return ends[0].start() - start, end - ends[-1].end()


def pieces(text: str, piece_chars: int = PIECE_CHARS, run_chars: int = RUN_CHARS) -> list[tuple[int, int]]:
    """Contiguous (start, end) spans covering ``text``: each at most ``piece_chars`` long, and no
    stretch without a sentence end longer than ``run_chars`` inside one (units are packed in
    order; the stretch running on from one unit into the next is counted too)."""
    spans: list[tuple[int, int]] = []
    start = end = run = 0
    for u_start, u_end in _units(text, piece_chars, run_chars):
        lead, trail = _lead_and_trail(text, u_start, u_end)
        if end > start and (u_end - start > piece_chars or run + lead > run_chars):
            spans.append((start, end))
            start, run = u_start, 0
        end = u_end
        run = run + (u_end - u_start) if trail is None else trail
    if end > start:
        spans.append((start, end))
    return spans


def extract_in_pieces(document: Document, extract_piece: Callable[[Document], Extraction], *,
                      piece_chars: int = PIECE_CHARS, run_chars: int = RUN_CHARS) -> Extraction:
    """Extract each piece of ``document`` with ``extract_piece`` and merge the results (offsets exact)."""
    parts = []
    for start, end in pieces(document.text, piece_chars, run_chars):
        parts.append((start, extract_piece(replace(document, text=document.text[start:end]))))
    return merge(document, parts)


def _shift(evidence: Evidence, offset: int) -> Evidence:
    return replace(evidence, start=evidence.start + offset, end=evidence.end + offset)


def _event_key(event: Event) -> tuple:
    """One event per kind, agents and targets, as :func:`kg.extract.extract_doc` keeps them (the first report)."""
    unordered = event.kind.value in ("Meeting", "Agreement")
    return event.kind, tuple(sorted(event.agents)) if unordered else event.agents, event.targets


def merge(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction of ``document`` from the extractions of its pieces, each with its start offset."""
    entities: dict[str, Entity] = {}
    relations: dict[tuple, Relation] = {}
    events: dict[tuple, Event] = {}
    sentences: list[tuple[int, int]] = []
    for index, (offset, part) in enumerate(parts):
        base = len(sentences)
        rename: dict[str, str] = {}
        for entity in part.entities:
            mentions = tuple(replace(m, start=m.start + offset, end=m.end + offset, sentence=m.sentence + base)
                             for m in entity.mentions)
            kept = entities.get(entity.key)
            if kept is not None and (kept.type, kept.qid) == (entity.type, entity.qid):
                aliases = kept.aliases + tuple(a for a in entity.aliases if a not in kept.aliases)
                labels = kept.labels + tuple(label for label in entity.labels if label not in kept.labels)
                entities[entity.key] = replace(kept, aliases=aliases, labels=labels, mentions=kept.mentions + mentions)
                rename[entity.key] = entity.key
                continue
            key = entity.key
            while key in entities:  # the same key for another entity in an earlier piece
                key = f"{key}~{index}"
            entities[key] = replace(entity, key=key, mentions=mentions)
            rename[entity.key] = key
        for relation in part.relations:
            moved = Relation(relation.kind, rename[relation.subject], rename[relation.object],
                             _shift(relation.evidence, offset))
            relations.setdefault((moved.kind, moved.subject, moved.object), moved)
        for event in part.events:
            moved_event = replace(event, agents=tuple(rename[a] for a in event.agents),
                                  targets=tuple(rename[t] for t in event.targets),
                                  location=rename[event.location] if event.location else None,
                                  evidence=_shift(event.evidence, offset))
            events.setdefault(_event_key(moved_event), moved_event)
        sentences += [(start + offset, end + offset) for start, end in part.sentences]
    return Extraction(document, tuple(entities.values()), tuple(relations.values()), tuple(events.values()),
                      tuple(sentences))
