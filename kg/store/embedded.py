"""An embedded store: a dataset in a local directory with pyoxigraph (RocksDB), one writer at a time."""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import functools
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

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
    loaded_graph,
    ntriples_of,
    python_value,
    refuse_update,
    stat_keys,
    to_rdflib,
    write_jsonld,
    write_union,
)
from kg.vocab import KG

__all__ = ["LOCK_FILE", "EmbeddedStore", "StoreLock"]


LOCK_FILE = "newskg.lock"
"""Inside the store directory: readers hold a shared lock on it, a writer an exclusive one (see :class:`StoreLock`)."""
_ROCKSDB_MARK = "CURRENT"  # every RocksDB directory has it


_HELD_LOCKS: set[IO[bytes]] = set()  # the lock files this process holds open


def _forget_inherited_locks() -> None:
    """In a forked child (a ``--workers`` process): close the copies of the parent's lock files.

    A ``flock`` belongs to the open file, which a fork shares: a worker still running after its
    driver was killed would keep the store locked against the next build. Closing the child's copy
    (never ``LOCK_UN``, which would unlock the parent's too) leaves the lock with the parent alone.
    """
    for handle in _HELD_LOCKS:
        with contextlib.suppress(OSError):
            handle.close()
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_forget_inherited_locks)


class StoreLock:
    """An advisory lock (``flock``) on ``DIR/newskg.lock``: shared for readers, exclusive for the one writer.

    Oxigraph allows one writing process per directory (RocksDB's own lock), and opening a store
    read-only while another process writes it is undefined behaviour: the reader sees a snapshot
    that never changes, or fails. So a reader (``kg serve``, ``kg query``, ``kg export`` …) and a
    writer (``kg build``, ``kg load``, ``kg link``, ``kg serve --writable``) never run on one
    directory at once: whichever comes second stops at once with a message naming the other. The
    kernel drops the lock with the process, so a killed command leaves nothing stale.
    """

    def __init__(self, folder: Path, *, shared: bool) -> None:
        self.folder = folder
        self.shared = shared
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.folder / LOCK_FILE, "ab")  # noqa: SIM115 -- held until release()
        except OSError:
            if self.shared:  # a store on read-only media: nothing can write it either
                return
            raise
        try:
            fcntl.flock(handle.fileno(), (fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise self._busy() from None
        self._file = handle
        _HELD_LOCKS.add(handle)

    def _busy(self) -> StoreError:
        if self.shared:
            return StoreError(
                f"store {self.folder} is locked: another process is writing it (kg build, kg load, kg link or "
                "kg serve --writable), and Oxigraph cannot read a store while another process writes it",
                hint="Wait until that command ends; or serve the store with `kg serve --writable` and point "
                     "every command at its URL (--store http://127.0.0.1:7878/query).")
        return StoreError(
            f"store {self.folder} is locked: it is open elsewhere (kg serve, kg query, kg export …, another "
            "writer, or another open store in this process), and Oxigraph allows one writer per directory and "
            "no reader beside it",
            hint="Stop the other command first (a running `kg serve` holds the store until it stops); or run "
                 "`kg serve --writable` and build into its URL (--store http://127.0.0.1:7878/query).")

    def release(self) -> None:
        if self._file is not None:
            _HELD_LOCKS.discard(self._file)
            with contextlib.suppress(OSError):
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None


def _check_folder(path: Path, read_only: bool) -> None:
    """A store is a directory that RocksDB made (or an empty one, or none yet, to write into)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory",
                         hint="Give --store a directory (kg build creates it) or the URL of a SPARQL endpoint; "
                              "to put an RDF file into a store, use `kg load FILE --store DIR`.")
    if read_only and not path.exists():
        raise StoreError(f"no store at {path}", hint=f"Build one first: kg build INPUT... --store {path}")
    if path.is_dir() and not (path / _ROCKSDB_MARK).exists():
        if read_only:
            raise StoreError(f"{path} is not a store: the folder holds no Oxigraph database",
                             hint=f"Build one first (kg build INPUT... --store {path}), or give the store's folder.")
        if any(entry.name != LOCK_FILE for entry in path.iterdir()):
            raise StoreError(f"{path} is a folder of other files, not a store: newskg will not write a database "
                             "among them", hint="Give --store a new or empty folder, or an existing store.")

# Oxigraph keeps what a transaction writes in RocksDB's in-memory tables until the store is flushed (measured:
# ~0.9 KB of resident memory per quad, growing without bound through a long build), so a writer flushes after
# this many quads: memory stays flat and each flush writes one modest table file.
FLUSH_EVERY_QUADS = 50_000

# RocksDB keeps a reader for every table file it writes or compacts, each holding that file's index blocks (Oxigraph
# sets max_open_files to the descriptor limit and leaves index blocks out of the block cache; pyoxigraph exposes
# neither): a writer's memory in use grows with the store, ~5.5 bytes per quad. A store opened afresh holds only a few
# readers (measured: malloc's bytes in use back to 11.5 MB after a reopen at 0.5 M and at 1 M quads, against 15 and
# 18 MB without), so a writer closes and reopens its store after this many quads (docs/benchmarks.md, "Flat memory
# with the embedded store").
REOPEN_EVERY_QUADS = 500_000


# A writer's malloc arenas (glibc), set when a store opens for writing, before RocksDB starts its threads: one for every
# thread. By default glibc gives each new thread an arena of its own, up to 8 per core, and every arena keeps its own
# fragments between the pages a trim can give back: with six, the writer's peak crept up with the store. Two (the
# main thread's, and one for RocksDB's and the bulk loader's threads) helped, but glibc hands threads the two in
# turn; with one, malloc's free bytes stay lowest (docs/benchmarks.md, "Flat memory with the embedded store", rounds
# 2 and 3: a replay of the driver's writes, peak 2-5 MB lower from 0.5 to 3.8 M quads than with two; the driver of a
# 1 MB build 241 against 244 MB; CPU the same).
WRITER_MALLOC_ARENAS = 1
_M_ARENA_MAX = -8  # mallopt's parameter number (glibc's malloc.h)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (musl, macOS)."""
    return getattr(ctypes.CDLL(None), "malloc_trim", None)


def limit_malloc_arenas(count: int = WRITER_MALLOC_ARENAS) -> bool:
    """Let the threads created from now on share ``count`` malloc arenas (glibc's ``M_ARENA_MAX``); whether the
    limit was set (False without glibc, or when the user chose one with ``MALLOC_ARENA_MAX`` or
    ``GLIBC_TUNABLES``, which is kept).

    Called when a store opens for writing, before RocksDB starts its threads. The limit is the process's (glibc
    has no other): a build's driver is the process that writes the store, and its forked workers, one thread
    each, inherit it without effect.
    """
    if "MALLOC_ARENA_MAX" in os.environ or "arena_max" in os.environ.get("GLIBC_TUNABLES", ""):
        return False
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    return bool(mallopt(_M_ARENA_MAX, count)) if mallopt is not None else False


def release_free_memory() -> bool:
    """Give the pages that malloc holds free back to the system; whether any were given back (False without
    glibc).

    A flush frees RocksDB's in-memory tables, and its compactions (in background threads, each with malloc
    arenas of its own) free their buffers; glibc keeps such freed pages for reuse unless they are at the top of
    an arena, so between them the writer's resident memory crept up with every flush (measured: replaying
    30,000 documents' graphs into a store, 201 → 222 MB; with a trim after each flush, 200 → 210 MB). A bulk load
    does the same with its loader threads' buffers, and flushes nothing, so it trims too. One trim costs ~10 ms of
    CPU, once per FLUSH_EVERY_QUADS quads written in transactions and once per bulk load (a build's batch of ~20 k
    quads).
    """
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


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


_READ_SIZE = 1 << 16
"""Bytes the bulk loader asks for at a time from a batch's parts."""


class _Concatenated(io.RawIOBase):
    """The byte strings ``parts`` read one after the other as one stream, without a joined copy of them."""

    def __init__(self, parts: Sequence[bytes]) -> None:
        super().__init__()
        self._parts = iter(parts)
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:
        while not self._current:
            part = next(self._parts, None)
            if part is None:
                return 0
            self._current = memoryview(part)
        size = min(len(buffer), len(self._current))
        buffer[:size] = self._current[:size]
        self._current = self._current[size:]
        return size


class EmbeddedStore:
    """A dataset in a local directory (pyoxigraph/RocksDB); one writer at a time.

    Use as a context manager so the directory lock is released on exit.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        _check_folder(self.path, read_only)
        if not read_only:
            try:
                self.path.mkdir(parents=True, exist_ok=True)  # the default .kg/store needs .kg/
            except OSError as exc:
                raise StoreError(f"cannot create store {self.path}: {exc.strerror or exc}") from exc
        self._lock = StoreLock(self.path, shared=read_only)
        self._lock.acquire()
        if not read_only:
            limit_malloc_arenas()
        try:
            self._store: ox.Store | None = _open(self.path, read_only)
        except BaseException:
            self._lock.release()
            raise
        self._unflushed = 0  # quads written since the last flush
        self._since_open = 0  # quads written since the store was (re)opened

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
        """Flush and drop the handle and the directory lock; the RocksDB lock goes with the last reference."""
        if self._store is None:
            return
        try:
            if not self.read_only:
                self.flush()
        finally:
            self._store = None
            self._lock.release()

    def reopen(self) -> None:
        """Flush, close the database and open the same directory again (done by itself every REOPEN_EVERY_QUADS
        quads written): what RocksDB keeps per table file goes with it.

        The directory lock stays held throughout, so no other command gets in between; RocksDB's own lock goes
        with the last reference to the closed database, which is this object's.
        """
        if self._store is None:
            raise StoreError(f"store {self.path} is closed")
        if not self.read_only:
            self.flush()
        self._store = None  # the only reference: RocksDB closes here
        self._store = _open(self.path, self.read_only)
        self._since_open = 0
        release_free_memory()

    def _wrote(self, quads: int) -> None:
        self._since_open += quads
        if self._since_open >= REOPEN_EVERY_QUADS:
            self.reopen()

    def flush(self) -> None:
        """Write what is held in memory to the store's files (done by itself every FLUSH_EVERY_QUADS quads)."""
        try:
            self._writable().flush()
        except OSError as exc:
            raise StoreError(f"cannot flush store {self.path}: {exc}") from exc
        self._unflushed = 0
        release_free_memory()

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
        # Dropping a graph that is not there still costs RocksDB work (a quarter of the update's CPU time for a
        # document's graph): a build into a new store replaces nothing, so the DROP goes only with a graph the
        # store holds. One writer per directory (StoreLock), so the answer cannot change before the update runs.
        drop = f"DROP SILENT GRAPH {name} ;\n" if self._has_graph(name) else ""
        self._update(f"{drop}INSERT DATA {{ GRAPH {name} {{\n{triples}\n}} }}")
        quads = triples.count("\n") + 1
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY_QUADS:
            self.flush()
        self._wrote(quads)

    def replace_graphs(self, graphs: Sequence[tuple[str, bytes]]) -> None:
        """:meth:`replace_graph` for each ``(graph IRI, N-Quads lines)`` of a build's batch of documents, in order.

        The graphs the store does not hold yet (in a build into a new store, all of them) go in with
        one bulk load of their N-Quads: Oxigraph's loader writes index files directly instead of a
        transaction through RocksDB's memory tables (measured on 703 documents, 146 k quads: 1.4 s
        CPU in batches of 64 documents against 3.7 s for one ``INSERT DATA`` each), and nothing here
        parses or rewrites the bytes. A graph the store holds already (a re-built document) is
        replaced in one transaction by :meth:`replace_graph`. A bulk load is not a transaction: a
        build killed during one leaves part of its batch, which running the build again replaces.
        """
        fresh: list[bytes] = []
        names: set[str] = set()
        for graph_iri, nquads in graphs:
            name = graph_name(graph_iri)
            if name in names or self._has_graph(name):  # a graph twice in one batch: the later one replaces
                self._bulk_load(fresh)
                fresh, names = [], set()
                self.replace_graph(graph_iri, ntriples_of(graph_iri, nquads))
            elif nquads:
                fresh.append(nquads)
                names.add(name)
        self._bulk_load(fresh)

    def _bulk_load(self, nquads: list[bytes]) -> None:
        if not nquads:
            return
        try:
            # read in order from the documents' own bytes: joined, a batch would be held twice while the loader
            # parses it (a batch of 40 k quads: ~6 MB more at the driver's peak)
            self._writable().bulk_load(io.BufferedReader(_Concatenated(nquads), _READ_SIZE), ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:  # our own N-Quads: a bug, but say what failed
            raise StoreError(f"store {self.path} rejected a build's N-Quads: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc
        release_free_memory()  # the loader's buffers, freed in its threads' malloc arenas
        self._wrote(sum(lines.count(b"\n") for lines in nquads))

    def _has_graph(self, name: str) -> bool:
        """Whether the store holds the named graph ``name`` (an IRI in angle brackets, as graph_name gives it)."""
        try:
            return self._writable().contains_named_graph(ox.NamedNode(name[1:-1]))
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc

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

    def load_file(self, path: Path | str, *, replace: bool = True, graph: str | None = None) -> int:
        """Bulk-load an RDF file; returns the number of quads read.

        ``.trig``/``.nq``/``.jsonld`` keep their named graphs, and with ``replace`` each
        graph the file holds is dropped first (so loading a rebuilt file twice gives
        the same store). A file of triples (``.ttl``/``.nt``) goes into a named graph of its
        own — ``graph``, else :func:`~kg.store.base.loaded_graph` of the file — replaced the same
        way, so the shipped queries (which read named graphs) see it. Oxigraph's bulk loader is
        fast but not transactional.
        """
        path = Path(path)
        fmt = format_for(path, LOAD_FORMATS, "load", must_exist=True)
        db = self._writable()
        graphs, count = self._scan(path, fmt)
        target = None
        if path.suffix.lower() not in QUAD_SUFFIXES:
            target = graph or loaded_graph(path)
            graphs = {target}
        if replace:
            for name in sorted(graphs):
                self.remove_graph(name)
        try:
            if target is None:
                db.bulk_load(path=str(path), format=fmt)
            else:
                db.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(graph_name(target)[1:-1]))
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
            if rdf_format is ox.RdfFormat.JSON_LD:
                self._export_jsonld(output)
            elif rdf_format is ox.RdfFormat.TURTLE:
                write_union(self._db.quads_for_pattern(None, None, None, None), target)
            else:
                prefixes = None if rdf_format is ox.RdfFormat.N_QUADS else PREFIXES
                self._db.dump(target, rdf_format, prefixes=prefixes)
        except OSError as exc:
            raise StoreError(f"cannot export store {self.path}: {exc}") from exc

    def _export_jsonld(self, output: Path | str | io.BufferedIOBase) -> None:
        db = self._db
        names = sorted((g for g in db.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
        graphs = [(None, (q.triple for q in db.quads_for_pattern(None, None, None, ox.DefaultGraph())))]
        graphs += [(g.value, (q.triple for q in db.quads_for_pattern(None, None, None, g))) for g in names]
        if isinstance(output, io.IOBase) or hasattr(output, "write"):
            write_jsonld(graphs, output)
            return
        with open(output, "wb") as stream:
            write_jsonld(graphs, stream)

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query; the default graph is the union of all graphs, GRAPH ?g reaches each one.

        An update is refused (:class:`~kg.errors.UpdateRefused`): this is the read path of every command.
        """
        refuse_update(sparql)
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
