"""Where graphs are kept and queried: a ``Store`` protocol and an embedded Oxigraph store.

The protocol is what the CLI talks to, so a remote SPARQL 1.1 store can be added
(issue 4) without touching callers. :class:`EmbeddedStore` keeps a dataset in a
local directory with pyoxigraph (RocksDB): one named graph per document, replaced
as a whole on every build so that re-running the same input leaves the same store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.rdf import BASE_TYPES, EVENT_CLASSES, RELATION_PREDICATES
from kg.vocab import KG, checked_iri

__all__ = ["EmbeddedStore", "QueryResult", "Store", "Value", "open_store"]

Value = str | int | float | bool | None
"""A cell of a query result: IRIs and plain literals as ``str``, numbers and booleans as Python values."""

_LOAD_FORMATS: dict[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
_QUAD_SUFFIXES = {".trig", ".nq", ".jsonld"}
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
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


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
    """What the CLI needs from a triplestore; implemented by :class:`EmbeddedStore`."""

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> None:
        """Make ``graph`` the whole content of the named graph ``graph_iri``."""
        ...

    def load_file(self, path: Path | str) -> int:
        """Load an RDF file (named graphs kept); returns the number of quads read."""
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


def _python_value(term: Any) -> Value:
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


def _graph_name(graph_iri: URIRef | str) -> str:
    try:
        return f"<{checked_iri(str(graph_iri))}>"
    except ValueError as exc:
        raise StoreError(f"invalid graph name: {exc}") from None


def _open(path: Path, read_only: bool) -> ox.Store:
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise StoreError(
                f"store {path} is locked: another process (or another open store in this process) is "
                f"writing to it, and Oxigraph allows only one writer per directory ({message})",
                hint="Wait for the other `kg` command to finish, or give another --store directory.",
            ) from exc
        raise StoreError(f"cannot open store {path}: {message}") from exc


class EmbeddedStore:
    """A dataset in a local directory (pyoxigraph/RocksDB); one writer at a time.

    Use as a context manager so the directory lock is released on exit.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._store: ox.Store | None = _open(self.path, read_only)

    # -- lifecycle

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._store is None else ("read-only" if self.read_only else "open")
        return f"EmbeddedStore({str(self.path)!r}, {state})"

    def close(self) -> None:
        """Flush and drop the handle; the RocksDB lock goes with the last reference."""
        if self._store is None:
            return
        if not self.read_only:
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush store {self.path}: {exc}") from exc
        self._store = None

    @property
    def _db(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"store {self.path} is closed")
        return self._store

    # -- writing

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only", hint="Open it without read_only.")
        return self._db

    def _update(self, sparql: str) -> None:
        db = self._writable()
        try:
            db.update(sparql)
        except SyntaxError as exc:  # our own update text: a bug, but say what failed
            raise StoreError(f"store {self.path} rejected an update: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> None:
        """Drop the named graph and insert ``graph`` in its place, in one SPARQL Update (one transaction).

        Readers see the old graph or the new one, never a mix; running it twice
        with the same graph leaves the same store.
        """
        name = _graph_name(graph_iri)
        triples = graph.serialize(format="nt")
        self._update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{triples}\n}} }}")

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Drop one named graph (no error if it is absent)."""
        self._update(f"DROP SILENT GRAPH {_graph_name(graph_iri)}")

    def load_file(self, path: Path | str, *, replace: bool = True) -> int:
        """Bulk-load an RDF file; returns the number of quads read.

        ``.trig``/``.nq``/``.jsonld`` keep their named graphs, and with ``replace`` each
        graph the file holds is dropped first (so loading a rebuilt file twice gives
        the same store). ``.ttl``/``.nt`` go into the default graph, which is never
        dropped. Oxigraph's bulk loader is fast but not transactional.
        """
        path = Path(path)
        fmt = _LOAD_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(
                f"cannot load {path}: unknown RDF file suffix {path.suffix!r}",
                hint="Give a .trig, .nq, .jsonld, .ttl or .nt file.",
            )
        if not path.is_file():
            raise InputError(f"no such file: {path}", hint="Give a .trig, .nq, .jsonld, .ttl or .nt file.")
        db = self._writable()
        graphs, count = self._scan(path, fmt)
        if replace and path.suffix.lower() in _QUAD_SUFFIXES:
            for graph_name in sorted(graphs):
                self.remove_graph(graph_name)
        try:
            db.bulk_load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise InputError(f"cannot parse {path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot load {path} into store {self.path}: {exc}") from exc
        return count

    @staticmethod
    def _scan(path: Path, fmt: ox.RdfFormat) -> tuple[set[str], int]:
        """Parse once without loading: which named graphs the file holds, and how many quads."""
        graphs: set[str] = set()
        count = 0
        try:
            for quad in ox.parse(path=str(path), format=fmt):
                count += 1
                if isinstance(quad.graph_name, ox.NamedNode):
                    graphs.add(quad.graph_name.value)
        except SyntaxError as exc:
            raise InputError(f"cannot parse {path}: {exc}") from exc
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc}") from exc
        return graphs, count

    # -- reading

    def query(self, sparql: str) -> QueryResult:
        """Run SPARQL 1.1; the default graph is the union of all graphs, GRAPH ?g reaches each one."""
        try:
            result = self._db.query(sparql, use_default_graph_as_union=True)
            if isinstance(result, ox.QueryBoolean):
                return QueryResult(("boolean",), [(bool(result),)])
            if isinstance(result, ox.QuerySolutions):
                names = tuple(v.value for v in result.variables)
                rows = [tuple(_python_value(solution[name]) for name in names) for solution in result]
                return QueryResult(names, rows)
            rows = [tuple(_python_value(t) for t in (x.subject, x.predicate, x.object)) for x in result]
            return QueryResult(("subject", "predicate", "object"), rows)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot query store {self.path}: {exc}") from exc

    def _count(self, sparql: str) -> int:
        rows = self.query(sparql).rows
        return int(rows[0][0] or 0) if rows else 0

    def _count_by(self, sparql: str, keys: dict[str, str]) -> dict[str, int]:
        """Run a ``SELECT ?key (COUNT(…) AS ?n)`` and give every expected key a count, zero included."""
        counts = {name: 0 for name in keys.values()}
        for iri, n in self.query(sparql).rows:
            counts[keys[str(iri)]] = int(n or 0)
        return counts

    def stats(self) -> dict[str, Any]:
        """Counts over the whole dataset (all graphs), with every ontology class and predicate listed."""
        types = {str(iri): t.value for t, iri in BASE_TYPES.items()}
        events = {str(iri): k.value for k, iri in EVENT_CLASSES.items()}
        predicates = {str(iri): k.value for k, iri in RELATION_PREDICATES.items()}
        return {
            "quads": len(self._db),
            "triples": self._count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"),
            "named_graphs": sum(1 for _ in self._db.named_graphs()),
            "documents": self._count(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{KG.Document}> }}"),
            "entities": self._count_by(_count_typed(types), types),
            "events": self._count_by(_count_typed(events), events),
            "relations": self._count_by(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { "
                f"VALUES ?p {{ {_iris(predicates)} }} ?s ?p ?o }} }} GROUP BY ?p",
                predicates,
            ),
        }


def _iris(keys: dict[str, str]) -> str:
    return " ".join(f"<{iri}>" for iri in keys)


def _count_typed(classes: dict[str, str]) -> str:
    values = _iris(classes)
    return f"SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?t {{ {values} }} ?x a ?t }} GROUP BY ?t"


def open_store(spec: str | Path, *, read_only: bool = False) -> Store:
    """The store a ``--store`` option names: a directory path → :class:`EmbeddedStore`.

    A URL (``http://…/sparql``) will give a remote SPARQL store; for now it is refused.
    """
    if isinstance(spec, str) and _URL.match(spec):
        raise StoreError(
            f"cannot open {spec}: remote stores arrive with issue 4",
            hint="Give a directory for an embedded store, e.g. --store .kg/store.",
        )
    return EmbeddedStore(Path(spec), read_only=read_only)
