"""Turn an :class:`~kg.model.Extraction` into RDF, and write datasets to files.

One document becomes one named graph holding the document node, the description
of every entity it mentions, its facts and their evidence. IRIs are deterministic
(see :func:`entity_iri` and friends), so the same entity found in two documents
is one node, re-running a build replaces a graph instead of adding to it, and the
same input gives byte-identical files: rdflib iterates its in-memory store in hash
order, so every writer here fixes the order itself.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Namespace
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.term import Node

from kg.errors import InputError, ResourceError
from kg.model import Entity, EntityType, Event, EventKind, Evidence, Extraction, Relation, RelationKind
from kg.text import slug as slugify  # IRI path segments of names and ids: the one slug of kg.text
from kg.vocab import DOCUMENT, ENTITY, EVENT, EVIDENCE, GRAPH, KG, STATEMENT, WD

__all__ = [
    "BASE_TYPES",
    "EVENT_CLASSES",
    "FORMATS",
    "RELATION_PREDICATES",
    "SUBTYPES",
    "bind_prefixes",
    "document_iri",
    "entity_iri",
    "event_key",
    "graph_iri",
    "serialize",
    "slugify",
    "to_dataset",
    "to_graph",
    "write",
]

Triple = tuple[Node, Node, Node]

BASE_TYPES: dict[EntityType, URIRef] = {
    EntityType.PERSON: KG.Person,
    EntityType.ORGANIZATION: KG.Organization,
    EntityType.COUNTRY: KG.Country,
    EntityType.PLACE: KG.Place,
    EntityType.TREATY: KG.Treaty,
}

SUBTYPES: dict[str, tuple[URIRef, EntityType]] = {
    "leader": (KG.Leader, EntityType.PERSON),
    "official": (KG.Official, EntityType.PERSON),
    "agency": (KG.Agency, EntityType.ORGANIZATION),
    "newsagency": (KG.NewsAgency, EntityType.ORGANIZATION),
    "internationalorganization": (KG.InternationalOrganization, EntityType.ORGANIZATION),
    "city": (KG.City, EntityType.PLACE),
}
"""``Entity.subtype`` (case-insensitive) → (ontology class, the base type it refines)."""

EVENT_CLASSES: dict[EventKind, URIRef] = {kind: KG[kind.value] for kind in EventKind}
"""Each event type's class: the ontology term of its name (a type without one fails here, at import)."""

RELATION_PREDICATES: dict[RelationKind, URIRef] = {
    RelationKind.LEADER_OF: KG.leaderOf,
    RelationKind.OFFICIAL_OF: KG.officialOf,
    RelationKind.TREATY_PARTY: KG.party,
}

FORMATS: dict[str, str] = {
    ".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld",
}
"""File suffix → rdflib format name; ``.ttl`` and ``.nt`` hold the union of all graphs."""

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "schema": str(SDO),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}

_QID = re.compile(r"Q[1-9][0-9]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")


TEXT_NORMALIZATION = "NFC"
"""The Unicode form of every document text (``kg.ingest.text``): evidence offsets index that text."""

T = TypeVar("T")  # the format values of a suffix table (format_for)


# --------------------------------------------------------------------------- IRIs


def _digest(*parts: Any) -> str:
    """A short stable hash of JSON-able parts: the local name of events, evidence, statements."""
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _encode_id(doc_id: str) -> str:
    """Percent-encode a document id so any id is one safe path segment (and no two ids collide)."""
    if not doc_id:
        raise ValueError("a document id must not be empty")
    return quote(doc_id, safe="")


def document_iri(doc_id: str) -> URIRef:
    """``…/id/document/<percent-encoded id>``."""
    return DOCUMENT[_encode_id(doc_id)]


def graph_iri(doc_id: str) -> URIRef:
    """``…/id/graph/<percent-encoded id>``: the named graph that holds one document's facts."""
    return GRAPH[_encode_id(doc_id)]


def entity_iri(entity: Entity) -> URIRef:
    """``…/id/entity/Q7747`` when linked, else ``…/id/entity/<type>/<slug of the name>``.

    Keyed on the QID or the normalised name only, never on the document, so that
    entities merge across documents.
    """
    qid = _qid(entity)
    if qid:
        return ENTITY[qid]
    slug = slugify(entity.name) or f"x-{_digest(entity.name)}"
    return ENTITY[f"{entity.type.value.lower()}/{quote(slug, safe='-')}"]


def _qid(entity: Entity) -> str | None:
    if entity.qid is None:
        return None
    qid = entity.qid.strip().upper()
    if not _QID.fullmatch(qid):
        raise ResourceError(f"entity {entity.name!r} has a malformed Wikidata id {entity.qid!r}; expected Q…")
    return qid


# --------------------------------------------------------------------------- literals


@lru_cache(maxsize=4096)  # rdflib parses a typed literal's text on every Literal(); a document repeats its dates
def _date_literal(text: str) -> Literal:
    """``xsd:date``/``xsd:dateTime``/``xsd:gYearMonth`` for a valid ISO date, date-time or year-month
    (``2024-06``), else the date as written (``xsd:string``)."""
    value = text.strip()
    if _ISO_YEAR_MONTH.fullmatch(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _ISO_DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    if _ISO_DATETIME.fullmatch(value):
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
            return Literal(value, datatype=XSD.dateTime)
        except ValueError:
            pass
    return Literal(value)


_EVENT_DATE_TYPES = (XSD.date, XSD.gYearMonth, XSD.dateTime)


def _event_date_literal(date_text: str) -> Literal:
    """An event's ``kg:date``: ``xsd:date`` for a day, ``xsd:gYearMonth`` for a month (or an ``xsd:dateTime``).

    ``Event.date`` holds what :mod:`kg.extract.dates` resolved; text that names no day or month
    ("Monday", "2024") is a programming error here, not something to write as it stands.
    """
    literal = _date_literal(date_text)
    if literal.datatype not in _EVENT_DATE_TYPES:
        raise ValueError(f"event date {date_text!r} is not an ISO day (YYYY-MM-DD) or month (YYYY-MM); "
                         "resolve it with kg.extract.dates first")
    return literal


@lru_cache(maxsize=4096)  # a few hundred distinct confidences; a Decimal and a typed Literal each time otherwise
def _confidence_literal(confidence: float) -> Literal:
    """An ``xsd:decimal`` rounded to 4 places: readable and stable across float printing."""
    return Literal(Decimal(str(round(float(confidence), 4))), datatype=XSD.decimal)


def _text(text: str, lang: str | None) -> Literal:
    """A language-tagged literal (tag lowercased: tags are case-insensitive), or a plain one without a tag.

    A plain literal is what an unknown language gives; the shapes reject it on names.
    """
    return Literal(text, lang=lang.lower() if lang else None)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Bidi controls (ALM, LRM, RLM, embeddings, overrides, isolates), zero-width space and BOM: invisible, they
make two spellings of one name differ and can reorder how a label is displayed. Removed; control
characters (NUL, tab, …) become a space."""


def _clean(text: str) -> str:
    """A label or headline as written: invisible characters removed, whitespace runs → one space."""
    return " ".join(_CONTROL.sub(" ", _INVISIBLE.sub("", text)).split())


# --------------------------------------------------------------------------- graph building


@dataclass(frozen=True, slots=True)
class _Fact:
    """One event or relation ready to write: its node, evidence and own triples."""

    iri: URIRef
    evidence: Evidence
    triples: tuple[Triple, ...]


def bind_prefixes(graph: Graph) -> None:
    """Bind the prefixes the writers use, so files are readable and identical run to run."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)


def to_graph(extraction: Extraction) -> tuple[URIRef, Graph]:
    """The named graph of one document: its IRI and a Graph of everything extracted from it."""
    doc = extraction.document
    iri = graph_iri(doc.id)
    # Only the core prefixes are bound before ours (rdflib's default binds ~30 namespaces on every new Graph).
    # The store stays rdflib's default Memory: SimpleMemory adds faster, but its look-ups iterate live dicts, so
    # code that changes the graph while it reads it (as tests/test_validate.py's breakages do) would fail.
    graph = Graph(identifier=iri, bind_namespaces="core")
    bind_prefixes(graph)
    doc_node = document_iri(doc.id)
    triples = list(_document_triples(extraction, doc_node))
    nodes = _entity_nodes(extraction)
    for entity in extraction.entities:
        triples += _entity_triples(entity, nodes[entity.key])
        triples.append((doc_node, SDO.mentions, nodes[entity.key]))
    triples += _pref_label_triples(extraction.entities, nodes)
    facts = [_relation_fact(extraction, r, nodes) for r in extraction.relations]
    facts += [_event_fact(extraction, e, nodes) for e in extraction.events]
    for fact, evidences in _merge(facts):
        triples += fact.triples
        for evidence in evidences:
            triples += _evidence_triples(evidence, doc_node, doc.lang)
    # one bulk add into the store: Graph.addN would re-check every term of triples made of our own URIRefs and
    # Literals (measured: 12 % of this function), and a call per entity and evidence adds its own overhead
    graph.store.addN([(*t, graph) for t in triples])
    return iri, graph


def _document_triples(extraction: Extraction, node: URIRef) -> Iterator[Triple]:
    doc = extraction.document
    yield node, RDF.type, KG.Document
    yield node, SDO.identifier, Literal(doc.id)
    yield node, SDO.inLanguage, Literal(doc.lang)
    yield node, KG.textNormalization, Literal(TEXT_NORMALIZATION)  # what the evidence offsets index
    if doc.title:
        yield node, SDO.headline, _text(_clean(doc.title), doc.lang)
    if doc.url:
        yield node, SDO.url, Literal(doc.url.strip(), datatype=XSD.anyURI)
    if doc.published:
        yield node, SDO.datePublished, _date_literal(doc.published)


def _entity_nodes(extraction: Extraction) -> dict[str, URIRef]:
    nodes: dict[str, URIRef] = {}
    for entity in extraction.entities:
        if entity.key in nodes:
            raise ValueError(f"document {extraction.document.id!r}: entity key {entity.key!r} is used twice")
        nodes[entity.key] = entity_iri(entity)
    return nodes


def _entity_triples(entity: Entity, node: URIRef) -> Iterator[Triple]:
    yield node, RDF.type, BASE_TYPES[entity.type]
    subclass = _subclass(entity)
    if subclass is not None:
        yield node, RDF.type, subclass
    yield from _label_triples(entity, node)
    qid = _qid(entity)
    if qid:
        yield node, OWL.sameAs, WD[qid]


def _subclass(entity: Entity) -> URIRef | None:
    """The ontology subclass named by ``Entity.subtype``, if it refines the entity's base type."""
    if not entity.subtype:
        return None
    found = SUBTYPES.get(entity.subtype.casefold())
    if found is None or found[1] is not entity.type:
        return None
    return found[0]


def _label_triples(entity: Entity, node: URIRef) -> list[Triple]:
    """``rdfs:label``: the name, and the first extra name in each other language; the rest ``skos:altLabel``.

    One ``rdfs:label`` per language per document keeps a preferred name per
    language; no literal is written twice (as label and alias).
    """
    seen: set[Literal] = set()
    label_langs: set[str] = set()
    triples: list[Triple] = []

    def emit(predicate: URIRef, text: str, lang: str) -> None:
        cleaned = _clean(text)
        literal = _text(cleaned, lang)
        if not cleaned or literal in seen:
            return
        seen.add(literal)
        triples.append((node, predicate, literal))

    emit(RDFS.label, entity.name, entity.lang)
    label_langs.add(entity.lang.lower())
    for text, lang in entity.labels:
        if lang.lower() in label_langs:
            emit(SKOS.altLabel, text, lang)
        else:
            label_langs.add(lang.lower())
            emit(RDFS.label, text, lang)
    for alias in entity.aliases:
        emit(SKOS.altLabel, alias, entity.lang)
    return triples


def _english(lang: str | None) -> bool:
    """``en`` or ``en-…``, as SPARQL's ``LANGMATCHES(lang, "en")`` says."""
    tag = (lang or "").lower()
    return tag == "en" or tag.startswith("en-")


def _pref_label(entity: Entity) -> Literal | None:
    """The entity's display name in this document: its English label if it has one, else its name."""
    candidates = [(entity.name, entity.lang), *entity.labels]
    english = [(t, lang) for t, lang in candidates if _english(lang)]
    for text, lang in english or candidates[:1]:
        cleaned = _clean(text)
        if cleaned:
            return _text(cleaned, lang)
    return None


def _pref_label_triples(entities: Sequence[Entity], nodes: dict[str, URIRef]) -> list[Triple]:
    """One ``skos:prefLabel`` per entity node and document graph: what the shipped queries display.

    The English label when the entity has one, else its name (language-tagged). Queries read it
    from the same named graph as the fact, so no store-wide aggregation over labels is needed.
    Two entities of one document that share a node (same QID or normalised name) give one
    prefLabel: the first English one in extraction order, else the first name.
    """
    chosen: dict[URIRef, Literal] = {}
    for entity in entities:
        label = _pref_label(entity)
        if label is None:
            continue
        node = nodes[entity.key]
        kept = chosen.get(node)
        if kept is None or (not _english(kept.language) and _english(label.language)):
            chosen[node] = label
    return [(node, SKOS.prefLabel, label) for node, label in chosen.items()]


def _resolve(extraction: Extraction, nodes: dict[str, URIRef], key: str, what: str) -> URIRef:
    try:
        return nodes[key]
    except KeyError:
        raise ValueError(
            f"document {extraction.document.id!r}: {what} refers to unknown entity key {key!r}"
        ) from None


def _relation_fact(extraction: Extraction, relation: Relation, nodes: dict[str, URIRef]) -> _Fact:
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
    node = STATEMENT[_digest("statement", predicate, subject, obj)]
    triples = (
        (subject, predicate, obj),
        (node, RDF.type, RDF.Statement),
        (node, RDF.subject, subject),
        (node, RDF.predicate, predicate),
        (node, RDF.object, obj),
        (node, PROV.wasDerivedFrom, document_iri(extraction.document.id)),
    )
    return _Fact(node, relation.evidence, triples)


def event_key(kind: EventKind, agents: Sequence[str], targets: Sequence[str], date_text: str | None,
              document_id: str | None = None, span: tuple[int, int] | None = None) -> str:
    """The local name of an event node: a hash of what identifies the event across documents.

    (class, sorted agent IRIs, sorted target IRIs, the **month** of the date or none): two
    articles reporting "Putin visited Pyongyang" in June 2024 give one ``kg:Visit`` with two
    evidences, whether they date it "19 June 2024", "on Wednesday" (resolved) or "in June".
    The key holds the month, not the day, because "same event" means a *compatible* date — a
    day is compatible with its month — and every document must compute the key alone, in any
    order: the month is the finest grouping under which compatible dates always meet. The price:
    two events of one type and the same participants in one month are one node, with each
    report's day in its own graph. An undated report stays apart from dated ones ("no date" would
    be compatible with every month, which no per-document key can express). See docs/dates.md.
    Location, sentence, rule and confidence are left out — they describe a report, not the event.
    A ``kg:Statement`` is a speech act that exists only in the text that quotes it, so its
    key also holds the document and the sentence span (see docs/stores.md, "Merging").
    """
    month = str(_event_date_literal(date_text))[:7] if date_text else None
    parts: list[Any] = ["event", kind.value, sorted(agents), sorted(targets), month]
    if kind.traits.document_bound:
        parts += [document_id, list(span) if span else None]
    return _digest(*parts)


def _event_fact(extraction: Extraction, event: Event, nodes: dict[str, URIRef]) -> _Fact:
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
        triples.append((node, KG.date, _event_date_literal(event.date)))
    triples.append((node, PROV.wasDerivedFrom, document_iri(extraction.document.id)))
    return _Fact(node, ev, tuple(triples))


def _evidence_iri(fact: _Fact) -> URIRef:
    """Evidence is per report: the fact, the document and the sentence span (not rule or confidence,
    so the same sentence found twice is one evidence node)."""
    ev = fact.evidence
    return EVIDENCE[_digest("evidence", str(fact.iri), ev.document_id, ev.start, ev.end)]


def _merge(facts: Sequence[_Fact]) -> list[tuple[_Fact, list[_Fact]]]:
    """Group facts by node IRI (the same event or relation found more than once in a document).

    Returns, in input order, each node's fact to write (its role triples) and its
    evidences, one per evidence IRI with the highest confidence (input order on ties).
    An event has at most one ``kg:location`` and one ``kg:date`` per graph (the shapes say so):
    the location of its most confident report that has one, and the most precise date (a day
    before a month), of the most confident report on ties.
    """
    groups: dict[URIRef, list[_Fact]] = {}
    for fact in facts:
        groups.setdefault(fact.iri, []).append(fact)
    merged: list[tuple[_Fact, list[_Fact]]] = []
    located, dated = KG.location, KG.date  # looked up once: a DefinedNamespace term is a new URIRef per access
    for iri, group in groups.items():
        best_evidence: dict[URIRef, _Fact] = {}
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
        merged.append((_Fact(iri, ranked[0].evidence, tuple(triples)), list(best_evidence.values())))
    return merged


_EVIDENCE_TERMS = (KG.evidence, RDF.type, KG.Evidence, PROV.wasDerivedFrom, KG.sentenceText, KG.startOffset,
                   KG.endOffset, KG.rule, KG.confidence)
"""The terms of every evidence, built once: a DefinedNamespace makes a new URIRef (after a membership check) on
each attribute access, and a document has an evidence per fact."""


def _evidence_triples(fact: _Fact, doc_node: URIRef, lang: str) -> Iterator[Triple]:
    ev = fact.evidence
    if document_iri(ev.document_id) != doc_node:
        raise ValueError(f"evidence of {fact.iri} names document {ev.document_id!r}, not this document")
    node = _evidence_iri(fact)
    has_evidence, a, evidence, derived_from, sentence_text, start_offset, end_offset, rule, confidence = _EVIDENCE_TERMS
    yield fact.iri, has_evidence, node
    yield node, a, evidence
    yield node, derived_from, doc_node
    yield node, sentence_text, _text(ev.sentence, lang)
    yield node, start_offset, Literal(ev.start)
    yield node, end_offset, Literal(ev.end)
    yield node, rule, Literal(ev.rule)
    yield node, confidence, _confidence_literal(ev.confidence)


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """All documents' graphs in one Dataset; a document id seen twice keeps its last graph."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for extraction in extractions:
        iri, graph = to_graph(extraction)
        dataset.remove_graph(iri)
        target = dataset.graph(iri)
        target.addN((s, p, o, target) for s, p, o in graph)
    return dataset


# --------------------------------------------------------------------------- writing


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer with graphs in IRI order (rdflib's own order follows the hash seed)."""

    def __init__(self, store: Graph) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda g: (g.identifier == DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    bind_prefixes(union)
    union.addN((s, p, o, union) for s, p, o, _ in dataset.quads((None, None, None, None)))
    return union


def _sorted_lines(text: str) -> str:
    """Line-based formats (N-Triples, N-Quads): one statement per line, so sorting is safe."""
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def _canonical_json(value: Any, key: str | None = None) -> Any:
    """Sort JSON-LD node and value arrays (sets in RDF) so the output does not depend on hash order."""
    if isinstance(value, dict):
        return {k: _canonical_json(v, k) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """Serialise through rdflib in a stable order. ``fmt``: trig, nquads, turtle, nt or json-ld.

    Binds our prefixes on ``dataset`` first, so a Dataset assembled elsewhere reads the same.
    """
    bind_prefixes(dataset)
    if fmt == "trig":
        buffer = io.BytesIO()
        _SortedTrigSerializer(dataset).serialize(buffer, encoding="utf-8")
        return buffer.getvalue()
    if fmt == "nquads":
        return _sorted_lines(dataset.serialize(format="nquads")).encode("utf-8")
    if fmt == "turtle":
        return _union(dataset).serialize(format="turtle", encoding="utf-8")
    if fmt == "nt":
        return _sorted_lines(_union(dataset).serialize(format="nt")).encode("utf-8")
    if fmt == "json-ld":
        data = json.loads(dataset.serialize(format="json-ld"))
        text = json.dumps(_canonical_json(data), indent=2, ensure_ascii=False, sort_keys=True)
        return (text + "\n").encode("utf-8")
    raise ValueError(f"unknown RDF format {fmt!r}")


def format_for(path: Path, formats: Mapping[str, T], action: str, *, must_exist: bool = False) -> T:
    """The RDF format of ``path`` from its suffix, looked up in ``formats`` (suffix → format).

    An unknown suffix, or a missing file when ``must_exist``, is an :class:`InputError` naming
    the suffixes that would do.
    """
    fmt = formats.get(path.suffix.lower())
    suffixes = ", ".join(formats)
    if fmt is None:
        raise InputError(f"cannot {action} {path}: unknown RDF file suffix {path.suffix!r}",
                         hint=f"Use a file ending in one of: {suffixes}.")
    if must_exist and not path.is_file():
        raise InputError(f"no such file: {path}", hint=f"Give an existing RDF file ({suffixes}).")
    return fmt


def write(dataset: Dataset, path: Path | str) -> Path:
    """Write ``dataset`` to ``path`` in the format its suffix names (see :data:`FORMATS`)."""
    path = Path(path)
    fmt = format_for(path, FORMATS, "write")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(serialize(dataset, fmt))
    return path
