"""A disjoint union of document graphs: many documents validated in one pySHACL run, each judged alone.

Document graphs share IRIs: the entity ``ENTITY["Q252"]`` is described in every article that
names Indonesia, and an event node in every article that reports it. A plain union would mix
their descriptions, so it could hide a violation (an entity without a label in one document
gets the label of another) or create one (two documents, two ``owl:sameAs``). Here every IRI a
document mints (under :data:`kg.vocab.ID`) is renamed per document, ``urn:x-newskg-doc:K:`` +
IRI, so no node of one document is a node of another; vocabulary terms, Wikidata IRIs and
literals are shared, as they are between a document graph and the ontology.

Every result of the union's validation then belongs to exactly one document, the owner of its
focus node (or of its value node, for the graph-level SPARQL constraints whose focus is a
vocabulary term), and reads, with the prefix removed, exactly as it would in that document's own
report. :func:`safe_shapes` checks the one thing renaming could change: string tests on IRIs
(``sh:pattern``, ``sh:minLength``, ``sh:maxLength``); a shapes file with such a test that an
IRI and its renamed form answer differently turns batching off (:mod:`kg.validate` then
validates each document alone).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kg.vocab import ID

__all__ = ["PREFIX", "DisjointUnion", "owner", "restore", "restore_text", "safe_shapes"]

PREFIX = "urn:x-newskg-doc:"
"""Renamed IRIs are ``PREFIX + K + ":" + original IRI`` (K: the document's place in the batch)."""
_OWNED = re.compile(re.escape(PREFIX) + r"(\d+):")
_MINTED = str(ID)


def _renamed(k: int, iri: str) -> str:
    return f"{PREFIX}{k}:{iri}"


def owner(node: Node | None) -> int | None:
    """The batch position of the document a renamed node belongs to (``None``: a shared or unrenamed node)."""
    if isinstance(node, URIRef):
        match = _OWNED.match(node)
        if match:
            return int(match.group(1))
    return None


def restore(node: Node) -> Node:
    """The original of a renamed IRI; literals get every renamed IRI in their text restored; else unchanged."""
    if isinstance(node, URIRef) and owner(node) is not None:
        return URIRef(_OWNED.sub("", node, count=1))
    if isinstance(node, Literal) and PREFIX in node:
        return Literal(restore_text(str(node)), lang=node.language, datatype=node.datatype)
    return node


def restore_text(text: str) -> str:
    """``text`` (a report line, a message) with every renamed IRI written as the original."""
    return _OWNED.sub("", text) if PREFIX in text else text


def joinable(graph: Graph) -> bool:
    """Whether a document graph can go into a union: no blank nodes, and every subject an IRI we minted.

    A subject outside :data:`~kg.vocab.ID` (say a Wikidata IRI described by two documents)
    would be shared between documents after renaming; such a graph is validated alone.
    """
    return _joinable(graph)


def _joinable(triples: Iterable[tuple[Node, Node, Node]]) -> bool:
    return all(isinstance(s, URIRef) and s.startswith(_MINTED) and not isinstance(o, BNode) for s, _, o in triples)


class DisjointUnion:
    """The union of document graphs, each renamed apart; ``data`` receives the triples."""

    def __init__(self, data: Graph) -> None:
        self.data = data
        self.size = 0

    def add(self, graph: Graph) -> int | None:
        """Add one document graph if it is :func:`joinable`: its position in the union, else ``None`` (not added)."""
        triples = list(graph)  # read once: the check and the copy (a context-aware store is slow to iterate)
        if not _joinable(triples):
            return None
        k = self.size
        self.size += 1
        prefix = f"{PREFIX}{k}:"
        # every subject is minted (joinable), and most minted objects are subjects too: renamed once each
        renamed: dict[Node, Node] = {s: URIRef(prefix + s) for s in dict.fromkeys(s for s, _, _ in triples)}
        for _, _, o in triples:
            if isinstance(o, URIRef) and o not in renamed and o.startswith(_MINTED):
                renamed[o] = URIRef(prefix + o)
        data = self.data
        data.addN([(renamed[s], p, renamed.get(o, o) if isinstance(o, URIRef) else o, data) for s, p, o in triples])
        return k


def _string_tests(shapes: Graph) -> Iterable[tuple[URIRef, Node]]:
    for test in (SH.pattern, SH.minLength, SH.maxLength):
        for _, value in shapes.subject_objects(test):
            yield test, value


@functools.cache
def _safe(shapes_id: int, shapes: Graph) -> bool:
    if any(isinstance(term, URIRef) and term.startswith(_MINTED) for triple in shapes for term in triple):
        return False  # a shape that names one of our data IRIs would not see its renamed form
    probes = [_MINTED + "entity/Q1", _MINTED + "document/a", "http://www.wikidata.org/entity/Q1"]
    for test, value in _string_tests(shapes):
        if test == SH.pattern:
            flags = "".join(str(f) for f in shapes.objects(None, SH.flags))
            regex = re.compile(str(value), re.IGNORECASE if "i" in flags else 0)
            for probe in probes:
                if probe.startswith(_MINTED) and bool(regex.search(probe)) != bool(regex.search(_renamed(0, probe))):
                    return False
        elif test == SH.minLength:
            if int(value) > len(_MINTED):  # a minted IRI is at least this long, its renamed form longer
                return False
        else:  # sh:maxLength: a renamed IRI is longer than its original
            return False
    return True


def safe_shapes(shapes: Graph) -> bool:
    """True when no string test of ``shapes`` answers differently for a minted IRI and its renamed form."""
    return _safe(id(shapes), shapes)
