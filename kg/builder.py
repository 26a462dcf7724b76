"""The main job: ingest → nlp/extract → rdf → validate → store (and ``--out``), a chunk of documents at a time.

The driver (this module) reads the inputs, groups documents into chunks, hands each chunk
to an executor (:mod:`kg.executors`: this process, local worker processes, or a Dask
cluster, :mod:`kg.cluster`), and writes what comes back, in input order: the store,
``--out`` and the report files have one writer, and the graph is the same whatever ran
the work. The work on a chunk is :func:`kg.processing.process`.

Nothing one input does stops the run:

* a file, line or record that cannot be read is a :class:`~kg.ingest.Problem` (skipped);
* any exception inside one document (NLP, extraction, RDF, validation) is caught at the
  document boundary and becomes a ``E120`` problem naming the document (skipped);
* a graph that does not conform loses the facts the SHACL report blames
  (:mod:`kg.quarantine`); the rest is re-validated and stored, the dropped facts listed in a
  report beside the output. Only when what remains still fails (or ``strict``) is the
  document rejected whole.

What stops a run is what concerns every document: the output cannot be written (checked
first: opening ``--out`` is the first thing :func:`build` does), the store fails without
``--out`` to save the work to, or a worker process dies (``E090``; a re-run finishes).

Memory does not grow with the number of documents: chunks in flight are bounded, ``--out``
is streamed, the ids seen are kept as 8-byte hashes (:mod:`kg.ingest`), and the summary keeps
counts plus the first :data:`KEPT` skipped, rejected and quarantined inputs (every one was
printed as it happened, and has its report file).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from rdflib import URIRef

from kg import ingest
from kg.errors import OutputError, StoreError
from kg.executors import Executor, ProcessPool, default_workers
from kg.ingest import Notice, Problem
from kg.model import Document
from kg.output import GraphOutput
from kg.processing import Built, Settings, process, report_name
from kg.store import Store

__all__ = ["CHUNK_CHARS", "CHUNK_DOCUMENTS", "KEPT", "SCOUT_CHUNKS", "STORE_BATCH_QUADS", "TAIL_DOCUMENTS",
           "BuildSummary", "Quarantined", "Rejected", "StoreFailed", "build", "check_writable", "explain_store_error",
           "plan_size"]

CHUNK_DOCUMENTS = 16
"""Documents per chunk (one task of a worker, one pySHACL run); an input of at most one chunk runs in-process."""
CHUNK_CHARS = 400_000
"""A chunk is closed early once its texts reach this many characters (long documents: smaller chunks)."""
STORE_BATCH_QUADS = 30_000
"""The driver hands the store the documents' N-Quads in batches of about this many quads: one bulk load each, for an
embedded store, whose CPU per quad falls with the batch (146 k quads: 3.7 s CPU as one update per document, 1.4-1.7 s
in batches of 20 k quads, 1.1 s of 50 k). Every four loads RocksDB compacts the files they wrote, in threads of its
own: with one worker on the otherwise idle core, with two taken from a worker. 30 k rather than 20 k: on a 1 MB
build (151 k quads) RocksDB's compactions 0.52 → 0.16 s of CPU and the driver's CPU beside two workers 1.6-1.7 →
1.3-1.4 s (2 MB of N-Quads replayed: the store's CPU 3.1 → 2.9 s; 5 MB: no difference), for a peak RSS 5 MB above
20 k's (the loader reads a batch from the documents' bytes, not a joined copy: docs/benchmarks.md, session 14)."""
TAIL_DOCUMENTS = 4
"""With worker processes, the input's last chunks (one per worker) are sent as pieces of this many documents: the
workers then end within a small piece of each other, not half a chunk apart (the one still busy with a whole chunk
while the other waits was ~0.15 s of a 1 MB two-worker build's wall clock, serial: only the second worker's)."""
SCOUT_CHUNKS = 3
"""With worker processes and two languages, the scout (:class:`_Scout`) builds the first language's documents of this
many first chunks (~24 of 48 documents in a corpus of both halves: ~0.4 s of CPU, about what the driver's warm-up of
the second language takes beside it)."""
KEPT = 100
"""How many skipped, rejected and quarantined inputs the summary keeps (it counts them all)."""

T = TypeVar("T")


class StoreFailed(StoreError):
    """The store failed during a build; ``out`` (if any) was still written, ``error`` says what failed.

    A remote store going down must not cost the user the extraction they waited for:
    the run goes on without the store, writes ``--out`` and then reports the one error.
    """

    def __init__(self, error: StoreError, out: Path | None, summary: BuildSummary) -> None:
        super().__init__(error.args[0], hint=error.hint)
        self.error = error
        self.out = out
        self.summary = summary


@dataclass(frozen=True, slots=True)
class Rejected:
    """A document not stored: its graph did not conform, even after its bad facts were dropped."""

    document_id: str
    source: str
    report: Path | None
    reason: str
    code: str = "E121"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A document stored without the facts that broke a shape; ``report`` lists them."""

    document_id: str
    source: str
    report: Path
    facts: int


class Tally(Generic[T]):
    """A list that counts everything added but keeps only the first ``keep`` (``len`` is the count)."""

    def __init__(self, keep: int = KEPT) -> None:
        self.kept: list[T] = []
        self.count = 0
        self.keep = keep

    def append(self, item: T) -> None:
        self.count += 1
        if len(self.kept) < self.keep:
            self.kept.append(item)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[T]:
        return iter(self.kept)

    def __bool__(self) -> bool:
        return self.count > 0

    @property
    def more(self) -> int:
        """How many were counted but not kept."""
        return self.count - len(self.kept)


@dataclass
class BuildSummary:
    documents: int = 0
    entities: int = 0
    facts: int = 0
    triples: int = 0
    words: int = 0
    facts_dropped: int = 0
    surrogates_replaced: int = 0
    rejected: Tally[Rejected] = field(default_factory=Tally)
    skipped: Tally[Problem] = field(default_factory=Tally)
    quarantined: Tally[Quarantined] = field(default_factory=Tally)
    warnings: int = 0
    workers: int = 1

    @property
    def ok(self) -> bool:
        """True when every input became a whole document in the graph (exit code 0)."""
        return not self.rejected and not self.skipped and not self.quarantined


_DISK_REASONS = ("No space left", "File too large", "Permission denied", "Read-only file system", "Disk quota")


def explain_store_error(error: StoreError) -> StoreError:
    """Give a store error caused by the disk (full, read-only, permissions) a hint about the disk, not the lock."""
    if any(reason in str(error.args[0]) for reason in _DISK_REASONS):
        error.hint = ("Free space on the store's disk or restore its permissions, then run the same build again: "
                      "what was stored is kept, and the re-run replaces each document's graph.")
    return error


def plan_size(inputs: Sequence[Path | str]) -> int:
    """How many documents the run will read, as far as can be told without reading them (the progress bar's
    total): one per line of a JSON Lines file, one per other file (a WARC file counts as one)."""
    return ingest.count_documents(inputs)


def check_writable(folder: Path, what: str) -> None:
    """Raise :class:`OutputError` unless files can be created in ``folder`` (or in the folder that would
    hold it): checked before a build starts, so a wrong path does not waste the extraction."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"cannot write {what} in {folder}: {probe} is not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {what} in {folder}: {probe} is not writable")


Item = Document | Problem | Notice


def _chunks(items: Iterable[Item], size: int = CHUNK_DOCUMENTS) -> Iterator[list[Item]]:
    """Input items grouped into chunks of at most ``size`` documents (problems and notices ride along in their place,
    so the driver reports everything in input order)."""
    chunk: list[Item] = []
    documents = chars = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            documents += 1
            chars += len(item.text)
            if documents >= size or chars >= CHUNK_CHARS:
                yield chunk
                chunk, documents, chars = [], 0, 0
    if chunk:
        yield chunk


def _finer_tail(chunks: Iterable[list[Item]], last: int) -> Iterator[list[Item]]:
    """``chunks`` with the ``last`` of them cut into pieces of :data:`TAIL_DOCUMENTS` documents (the same items in the
    same order): held back ``last`` chunks, so the end of the input is known before they are sent."""
    window: deque[list[Item]] = deque()
    for chunk in chunks:
        window.append(chunk)
        if len(window) > last:
            yield window.popleft()
    yield from _chunks((item for chunk in window for item in chunk), TAIL_DOCUMENTS)


def _work(settings: Settings, keep_graphs: bool, chunk: list[Item]) -> list[Item | Built]:
    """One chunk through :func:`kg.processing.process`: its documents replaced by their results, in place."""
    documents = [item for item in chunk if isinstance(item, Document)]
    results = iter(process(documents, settings, keep_graphs=keep_graphs)) if documents else iter(())
    return [next(results) if isinstance(item, Document) else item for item in chunk]


def _run(chunks: Iterator[list[Item]], settings: Settings, workers: int,
         executor: Executor | None) -> Generator[tuple[list[Item], list[Item | Built]], None, None]:
    """Each chunk with its results, in order. A pool is started only when the input holds more than one chunk; the
    first document of each language of the first :data:`SCOUT_CHUNKS` chunks is then built here before the workers
    are forked, so they start with those pipelines, shapes and parsers built (:func:`_warm_up`, with its scout); the
    last chunks go to them in small pieces (:func:`_finer_tail`)."""
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if executor is None and (second is None or workers <= 1):
        local = functools.partial(_work, settings, True)
        yield first, local(first)
        if second is not None:
            _settle()
            yield second, local(second)
            for chunk in chunks:
                yield chunk, local(chunk)
        return
    own = executor is None
    head = [first, second, *itertools.islice(chunks, SCOUT_CHUNKS - 2)] if own else [first, second]
    built: dict[int, Item | Built] = {}  # results of documents built outside the pool, by id(document)
    scout: _Scout | None = None
    pool: Executor | None = executor
    held: list[list[Item]] = []  # the driver's copy of each chunk in flight (problems, notices, order)

    def sent(pool: Executor) -> Iterator[list[Item]]:
        for chunk in _finer_tail(itertools.chain((chunk for chunk in head if chunk is not None), chunks),
                                 pool.workers):
            held.append(chunk)
            # what a worker needs of a chunk: its documents not built already (problems and notices stay here)
            yield [item for item in chunk if isinstance(item, Document) and id(item) not in built
                   and (scout is None or id(item) not in scout.documents)]

    try:
        if own:  # a warm-up here: what it builds (pipelines, shapes, parsers) the forked workers then share
            scout = _warm_up([item for chunk in head if chunk is not None for item in chunk], settings, built)
            pool = ProcessPool(workers)
        assert pool is not None
        for results in pool.map(functools.partial(_work, settings, False), sent(pool)):
            chunk = held.pop(0)
            if scout is not None and any(id(item) in scout.documents for item in chunk):
                scout.collect(built)
                scout = None
            merged = iter(results)
            yield chunk, [(built.pop(id(item)) if id(item) in built else next(merged))
                          if isinstance(item, Document) else item for item in chunk]
    except BaseException:
        for started in (scout, pool if own else None):
            if isinstance(started, _Scout | ProcessPool):
                started.abort()
        raise
    if own and pool is not None:
        pool.close()


class _Scout:
    """One worker forked as soon as the first language of the input is warm (its pipeline, shapes and parsers built
    by the driver): it builds that language's other documents of the first chunks while the driver warms up the next
    languages, on a core that would otherwise wait for the pool to fork (~0.4 s of a two-language start-up)."""

    def __init__(self, documents: list[Document], settings: Settings) -> None:
        self.documents = {id(document): position for position, document in enumerate(documents)}
        self._pool = ProcessPool(1)
        self._result = self._pool.submit(functools.partial(_work, settings, False), list(documents))

    def collect(self, built: dict[int, Item | Built]) -> None:
        """Wait for the scout's results, put them into ``built`` (by id of their document) and let it go."""
        results = self._result()
        built.update((key, results[position]) for key, position in self.documents.items())
        self._pool.close()

    def abort(self) -> None:
        self._pool.abort()


def _warm_up(head: list[Item], settings: Settings, built: dict[int, Item | Built]) -> _Scout | None:
    """Build the first document of each language of ``head`` here (their results go into ``built``), before the
    pool forks; after the first language, with more to come, a :class:`_Scout` takes its other documents."""
    firsts, scouted = _warm_up_plan(head)
    scout = None
    try:
        for document in firsts:
            built[id(document)] = _work(settings, True, [document])[0]
            if document is firsts[0] and scouted:
                _settle()  # before the scout forks: it shares what the first language built
                scout = _Scout(scouted, settings)
    except BaseException:  # Ctrl-C while the next language warms up: the scout ends with the driver
        if scout is not None:
            scout.abort()
        raise
    _settle()
    return scout


def _warm_up_plan(head: list[Item]) -> tuple[list[Document], list[Document]]:
    """What the driver builds before the pool forks: the first document of each language of ``head``, in order; and
    what a scout builds meanwhile: the other documents of the first language, when another language follows."""
    firsts: dict[str, Document] = {}
    for item in head:
        if isinstance(item, Document):
            firsts.setdefault(item.lang, item)
    if len(firsts) < 2:
        return list(firsts.values()), []
    lead = next(iter(firsts.values()))
    return list(firsts.values()), [item for item in head if isinstance(item, Document) and item.lang == lead.lang
                                   and item is not lead]


def _settle() -> None:
    """Take what the first chunk built to last (pipelines, gazetteer, shapes, parsers) out of the garbage
    collector's sight, before the rest of a long input (and before the workers fork).

    Every full collection would otherwise traverse those few hundred thousand objects again, in the
    driver and in each worker (measured: the collector took 15 % of the CPU of a 190-document
    one-worker build, 4 % with them frozen), and in a forked worker its writes to their headers copy
    the pages the worker shares with the driver. Only the young generations are collected first: a full
    collection here found ~650 objects of garbage among ~215,000 for 0.1 s of CPU, serial before the fork
    (what it leaves is frozen, a few kB, until the build ends). :func:`build` gives the objects back to the
    collector when it ends.
    """
    gc.collect(1)
    gc.freeze()


def build(
    inputs: Sequence[Path | str],
    *,
    lang: str | None = None,
    out: Path | None = None,
    store: Store | None = None,
    reports_dir: Path | None = None,
    validate_graphs: bool = True,
    strict: bool = False,
    max_chars: int = ingest.MAX_CHARS,
    min_confidence: float = 0.0,
    on_document: Callable[[Document | Problem | Notice], None] | None = None,
    workers: int | None = None,
    executor: Executor | None = None,
) -> BuildSummary:
    """Build the knowledge graph of ``inputs``; write ``out`` (if given) and load ``store`` (if given).

    ``strict`` rejects a non-conforming document whole instead of dropping its bad facts.
    ``min_confidence`` leaves out the facts (relations, events) less confident than it; entities stay.
    ``workers`` local processes do the work (default: the machine's cores; an input of one
    chunk or less is built in this process), or ``executor`` does (e.g. a Dask cluster,
    :class:`kg.cluster.DaskExecutor`); the graph is the same either way.
    Raises :class:`~kg.errors.OutputError` before reading anything when ``out`` or the reports
    folder cannot be written (and mid-run when the disk fills: the run stops). Raises
    :class:`StoreFailed` when the store fails: without ``out`` at once, with ``out`` after the
    remaining documents were built and ``out`` was written.
    """
    workers = default_workers() if workers is None else max(1, workers)
    summary = BuildSummary(workers=executor.workers if executor is not None else workers)
    reports_dir = reports_dir or (out.parent if out is not None else Path(".kg") / "reports")
    check_writable(reports_dir, "validation reports")
    output = GraphOutput(out) if out is not None else None
    keeper = _Keeper(summary, store, output, reports_dir)
    settings = Settings(validate=validate_graphs, strict=strict, min_confidence=min_confidence)
    frozen_before = gc.get_freeze_count()
    runs: Generator[tuple[list[Item], list[Item | Built]], None, None] | None = None
    try:
        items = ingest.read_inputs(inputs, lang=lang, max_chars=max_chars)
        runs = _run(_chunks(items), settings, workers, executor)
        for chunk, results in runs:
            for item, result in zip(chunk, results, strict=True):
                heard: Document | Problem | Notice = item
                if isinstance(result, Notice):
                    summary.warnings += 1
                    summary.surrogates_replaced += result.count if result.code == "W102" else 0
                elif isinstance(result, Problem):
                    summary.skipped.append(result)
                    heard = result  # the caller hears about the failure, not the document
                elif isinstance(result, Built):
                    keeper.keep(result)
                if on_document:
                    on_document(heard)
        keeper.store_batch()
    except BaseException:
        if runs is not None:  # stop the workers now, not when the generator is collected (maybe only at exit)
            runs.close()
        if output is not None:
            output.abort()
        keeper.store_batch_quietly()  # what was built and reported is kept (Ctrl-C, a full --out disk)
        raise
    finally:
        if not frozen_before:  # what _settle froze goes back to the collector (unless the caller froze first)
            gc.unfreeze()
    if output is not None:
        output.close()
    if keeper.store_error is not None:
        raise StoreFailed(keeper.store_error, out, summary) from keeper.store_error
    return summary


class _Keeper:
    """Where a built document goes: the summary, the reports folder, the store (until it fails; in batches of
    :data:`STORE_BATCH_QUADS`) and ``--out``."""

    def __init__(self, summary: BuildSummary, store: Store | None, output: GraphOutput | None,
                 reports_dir: Path) -> None:
        self.summary = summary
        self.store = store
        self.output = output
        self.reports_dir = reports_dir
        self.store_error: StoreError | None = None
        self.batch: list[tuple[str, bytes]] = []
        self.batch_quads = 0

    def store_batch(self) -> None:
        """Hand the documents kept since the last batch to the store (raises :class:`StoreFailed` without
        ``--out``; with it, the run goes on without the store)."""
        batch, self.batch, self.batch_quads = self.batch, [], 0
        if not batch or self.store is None or self.store_error is not None:
            return
        try:
            self.store.replace_graphs(batch)
        except StoreError as exc:
            explain_store_error(exc)
            if self.output is None:  # nothing else would keep the work: stop now
                raise StoreFailed(exc, None, self.summary) from exc
            self.store_error = exc  # go on without the store, for --out

    def store_batch_quietly(self) -> None:
        """:meth:`store_batch` while the build stops for another reason (which is the one reported)."""
        with contextlib.suppress(StoreError):
            self.store_batch()

    def keep(self, built: Built) -> None:
        summary = self.summary
        report = self._write_report(built) if built.report is not None else None
        if built.rejected is not None:
            summary.rejected.append(Rejected(built.document_id, built.source, report, built.rejected))
            return
        if built.facts_dropped:
            assert report is not None
            summary.quarantined.append(Quarantined(built.document_id, built.source, report, built.facts_dropped))
            summary.facts_dropped += built.facts_dropped
        if self.store is not None and self.store_error is None:
            self.batch.append((built.graph_iri, built.nquads))
            self.batch_quads += built.triples
            if self.batch_quads >= STORE_BATCH_QUADS:
                self.store_batch()
        if self.output is not None:
            self.output.add_nquads(URIRef(built.graph_iri), built.nquads, built.graph)
        summary.documents += 1
        summary.entities += built.entities
        summary.facts += built.facts
        summary.triples += built.triples
        summary.words += built.words

    def _write_report(self, built: Built) -> Path:
        assert built.report is not None
        kind, text = built.report
        path = self.reports_dir / f"{report_name(built.document_id)}.{kind}.txt"
        try:
            self.reports_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(text + "\n", encoding="utf-8", errors="replace")
        except OSError as error:
            raise OutputError(f"cannot write the report {path}: {error.strerror or error}") from error
        return path

