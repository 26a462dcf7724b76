"""Online linking (kg.link, `kg link`) against a real local SPARQL server.

A module-scoped ``oxigraph serve`` on 127.0.0.1 holds ``tests/data/wikidata-fixture.ttl``;
every test reaches it through :class:`FaultProxy`, a small HTTP proxy (also on 127.0.0.1)
that counts requests and injects faults: slow answers, 429 with Retry-After, 500s. A closed
port stands in for a down endpoint. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import link
from kg.cli import main
from kg.model import Document, Entity, EntityType, Event, EventKind, Evidence, Extraction, Relation, RelationKind
from kg.rdf import entity_iri, graph_iri, to_graph
from kg.sparql import string_literal
from kg.store import EmbeddedStore, OxigraphServer, SparqlStore, Store
from kg.validate import validate
from kg.vocab import ENTITY, WD

FIXTURE = Path(__file__).parent / "data" / "wikidata-fixture.ttl"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
HOSTILE = 'Evil" } ; DROP ALL ; #>\n'

pytestmark = pytest.mark.skipif(not OXIGRAPH.exists() and shutil.which("oxigraph") is None,
                                reason="the oxigraph CLI is not installed")


# --------------------------------------------------------------------------- servers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def wikidata_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``oxigraph serve`` loaded with the fixture; yields its query URL, stops it at the end."""
    binary = str(OXIGRAPH) if OXIGRAPH.exists() else str(shutil.which("oxigraph"))
    location = tmp_path_factory.mktemp("wikidata") / "db"
    subprocess.run([binary, "load", "--location", str(location), "--file", str(FIXTURE)],
                   check=True, capture_output=True, timeout=60)
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                _count_triples(url)
                break
            except (OSError, urllib.error.URLError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("oxigraph serve did not start within 20 s") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _count_triples(url: str) -> int:
    request = urllib.request.Request(url, data=b"query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fs%20%3Fp%20%3Fo%7D",
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=5) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


class FaultProxy:
    """An HTTP proxy on 127.0.0.1 in front of the SPARQL server that counts requests and plays a script.

    ``script`` is consumed one action per request; when it is empty, ``default`` applies. Actions:
    ``"ok"`` forwards, ``("slow", s)`` sleeps ``s`` seconds then forwards, ``("status", code, headers)``
    answers ``code`` without forwarding.
    """

    def __init__(self, upstream: str, script: list | None = None, default: object = "ok") -> None:
        self.upstream = upstream
        self.script = list(script or [])
        self.default = default
        self.requests = 0
        self.queries: list[str] = []
        self.agents: list[str] = []
        self.statuses: list[int] = []
        self.times: list[float] = []
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with proxy.lock:
                    proxy.requests += 1
                    proxy.times.append(time.monotonic())
                    proxy.queries.append(parse_qs(body.decode()).get("query", [""])[0])
                    proxy.agents.append(self.headers.get("User-Agent", ""))
                    action = proxy.script.pop(0) if proxy.script else proxy.default
                try:
                    if isinstance(action, tuple) and action[0] == "status":
                        self._answer(action[1], dict(action[2]), b"injected fault\n")
                        return
                    if isinstance(action, tuple) and action[0] == "slow":
                        time.sleep(action[1])
                    self._forward(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
                    pass

            def _forward(self, body: bytes) -> None:
                request = urllib.request.Request(proxy.upstream, data=body, headers={
                    "Content-Type": self.headers.get("Content-Type", "application/x-www-form-urlencoded"),
                    "Accept": self.headers.get("Accept", "application/sparql-results+json"),
                })
                opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                try:
                    with opener.open(request, timeout=10) as response:
                        self._answer(response.status, {"Content-Type": response.headers["Content-Type"]},
                                     response.read())
                except urllib.error.HTTPError as exc:
                    self._answer(exc.code, {"Content-Type": "text/plain"}, exc.read())

            def _answer(self, code: int, headers: dict[str, str], payload: bytes) -> None:
                with proxy.lock:
                    proxy.statuses.append(code)
                self.send_response(code)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/query"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


# --------------------------------------------------------------------------- the store


def _extraction(doc_id: str, lang: str, sentence: str, entities: tuple[Entity, ...],
                relations: tuple[Relation, ...] = (), events: tuple[Event, ...] = ()) -> Extraction:
    doc = Document(id=doc_id, text=sentence + "\n", lang=lang, source="tests/test_online_link.py")
    return Extraction(doc, entities, relations, events, ((0, len(sentence)),))


def _ev(doc_id: str, sentence: str, rule: str) -> Evidence:
    return Evidence(doc_id, sentence, 0, len(sentence), rule, 0.9)


S_A = ("George Washington met Angela Merkel in Washington and spoke of Georgia, the United States and "
       "the United Nations.")
S_B = ("Kongo dan Georgia dibahas di Kinshasa; Amerika Serikat, Perserikatan Bangsa-Bangsa "
       "dan Persetujuan Paris disebut.")
S_C = "Georgia, also called Sakartvelo, accused Congo; the Helsinki Accord and Washington were named."


def doc_a() -> Extraction:
    entities = (
        Entity("gw", EntityType.PERSON, "George Washington", "en", aliases=("Washington",)),
        Entity("merkel", EntityType.PERSON, "Angela Merkel", "en"),
        Entity("dc", EntityType.PLACE, "Washington", "en"),
        Entity("georgia", EntityType.COUNTRY, "Georgia", "en"),
        Entity("us", EntityType.COUNTRY, "United States", "en", qid="Q30"),
        Entity("un", EntityType.ORGANIZATION, "United Nations", "en", aliases=("UN",)),
    )
    return _extraction("a-washington", "en", S_A, entities,
                       (Relation(RelationKind.LEADER_OF, "gw", "us", _ev("a-washington", S_A, "title")),),
                       (Event(EventKind.MEETING, ("gw", "merkel"), (), _ev("a-washington", S_A, "meet"),
                              location="dc"),))


def doc_b() -> Extraction:
    entities = (
        Entity("kongo", EntityType.COUNTRY, "Kongo", "id"),
        Entity("georgia", EntityType.PLACE, "Georgia", "id"),
        Entity("kinshasa", EntityType.PLACE, "Kinshasa", "id", qid="Q3838"),
        Entity("us", EntityType.COUNTRY, "Amerika Serikat", "id", qid="Q30"),
        Entity("pbb", EntityType.ORGANIZATION, "Perserikatan Bangsa-Bangsa", "id", aliases=("PBB",)),
        Entity("paris", EntityType.TREATY, "Persetujuan Paris", "id"),
    )
    return _extraction("b-kongo", "id", S_B, entities, (),
                       (Event(EventKind.MEETING, ("kongo", "us"), (), _ev("b-kongo", S_B, "meet"),
                              location="kinshasa"),))


def doc_c() -> Extraction:
    entities = (
        Entity("georgia", EntityType.COUNTRY, "Georgia", "en"),
        Entity("sakartvelo", EntityType.COUNTRY, "Sakartvelo", "en"),
        Entity("congo", EntityType.COUNTRY, "Congo", "en"),
        Entity("helsinki", EntityType.TREATY, "Helsinki Accord", "en"),
        Entity("washington", EntityType.PERSON, "Washington", "en"),
    )
    return _extraction("c-congo", "en", S_C, entities, (),
                       (Event(EventKind.ACCUSATION, ("georgia",), ("congo",), _ev("c-congo", S_C, "accuse")),
                        Event(EventKind.STATEMENT, ("sakartvelo",), (), _ev("c-congo", S_C, "say"))))


def _hostile_graph() -> tuple[URIRef, Graph]:
    extraction = _extraction("d-evil", "en", "Evil was named.",
                             (Entity("evil", EntityType.PLACE, 'Evil" } ; DROP ALL ; #>', "en"),))
    iri, graph = to_graph(extraction)
    node = entity_iri(extraction.entities[0])
    for text in (HOSTILE, "back\\slash \"quote\" }> \r\n{", "''' \"\"\" ; CLEAR ALL"):
        graph.add((node, SKOS.altLabel, Literal(text, lang="en")))
    return iri, graph


def _dump(store_dir: Path) -> list[tuple]:
    with EmbeddedStore(store_dir, read_only=True) as store:
        rows = store.query("SELECT ?g ?s ?p ?o (LANG(?o) AS ?l) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    return sorted(rows, key=repr)


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    """A closed store with the three documents (and the hostile one), built through kg.rdf."""
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        for extraction in (doc_a(), doc_b(), doc_c()):
            store.replace_graph(*to_graph(extraction))
        store.replace_graph(*_hostile_graph())
    return path


def _client(url: str, **kwargs: float) -> link.Client:
    options = {"timeout": 5.0, "retries": 2, "backoff": 0.05, **kwargs}
    return link.Client(url, **options)  # type: ignore[arg-type]


def _by_name(run: link.LinkRun) -> dict[tuple[str, str], link.Decision]:
    return {(d.entity.name, d.entity.type.value): d for d in run.decisions}


# --------------------------------------------------------------------------- query text


@pytest.mark.parametrize("text", [HOSTILE, 'a"b', "back\\slash", "line\nbreak\r\n", "} } >", "'''", '"""',
                                  "tab\there", "x\\", "#comment", "é ü 中文"])
def test_hostile_names_stay_literals(text: str) -> None:
    """The query parses and matches exactly the item labelled with ``text``: nothing leaks into the syntax."""
    graph = Graph()
    graph.parse(FIXTURE)
    item = WD["Q424242"]
    graph.add((item, RDFS.label, Literal(text, lang="en")))
    graph.add((item, URIRef("http://www.wikidata.org/prop/direct/P31"), WD["Q5"]))
    query = link.build_query([(text, "en"), ("Georgia", "en")])
    assert "\n" not in string_literal(text, "en")
    rows = list(graph.query(query))
    found = {(str(r.name), str(r.item)) for r in rows}
    assert (text, str(item)) in found
    assert {q for _, q in found} <= {str(item), str(WD["Q230"]), str(WD["Q1428"])}


def test_user_agent_names_tool_version_and_contact() -> None:
    agent = link.user_agent()
    assert agent.startswith("newskg/") and "mailto:" in agent and "SPARQLWrapper/" in agent


# --------------------------------------------------------------------------- linking


def test_link_ranks_merges_and_writes_back(wikidata_server: str, store_dir: Path, tmp_path: Path,
                                           request: pytest.FixtureRequest) -> None:
    cache = tmp_path / "cache"
    proxy = FaultProxy(wikidata_server).__enter__()
    request.addfinalizer(lambda: proxy.__exit__(None, None, None))
    with EmbeddedStore(store_dir) as store:
        run = link.link_store(store, endpoint=proxy.url, cache_dir=cache, client=_client(proxy.url))
    assert run.ok and run.failed_batches == 0
    assert proxy.requests == run.requests == run.batches > 0
    assert set(proxy.statuses) == {200}
    assert all(agent.startswith("newskg/") and "mailto:" in agent for agent in proxy.agents)
    decisions = _by_name(run)
    linked = {k: d.qid for k, d in decisions.items() if d.status == "linked"}
    assert linked == {
        ("George Washington", "Person"): "Q23",
        ("Angela Merkel", "Person"): "Q567",
        ("Georgia", "Country"): "Q230",  # the country, not the US state: type fit
        ("Sakartvelo", "Country"): "Q230",  # by an English alias
        ("Kongo", "Country"): "Q974",  # Kinshasa is linked in the same document: context
        ("Georgia", "Place"): "Q1428",  # a place in a document about the United States: the US state
        ("United Nations", "Organization"): "Q1065",
        ("Perserikatan Bangsa-Bangsa", "Organization"): "Q1065",  # by its Indonesian label
        ("Persetujuan Paris", "Treaty"): "Q21707860",
    }
    congo = decisions[("Congo", "Country")]  # two Congos, no context: abstain, with both candidates
    assert congo.status == "ambiguous" and congo.qid is None
    assert {s.candidate.qid for s in congo.candidates[:2]} == {"Q974", "Q971"}
    washington = decisions[("Washington", "Place")]  # the city and the state: close, abstain
    assert washington.status == "ambiguous" and {s.candidate.qid for s in washington.candidates} == {"Q61", "Q1223"}
    assert decisions[("Washington", "Person")].status == "ambiguous"  # one-word person name
    assert decisions[("Helsinki Accord", "Treaty")].status == "unlinked"  # a law, not a treaty
    assert decisions[('Evil" } ; DROP ALL ; #>', "Place")].status == "unlinked"

    with EmbeddedStore(store_dir, read_only=True) as store:
        # every merged node is gone, in every graph
        for old in ("country/georgia", "country/sakartvelo", "organization/united-nations",
                    "organization/perserikatan-bangsa-bangsa", "country/kongo", "place/georgia"):
            assert not store.query(f"ASK {{ GRAPH ?g {{ {{ <{ENTITY[old]}> ?p ?o }} UNION "
                                   f"{{ ?s ?p <{ENTITY[old]}> }} }} }}").rows[0][0], old
        georgia = ENTITY["Q230"]
        graphs = {r[0] for r in store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{georgia}> <{OWL.sameAs}> "
                                            f"<{WD['Q230']}> }} }}").rows}
        assert graphs == {str(graph_iri(d)) for d in ("a-washington", "c-congo")}
        provenance = store.query(f"SELECT DISTINCT ?v WHERE {{ <{georgia}> <{link.LINKED_BY}> ?v }}").rows
        assert provenance == [("wikidata-sparql",)]
        # in c-congo "Georgia" and "Sakartvelo" were two nodes: one node now, one rdfs:label per language,
        # the other name an alias, and both facts point to it
        c_graph = store.read_graph(str(graph_iri("c-congo")))
        assert sorted(str(x) for x in c_graph.objects(georgia, RDFS.label)) == ["Georgia"]
        assert sorted(str(x) for x in c_graph.objects(georgia, SKOS.altLabel)) == ["Sakartvelo"]
        assert len(list(c_graph.objects(georgia, OWL.sameAs))) == 1
        assert len(list(c_graph.subjects(None, georgia))) >= 3  # accusation agent, statement agent, mentions
        # the offline-linked Kinshasa and the freshly linked Kongo share the meeting in b-kongo
        b_graph = store.read_graph(str(graph_iri("b-kongo")))
        assert (None, None, ENTITY["Q974"]) in b_graph
        # every graph still conforms to the shapes
        for name in ("a-washington", "b-kongo", "c-congo", "d-evil"):
            report = validate(store.read_graph(str(graph_iri(name))))
            assert report.conforms, report.text

    # a second run (same endpoint URL: the cache key): every name is answered from the cache, nothing is sent
    sent = proxy.requests
    with EmbeddedStore(store_dir) as store:
        again = link.link_store(store, endpoint=proxy.url, cache_dir=cache, client=_client(proxy.url))
    assert proxy.requests == sent and again.requests == 0 and again.cache_hits > 0
    assert list(cache.rglob("*.json"))
    assert {d.status for d in again.decisions} <= {"ambiguous", "unlinked"}


def test_reloading_a_document_replaces_its_links(wikidata_server: str, store_dir: Path, tmp_path: Path) -> None:
    with FaultProxy(wikidata_server) as proxy, EmbeddedStore(store_dir) as store:
        link.link_store(store, endpoint=proxy.url, cache_dir=tmp_path / "cache", client=_client(proxy.url))
        iri, graph = to_graph(doc_c())
        store.replace_graph(iri, graph)
        rows = store.query(f"SELECT ?e WHERE {{ GRAPH <{iri}> {{ ?e <{link.LINKED_BY}> ?v }} }}").rows
        assert rows == []
        assert store.query(f"ASK {{ GRAPH <{iri}> {{ <{ENTITY['country/georgia']}> a ?t }} }}").rows[0][0]


def test_cli_link_report_and_cache(wikidata_server: str, store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["link", "--store", str(store_dir), "--cache", str(tmp_path / "cache"), "--report"]
    with FaultProxy(wikidata_server) as proxy:
        result = runner.invoke(main, [*args, "--endpoint", proxy.url, "--format", "json"])
        sent = proxy.requests
        table = runner.invoke(main, [*args, "--endpoint", proxy.url])
    assert result.exit_code == 0, result.output
    assert sent > 0
    report = json.loads(result.stdout)
    status = {(r["entity"], r["type"]): r for r in report}
    assert status[("Georgia", "Country")]["qid"] == "Q230"
    assert status[("Georgia", "Country")]["iri"] == str(ENTITY["Q230"])
    congo = status[("Congo", "Country")]
    assert congo["status"] == "ambiguous" and {c["qid"] for c in congo["candidates"]} == {"Q974", "Q971"}
    assert all("score" in c for c in congo["candidates"])
    assert table.exit_code == 0, table.output
    assert proxy.requests == sent  # the same endpoint, the same names: all from the cache
    assert "0 requests" in table.stderr
    assert "ambiguous" in table.stdout and "Q971" in table.stdout and "status" in table.stdout


# --------------------------------------------------------------------------- faults


def test_slow_endpoint_times_out_then_retry_succeeds(wikidata_server: str, store_dir: Path, tmp_path: Path) -> None:
    with FaultProxy(wikidata_server, script=[("slow", 1.5)]) as proxy, EmbeddedStore(store_dir) as store:
        client = _client(proxy.url, timeout=0.5)
        run = link.link_store(store, endpoint=proxy.url, cache_dir=tmp_path / "cache", client=client,
                                  batch_size=200)
    assert run.ok and proxy.requests == 2 and run.batches == 1
    assert run.count("linked") == 9


def test_slow_endpoint_gives_up_cleanly(wikidata_server: str, store_dir: Path, tmp_path: Path) -> None:
    before = _dump(store_dir)
    started = time.monotonic()
    with FaultProxy(wikidata_server, default=("slow", 1.0)) as proxy, EmbeddedStore(store_dir) as store:
        client = _client(proxy.url, timeout=0.3, retries=1)
        with pytest.raises(link.EndpointError, match="gave up after 2 attempt"):
            link.link_store(store, endpoint=proxy.url, cache_dir=tmp_path / "cache", client=client,
                                batch_size=200)
    assert proxy.requests == 2 and time.monotonic() - started < 10
    assert _dump(store_dir) == before
    assert not list((tmp_path / "cache").rglob("*.json"))


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(wikidata_server: str, store_dir: Path, tmp_path: Path, status: int) -> None:
    script = [("status", status, {"Retry-After": "1"})]
    with FaultProxy(wikidata_server, script=script) as proxy, EmbeddedStore(store_dir) as store:
        client = _client(proxy.url)
        run = link.link_store(store, endpoint=proxy.url, cache_dir=tmp_path / "cache", client=client,
                                  batch_size=200)
    assert run.ok and proxy.requests == 2 and proxy.statuses == [status, 200]
    assert proxy.times[1] - proxy.times[0] >= 1.0 and client.waited >= 1.0
    assert run.count("linked") == 9


def test_500_bounded_retries_then_clear_error(wikidata_server: str, store_dir: Path, tmp_path: Path) -> None:
    before = _dump(store_dir)
    failing = FaultProxy(wikidata_server, default=("status", 500, {}))
    error = pytest.raises(link.EndpointError, match=r"gave up after 3 attempt\(s\), last: HTTP 500")
    with failing as proxy, EmbeddedStore(store_dir) as store, error:
        link.link_store(store, endpoint=proxy.url, cache_dir=tmp_path / "cache",
                            client=_client(proxy.url, retries=2), batch_size=200)
    assert proxy.requests == 3
    assert _dump(store_dir) == before
    # the same through the CLI: one message, exit 2, no traceback
    with FaultProxy(wikidata_server, default=("status", 500, {})) as proxy:
        result = CliRunner().invoke(main, ["link", "--store", str(store_dir), "--endpoint", proxy.url,
                                           "--cache", str(tmp_path / "cache"), "--retries", "0",
                                           "--batch-size", "200"])
    assert result.exit_code == 2 and proxy.requests == 1
    assert "HTTP 500" in result.output and "E070" in result.output and "Traceback" not in result.output


def test_refused_connection_is_one_clear_error(store_dir: Path, tmp_path: Path) -> None:
    before = _dump(store_dir)
    url = f"http://127.0.0.1:{_free_port()}/query"  # nothing listens there
    result = CliRunner().invoke(main, ["link", "--store", str(store_dir), "--endpoint", url,
                                       "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 2
    assert "cannot reach" in result.output and "nothing was linked or written" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert _dump(store_dir) == before
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_some_batches_failing_is_partial(wikidata_server: str, store_dir: Path, tmp_path: Path) -> None:
    """First batch answered, then 500s: what was answered is written, the rest skipped, exit 1."""
    script = ["ok"]
    with FaultProxy(wikidata_server, script=script, default=("status", 500, {})) as proxy:
        result = CliRunner().invoke(main, ["link", "--store", str(store_dir), "--endpoint", proxy.url,
                                           "--cache", str(tmp_path / "cache"), "--retries", "0",
                                           "--batch-size", "4", "--report", "--format", "json"])
    assert result.exit_code == 1, result.output
    assert proxy.requests == 3  # one answered, two failed, the rest not sent (the endpoint keeps failing)
    report = json.loads(result.stdout)
    statuses = {r["status"] for r in report}
    assert "skipped" in statuses
    assert "partial" in result.stderr


def test_hostile_labels_query_parses_and_store_is_intact(wikidata_server: str, tmp_path: Path) -> None:
    path = tmp_path / "evil"
    with EmbeddedStore(path) as store:
        store.replace_graph(*_hostile_graph())
    before = _dump(path)
    triples = _count_triples(wikidata_server)
    with FaultProxy(wikidata_server) as proxy, EmbeddedStore(path) as store:
        run = link.link_store(store, endpoint=proxy.url, cache_dir=tmp_path / "cache", client=_client(proxy.url))
    assert run.ok and proxy.requests >= 1 and set(proxy.statuses) == {200}  # parsed: no 400
    assert any('"Evil\\" } ; DROP ALL ; #>"@en' in q for q in proxy.queries)  # the name went in escaped
    assert [d.status for d in run.decisions] == ["unlinked"]
    assert _dump(path) == before
    assert _count_triples(wikidata_server) == triples


# --------------------------------------------------------------------------- validation of the write-back


S_E = "Georgia, the region, and Sakartvelo were named by Angela Merkel."
S_F = "Kinshasa and Nobody Known were named."


def doc_e() -> Extraction:
    """A place already linked (offline) to Q230, and a country the endpoint will also find as Q230."""
    entities = (
        Entity("region", EntityType.PLACE, "Georgia", "en", qid="Q230"),
        Entity("sakartvelo", EntityType.COUNTRY, "Sakartvelo", "en"),
        Entity("merkel", EntityType.PERSON, "Angela Merkel", "en"),
    )
    return _extraction("e-merge", "en", S_E, entities, (),
                       (Event(EventKind.STATEMENT, ("merkel",), ("sakartvelo",), _ev("e-merge", S_E, "say")),))


def invalid_doc_f() -> tuple[URIRef, Graph]:
    """A graph the shapes reject (a name without a language tag), written past validation."""
    extraction = _extraction("f-broken", "en", S_F, (Entity("kinshasa", EntityType.PLACE, "Kinshasa", "en"),
                                                     Entity("nobody", EntityType.PERSON, "Nobody Known", "en")))
    iri, graph = to_graph(extraction)
    graph.add((entity_iri(extraction.entities[1]), RDFS.label, Literal("untagged name")))
    return iri, graph


@pytest.fixture(params=["embedded", "oxigraph serve"])
def writable_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Both store kinds: an embedded directory, and a writable `oxigraph serve` reached over SPARQL."""
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "store") as store:
            yield store
        return
    with OxigraphServer(tmp_path / "served", port=_free_port(), writable=True) as server, \
            SparqlStore(f"{server.url}/query", timeout=10) as store:
        yield store


def test_link_writes_only_graphs_that_conform(wikidata_server: str, writable_store: Store, tmp_path: Path) -> None:
    store = writable_store
    e_iri, e_graph = to_graph(doc_e())
    f_iri, f_graph = invalid_doc_f()
    assert validate(e_graph).conforms and not validate(f_graph).conforms
    store.replace_graph(e_iri, e_graph)
    store.replace_graph(f_iri, f_graph)
    with FaultProxy(wikidata_server) as proxy:
        run = link.link_store(store, endpoint=proxy.url, cache_dir=tmp_path / "cache", client=_client(proxy.url))
    decisions = _by_name(run)

    # Sakartvelo is Q230, but Q230 is a place in e-merge: one node with two base types does not conform,
    # so that link is withdrawn and the rest of the graph (Merkel's link) is written
    sakartvelo = decisions[("Sakartvelo", "Country")]
    assert sakartvelo.status == "conflict" and "exactly one base type" in sakartvelo.reason
    assert decisions[("Angela Merkel", "Person")].status == "linked"
    stored_e = store.read_graph(e_iri)
    assert validate(stored_e).conforms
    assert (ENTITY["Q567"], OWL.sameAs, WD["Q567"]) in stored_e
    assert (ENTITY["country/sakartvelo"], None, None) in stored_e
    assert (ENTITY["Q230"], OWL.sameAs, WD["Q230"]) in stored_e and len(set(stored_e.objects(ENTITY["Q230"],
                                                                                              RDF.type))) == 1

    # f-broken fails for a reason no link caused: nothing is written to it, its link is withdrawn too
    kinshasa = decisions[("Kinshasa", "Place")]
    assert kinshasa.status == "conflict" and "f-broken" in kinshasa.reason
    assert isomorphic(store.read_graph(f_iri), f_graph)

    assert {(r.graph, r.qids) for r in run.rejected} == {(str(e_iri), ("Q230",)), (str(f_iri), ("Q3838",))}
    assert all(r.violations for r in run.rejected)
    assert run.graphs_written == 1 and run.count("linked") == 1


def test_cli_link_names_the_graphs_it_did_not_write(wikidata_server: str, tmp_path: Path) -> None:
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        store.replace_graph(*invalid_doc_f())
    with FaultProxy(wikidata_server) as proxy:
        result = CliRunner().invoke(main, ["link", "--store", str(path), "--endpoint", proxy.url,
                                           "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert "not written" in result.stderr and str(graph_iri("f-broken")) in result.stderr
    assert "1 conflicts" in result.stderr and "0 graphs written" in result.stderr


def test_the_store_retries_a_busy_endpoint_through_the_shared_retry_loop(wikidata_server: str) -> None:
    with FaultProxy(wikidata_server, script=[("status", 503, {"Retry-After": "0"})]) as proxy:
        store = SparqlStore(proxy.url, retries=1, backoff=0.05)
        assert store.query("ASK { ?s ?p ?o }").rows == [(True,)]
    assert proxy.statuses == [503, 200]
