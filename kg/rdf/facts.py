"""Facts (events and relations) as triples, each with its evidence: document, sentence, offsets, rule,
confidence. The same fact found twice in a document is one node with the evidence of each report."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.model import Event, Evidence, Extraction, Relation, RelationKind
from kg.rdf.iris import digest, document_iri, event_key
from kg.rdf.literals import confidence_literal, event_date_literal, text_literal
from kg.rdf.terms import EVENT_CLASSES, RELATION_PREDICATES, Triple
from kg.vocab import EVENT, EVIDENCE, KG, STATEMENT

__all__ = ["Fact", "event_fact", "evidence_triples", "merge", "relation_fact"]


@dataclass(frozen=True, slots=True)
class Fact:
    """One event or relation ready to write: its node, evidence and own triples."""

    iri: URIRef
    evidence: Evidence
    triples: tuple[Triple, ...]


def _resolve(extraction: Extraction, nodes: dict[str, URIRef], key: str, what: str) -> URIRef:
    try:
        return nodes[key]
    except KeyError:
        raise ValueError(
            f"document {extraction.document.id!r}: {what} refers to unknown entity key {key!r}"
        ) from None


def relation_fact(extraction: Extraction, relation: Relation, nodes: dict[str, URIRef]) -> Fact:
    """The direct triple plus its ``rdf:Statement`` reification (which carries the evidence).

    The reification's IRI depends on (predicate, subject, object) only, never on the
    document: two articles saying "Jokowi leads Indonesia" give one ``rdf:Statement``
    with two evidences, each in its own document's graph.
    """
    predicate = RELATION_PREDICATES[relation.kind]
    subject = _resolve(extraction, nodes, relation.subject, relation.kind.value)
    obj = _resolve(extraction, nodes, relation.object, relation.kind.value)
    if relation.kind is RelationKind.TREATY_PARTY:  # stored party → treaty, written treaty kg:party party
        subject, obj = obj, subject
    node = STATEMENT[digest("statement", predicate, subject, obj)]
    triples = (
        (subject, predicate, obj),
        (node, RDF.type, RDF.Statement),
        (node, RDF.subject, subject),
        (node, RDF.predicate, predicate),
        (node, RDF.object, obj),
        (node, PROV.wasDerivedFrom, document_iri(extraction.document.id)),
    )
    return Fact(node, relation.evidence, triples)


def event_fact(extraction: Extraction, event: Event, nodes: dict[str, URIRef]) -> Fact:
    what = event.kind.value
    agents = sorted({_resolve(extraction, nodes, k, what) for k in event.agents})
    targets = sorted({_resolve(extraction, nodes, k, what) for k in event.targets})
    location = _resolve(extraction, nodes, event.location, what) if event.location else None
    ev = event.evidence
    key = event_key(event.kind, [str(a) for a in agents], [str(t) for t in targets], event.date,
                    extraction.document.id, (ev.start, ev.end))
    node = EVENT[key]
    triples: list[Triple] = [(node, RDF.type, EVENT_CLASSES[event.kind])]
    agent, target = KG.agent, KG.target  # once, not per participant (a DefinedNamespace term is built per access)
    triples += [(node, agent, a) for a in agents]
    triples += [(node, target, t) for t in targets]
    if location is not None:
        triples.append((node, KG.location, location))
    if event.date:
        triples.append((node, KG.date, event_date_literal(event.date)))
    triples.append((node, PROV.wasDerivedFrom, document_iri(extraction.document.id)))
    return Fact(node, ev, tuple(triples))


def _evidence_iri(fact: Fact) -> URIRef:
    """Evidence is per report: the fact, the document and the sentence span (not rule or confidence,
    so the same sentence found twice is one evidence node)."""
    ev = fact.evidence
    return EVIDENCE[digest("evidence", str(fact.iri), ev.document_id, ev.start, ev.end)]


def merge(facts: Sequence[Fact]) -> list[tuple[Fact, list[Fact]]]:
    """Group facts by node IRI (the same event or relation found more than once in a document).

    Returns, in input order, each node's fact to write (its role triples) and its
    evidences, one per evidence IRI with the highest confidence (input order on ties).
    An event has at most one ``kg:location`` and one ``kg:date`` per graph (the shapes say so):
    the location of its most confident report that has one, and the most precise date (a day
    before a month), of the most confident report on ties.
    """
    groups: dict[URIRef, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(fact.iri, []).append(fact)
    merged: list[tuple[Fact, list[Fact]]] = []
    located, dated = KG.location, KG.date  # looked up once: a DefinedNamespace term is a new URIRef per access
    for iri, group in groups.items():
        best_evidence: dict[URIRef, Fact] = {}
        for fact in group:
            evidence_iri = _evidence_iri(fact)
            kept = best_evidence.get(evidence_iri)
            if kept is None or fact.evidence.confidence > kept.evidence.confidence:
                best_evidence[evidence_iri] = fact
        ranked = sorted(group, key=lambda f: -f.evidence.confidence)  # stable: input order on ties
        location = next((t for f in ranked for t in f.triples if t[1] == located), None)
        dates = [t for f in ranked for t in f.triples if t[1] == dated]
        when = max(dates, key=lambda t: len(str(t[2])), default=None)  # first of the longest: most precise
        triples: list[Triple] = []
        for fact in ranked:
            triples += [t for t in fact.triples if t[1] not in (located, dated) and t not in triples]
        triples += [t for t in (location, when) if t is not None]
        merged.append((Fact(iri, ranked[0].evidence, tuple(triples)), list(best_evidence.values())))
    return merged


_EVIDENCE_TERMS = (KG.evidence, RDF.type, KG.Evidence, PROV.wasDerivedFrom, KG.sentenceText, KG.startOffset,
                   KG.endOffset, KG.rule, KG.confidence)
"""The terms of every evidence, built once: a DefinedNamespace makes a new URIRef (after a membership check) on
each attribute access, and a document has an evidence per fact."""


def evidence_triples(fact: Fact, doc_node: URIRef, lang: str) -> Iterator[Triple]:
    ev = fact.evidence
    if document_iri(ev.document_id) != doc_node:
        raise ValueError(f"evidence of {fact.iri} names document {ev.document_id!r}, not this document")
    node = _evidence_iri(fact)
    has_evidence, a, evidence, derived_from, sentence_text, start_offset, end_offset, rule, confidence = _EVIDENCE_TERMS
    yield fact.iri, has_evidence, node
    yield node, a, evidence
    yield node, derived_from, doc_node
    yield node, sentence_text, text_literal(ev.sentence, lang)
    yield node, start_offset, Literal(ev.start)
    yield node, end_offset, Literal(ev.end)
    yield node, rule, Literal(ev.rule)
    yield node, confidence, confidence_literal(ev.confidence)
