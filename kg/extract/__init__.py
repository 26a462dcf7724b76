"""Extraction: an analysed document → :class:`kg.model.Extraction` (entities, relations, events).

Public API: :func:`extract` (runs the language's spaCy pipeline, then the rules) and
:func:`extract_doc` (rules only, on an already analysed spaCy ``Doc``).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from kg import longtext
from kg.extract.entities import ResolvedEntity, resolve, to_entity
from kg.extract.events import EventFinder
from kg.extract.roles import RoleFinder
from kg.extract.view import DocView, MentionRef
from kg.model import (
    Document,
    EntityType,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Relation,
    RelationKind,
)
from kg.nlp import resources
from kg.nlp.pipeline import make_pipeline

__all__ = ["extract", "extract_doc"]


def extract(document: Document) -> Extraction:
    if longtext.needs_pieces(document.text):  # over spaCy's limit, or a run-on "sentence": see kg.longtext
        return longtext.extract_in_pieces(document, _extract_whole)
    return _extract_whole(document)


def _extract_whole(document: Document) -> Extraction:
    nlp = make_pipeline(document.lang)
    return extract_doc(document, nlp(document.text))


def extract_doc(document: Document, doc: Doc) -> Extraction:
    res = resources.load(document.lang)
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]

    def sentence_of(token_index: int) -> int:
        return bisect_right(starts, token_index) - 1

    resolved = resolve(doc)
    by_key = {e.key: e for e in resolved}
    mentions = [MentionRef(e.key, s.start, s.end, e.type) for e in resolved for s in e.cluster.spans]
    view = DocView(doc, res, _non_overlapping(mentions))

    qid_key = {e.qid: e.key for e in resolved if e.qid and e.type is EntityType.COUNTRY}
    person_country_qid = {e.key: e.country for e in resolved if e.type is EntityType.PERSON and e.country}
    known_leaders = {e.key: qid_key[e.country] for e in resolved  # heads of state the gazetteer knows
                     if e.type is EntityType.PERSON and getattr(e.entry, "subtype", None) == "Leader"
                     and e.country in qid_key}
    roles = RoleFinder(view, person_country_qid, qid_key).find(sentences, known_leaders)
    leader_of = {f.person: f.holder for f in roles if f.kind is RelationKind.LEADER_OF}
    for key, country in known_leaders.items():
        leader_of.setdefault(key, country)
    person_country = {f.person: f.holder for f in roles if by_key[f.holder].type is EntityType.COUNTRY}
    for key, qid in person_country_qid.items():
        if qid in qid_key:
            person_country.setdefault(key, qid_key[qid])
    place_country = {e.key: qid_key[e.country] for e in resolved
                     if e.type is EntityType.PLACE and e.country in qid_key}
    capital_country = {e.key: qid_key[e.country] for e in resolved if e.type is EntityType.PLACE
                       and e.country in qid_key and _is_capital(e)}

    finder = EventFinder(view, leader_of=leader_of, person_country=person_country,
                         capital_country=capital_country, place_country=place_country)
    event_drafts, party_drafts = finder.find(sentences)

    def evidence(sent, rule: str, confidence: float) -> Evidence:
        # spaCy keeps the blank lines before a sentence inside it; the evidence is the sentence itself
        text = sent.text
        start = sent.start_char + len(text) - len(text.lstrip())
        end = sent.end_char - (len(text) - len(text.rstrip()))
        return Evidence(document.id, document.text[start:end], start, end, rule, confidence)

    relations: dict[tuple, Relation] = {}
    for f in roles:
        rel = Relation(f.kind, f.person, f.holder, evidence(f.sentence, f.rule, f.confidence))
        relations.setdefault((f.kind, f.person, f.holder), rel)
    for p in party_drafts:
        rel = Relation(RelationKind.TREATY_PARTY, p.party, p.treaty, evidence(p.sentence, p.rule, p.confidence))
        relations.setdefault((RelationKind.TREATY_PARTY, p.party, p.treaty), rel)
    events: dict[tuple, Event] = {}
    for d in event_drafts:
        agents = tuple(a for a in d.agents if a in by_key)
        targets = tuple(t for t in d.targets if t in by_key)
        key = (d.kind, agents if d.kind not in ("Meeting", "Agreement") else tuple(sorted(agents)), targets)
        if key in events:
            continue
        events[key] = Event(EventKind(d.kind), agents, targets, evidence(d.sentence, d.rule, d.confidence),
                            location=d.location)
    # every named entity is kept, with or without facts: the graph also answers "who is mentioned"
    entities = tuple(to_entity(e, document, sentence_of) for e in resolved)
    kept = {e.key for e in entities}
    return Extraction(
        document=document,
        entities=entities,
        relations=tuple(r for r in relations.values() if r.subject in kept and r.object in kept),
        events=tuple(ev for ev in events.values()
                     if set(ev.agents) <= kept and set(ev.targets) <= kept and (ev.location is None
                                                                                or ev.location in kept)),
        sentences=tuple((s.start_char, s.end_char) for s in sentences),
    )


def _is_capital(e: ResolvedEntity) -> bool:
    """A national capital (the gazetteer's role "capital"), which may stand for its country's government."""
    return e.entry is not None and (e.entry.role or "").lower() == "capital"


def _non_overlapping(mentions: list[MentionRef]) -> list[MentionRef]:
    out: list[MentionRef] = []
    taken: set[int] = set()
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if any(i in taken for i in range(m.start, m.end)):
            continue
        taken.update(range(m.start, m.end))
        out.append(m)
    return out
