"""What every store shares: the :class:`Store` protocol, :class:`QueryResult`, formats and SPARQL for counts."""

from __future__ import annotations

import io
import json
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import StoreError, UpdateRefused, UsageError
from kg.rdf import BASE_TYPES, EVENT_CLASSES, RELATION_PREDICATES
from kg.rdf import PREFIXES as JSONLD_CONTEXT
from kg.sparql import UPDATE_FORMS, iri_ref, operation_of
from kg.vocab import GRAPH, KG

Value = str | int | float | bool | None
"""A cell of a query result: IRIs and plain literals as ``str``, numbers and booleans as Python values."""

LOAD_FORMATS: dict[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_SUFFIXES = {".trig", ".nq", ".jsonld"}
"""File suffixes whose formats keep named graphs; a file of triples (.ttl, .nt) loads into a graph of its own."""
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
"""``kg export --format`` → Oxigraph writer; turtle holds the union of all graphs, the others keep them."""
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    _XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {_XSD + "decimal", _XSD + "double", _XSD + "float"}
PREFIXES = {"kg": str(KG), "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": _XSD}
"""Prefixes of exported files."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A SELECT result as plain values: ``variables`` in query order, one tuple per row.

    ASK gives one column ``boolean``; CONSTRUCT/DESCRIBE give ``subject``,
    ``predicate``, ``object``. Unbound cells are ``None``.
    """

    variables: tuple[str, ...]
    rows: list[tuple[Value, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, Value]]:
        """Rows as dicts keyed by variable name."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Value]:
        """All values of one variable, in row order."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]


@runtime_checkable
class Store(Protocol):
    """What the CLI needs from a triplestore; implemented by ``EmbeddedStore`` and ``SparqlStore``."""

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph | str) -> None:
        """Make ``graph`` (an rdflib graph, or N-Triples text) the whole content of the named graph ``graph_iri``."""
        ...

    def replace_graphs(self, graphs: Sequence[tuple[str, bytes]]) -> None:
        """:meth:`replace_graph` for a batch of a build's documents, each ``(graph IRI, its sorted N-Quads lines)``
        (:func:`kg.processing.nquads`), in order."""
        ...

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Drop one named graph (no error if it is absent)."""
        ...

    def read_graph(self, graph_iri: URIRef | str) -> Graph:
        """The named graph ``graph_iri`` as an rdflib Graph (empty if it is absent), every term as stored."""
        ...

    def load_file(self, path: Path | str) -> int:
        """Load an RDF file (named graphs kept); returns the number of quads read."""
        ...

    def export(self, output: Path | str | io.BufferedIOBase, fmt: str = "nquads") -> None:
        """Write the whole dataset to a file path or binary stream in one of :data:`EXPORT_FORMATS`."""
        ...

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the dataset (named graphs reachable with GRAPH)."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts for a summary: triples, graphs, entities per type, events per class, relations."""
        ...

    def close(self) -> None:
        """Release the store (for an embedded store: its directory lock)."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def refuse_update(sparql: str) -> None:
    """Raise :class:`~kg.errors.UpdateRefused` when ``sparql`` is a SPARQL Update: a query only reads."""
    operation = operation_of(sparql)
    if operation in UPDATE_FORMS:
        raise UpdateRefused(f"{operation} is a SPARQL Update, and a query only reads the store")


def python_value(term: Any) -> Value:
    """A pyoxigraph term as a plain Python value (see :data:`Value`)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
            if datatype == _XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return str(term)


def graph_name(graph_iri: URIRef | str) -> str:
    """A graph IRI written for SPARQL (``<…>``); a :class:`StoreError` if it is not a safe absolute IRI."""
    try:
        return iri_ref(str(graph_iri))
    except ValueError as exc:
        raise StoreError(f"invalid graph name: {exc}") from None


def ntriples_of(graph_iri: str, nquads: bytes) -> str:
    """The N-Triples lines of one graph's N-Quads lines as :func:`kg.processing.nquads` writes them (each line
    ends in `` <graph_iri> .``)."""
    suffix = f" <{graph_iri}> .\n"
    return "".join(line[:-len(suffix)] + " .\n" for line in nquads.decode("utf-8").splitlines(keepends=True))


def to_rdflib(graph_iri: URIRef | str, triples: Iterable[ox.Triple]) -> Graph:
    """Oxigraph triples as an rdflib Graph named ``graph_iri``, through N-Triples (both libraries' own codecs)."""
    graph = Graph(identifier=URIRef(str(graph_iri)))
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if data:
        graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def loaded_graph(path: Path | str) -> str:
    """The named graph a file of triples (``.ttl``, ``.nt``) is loaded into: ``…/id/graph/loaded/<file name>``.

    The shipped queries read named graphs (``GRAPH ?g``), as every document's facts live in one; a
    file without graphs gets one of its own, named after the file, so loading it again replaces it.
    """
    return iri_ref(str(GRAPH["loaded/" + urllib.parse.quote(Path(path).name, safe="")]))[1:-1]


def export_format(fmt: str) -> ox.RdfFormat:
    try:
        return EXPORT_FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}") from None


def write_union(quads: Iterable[ox.Quad], target: Any) -> None:
    """Turtle has no graphs: write each distinct triple once (a set of triples, not of quads)."""
    seen: set[ox.Triple] = set()

    def triples() -> Iterator[ox.Triple]:
        for quad in quads:
            triple = quad.triple
            if triple not in seen:
                seen.add(triple)
                yield triple

    ox.serialize(triples(), target, ox.RdfFormat.TURTLE, prefixes=PREFIXES)


# --------------------------------------------------------------------------- counts for stats()


def stat_keys() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Class/predicate IRI → the name ``stats()`` reports it under: entity types, event classes, relations."""
    types = {str(iri): t.value for t, iri in BASE_TYPES.items()}
    events = {str(iri): k.value for k, iri in EVENT_CLASSES.items()}
    predicates = {str(iri): k.value for k, iri in RELATION_PREDICATES.items()}
    return types, events, predicates


def counts_by_key(result: QueryResult, keys: dict[str, str]) -> dict[str, int]:
    """The rows of a ``SELECT ?key (COUNT(…) AS ?n)``, every expected key counted, zero included."""
    counts = {name: 0 for name in keys.values()}
    for iri, n in result.rows:
        counts[keys[str(iri)]] = int(n or 0)
    return counts


def first_count(result: QueryResult) -> int:
    return int(result.rows[0][0] or 0) if result.rows else 0


def write_jsonld(graphs: Iterable[tuple[str | None, Iterable[ox.Triple]]], target: Any) -> None:
    """JSON-LD compacted with our prefixes (:data:`kg.rdf.PREFIXES` as the ``@context``), one graph at a time.

    Oxigraph's writer gives expanded JSON-LD only; each graph is compacted by rdflib's JSON-LD
    serialiser (``kg:agent``, ``rdfs:label`` …) and written as ``{"@id": graph, "@graph": [...]}``
    inside one top-level ``@graph`` under one shared ``@context``, so memory holds one graph, not
    the store. ``graphs``: (graph IRI, or None for the default graph, and its triples).
    """
    context = dict(JSONLD_CONTEXT)

    def write(text: str) -> None:
        data = text.encode("utf-8")
        if isinstance(target, str):
            raise TypeError("write_jsonld needs an open binary stream")
        target.write(data)

    write('{\n"@context": ' + json.dumps(context, ensure_ascii=False, sort_keys=True) + ',\n"@graph": [')
    first = True
    for name, triples in graphs:
        graph = to_rdflib(name or "urn:x-default", triples)
        if not len(graph):
            continue
        compact = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
        nodes = compact.get("@graph", [compact]) if isinstance(compact, dict) else compact
        nodes = [{k: v for k, v in node.items() if k != "@context"} for node in nodes]
        items = nodes if name is None else [{"@id": name, "@graph": nodes}]
        for item in items:
            write(("\n" if first else ",\n") + json.dumps(item, ensure_ascii=False, sort_keys=True))
            first = False
    write("\n]\n}\n")
