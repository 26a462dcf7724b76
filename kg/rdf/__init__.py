"""Turn an :class:`~kg.model.Extraction` into RDF, and write datasets to files.

One document becomes one named graph holding the document node, the description
of every entity it mentions, its facts and their evidence. IRIs are deterministic
(see :func:`entity_iri` and friends), so the same entity found in two documents
is one node, re-running a build replaces a graph instead of adding to it, and the
same input gives byte-identical files: rdflib iterates its in-memory store in hash
order, so every writer here fixes the order itself.

By concern: :mod:`~kg.rdf.terms` (model → ontology terms), :mod:`~kg.rdf.iris`, :mod:`~kg.rdf.literals`,
:mod:`~kg.rdf.entities` and :mod:`~kg.rdf.facts` (the triples of each), :mod:`~kg.rdf.graph` (a document's
graph), :mod:`~kg.rdf.files` (serialising).
"""

from kg.rdf.files import FORMATS, format_for, serialize, write
from kg.rdf.graph import TEXT_NORMALIZATION, to_dataset, to_graph
from kg.rdf.iris import document_iri, entity_iri, event_key, graph_iri, slugify
from kg.rdf.terms import BASE_TYPES, EVENT_CLASSES, PREFIXES, RELATION_PREDICATES, SUBTYPES, bind_prefixes

__all__ = [
    "BASE_TYPES",
    "EVENT_CLASSES",
    "FORMATS",
    "PREFIXES",
    "RELATION_PREDICATES",
    "SUBTYPES",
    "TEXT_NORMALIZATION",
    "bind_prefixes",
    "document_iri",
    "entity_iri",
    "event_key",
    "format_for",
    "graph_iri",
    "serialize",
    "slugify",
    "to_dataset",
    "to_graph",
    "write",
]
