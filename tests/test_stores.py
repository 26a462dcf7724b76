"""One test module, every store: embedded Oxigraph, `oxigraph serve` over HTTP, Virtuoso 7 over HTTP.

The servers are started by the fixtures on 127.0.0.1 and stopped at the end; a server
that cannot be installed or started skips its tests with the reason. Every shipped
query must give the same rows in every store, a rebuild must leave each store
unchanged, and one visit reported by two documents must be one node with two evidences.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from support.signals import ctrl_c_default
from support.virtuoso import VirtuosoServer, free_port

from kg import rdf
from kg.errors import StoreError
from kg.model import EventKind, Extraction
from kg.processing import nquads
from kg.queries import ALL_ROWS, list_queries, run_query
from kg.store import EmbeddedStore, OxigraphServer, SparqlStore, Store, open_store, oxigraph_binary
from kg.vocab import KG

KG_BIN = Path(sys.executable).parent / "kg"
SECRET = "s3cr3t-Pa55"  # a password that must never show up in any message


def copy_of(extraction: Extraction, doc_id: str) -> Extraction:
    """The same article under another id: another source reporting the same facts."""
    doc = dataclasses.replace(extraction.document, id=doc_id)

    def moved(fact):
        return dataclasses.replace(fact, evidence=dataclasses.replace(fact.evidence, document_id=doc_id))

    return dataclasses.replace(extraction, document=doc, relations=tuple(map(moved, extraction.relations)),
                               events=tuple(map(moved, extraction.events)))


def corpus() -> list[Extraction]:
    return [*factories.both(), copy_of(factories.indonesian(), "id-jokowi-tokyo-copy")]


# --------------------------------------------------------------------------- servers


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph CLI is not installed (pip install oxigraph; it is in the [test] extra)")
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "store", port=free_port(), writable=True)
    with server:
        yield server


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    try:
        server.start()
    except StoreError as exc:
        pytest.skip(f"Virtuoso unavailable: {exc}")
    try:
        yield server
    finally:
        server.stop()


def clear(store: Store) -> None:
    """Drop every newskg graph of a shared server, so each test starts from an empty store."""
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    for (graph,) in rows:
        if str(graph).startswith(SparqlStore.GRAPH_SCOPE):
            store.remove_graph(str(graph))


@pytest.fixture(params=["embedded", "oxigraph", "virtuoso"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "store") as opened:
            yield opened
        return
    if request.param == "oxigraph":
        server = request.getfixturevalue("oxigraph_server")
        opened = SparqlStore(f"{server.url}/query", timeout=30)
    else:
        server = request.getfixturevalue("virtuoso_server")
        opened = SparqlStore(f"http://127.0.0.1:{server.http}/sparql", user="dba", password="dba", timeout=60)
    clear(opened)
    with opened:
        yield opened


def fill(store: Store, extractions: list[Extraction] | None = None) -> None:
    for extraction in extractions or corpus():
        store.replace_graph(*rdf.to_graph(extraction))


def all_answers(store: Store) -> dict[str, list[tuple[object, ...]]]:
    answers = {}
    for info in list_queries():
        params = {name: "Joko Widodo" for name in info.params}
        answers[info.name] = run_query(store, info.name, params, page=ALL_ROWS).rows
    return answers


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[object, ...]]]:
    with EmbeddedStore(tmp_path_factory.mktemp("reference") / "store") as embedded:
        fill(embedded)
        return all_answers(embedded)


# --------------------------------------------------------------------------- the same answers everywhere


def test_every_shipped_query_gives_the_same_rows(store: Store, reference: dict) -> None:
    fill(store)
    answers = all_answers(store)
    assert set(answers) == set(reference)
    for name, rows in reference.items():
        assert rows, f"{name} returns nothing on the reference store: the comparison would prove nothing"
        assert answers[name] == rows, name


def test_a_second_build_leaves_the_store_unchanged(store: Store) -> None:
    fill(store)
    before = store.stats()
    fill(store)
    assert store.stats() == before
    assert before["documents"] == 3 and before["named_graphs"] == 3


def test_a_builds_batches_give_the_same_rows_and_a_rebuilt_batch_changes_nothing(store: Store,
                                                                                  reference: dict) -> None:
    batch = [(str(iri), nquads(str(iri), graph)) for iri, graph in map(rdf.to_graph, corpus())]
    store.replace_graphs(batch)
    before = store.stats()
    assert all_answers(store) == reference
    store.replace_graphs(batch)
    assert store.stats() == before and before["named_graphs"] == 3


def test_read_graph_gives_back_every_term_as_stored(store: Store) -> None:
    decimal = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    for extraction in corpus():
        name, graph = rdf.to_graph(extraction)
        store.replace_graph(name, graph)
        back = store.read_graph(name)
        assert back.identifier == name
        assert isomorphic(back, graph), extraction.document.id
        literals = [o for o in back.objects() if isinstance(o, Literal)]
        assert any(o.language for o in literals) and any(o.datatype == decimal for o in literals)
        assert any(o.language is None and o.datatype is None for o in literals)  # plain strings stay plain
    assert len(store.read_graph(rdf.graph_iri("never-stored"))) == 0
    with pytest.raises(StoreError, match="invalid graph name"):
        store.read_graph("not an IRI")


DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def dev_extractions() -> list[Extraction]:
    """The shared dev articles through the real pipeline (skips when ../shared/eval is absent)."""
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev is absent")
    from kg.extract import extract
    from kg.ingest import read_inputs
    from kg.model import Document

    return [extract(doc) for doc in read_inputs(sorted(DEV.glob("*.txt"))) if isinstance(doc, Document)]


@pytest.fixture(scope="module")
def dev_reference(dev_extractions: list[Extraction], tmp_path_factory: pytest.TempPathFactory) -> dict:
    with EmbeddedStore(tmp_path_factory.mktemp("dev-reference") / "store") as embedded:
        fill(embedded, dev_extractions)
        return all_answers(embedded)


def test_dev_articles_answer_alike_in_every_store_and_a_rebuild_changes_nothing(
        store: Store, dev_extractions: list[Extraction], dev_reference: dict) -> None:
    fill(store, dev_extractions)
    before = store.stats()
    assert before["documents"] == len(dev_extractions)
    answers = all_answers(store)
    for name, rows in dev_reference.items():
        assert answers[name] == rows, name
    assert any(dev_reference.values())
    fill(store, dev_extractions)
    assert store.stats() == before


def test_one_visit_from_two_documents_is_one_node_with_two_evidences(store: Store) -> None:
    fill(store)
    rows = store.query(f"""
        SELECT ?visit ?evidence ?g WHERE {{
          GRAPH ?g {{ ?visit a <{KG.Visit}> ; <{KG.evidence}> ?evidence . }}
        }} ORDER BY ?g""").rows
    assert len({visit for visit, _, _ in rows}) == 1
    assert len({evidence for _, evidence, _ in rows}) == 2
    assert {str(g) for _, _, g in rows} == {str(rdf.graph_iri(factories.ID_DOC_ID)),
                                            str(rdf.graph_iri("id-jokowi-tokyo-copy"))}
    assert store.stats()["events"]["Visit"] == 1
    sources = {row[0]: row for row in run_query(store, "sources").rows if row[0] == "Visit"}
    assert sources["Visit"][-1] == 2  # two documents report it


def dated_copy(doc_id: str, when: str | None) -> Extraction:
    """The Indonesian article under another id, its visit dated ``when`` (a day, a month or none)."""
    copy = copy_of(factories.indonesian(), doc_id)
    return dataclasses.replace(copy, events=tuple(
        dataclasses.replace(e, date=when) if e.kind is EventKind.VISIT else e for e in copy.events))


def test_compatible_dates_of_one_visit_on_every_store(store: Store) -> None:
    """A day, its month and another day of it: one kg:Visit; each document's date in its own graph."""
    fill(store, [dated_copy("day", "2024-05-13"), dated_copy("month", "2024-05"),
                 dated_copy("later-day", "2024-05-20"), dated_copy("undated", None)])
    visits = [(r[3], r[4]) for r in run_query(store, "visits").rows if r[1] == "Japan"]
    assert visits == [(None, "undated"), ("2024-05", "month"), ("2024-05-13", "day"), ("2024-05-20", "later-day")]
    sources = sorted((row[3] or "", row[4]) for row in run_query(store, "sources").rows if row[0] == "Visit")
    assert sources == [("", 1), ("2024-05/2024-05-20", 3)]
    assert store.stats()["events"]["Visit"] == 2


def test_reloading_a_document_removes_what_it_alone_contributed(store: Store) -> None:
    fill(store)
    original = factories.english()
    without_accusation = dataclasses.replace(
        original, events=tuple(e for e in original.events if e.kind is not EventKind.ACCUSATION))
    store.replace_graph(*rdf.to_graph(without_accusation))
    stats = store.stats()
    assert stats["events"]["Accusation"] == 0
    assert stats["entities"]["Person"] == 3  # shared entities stay: other graphs still describe them
    store.replace_graph(*rdf.to_graph(original))
    assert store.stats()["events"]["Accusation"] == 1


def test_export_and_reload_round_trip(store: Store, tmp_path: Path) -> None:
    fill(store)
    path = tmp_path / "dump.nq"
    store.export(path, "nquads")
    with EmbeddedStore(tmp_path / "copy") as copy:
        copy.load_file(path)
        assert copy.stats() == store.stats()


# --------------------------------------------------------------------------- failures and credentials


def test_a_store_that_is_down_is_one_clear_error_without_the_password() -> None:
    port = free_port()  # nothing listens here
    down = SparqlStore(f"http://127.0.0.1:{port}/query", user="alice", password=SECRET, timeout=2, retries=1,
                       backoff=0.05)
    graph_name, graph = rdf.to_graph(factories.indonesian())
    with pytest.raises(StoreError, match="cannot reach SPARQL store") as info:
        down.replace_graph(graph_name, graph)
    assert SECRET not in str(info.value)
    assert "tried 2 times" in str(info.value)


def test_wrong_password_is_refused_without_showing_it(virtuoso_server: VirtuosoServer) -> None:
    remote = open_store(f"http://dba:{SECRET}@127.0.0.1:{virtuoso_server.http}/sparql")  # credentials in the URL
    assert isinstance(remote, SparqlStore) and remote.user == "dba"
    with pytest.raises(StoreError, match="refused the update") as info:
        remote.replace_graph(*rdf.to_graph(factories.indonesian()))
    assert SECRET not in str(info.value) and SECRET not in repr(remote)


def test_cli_build_to_a_down_store_stops_before_extracting_and_exits_2(tmp_path: Path) -> None:
    """A store that does not answer at the start stops the build before any work (a store dying mid-run is
    tests/test_faults.py: there --out is still written)."""
    text = tmp_path / "a.txt"
    text.write_text("French President Emmanuel Macron arrived in Berlin on Monday.\n", encoding="utf-8")
    env = {**os.environ, "NEWSKG_STORE_USER": "alice", "NEWSKG_STORE_PASSWORD": SECRET}
    result = subprocess.run(
        [str(KG_BIN), "build", str(text), "--store", f"http://127.0.0.1:{free_port()}/query", "--out",
         str(tmp_path / "a.trig"), "-q", "--timeout", "2"],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2, result.stderr
    assert not (tmp_path / "a.trig").exists() and "documents ·" not in result.stderr
    assert "[E050] cannot reach SPARQL store" in result.stderr and "Traceback" not in result.stderr
    assert SECRET not in result.stderr + result.stdout


# --------------------------------------------------------------------------- kg serve


def test_kg_serve_answers_and_refuses_a_second_process(tmp_path: Path) -> None:
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph CLI is not installed")
    with EmbeddedStore(tmp_path / "store") as embedded:
        fill(embedded)
        expected = embedded.stats()
    port = free_port()
    server = subprocess.Popen([str(KG_BIN), "serve", "--store", str(tmp_path / "store"), "--port", str(port),
                               "--writable"], stderr=subprocess.PIPE, text=True, preexec_fn=ctrl_c_default)
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line, line
        assert SparqlStore(f"http://127.0.0.1:{port}/query").stats() == expected
        with pytest.raises(StoreError, match=r"one process per directory|locked"):
            OxigraphServer(tmp_path / "store", port=free_port(), writable=True).start()
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def graph_names(store: Store) -> set[URIRef]:
    return {URIRef(str(g)) for (g,) in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
