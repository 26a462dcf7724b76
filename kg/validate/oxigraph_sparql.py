"""The SPARQL constraints of a batch validation evaluated by Oxigraph instead of rdflib's SPARQL engine.

pySHACL evaluates each ``sh:sparql`` constraint of ``ontology/shapes.ttl`` as a SELECT query on
the data graph, through ``graph.query``; rdflib's engine interprets the query in Python, 65–125 µs
per row (a row per evidence node, statement and relation triple: 30 % of a batch run). Oxigraph
(``pyoxigraph``, already the embedded store of :mod:`kg.store`) evaluates the same SPARQL 1.1
text in Rust. :class:`SparqlMirror` copies the triples of a finished data graph (the batch union
with the ontology mixed in, which does not change during a run) into an in-memory Oxigraph store,
those of each predicate once and only when a query reads it (:func:`read_predicates`), and
answers each query as an rdflib SELECT :class:`~rdflib.query.Result` with the graph's own terms.

The one place the two engines can disagree on the same data is a literal Oxigraph stores in a
canonical form (``"007"^^xsd:integer`` as ``7``, ``xsd:int`` as ``xsd:integer``, ``"1.50"`` as
``1.5``), or two terms rdflib keeps apart and Oxigraph does not (``"a"`` and ``"a"^^xsd:string``):
a join, ``STR`` or a returned value could then differ. So every literal whose datatype is not a
plain string must come back from Oxigraph exactly as given (:func:`stored_verbatim`), and no two
terms of the graph may become one, or the mirror refuses and the caller stays with rdflib.
Anything Oxigraph refuses to parse or evaluate also leaves the query to rdflib.

Which predicates a query reads is found in rdflib's parse of it, the same for every document; the first parse in a
process also prepares rdflib's SPARQL grammar (pyparsing's ``streamline``): 0.1–0.13 s of CPU at the first
document, a third of a build's one-time work before its first document is done. So the answer per query text is
kept in :func:`kg.paths.cache_dir` under a key of the text, its prefixes and rdflib's version.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import RDF, XSD
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.processor import prepareQuery
from rdflib.query import Result
from rdflib.term import Node

from kg import paths
from kg.nlp.keyed_cache import read_keyed, write_keyed

__all__ = ["SparqlMirror", "read_predicates", "stored_verbatim"]

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


def read_predicates(text: str, prefixes: Mapping[str, str], bindings: Mapping[str, Node] | None,
                    objects_of: Callable[[Node], Iterable[Node]] | None = None) -> frozenset | None:
    """The predicates whose triples a query can read, ``bindings`` pre-bound; ``None`` if that is not known.

    A variable predicate is known when it is pre-bound, or when the query's required outer
    pattern binds it as the object of a constant predicate (``?x rdf:predicate ?p``): then it can
    only be one of that predicate's objects in the data (``objects_of``), in the outer pattern as
    in a ``FILTER NOT EXISTS`` (which sees the outer solution's values). Not known: any other
    variable predicate, a property path, a ``GRAPH``, ``SERVICE``, ``BIND``, ``VALUES`` or
    sub-select, or a text rdflib cannot parse.
    """
    found = _pattern_predicates(text, tuple(sorted(prefixes.items())))
    if found is None:
        return None
    constants, variables, bounded = found
    bound = {str(k): v for k, v in (bindings or {}).items()}
    predicates = set(constants)
    for name in variables:
        value = bound.get(name)
        if isinstance(value, URIRef):
            predicates.add(value)
        elif name not in bound and name in bounded and objects_of is not None:
            predicates.update(o for p in bounded[name] for o in objects_of(p) if isinstance(o, URIRef))
        else:
            return None
    return frozenset(predicates)


_WRAPPERS = {"SelectQuery", "Project", "Distinct", "Reduced", "Filter", "Slice", "OrderBy", "ToMultiSet"}
_OPAQUE = {"GraphGraphPattern", "Graph", "ServiceGraphPattern", "Service", "Extend", "Bind", "SubSelect",
           "SelectQuery", "Project", "values", "InlineData", "InlineDataOneVar", "InlineDataFull", "ValuesClause"}


def _required_objects(algebra: CompValue) -> dict[str, frozenset]:
    """Variable → the constant predicates it is the object of in the query's required outer BGP."""
    node = algebra
    while isinstance(node, CompValue) and node.name in _WRAPPERS:
        node = dict.get(node, "p")
    if not isinstance(node, CompValue) or node.name != "BGP":
        return {}
    found: dict[str, set] = {}
    for _, predicate, obj in dict.get(node, "triples") or ():
        if isinstance(predicate, URIRef) and isinstance(obj, Variable):
            found.setdefault(str(obj), set()).add(predicate)
    return {name: frozenset(predicates) for name, predicates in found.items()}


CACHE_FORMAT = 1
"""Bump when what :func:`_pattern_predicates` finds, or how it is stored, changes: older files are then ignored."""

Found = tuple[frozenset, frozenset, dict] | None


@functools.lru_cache(maxsize=256)
def _pattern_predicates(text: str, prefixes: tuple) -> Found:
    """:func:`_parsed_pattern_predicates`, read from the cache folder when it holds the answer (else kept there)."""
    folder = paths.cache_dir()
    if folder is None:
        return _parsed_pattern_predicates(text, prefixes)
    query = hashlib.sha256(json.dumps([text, prefixes]).encode("utf-8", "surrogatepass")).hexdigest()
    key = hashlib.sha256(json.dumps([CACHE_FORMAT, rdflib.__version__, query]).encode()).hexdigest()
    path = folder / f"sparql-predicates-{query[:16]}-{key[:16]}.json"
    stored = _from_json(read_keyed(path, key))
    if stored is not False:
        return stored
    found = _parsed_pattern_predicates(text, prefixes)
    write_keyed(path, key, _to_json(found))
    return found


def _to_json(found: Found) -> Any:
    if found is None:
        return {"known": False}
    constants, variables, bounded = found
    return {"known": True, "constants": sorted(constants), "variables": sorted(variables),
            "bounded": {name: sorted(predicates) for name, predicates in sorted(bounded.items())}}


def _from_json(data: Any) -> Found | bool:
    """What :func:`_to_json` wrote, or False for anything else."""
    try:
        if data["known"] is False:
            return None
        constants = frozenset(URIRef(iri) for iri in data["constants"] if isinstance(iri, str))
        variables = frozenset(name for name in data["variables"] if isinstance(name, str))
        bounded = {name: frozenset(URIRef(iri) for iri in iris if isinstance(iri, str))
                   for name, iris in data["bounded"].items()}
    except (TypeError, KeyError, AttributeError):
        return False
    if data["known"] is not True or len(constants) != len(data["constants"]) or len(variables) != len(
            data["variables"]) or any(len(bounded[name]) != len(iris) for name, iris in data["bounded"].items()):
        return False
    return constants, variables, bounded


def _parsed_pattern_predicates(text: str, prefixes: tuple) -> Found:
    try:
        algebra = prepareQuery(text, initNs=dict(prefixes)).algebra
    except Exception:  # rdflib raises many parser types; the caller then asks rdflib itself
        return None
    constants: set[URIRef] = set()
    variables: set[str] = set()

    def walk(node: object, top: bool) -> bool:
        if isinstance(node, CompValue):
            if node.name in _OPAQUE and not (top and node.name in _WRAPPERS):
                return False
            if node.name in ("BGP", "TriplesBlock"):  # BGP: (s, p, o) tuples; TriplesBlock: flat lists of them
                flat = [term for group in dict.get(node, "triples") or () for term in group]
                if len(flat) % 3:
                    return False
                for predicate in flat[1::3]:
                    if isinstance(predicate, Variable):
                        variables.add(str(predicate))
                    elif isinstance(predicate, URIRef):
                        constants.add(predicate)
                    else:  # a property path
                        return False
            inner = top and node.name in _WRAPPERS
            return all(walk(value, inner) for value in dict.values(node))
        if isinstance(node, list | tuple):
            return all(walk(value, False) for value in node)
        return True

    if not walk(algebra, True):
        return None
    return frozenset(constants), frozenset(variables), _required_objects(algebra)


class SparqlMirror:
    """An Oxigraph copy of the triples of an rdflib graph that its SELECT queries read, loaded as they need them.

    ``by_predicate`` is the graph's predicate → object → subjects index (a store's, read as it is,
    so the graph must not change while the mirror is used). A query is answered here only when
    :func:`read_predicates` knows every predicate it can read; the triples of those predicates are
    loaded first (those of the others never are: a third to a half of a document graph's triples
    are read by the constraints of ``shapes.ttl``).
    """

    def __init__(self, by_predicate: Mapping[Node, Mapping[Node, Iterable[Node]]]) -> None:
        self._source = by_predicate
        self._store = ox.Store()
        self._loaded: set[Node] = set()
        self._exact = True  # False once a literal of a loaded predicate would not be stored verbatim
        self._to: dict[Node, object] = {}
        self._back: dict = {}  # Oxigraph term -> the graph's own term (a literal comes back as the graph's object)

    @classmethod
    def of(cls, triples: Iterable[tuple[Node, Node, Node]]) -> SparqlMirror:
        """A mirror of ``triples`` (a graph, say)."""
        index: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in triples:
            index.setdefault(p, {}).setdefault(o, []).append(s)
        return cls(index)

    def _objects_of(self, predicate: Node) -> Iterable[Node]:
        """The objects of ``predicate`` in the graph, its triples loaded first (so the query reads the same)."""
        if not self._load(frozenset((predicate,))):
            raise _NotVerbatim
        return tuple(self._source.get(predicate) or ())

    def _load(self, predicates: frozenset) -> bool:
        missing = [p for p in predicates if p not in self._loaded]
        if not missing or not self._exact:
            return self._exact
        to, back = self._to, self._back

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
                if found in back:  # two terms of the graph, one of Oxigraph ("a" and "a"^^xsd:string)
                    raise _NotVerbatim
                to[node] = found
                back[found] = node
            return found

        quads = []
        add = quads.append
        quad = ox.Quad
        try:
            for p in missing:
                predicate = term(p)
                for o, subjects in (self._source.get(p) or {}).items():
                    value = term(o)
                    for s in subjects:
                        add(quad(term(s), predicate, value))
        except (_NotVerbatim, ValueError, TypeError):  # pyoxigraph rejects some IRIs and blank node ids rdflib keeps
            self._exact = False
            return False
        self._store.extend(quads)
        self._loaded.update(missing)
        return True

    def select(self, text: str, bindings: Mapping[str, Node] | None, prefixes: Mapping[str, str]) -> Result | None:
        """The answer to a SELECT query with ``bindings`` pre-bound, as rdflib gives it; ``None`` if not a SELECT
        or not something this mirror answers (the caller asks rdflib)."""
        try:
            predicates = read_predicates(text, prefixes, bindings, self._objects_of)
        except _NotVerbatim:
            return None
        if predicates is None or not self._load(predicates):
            return None
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
