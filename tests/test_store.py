"""kg.store: replacing document graphs, bulk loading, locking, query results, stats."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest
from rdflib import Graph, Literal, URIRef

from kg import rdf
from kg.errors import InputError, QueryError, StoreError
from kg.processing import nquads
from kg.queries import run_query
from kg.store import EmbeddedStore, QueryResult, SparqlStore, Store, embedded, open_store
from kg.store.base import loaded_graph
from kg.store.embedded import _Concatenated
from kg.vocab import KG


def fill(store: EmbeddedStore) -> dict[URIRef, Graph]:
    graphs = dict(rdf.to_graph(e) for e in factories.both())
    for iri, graph in graphs.items():
        store.replace_graph(iri, graph)
    return graphs


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "store") as opened:
        fill(opened)
        yield opened


def graph_sizes(store: EmbeddedStore) -> dict[str, int]:
    result = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(g): int(n) for g, n in result.rows}


# --------------------------------------------------------------------------- replacing graphs


def test_replacing_twice_leaves_the_same_store(store: EmbeddedStore) -> None:
    before = store.stats()
    sizes = graph_sizes(store)
    graphs = fill(store)
    assert store.stats() == before
    assert graph_sizes(store) == sizes == {str(iri): len(g) for iri, g in graphs.items()}
    assert before["quads"] == sum(len(g) for g in graphs.values())


def test_replace_drops_what_the_new_graph_no_longer_has(store: EmbeddedStore) -> None:
    extraction = factories.indonesian()
    without_denial = tuple(e for e in extraction.events if e.kind.value != "Denial")
    iri, graph = rdf.to_graph(type(extraction)(extraction.document, extraction.entities,
                                               extraction.relations, without_denial))
    en_size = graph_sizes(store)[str(rdf.graph_iri(factories.EN_DOC_ID))]
    store.replace_graph(iri, graph)
    assert store.stats()["events"]["Denial"] == 0
    assert graph_sizes(store)[str(iri)] == len(graph)
    assert graph_sizes(store)[str(rdf.graph_iri(factories.EN_DOC_ID))] == en_size  # the other is untouched
    store.replace_graph(iri, Graph())
    assert str(iri) not in graph_sizes(store)


def _nquads(iri: URIRef, graph: Graph) -> tuple[str, bytes]:
    """What a build hands the store for one document: its graph IRI and sorted N-Quads lines."""
    return str(iri), nquads(str(iri), graph)


def test_a_batch_of_new_graphs_is_the_store_one_replace_per_graph_gives(store: EmbeddedStore,
                                                                        tmp_path: Path) -> None:
    graphs = dict(rdf.to_graph(e) for e in factories.both())
    with EmbeddedStore(tmp_path / "batched") as batched:
        batched.replace_graphs([_nquads(iri, graph) for iri, graph in graphs.items()])
        assert batched.stats() == store.stats()
        assert graph_sizes(batched) == graph_sizes(store)
        for iri in graphs:
            assert batched.read_graph(iri).isomorphic(store.read_graph(iri))


def test_a_batch_is_read_by_the_loader_from_its_documents_bytes_in_order_across_reads() -> None:
    """The bulk loader reads a batch as one stream of its documents' N-Quads (not a joined copy): every byte, in
    order, whatever the sizes of the reads and of the parts (an empty one: a document with no quads)."""
    parts = [b"<a> <p> <b> <g> .\n", b"", b"<c> <p> \"x y\" <g> .\n" * 3, b"<d> <p> <e> <h> .\n"]
    for read_size in (1, 7, 64, 1 << 16):
        stream = io.BufferedReader(_Concatenated(parts), read_size)
        pieces = iter(lambda stream=stream, read_size=read_size: stream.read(read_size), b"")
        assert b"".join(pieces) == b"".join(parts)
    assert io.BufferedReader(_Concatenated([])).read() == b""


def test_a_batch_read_in_small_pieces_puts_each_documents_quads_into_its_graph(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reads cut lines and documents anywhere: the store still holds each document's quads, in its own graph."""
    monkeypatch.setattr(embedded, "_READ_SIZE", 10)
    batch = [(f"https://example.org/doc/{n}", "".join(
        f'<https://example.org/d{n}/s{i}> <https://example.org/p> "v {i}" <https://example.org/doc/{n}> .\n'
        for i in range(n)).encode()) for n in range(6)]
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graphs(batch)
        assert graph_sizes(store) == {f"https://example.org/doc/{n}": n for n in range(1, 6)}
        assert set(store.read_graph("https://example.org/doc/3").objects()) == {Literal(f"v {i}") for i in range(3)}


def test_a_batch_replaces_graphs_the_store_holds_and_the_last_of_a_graph_given_twice(store: EmbeddedStore) -> None:
    extraction = factories.indonesian()
    without_denial = tuple(e for e in extraction.events if e.kind.value != "Denial")
    iri, smaller = rdf.to_graph(type(extraction)(extraction.document, extraction.entities,
                                                 extraction.relations, without_denial))
    _, whole = rdf.to_graph(extraction)
    before = store.stats()
    store.replace_graphs([_nquads(iri, smaller)])  # a re-built document replaces its graph
    assert graph_sizes(store)[str(iri)] == len(smaller) < len(whole)
    assert store.stats()["events"]["Denial"] == 0
    new = URIRef("https://example.org/graph/new")
    store.replace_graphs([(str(new), nquads(str(new), Graph().parse(data=_graph_of(1, 3), format="nt"))),
                          _nquads(iri, whole), (str(new), nquads(str(new), Graph().parse(data=_graph_of(2, 2),
                                                                                            format="nt")))])
    assert store.stats()["events"] == before["events"]
    assert graph_sizes(store)[str(iri)] == len(whole)
    assert graph_sizes(store)[str(new)] == 2  # the later of the two
    assert {str(s) for s in store.read_graph(new).subjects()} == {"https://example.org/d2/s0",
                                                                   "https://example.org/d2/s1"}


def test_replace_rejects_a_bad_graph_name(store: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match="invalid graph name"):
        store.replace_graph("http://x/> } ; DROP ALL ; #", Graph())
    assert store.stats()["named_graphs"] == 2


def test_stats(store: EmbeddedStore) -> None:
    stats = store.stats()
    assert stats["named_graphs"] == 2
    assert stats["documents"] == 2
    assert stats["entities"] == {"Person": 3, "Organization": 2, "Country": 6, "Place": 4, "Treaty": 1}
    assert stats["events"] == {"Visit": 1, "Meeting": 2, "Agreement": 1, "Accusation": 1, "Denial": 1,
                               "Statement": 3, "Sanction": 2}
    assert stats["relations"] == {"leaderOf": 2, "officialOf": 1, "party": 2}
    assert stats["triples"] < stats["quads"]  # entity descriptions shared by both graphs


# --------------------------------------------------------------------------- bulk loading


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_bulk_load_keeps_named_graphs(tmp_path: Path, store: EmbeddedStore, suffix: str) -> None:
    path = rdf.write(rdf.to_dataset(factories.both()), tmp_path / f"kg{suffix}")
    with EmbeddedStore(tmp_path / "loaded") as loaded:
        count = loaded.load_file(path)
        assert count == store.stats()["quads"]
        assert graph_sizes(loaded) == graph_sizes(store)
        assert loaded.stats() == store.stats()
        loaded.load_file(path)  # loading the same file again changes nothing
        assert loaded.stats() == store.stats()


def test_bulk_load_replaces_graphs_of_a_rebuilt_file(tmp_path: Path) -> None:
    path = rdf.write(rdf.to_dataset(factories.both()), tmp_path / "kg.trig")
    extraction = factories.english()
    smaller = type(extraction)(extraction.document, extraction.entities)
    rebuilt = rdf.write(rdf.to_dataset([factories.indonesian(), smaller]), tmp_path / "kg2.trig")
    with EmbeddedStore(tmp_path / "loaded") as loaded:
        loaded.load_file(path)
        loaded.load_file(rebuilt)
        assert loaded.stats()["events"]["Accusation"] == 0


def test_turtle_goes_into_a_named_graph_of_its_own_and_the_shipped_queries_read_it(tmp_path: Path) -> None:
    """A file of triples (the merged export of `kg export --format turtle`) is loaded into one named graph named
    after the file: the shipped queries, which read named graphs, answer from it; loading it again replaces it."""
    path = rdf.write(rdf.to_dataset(factories.both()), tmp_path / "kg.ttl")
    with EmbeddedStore(tmp_path / "loaded") as loaded:
        loaded.load_file(path)
        stats = loaded.stats()
        assert stats["named_graphs"] == 1
        assert stats["quads"] == stats["triples"] > 0
        assert stats["documents"] == 2
        graph = loaded.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        assert graph == [(loaded_graph(path),)] and str(graph[0][0]).endswith("/graph/loaded/kg.ttl")
        # Turtle merges the documents' graphs: an entity both documents name carries both names (each
        # document's skos:prefLabel), so a fact may be listed once per name; TriG and N-Quads keep the graphs
        leaders = {(r["leader"], r["leads"], r["document"]) for r in run_query(loaded, "leaders").records()}
        assert {(leader, leads) for leader, leads, _ in leaders} == {
            ("Fumio Kishida", "Japan"), ("Joko Widodo", "Indonesia")}
        assert {document for _, _, document in leaders} == {factories.EN_DOC_ID, factories.ID_DOC_ID}
        assert {r["document"] for r in run_query(loaded, "visits").records()} == {factories.ID_DOC_ID}
        loaded.load_file(path)
        assert loaded.stats() == stats


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [("kg.xml", "<x/>", "unknown RDF file suffix"), ("absent.trig", None, "no such file"),
     ("broken.trig", "<http://a> <http://b> { nope", "cannot parse")],
)
def test_load_file_errors(store: EmbeddedStore, tmp_path: Path, name: str, content: str | None,
                          match: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=match):
        store.load_file(path)
    assert store.stats()["named_graphs"] == 2


# --------------------------------------------------------------------------- opening and locking


def test_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store"), pytest.raises(StoreError, match="locked"):
        EmbeddedStore(tmp_path / "store")
    with EmbeddedStore(tmp_path / "store") as again:  # the lock went with close()
        assert again.stats()["quads"] == 0


_HOLD = """
import sys, time
from kg.store import EmbeddedStore
store = EmbeddedStore(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
store.close()
"""


def test_second_writer_in_another_process_is_refused(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(tmp_path / "store")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked") as info:
            EmbeddedStore(tmp_path / "store")
        assert "one writer" in str(info.value)
    finally:
        holder.communicate("done\n", timeout=30)
    assert holder.returncode == 0


def test_a_store_path_that_is_a_file_or_another_folder_gets_a_hint_that_fits(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "kg.ttl"
    not_a_dir.write_text("x", encoding="utf-8")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="is a file, not a store directory") as info:
            EmbeddedStore(not_a_dir, read_only=read_only)
        assert "kg load" in info.value.hint and "one writer" not in str(info.value)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("text", encoding="utf-8")
    with pytest.raises(StoreError, match="not a store"):
        EmbeddedStore(folder, read_only=True)
    with pytest.raises(StoreError, match="folder of other files"):
        EmbeddedStore(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]  # nothing written among the user's files


def test_read_only_store(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as writer:
        fill(writer)
    with EmbeddedStore(tmp_path / "store", read_only=True) as reader:
        assert reader.stats()["documents"] == 2
        with pytest.raises(StoreError, match="read-only"):
            reader.replace_graph(rdf.graph_iri("x"), Graph())


def test_open_store(tmp_path: Path) -> None:
    remote = open_store("http://localhost:7878/query")
    assert isinstance(remote, SparqlStore) and isinstance(remote, Store)
    with open_store(tmp_path / "store") as opened:
        assert isinstance(opened, EmbeddedStore)
        assert isinstance(opened, Store)
    with open_store(str(tmp_path / "store")) as opened:
        assert isinstance(opened, EmbeddedStore)


def test_closed_store_says_so(tmp_path: Path) -> None:
    opened = EmbeddedStore(tmp_path / "store")
    opened.close()
    opened.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        opened.query("ASK { ?s ?p ?o }")


# --------------------------------------------------------------------------- query results


def test_select_values_are_python_values(store: EmbeddedStore) -> None:
    result = store.query(f"""
        SELECT ?start ?confidence ?rule ?unbound ?iri ?flag WHERE {{
            GRAPH ?g {{ ?iri a <{KG.Evidence}> ; <{KG.startOffset}> ?start ; <{KG.confidence}> ?confidence ;
                        <{KG.rule}> ?rule . }}
            FILTER (?rule = "visit-verb")
            BIND (true AS ?flag)
        }}""")
    assert isinstance(result, QueryResult)
    assert result.variables == ("start", "confidence", "rule", "unbound", "iri", "flag")
    [(start, confidence, rule, unbound, iri, flag)] = result.rows
    assert start == 0 and isinstance(start, int)
    assert confidence == pytest.approx(0.9) and isinstance(confidence, float)
    assert (rule, unbound, flag) == ("visit-verb", None, True)
    assert isinstance(iri, str) and iri.startswith("https://w3id.org/newskg/id/evidence/")
    assert result.records()[0]["rule"] == "visit-verb"
    assert result.column("rule") == ["visit-verb"]


def test_ask_and_construct(store: EmbeddedStore) -> None:
    assert store.query("ASK { GRAPH ?g { ?s ?p ?o } }") == QueryResult(("boolean",), [(True,)])
    triples = store.query(f"CONSTRUCT {{ ?s a <{KG.Visit}> }} WHERE {{ GRAPH ?g {{ ?s a <{KG.Visit}> }} }}")
    assert triples.variables == ("subject", "predicate", "object")
    assert len(triples) == 1


def test_invalid_sparql_is_a_query_error(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        store.query("SELECT WHERE {")


def _graph_of(number: int, triples: int) -> str:
    return "\n".join(f"<https://example.org/d{number}/s{i}> <https://example.org/p> \"value {i}\" ." for i in
                     range(triples))


def test_a_long_build_writes_to_the_store_files_as_it_goes(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Oxigraph holds written quads in memory until a flush: a writer flushes every FLUSH_EVERY_QUADS quads, so
    memory does not grow with the build (docs/benchmarks.md: 0.9 KB per quad before)."""
    import kg.store.embedded as embedded

    monkeypatch.setattr(embedded, "FLUSH_EVERY_QUADS", 500)
    folder = tmp_path / "kept"
    with EmbeddedStore(folder) as kept:
        for number in range(2):  # 400 quads: held in memory
            kept.replace_graph(f"https://example.org/doc/{number}", _graph_of(number, 200))
        tables = set(folder.glob("*.sst"))
        kept.replace_graph("https://example.org/doc/2", _graph_of(2, 200))  # 600: flushed
        assert set(folder.glob("*.sst")) - tables, "the store was not flushed while writing"
        assert len(kept.read_graph("https://example.org/doc/2")) == 200


def test_a_flush_gives_freed_memory_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What RocksDB frees at a flush (its in-memory tables, compaction buffers) goes back to the system after every
    flush, not kept by malloc (docs/benchmarks.md: resident memory crept up with each flush before)."""
    import kg.store.embedded as embedded

    trims: list[bool] = []
    real = embedded.release_free_memory
    monkeypatch.setattr(embedded, "release_free_memory", lambda: trims.append(real()) or trims[-1])
    monkeypatch.setattr(embedded, "FLUSH_EVERY_QUADS", 500)
    with EmbeddedStore(tmp_path / "kept") as kept:
        for number in range(2):  # 400 quads: no flush yet
            kept.replace_graph(f"https://example.org/doc/{number}", _graph_of(number, 200))
        assert trims == []
        kept.replace_graph("https://example.org/doc/2", _graph_of(2, 200))  # 600: flushed
        assert len(trims) == 1
    assert len(trims) == 2  # closing flushes too
    if sys.platform == "linux" and embedded._malloc_trim() is not None:  # glibc
        garbage = [bytes(4_000 + i % 1_000) for i in range(20_000)]  # ~45 MB freed in holes, not at the top
        del garbage[::2]
        assert embedded.release_free_memory(), "glibc gave no free pages back"


def _document(number: int, quads: int, content: int | None = None) -> tuple[str, bytes]:
    """A document's graph IRI and N-Quads lines, as a build hands them to the store."""
    iri = f"https://example.org/doc/{number}"
    triples = _graph_of(number if content is None else content, quads)
    return iri, triples.replace(" .", f" <{iri}> .").encode() + b"\n"


def _write_a_build(folder: Path) -> None:
    """Six documents of 100 quads in batches of two; then one of them re-built (a replace in one transaction)."""
    with EmbeddedStore(folder) as store:
        for first in range(0, 6, 2):
            store.replace_graphs([_document(first, 100), _document(first + 1, 100)])
        store.replace_graphs([_document(1, 40, content=7)])


_ARENAS_OF_A_WRITER = """
import ctypes, os, re, sys, tempfile
from kg.store import EmbeddedStore
libc = ctypes.CDLL(None)
libc.fdopen.restype = ctypes.c_void_p
with tempfile.TemporaryDirectory() as folder:
    with EmbeddedStore(os.path.join(folder, "store")) as store:
        for batch in range(6):  # bulk loads (the loader's threads) and compactions (RocksDB's threads)
            store.replace_graphs([(f"https://example.org/doc/{batch}-{n}", "".join(
                f'<https://example.org/d{batch}-{n}/s{i}> <https://example.org/p> "v {i}" '
                f'<https://example.org/doc/{batch}-{n}> .\\n' for i in range(2_000)).encode()) for n in range(5)])
        report = os.path.join(folder, "malloc.xml")
        stream = ctypes.c_void_p(libc.fdopen(os.open(report, os.O_WRONLY | os.O_CREAT), b"w"))
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        print(len(re.findall(r'<heap nr="[0-9]+">', open(report).read())))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's malloc arenas")
def test_a_writers_threads_share_one_malloc_arena(tmp_path: Path) -> None:
    """Each thread RocksDB and the bulk loader start had a malloc arena of its own, each keeping fragments that no
    trim gives back, and the writer's memory crept up with the store (docs/benchmarks.md, "Flat memory with the
    embedded store"): a writer limits them to WRITER_MALLOC_ARENAS, and a limit the user chose is kept."""
    import kg.store.embedded as embedded

    def arenas(**environment: str) -> int:
        run = subprocess.run([sys.executable, "-c", _ARENAS_OF_A_WRITER], capture_output=True, text=True,
                             check=True, env={"PATH": "/usr/bin:/bin", **environment}, timeout=120)
        return int(run.stdout)

    assert arenas() <= embedded.WRITER_MALLOC_ARENAS == 1
    if (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1) > 1:
        assert arenas(MALLOC_ARENA_MAX="8") > 1, "the user's MALLOC_ARENA_MAX was overridden"


def test_a_long_build_reopens_the_store_and_it_answers_the_same(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """RocksDB keeps state for every table file a writer makes (docs/benchmarks.md: the driver grew with the store):
    a writer closes and reopens its store every REOPEN_EVERY_QUADS quads, holding the directory lock throughout, and
    the store it leaves is the one written without reopening."""
    import kg.store.embedded as embedded

    _write_a_build(tmp_path / "once")  # 640 quads: never reopened at the default
    opened: list[Path] = []
    real_open = embedded._open
    monkeypatch.setattr(embedded, "_open", lambda path, read_only: opened.append(path) or real_open(path, read_only))
    monkeypatch.setattr(embedded, "REOPEN_EVERY_QUADS", 250)
    with EmbeddedStore(tmp_path / "reopened") as store:
        store.replace_graphs([_document(n, 100) for n in range(3)])
        assert len(opened) == 2, "not reopened after 300 quads"
        with pytest.raises(StoreError, match="locked"):  # the directory stayed locked through the reopen
            EmbeddedStore(tmp_path / "reopened")
        assert store.stats()["quads"] == 300
    opened.clear()
    _write_a_build(tmp_path / "reopened2")
    assert len(opened) == 2  # opened, and reopened after 400 quads (the 240 after that stay below 250)
    once, reopened = EmbeddedStore(tmp_path / "once", read_only=True), EmbeddedStore(tmp_path / "reopened2",
                                                                                  read_only=True)
    with once, reopened:
        assert reopened.stats() == once.stats()
        assert graph_sizes(reopened) == graph_sizes(once) == {
            **{f"https://example.org/doc/{n}": 100 for n in (0, 2, 3, 4, 5)}, "https://example.org/doc/1": 40}
        export = tmp_path / "reopened.nq"
        reopened.export(export)
        once.export(tmp_path / "once.nq")
        assert sorted(export.read_text().splitlines()) == sorted((tmp_path / "once.nq").read_text().splitlines())


def test_a_forked_worker_does_not_keep_the_store_locked(tmp_path: Path) -> None:
    """``kg build --workers N`` forks its workers while the store is open: when the driver is killed, a worker
    still alive must not hold the store's lock against the next command (the kernel drops the driver's own)."""
    import os
    import signal

    driver = """
import multiprocessing, os, sys, time
from kg.store import EmbeddedStore

def sleeper(started):
    started.set()  # the fork hooks have run before the target: the inherited lock is let go by now
    time.sleep(60)

store = EmbeddedStore(sys.argv[1])
context = multiprocessing.get_context("fork")
started = context.Event()
worker = context.Process(target=sleeper, args=(started,))
worker.start()
started.wait(60)  # a loaded machine may not have scheduled the child yet (seen in a fresh-clone run)
print(worker.pid, flush=True)
os.kill(os.getpid(), 9)  # killed with the store open, as kill -9 does to a build
"""
    with subprocess.Popen([sys.executable, "-c", driver, str(tmp_path / "store")], stdout=subprocess.PIPE,
                          text=True) as proc:
        worker = int(proc.stdout.readline())  # type: ignore[union-attr]
        assert proc.wait(timeout=120) == -signal.SIGKILL
    try:
        os.kill(worker, 0)  # the orphaned worker is still alive …
        with EmbeddedStore(tmp_path / "store") as again:  # … and the store is free
            assert again.stats()["named_graphs"] == 0
    finally:
        os.kill(worker, signal.SIGKILL)
