"""Extraction: an analysed document → :class:`kg.model.Extraction` (entities, relations, events).

Public API: :func:`extract` (runs the language's spaCy pipeline, then the rules) and
:func:`extract_doc` (rules only, on an already analysed spaCy ``Doc``).
"""

from __future__ import annotations

import os
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from kg import longtext
from kg.extract import calibration
from kg.extract.calibration import CalibrationTable
from kg.extract.context import ExtractionContext
from kg.extract.dating import EventDater, compatible, more_precise
from kg.extract.entities import resolve, to_entity
from kg.extract.events import EventFinder
from kg.extract.grammar import Grammar
from kg.extract.roles import RoleFinder
from kg.extract.view import DocView, MentionRef
from kg.model import (
    Document,
    Event,
    Evidence,
    Extraction,
    Relation,
    RelationKind,
)
from kg.nlp import resources, syntax
from kg.nlp.pipeline import make_pipeline
from kg.nlp.resources import LangResources

__all__ = ["extract", "extract_doc", "use_syntax"]

SYNTAX_SWITCH = "NEWSKG_SYNTAX"


def extract(document: Document) -> Extraction:
    if longtext.needs_pieces(document.text):  # over spaCy's limit, or a run-on "sentence": see kg.longtext
        return longtext.extract_in_pieces(document, _extract_whole)
    return _extract_whole(document)


def _extract_whole(document: Document) -> Extraction:
    nlp = make_pipeline(document.lang)
    return extract_doc(document, nlp(document.text), nlp.get_pipe("kg_names").res)


def extract_doc(document: Document, doc: Doc, res: LangResources | None = None,
                calibrated: CalibrationTable | None = None) -> Extraction:
    """The rules on ``doc``; ``res`` are the language resources its pipeline used (default: loaded for the
    document's language), ``calibrated`` the confidence table (default: :func:`kg.extract.calibration.load`)."""
    if res is None:
        res = resources.load(document.lang)
    if calibrated is None:
        calibrated = calibration.load()
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]

    def sentence_of(token_index: int) -> int:
        return bisect_right(starts, token_index) - 1

    resolved = resolve(doc, res)
    by_key = {e.key: e for e in resolved}
    mentions = [MentionRef(e.key, s.start, s.end, e.type) for e in resolved for s in e.cluster.spans]
    view = DocView(doc, res, _non_overlapping(mentions))

    context = ExtractionContext.of(resolved, calibrated, res.bare_body_heads)
    roles = RoleFinder(view, context).find(sentences)
    context = context.with_roles(roles)
    finder = EventFinder(view, context, Grammar(view, syntax.sentence_parser(document.lang) if use_syntax() else None))
    event_drafts, party_drafts = finder.find(sentences)

    bounds: dict[tuple[int, int], tuple[int, int]] = {}  # per sentence: its text is read once, not once per fact

    def evidence(sent, kind: str, rule: str, confidence: float) -> Evidence:
        # the whitespace after a sentence (kg_sentence_quotes) or before the text's first is no part of the evidence
        if (sent.start, sent.end) not in bounds:
            text = sent.text
            bounds[sent.start, sent.end] = (sent.start_char + len(text) - len(text.lstrip()),
                                            sent.end_char - (len(text) - len(text.rstrip())))
        start, end = bounds[sent.start, sent.end]
        calibrated_confidence = context.calibration.confidence(kind, rule, confidence)
        return Evidence(document.id, document.text[start:end], start, end, rule, calibrated_confidence)

    relations: dict[tuple, Relation] = {}
    for f in roles:
        rel = Relation(f.kind, f.person, f.holder, evidence(f.sentence, f.kind, f.rule, f.confidence))
        relations.setdefault((f.kind, f.person, f.holder), rel)
    for p in party_drafts:
        rel = Relation(RelationKind.TREATY_PARTY, p.party, p.treaty, evidence(p.sentence, RelationKind.TREATY_PARTY,
                                                                        p.rule, p.confidence))
        relations.setdefault((RelationKind.TREATY_PARTY, p.party, p.treaty), rel)
    # one event per type and parties, unless the document dates its reports apart (docs/dates.md): the first
    # report is the evidence, the most precise date of the reports it stands for is the event's date
    dater = EventDater(view, document, [d.trigger for d in event_drafts if d.trigger]) if event_drafts else None
    events: dict[tuple, list[Event]] = {}
    for d in event_drafts:
        agents = tuple(a for a in d.agents if a in by_key)
        targets = tuple(t for t in d.targets if t in by_key)
        key = (d.kind, tuple(sorted(agents)) if d.kind.traits.symmetric else agents, targets)
        when = dater.date_of(d.sentence, d.trigger) if dater is not None and d.trigger is not None else None
        reports = events.setdefault(key, [])
        same = next((n for n, ev in enumerate(reports) if compatible(ev.date, when)), None)
        if same is not None:
            reports[same] = replace(reports[same], date=more_precise(reports[same].date, when))
            continue
        reports.append(Event(d.kind, agents, targets, evidence(d.sentence, d.kind, d.rule, d.confidence),
                             location=d.location, date=when))
    # every named entity is kept, with or without facts: the graph also answers "who is mentioned"
    entities = tuple(to_entity(e, document, sentence_of) for e in resolved)
    kept = {e.key for e in entities}
    return Extraction(
        document=document,
        entities=entities,
        relations=tuple(r for r in relations.values() if r.subject in kept and r.object in kept),
        events=tuple(ev for reports in events.values() for ev in reports
                     if set(ev.agents) <= kept and set(ev.targets) <= kept and (ev.location is None
                                                                                or ev.location in kept)),
        sentences=tuple((s.start_char, s.end_char) for s in sentences),
    )


def use_syntax() -> bool:
    """Whether the event rules may ask the UD parser (``NEWSKG_SYNTAX=0`` turns it off, to measure without it)."""
    return os.environ.get(SYNTAX_SWITCH, "1") != "0"


def _non_overlapping(mentions: list[MentionRef]) -> list[MentionRef]:
    out: list[MentionRef] = []
    taken: set[int] = set()
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if any(i in taken for i in range(m.start, m.end)):
            continue
        taken.update(range(m.start, m.end))
        out.append(m)
    return out
