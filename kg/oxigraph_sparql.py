"""The SPARQL constraints of a batch validation evaluated by Oxigraph instead of rdflib's SPARQL engine.

pySHACL evaluates each ``sh:sparql`` constraint of ``ontology/shapes.ttl`` as a SELECT query on
the data graph, through ``graph.query``; rdflib's engine interprets the query in Python, 65–125 µs
per row (a row per evidence node, statement and relation triple: 30 % of a batch run). Oxigraph
(``pyoxigraph``, already the embedded store of :mod:`kg.store`) evaluates the same SPARQL 1.1
text in Rust. :class:`SparqlMirror` copies a finished data graph (the batch union with the
ontology mixed in; neither changes during a run) into an in-memory Oxigraph store once, and
answers each query as an rdflib SELECT :class:`~rdflib.query.Result` with the graph's own terms.

The one place the two engines can disagree on the same data is a literal Oxigraph stores in a
canonical form (``"007"^^xsd:integer`` as ``7``, ``xsd:int`` as ``xsd:integer``, ``"1.50"`` as
``1.5``): a join, ``STR`` or a returned value could then differ. So every literal whose
datatype is not a plain string must come back from Oxigraph exactly as given
(:func:`stored_verbatim`), or the mirror refuses and the caller stays with rdflib. Anything
Oxigraph refuses to parse or evaluate also leaves the query to rdflib.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import RDF, XSD
from rdflib.query import Result
from rdflib.term import Node

__all__ = ["SparqlMirror", "stored_verbatim"]

_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
_INTEGER = str(XSD.integer)
_CANONICAL_INTEGER = re.compile(r"0|-?[1-9][0-9]{0,17}")  # Oxigraph's xsd:integer is 64 bits: 18 digits are safe


@functools.lru_cache(maxsize=4096)
def _round_trip(lexical: str, datatype: str) -> bool:
    literal = ox.Literal(lexical, datatype=ox.NamedNode(datatype))
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:x-newskg:s"), ox.NamedNode("urn:x-newskg:p"), literal))
    stored = next(iter(store)).object
    return stored.value == lexical and stored.datatype.value == datatype


def stored_verbatim(lexical: str, datatype: str) -> bool:
    """Whether Oxigraph keeps a literal of this lexical form and datatype exactly as it is."""
    if datatype in (_STRING, _LANG_STRING):
        return True
    if datatype == _INTEGER:
        return _CANONICAL_INTEGER.fullmatch(lexical) is not None
    return _round_trip(lexical, datatype)


class SparqlMirror:
    """An Oxigraph copy of an rdflib graph's triples, for SELECT queries; ``None`` from :meth:`of` if not exact."""

    def __init__(self, store: ox.Store, back: dict) -> None:
        self._store = store
        self._back = back  # Oxigraph term -> the graph's own term (a literal comes back as the graph's object)

    @classmethod
    def of(cls, triples: Iterable[tuple[Node, Node, Node]]) -> SparqlMirror | None:
        """A mirror of ``triples``, or ``None`` if a literal would not be stored exactly as it is."""
        index: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in triples:
            index.setdefault(s, {}).setdefault(p, []).append(o)
        return cls.of_index(index)

    @classmethod
    def of_index(cls, index: Mapping[Node, Mapping[Node, Iterable[Node]]]) -> SparqlMirror | None:
        """A mirror of the triples of a subject → predicate → objects index (a store's, read as it is)."""
        to: dict[Node, object] = {}
        back: dict = {}

        def term(node: Node) -> object:
            found = to.get(node)
            if found is None:
                if isinstance(node, URIRef):
                    found = ox.NamedNode(node)
                elif isinstance(node, BNode):
                    found = ox.BlankNode(node)
                elif node.language:  # type: ignore[union-attr]
                    if node.language != node.language.lower():  # type: ignore[union-attr]
                        raise _NotVerbatim  # Oxigraph may write a language tag in another case
                    found = ox.Literal(node, language=node.language)  # type: ignore[union-attr]
                else:
                    datatype = str(node.datatype or _STRING)  # type: ignore[union-attr]
                    if not stored_verbatim(str(node), datatype):
                        raise _NotVerbatim
                    found = ox.Literal(node, datatype=ox.NamedNode(datatype))
                to[node] = found
                back[found] = node
            return found

        quads = []
        add = quads.append
        quad = ox.Quad
        try:
            for s, predicates in index.items():
                subject = term(s)
                for p, objects in predicates.items():
                    predicate = term(p)
                    for o in objects:
                        add(quad(subject, predicate, term(o)))
            store = ox.Store()
            store.extend(quads)
        except (_NotVerbatim, ValueError, TypeError):  # pyoxigraph rejects some IRIs and blank node ids rdflib keeps
            return None
        return cls(store, back)

    def select(self, text: str, bindings: Mapping[str, Node] | None, prefixes: Mapping[str, str]) -> Result | None:
        """The answer to a SELECT query with ``bindings`` pre-bound, as rdflib gives it; ``None`` if not a SELECT
        or not something this mirror answers (the caller asks rdflib)."""
        try:
            substitutions = {ox.Variable(str(k)): self._term(v) for k, v in (bindings or {}).items()}
            solutions = self._store.query(text, prefixes=dict(prefixes), substitutions=substitutions)
        except (SyntaxError, OSError, ValueError, TypeError, _NotVerbatim):
            return None
        if not isinstance(solutions, ox.QuerySolutions):
            return None
        variables = [Variable(v.value) for v in solutions.variables]
        rows = []
        for solution in solutions:
            row = {}
            for variable, value in zip(variables, solution, strict=True):
                if value is not None:
                    original = self._back.get(value)
                    if original is None:  # a value the query made (BIND, a function): not a term of the graph
                        return None
                    row[variable] = original
            rows.append(row)
        result = Result("SELECT")
        result.vars = variables
        result.bindings = rows
        return result

    def _term(self, node: Node) -> object:
        if isinstance(node, URIRef):
            return ox.NamedNode(node)
        if isinstance(node, BNode):
            return ox.BlankNode(node)
        if isinstance(node, Literal):
            if node.language:
                if node.language == node.language.lower():
                    return ox.Literal(node, language=node.language)
            else:
                datatype = str(node.datatype or _STRING)
                if stored_verbatim(str(node), datatype):
                    return ox.Literal(node, datatype=ox.NamedNode(datatype))
        raise _NotVerbatim


class _NotVerbatim(Exception):
    """A literal Oxigraph would store in another form than rdflib's."""
