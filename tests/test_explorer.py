"""The explorer's server without a browser: pages, network JSON, timeline, the SPARQL 1.1 Protocol, read-only,
escaping, remote stores, and `kg serve` stopping on SIGTERM."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import factories
import pyoxigraph as ox
import pytest
from factories import EN_SENTENCES, ID_SENTENCES
from support.virtuoso import free_port

from kg import rdf
from kg.explore.gateway import negotiate, operation_of
from kg.explore.server import ExplorerServer
from kg.store import EmbeddedStore, OxigraphServer, SparqlStore, endpoints_for, oxigraph_binary

JOKOWI = "https://w3id.org/newskg/id/entity/Q3318231"
KISHIDA = "https://w3id.org/newskg/id/entity/person/fumio-kishida"
JAPAN = "https://w3id.org/newskg/id/entity/Q17"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def fill(store: EmbeddedStore) -> None:
    for extraction in factories.both():
        store.replace_graph(*rdf.to_graph(extraction))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    path = tmp_path_factory.mktemp("explorer") / "store"
    with EmbeddedStore(path) as writable:
        fill(writable)
    with EmbeddedStore(path, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def url(store: EmbeddedStore) -> Iterator[str]:
    with ExplorerServer(store) as server:
        yield server.url


def get(url: str, *, accept: str | None = None, data: bytes | None = None,
        content_type: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data)
    if accept:
        request.add_header("Accept", accept)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def page(url: str) -> str:
    status, content_type, body = get(url)
    assert status == 200 and content_type.startswith("text/html"), (status, body[:300])
    return body.decode("utf-8")


def quoted(iri: str) -> str:
    return urllib.parse.quote(iri, safe="")


# --------------------------------------------------------------------------- pages


def test_search_by_alias_in_either_language_and_by_qid(url: str) -> None:
    for text in ("jokowi", "Presiden Joko", "Q3318231"):
        html = page(f"{url}/search?q={urllib.parse.quote(text)}")
        assert f"/entity?iri={quoted(JOKOWI)}" in html, text
    html = page(f"{url}/search?q=Jepang")  # the Indonesian name of Japan
    assert f"/entity?iri={quoted(JAPAN)}" in html
    assert "No entity" in page(f"{url}/search?q=nobody%20at%20all")


def test_entity_page_lists_facts_with_evidence_and_documents(url: str) -> None:
    html = page(f"{url}/entity?iri={quoted(JOKOWI)}")
    assert "Joko Widodo" in html and "https://www.wikidata.org/wiki/Q3318231" in html
    assert "named in <strong>2</strong> documents" in html
    for kind in ("Meeting", "Visit", "leaderOf"):
        assert f'data-kind="{kind}"' in html
    assert ID_SENTENCES[0] in html and EN_SENTENCES[0] in html
    assert "https://example.org/berita/jokowi-tokyo" in html and "Jokowi tiba di Tokyo" in html  # the document
    assert "2024-05-13" in html
    assert f"/entity?iri={quoted(KISHIDA)}" in html  # the other party is a link


def test_entity_by_name_redirects_and_unknown_entity_is_404(url: str) -> None:
    status, _, body = get(f"{url}/entity?q=Joko%20Widodo")
    assert status == 200 and b'id="entity-label">Joko Widodo' in body
    status, _, _ = get(f"{url}/entity?iri={quoted('https://w3id.org/newskg/id/entity/Q1')}")
    assert status == 404


def test_pages_escape_names_from_the_news(tmp_path: Path) -> None:
    hostile = '<img src=x onerror="alert(1)">'
    extraction = factories.english()
    entities = tuple(e if e.key != "reuters" else type(e)(e.key, e.type, hostile, "en") for e in extraction.entities)
    extraction = type(extraction)(extraction.document, entities, extraction.relations, extraction.events)
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(*rdf.to_graph(extraction))
        with ExplorerServer(store) as server:
            html = page(f"{server.url}/search?q=onerror")
            network = page(f"{server.url}/network?kind=Statement&kind=Meeting")
    assert hostile not in html and "&lt;img src=x onerror=" in html
    assert hostile not in network and "<img" not in network.split("network-data")[1].split("</script>")[0]


def test_network_json_filters_by_kind_date_and_confidence(url: str) -> None:
    def data(query: str) -> dict:
        status, content_type, body = get(f"{url}/network.json?{query}")
        assert status == 200 and content_type == "application/json"
        return json.loads(body)

    everything = data("kind=Meeting&kind=Visit&kind=leaderOf")
    kinds = {e["kind"] for e in everything["edges"]}
    assert kinds == {"Meeting", "Visit", "leaderOf"}
    assert {n["id"] for n in everything["nodes"]} >= {JOKOWI, KISHIDA, JAPAN}
    may = data("kind=Meeting&kind=Visit&from=2024-05&to=2024-05-31")
    # the meeting is dated by its month only (2024-05): it lies in May too
    assert {(e["kind"], e["source"], e["target"], e["date"]) for e in may["edges"]} == {
        ("Visit", JOKOWI, JAPAN, "2024-05-13"), ("Meeting", JOKOWI, KISHIDA, "2024-05")}
    assert data("kind=Visit&from=2025")["edges"] == []
    sure = data("kind=Meeting&min_confidence=0.86")  # the Indonesian report says 0.85, the English one 0.9
    assert len(sure["edges"]) == 1 and sure["edges"][0]["confidence"] == pytest.approx(0.9)
    focused = data(f"kind=Statement&kind=leaderOf&focus={quoted(KISHIDA)}")
    assert {(e["kind"], e["source"]) for e in focused["edges"]} == {("Statement", KISHIDA), ("leaderOf", KISHIDA)}
    status, _, _ = get(f"{url}/network.json?kind=Nonsense")
    assert status == 400
    status, _, _ = get(f"{url}/network.json?from=last%20week")
    assert status == 400


def test_timeline_orders_events_and_narrows_to_a_pair(url: str) -> None:
    html = page(f"{url}/timeline?entity={quoted(JOKOWI)}")
    kinds = re.findall(r'class="event kind-(\w+)"', html)
    assert kinds[0] == "Meeting" or kinds[0] == "Visit"
    assert set(kinds) == {"Meeting", "Visit"}
    pair = page(f"{url}/timeline?entity={quoted(JOKOWI)}&with={quoted(KISHIDA)}")
    assert set(re.findall(r'class="event kind-(\w+)"', pair)) == {"Meeting"}


def test_sparql_page_lists_the_shipped_queries(url: str) -> None:
    html = page(f"{url}/sparql")
    for name in ("leaders", "meetings", "entity", "sources"):
        assert f'data-name="{name}"' in html
    config = json.loads(html.split('id="sparql-config">')[1].split("</script>")[0])
    assert "PREFIX kg: <https://w3id.org/newskg/ontology#>" in config["prefixes"]
    status, _content_type, body = get(f"{url}/queries/leaders.rq")
    assert status == 200 and b"kg:leaderOf" in body
    assert get(f"{url}/queries/nothing.rq")[0] == 404


def test_static_files_and_no_escape_from_static(url: str) -> None:
    status, content_type, _ = get(f"{url}/static/explorer.css")
    assert status == 200 and content_type.startswith("text/css")
    status, _, body = get(f"{url}/static/vendor/cytoscape.min.js")
    assert status == 200 and len(body) > 100_000, "run scripts/vendor_js.sh"
    assert get(f"{url}/static/../app.py")[0] == 404
    assert get(f"{url}/static/%2e%2e/app.py")[0] == 404
    assert get(f"{url}/nothing-here")[0] == 404


# --------------------------------------------------------------------------- SPARQL 1.1 Protocol


def test_protocol_answers_in_the_format_asked(url: str) -> None:
    query = urllib.parse.quote("SELECT ?n WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n } }")
    status, content_type, body = get(f"{url}/query?query={query}", accept="application/sparql-results+json")
    assert status == 200 and content_type.startswith("application/sparql-results+json")
    bindings = json.loads(body)["results"]["bindings"]
    assert {"type": "literal", "value": "Jepang", "xml:lang": "id"} in [b["n"] for b in bindings]  # types kept
    status, content_type, body = get(f"{url}/query?query={query}", accept="text/csv")
    assert content_type.startswith("text/csv") and body.startswith(b"n\r\n")
    status, content_type, body = get(f"{url}/query?query={query}", accept="application/sparql-results+xml")
    assert content_type.startswith("application/sparql-results+xml") and b"<sparql" in body
    status, content_type, _ = get(f"{url}/query?query={query}&format=tsv")
    assert content_type.startswith("text/tab-separated-values")


def test_protocol_post_forms_construct_and_union_default_graph(url: str) -> None:
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    status, _, body = get(f"{url}/query", data=form, content_type="application/x-www-form-urlencoded",
                          accept="application/json")
    total = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert status == 200 and total > 100
    direct = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # the default graph is the union of the named graphs
    status, _, body = get(f"{url}/query", data=direct.encode(), content_type="application/sparql-query")
    assert 0 < int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) <= total
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5"
    status, content_type, body = get(f"{url}/query", data=construct.encode(), content_type="application/sparql-query",
                                     accept="text/turtle,*/*;q=0.9")
    assert status == 200 and content_type.startswith("text/turtle")
    assert len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) == 5
    graph = rdf.graph_iri(factories.ID_DOC_ID)
    status, _, body = get(f"{url}/query?query={urllib.parse.quote(direct)}&default-graph-uri={quoted(str(graph))}")
    assert 0 < int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) < total


def test_read_only_refuses_updates_and_bad_queries_are_400(url: str, store: EmbeddedStore) -> None:
    before = store.query(COUNT).rows
    update = "DROP ALL"
    assert get(f"{url}/update", data=update.encode(), content_type="application/sparql-update")[0] == 403
    assert get(f"{url}/query", data=update.encode(), content_type="application/sparql-update")[0] == 403
    hidden = urllib.parse.quote("PREFIX a: <x:#> # comment\nDELETE WHERE { ?s ?p ?o }")
    assert get(f"{url}/query?query={hidden}")[0] == 403
    assert get(f"{url}/query", data=urllib.parse.urlencode({"update": update}).encode(),
               content_type="application/x-www-form-urlencoded")[0] == 403
    status, _, body = get(f"{url}/query?query=SELECT%20nonsense")
    assert status == 400 and b"SPARQL" in body
    assert store.query(COUNT).rows == before


def test_writable_server_accepts_updates_and_builds(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store, ExplorerServer(store, writable=True) as server:
        insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 'c' } }"
        status, _, _ = get(f"{server.url}/update", data=insert.encode(), content_type="application/sparql-update")
        assert status == 204
        assert store.query(COUNT).rows == [(1,)]
        remote = SparqlStore(endpoints_for(f"{server.url}/query", gsp=""))  # as docs/stores.md says to build through it
        remote.replace_graph(*rdf.to_graph(factories.english()))
        assert remote.query(COUNT).rows == store.query(COUNT).rows
        assert store.query(COUNT).rows[0][0] > 100


def test_gateway_reads_operations_and_negotiates() -> None:
    text = "# DELETE in a comment\nPREFIX kg: <https://w3id.org/newskg/ontology#>\nselect * {}"
    assert operation_of(text) == "SELECT"
    assert operation_of('BASE <x:#> PREFIX : <y:z> INSERT DATA { <a:b> <a:c> "#" }') == "INSERT"
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", "SELECT") == "application/sparql-results+json"
    assert negotiate("text/html", "ASK") == "application/sparql-results+json"
    assert negotiate("application/sparql-results+json, */*;q=0.9", "CONSTRUCT") == "text/turtle"


# --------------------------------------------------------------------------- any store, and stopping


def test_explorer_over_a_remote_store(tmp_path: Path) -> None:
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph CLI is not installed")
    with OxigraphServer(tmp_path / "remote", port=free_port(), writable=True) as oxigraph:
        remote = SparqlStore(f"{oxigraph.url}/query")
        fill(remote)  # type: ignore[arg-type]
        with ExplorerServer(remote) as server:
            assert f"/entity?iri={quoted(JOKOWI)}" in page(f"{server.url}/search?q=jokowi")
            html = page(f"{server.url}/entity?iri={quoted(JOKOWI)}")
            assert EN_SENTENCES[0] in html
            status, _content_type, body = get(f"{server.url}/query?query={urllib.parse.quote(COUNT)}",
                                             accept="application/sparql-results+json")
            assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 100


def test_kg_serve_stops_on_sigterm(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        fill(store)
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "store"),
                                "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        base = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
        assert base, line
        assert "Joko Widodo" in page(base.group(1) + "/search?q=widodo")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert "stopping" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
