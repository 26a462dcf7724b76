"""An embedded store: a dataset in a local directory with pyoxigraph (RocksDB), one writer at a time."""

from __future__ import annotations

import io
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.rdf import format_for
from kg.sparql import iri_ref, iri_refs
from kg.store.base import (
    LOAD_FORMATS,
    PREFIXES,
    QUAD_SUFFIXES,
    QueryResult,
    counts_by_key,
    export_format,
    first_count,
    graph_name,
    python_value,
    stat_keys,
    to_rdflib,
    write_union,
)
from kg.vocab import KG

__all__ = ["EmbeddedStore"]

# Oxigraph keeps what a transaction writes in RocksDB's in-memory tables until the store is flushed (measured:
# ~0.9 KB of resident memory per quad, growing without bound through a long build), so a writer flushes after
# this many quads: memory stays flat and each flush writes one modest table file.
FLUSH_EVERY_QUADS = 50_000


def _open(path: Path, read_only: bool) -> ox.Store:
    if read_only and not path.exists():
        raise StoreError(f"no store at {path}", hint=f"Build one first: kg build INPUT... --store {path}")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)  # the default .kg/store needs .kg/
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
        self._unflushed = 0  # quads written since the last flush

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
            self.flush()
        self._store = None

    def flush(self) -> None:
        """Write what is held in memory to the store's files (done by itself every FLUSH_EVERY_QUADS quads)."""
        try:
            self._writable().flush()
        except OSError as exc:
            raise StoreError(f"cannot flush store {self.path}: {exc}") from exc
        self._unflushed = 0

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

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph | str) -> None:
        """Drop the named graph and insert ``graph`` (or N-Triples text) in its place, in one SPARQL Update (one
        transaction).

        Readers see the old graph or the new one, never a mix; running it twice
        with the same graph leaves the same store.
        """
        name = graph_name(graph_iri)
        triples = graph if isinstance(graph, str) else graph.serialize(format="nt")
        self._update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{triples}\n}} }}")
        self._unflushed += triples.count("\n") + 1
        if self._unflushed >= FLUSH_EVERY_QUADS:
            self.flush()

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Drop one named graph (no error if it is absent)."""
        self._update(f"DROP SILENT GRAPH {graph_name(graph_iri)}")

    def read_graph(self, graph_iri: URIRef | str) -> Graph:
        """The named graph as an rdflib Graph, straight from the stored quads (every literal as stored)."""
        name = ox.NamedNode(graph_name(graph_iri)[1:-1])
        try:
            quads = self._db.quads_for_pattern(None, None, None, name)
            return to_rdflib(name.value, (quad.triple for quad in quads))
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc

    def load_file(self, path: Path | str, *, replace: bool = True) -> int:
        """Bulk-load an RDF file; returns the number of quads read.

        ``.trig``/``.nq``/``.jsonld`` keep their named graphs, and with ``replace`` each
        graph the file holds is dropped first (so loading a rebuilt file twice gives
        the same store). ``.ttl``/``.nt`` go into the default graph, which is never
        dropped. Oxigraph's bulk loader is fast but not transactional.
        """
        path = Path(path)
        fmt = format_for(path, LOAD_FORMATS, "load", must_exist=True)
        db = self._writable()
        graphs, count = self._scan(path, fmt)
        if replace and path.suffix.lower() in QUAD_SUFFIXES:
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

    def export(self, output: Path | str | io.BufferedIOBase, fmt: str = "nquads") -> None:
        """Stream the dataset out with Oxigraph's writer (no copy in memory); turtle merges all graphs."""
        rdf_format = export_format(fmt)
        target = str(output) if isinstance(output, Path) else output
        try:
            if rdf_format is ox.RdfFormat.TURTLE:
                write_union(self._db.quads_for_pattern(None, None, None, None), target)
            else:
                prefixes = None if rdf_format is ox.RdfFormat.N_QUADS else PREFIXES
                self._db.dump(target, rdf_format, prefixes=prefixes)
        except OSError as exc:
            raise StoreError(f"cannot export store {self.path}: {exc}") from exc

    def query(self, sparql: str) -> QueryResult:
        """Run SPARQL 1.1; the default graph is the union of all graphs, GRAPH ?g reaches each one."""
        try:
            result = self._db.query(sparql, use_default_graph_as_union=True)
            if isinstance(result, ox.QueryBoolean):
                return QueryResult(("boolean",), [(bool(result),)])
            if isinstance(result, ox.QuerySolutions):
                names = tuple(v.value for v in result.variables)
                rows = [tuple(python_value(solution[name]) for name in names) for solution in result]
                return QueryResult(names, rows)
            rows = [tuple(python_value(t) for t in (x.subject, x.predicate, x.object)) for x in result]
            return QueryResult(("subject", "predicate", "object"), rows)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot query store {self.path}: {exc}") from exc

    def _count(self, sparql: str) -> int:
        return first_count(self.query(sparql))

    def stats(self) -> dict[str, Any]:
        """Counts over the whole dataset (all graphs), with every ontology class and predicate listed."""
        types, events, predicates = stat_keys()

        def typed(classes: dict[str, str]) -> str:
            return (f"SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?t {{ {iri_refs(classes)} }} ?x a ?t }} "
                    "GROUP BY ?t")

        return {
            "quads": len(self._db),
            "triples": self._count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"),
            "named_graphs": sum(1 for _ in self._db.named_graphs()),
            "documents": self._count(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a {iri_ref(KG.Document)} }}"),
            "entities": counts_by_key(self.query(typed(types)), types),
            "events": counts_by_key(self.query(typed(events)), events),
            "relations": counts_by_key(self.query(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { "
                f"VALUES ?p {{ {iri_refs(predicates)} }} ?s ?p ?o }} }} GROUP BY ?p"), predicates),
        }
