"""One document's named graph (:func:`to_graph`), and many in a Dataset (:func:`to_dataset`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.model import Extraction
from kg.rdf.entities import entity_nodes, entity_triples, pref_label_triples
from kg.rdf.facts import event_fact, evidence_triples, merge, relation_fact
from kg.rdf.iris import document_iri, graph_iri
from kg.rdf.literals import clean, date_literal, text_literal
from kg.rdf.terms import Triple, bind_prefixes
from kg.vocab import KG

__all__ = ["TEXT_NORMALIZATION", "to_dataset", "to_graph"]


TEXT_NORMALIZATION = "NFC"
"""The Unicode form of every document text (``kg.ingest.text``): evidence offsets index that text."""


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
    nodes = entity_nodes(extraction)
    for entity in extraction.entities:
        triples += entity_triples(entity, nodes[entity.key])
        triples.append((doc_node, SDO.mentions, nodes[entity.key]))
    triples += pref_label_triples(extraction.entities, nodes)
    facts = [relation_fact(extraction, r, nodes) for r in extraction.relations]
    facts += [event_fact(extraction, e, nodes) for e in extraction.events]
    for fact, evidences in merge(facts):
        triples += fact.triples
        for evidence in evidences:
            triples += evidence_triples(evidence, doc_node, doc.lang)
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
        yield node, SDO.headline, text_literal(clean(doc.title), doc.lang)
    if doc.url:
        yield node, SDO.url, Literal(doc.url.strip(), datatype=XSD.anyURI)
    if doc.published:
        yield node, SDO.datePublished, date_literal(doc.published)


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
