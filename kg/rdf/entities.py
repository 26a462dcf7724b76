"""The triples describing an entity: its types, its names (``rdfs:label``, ``skos:altLabel`` per language, one
``skos:prefLabel``) and its Wikidata link."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.model import Entity, Extraction
from kg.rdf.iris import checked_qid, entity_iri
from kg.rdf.literals import clean, text_literal
from kg.rdf.terms import BASE_TYPES, SUBTYPES, Triple
from kg.vocab import WD

__all__ = ["entity_nodes", "entity_triples", "label_triples", "pref_label_triples"]


def entity_nodes(extraction: Extraction) -> dict[str, URIRef]:
    nodes: dict[str, URIRef] = {}
    for entity in extraction.entities:
        if entity.key in nodes:
            raise ValueError(f"document {extraction.document.id!r}: entity key {entity.key!r} is used twice")
        nodes[entity.key] = entity_iri(entity)
    return nodes


def entity_triples(entity: Entity, node: URIRef) -> Iterator[Triple]:
    yield node, RDF.type, BASE_TYPES[entity.type]
    subclass = _subclass(entity)
    if subclass is not None:
        yield node, RDF.type, subclass
    yield from label_triples(entity, node)
    qid = checked_qid(entity)
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


def label_triples(entity: Entity, node: URIRef) -> list[Triple]:
    """``rdfs:label``: the name, and the first extra name in each other language; the rest ``skos:altLabel``.

    One ``rdfs:label`` per language per document keeps a preferred name per
    language; no literal is written twice (as label and alias).
    """
    seen: set[Literal] = set()
    label_langs: set[str] = set()
    triples: list[Triple] = []

    def emit(predicate: URIRef, text: str, lang: str) -> None:
        cleaned = clean(text)
        literal = text_literal(cleaned, lang)
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
        cleaned = clean(text)
        if cleaned:
            return text_literal(cleaned, lang)
    return None


def pref_label_triples(entities: Sequence[Entity], nodes: dict[str, URIRef]) -> list[Triple]:
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
