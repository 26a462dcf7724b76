"""SERVICE clauses (kg.service_policy, kg query --allow-service): a query reaches no endpoint that is not allowed.

A real listener on 127.0.0.1 stands in for any outside endpoint: it records every connection and answers
like a SPARQL endpoint with no rows. When the policy refuses a query, it must receive nothing.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest
from rdflib.term import URIRef

from kg import rdf
from kg.errors import ServiceNotAllowed
from kg.explore.server import ExplorerServer
from kg.service_policy import check, services
from kg.store import EmbeddedStore


class Listener:
    """A TCP listener on 127.0.0.1 that records what it receives and answers an empty SPARQL result."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _serve(self) -> None:
        body = b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                self.received.append(connection.recv(65536))
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                   b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))

    def close(self) -> None:
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    with EmbeddedStore(tmp_path / "store") as embedded:
        embedded.replace_graph(*rdf.to_graph(factories.english()))
    return tmp_path / "store"


def kg_query(file: Path, store: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "query", str(file), "--store", str(store), *extra],
                          capture_output=True, text=True, timeout=120)


# --------------------------------------------------------------------------- parsing


def test_services_are_found_wherever_they_are_nested() -> None:
    query = """
        PREFIX ex: <http://127.0.0.1:9/>
        BASE <http://base.example/>
        SELECT * WHERE {
          SERVICE SILENT ex:one { ?s ?p ?o }
          OPTIONAL { SERVICE <two> { ?s ?p ?x } }
          FILTER EXISTS { SERVICE <http://three.example/q> { ?a ?b ?c } }
          { SELECT ?s WHERE { SERVICE <http://four.example/q> { ?s ?p ?o } } }
        }"""
    assert sorted(map(str, services(query) or [])) == [
        "http://127.0.0.1:9/one", "http://base.example/two", "http://four.example/q", "http://three.example/q"]


def test_comments_and_strings_are_not_services() -> None:
    query = ('# SERVICE <http://comment.example/>\nSELECT * WHERE { ?s ?p "SERVICE <http://string.example/> { }" '
             "}  # SERVICE <http://trailing.example/>")
    assert services(query) == []
    check(query)  # nothing to refuse


def test_a_variable_service_is_never_allowed() -> None:
    with pytest.raises(ServiceNotAllowed, match="never allowed"):
        check("SELECT * WHERE { ?endpoint ?p ?o . SERVICE ?endpoint { ?s ?p ?o } }", ["http://anything/"])


def test_the_allow_list_is_exact() -> None:
    query = "SELECT * WHERE { SERVICE <http://ok.example/sparql> { ?s ?p ?o } }"
    check(query, ["http://ok.example/sparql"])
    with pytest.raises(ServiceNotAllowed, match="not on the allow-list"):
        check(query, ["http://ok.example/sparql/", "http://ok.example/"])
    with pytest.raises(ServiceNotAllowed, match=r"allowed: none"):
        check(query)


def test_an_update_is_checked_too() -> None:
    assert services("INSERT { ?s ?p ?o } WHERE { SERVICE <http://u.example/> { ?s ?p ?o } }") == [
        URIRef("http://u.example/")]


def test_a_query_rdflib_cannot_parse_runs_only_when_it_cannot_hold_a_service() -> None:
    check("SELECT * WHERE { <<?s ?p ?o>> ?q ?r }")  # RDF-star: no "service" anywhere, let the store decide
    with pytest.raises(ServiceNotAllowed, match="cannot be checked"):
        check("SELECT * WHERE { <<?s ?p ?o>> ?q ?r . SERVICE <http://x.example/> { ?a ?b ?c } }")
    with pytest.raises(ServiceNotAllowed, match="cannot be checked"):
        check("SELECT * WHERE { <<?s ?p ?o>> ?q ?r . \\u0053ERVICE <http://x.example/> { ?a ?b ?c } }")


# --------------------------------------------------------------------------- kg query with a real listener


def test_kg_query_refuses_a_service_and_the_listener_receives_nothing(
        tmp_path: Path, store: Path, listener: Listener) -> None:
    hidden = tmp_path / "federated.rq"
    hidden.write_text(f"# Who is mentioned, and what does the remote endpoint say?\n"
                      f"PREFIX remote: <http://127.0.0.1:{listener.port}/>\n"
                      f"SELECT * WHERE {{ ?s ?p ?o . OPTIONAL {{ SERVICE SILENT remote:sparql {{ ?s ?q ?v }} }} }}\n")
    proc = kg_query(hidden, store)
    assert proc.returncode == 2 and "[E062]" in proc.stderr and "--allow-service" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert listener.received == []


def test_kg_query_with_service_only_in_comments_and_strings_runs(
        tmp_path: Path, store: Path, listener: Listener) -> None:
    innocent = tmp_path / "innocent.rq"
    innocent.write_text(f"# Count what the store holds\n# SERVICE <{listener.url}>\n"
                        f'SELECT (COUNT(*) AS ?n) ("SERVICE <{listener.url}> {{}}" AS ?note) WHERE {{ ?s ?p ?o }}\n')
    proc = kg_query(innocent, store, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert '"n":' in proc.stdout and listener.received == []


def test_an_allowed_service_is_reached(tmp_path: Path, store: Path, listener: Listener) -> None:
    """The positive control: the listener does see a query when its endpoint is allowed."""
    federated = tmp_path / "federated.rq"
    federated.write_text(f"# Ask the remote endpoint\nSELECT * WHERE {{ SERVICE <{listener.url}> {{ ?x ?y ?z }} }}\n")
    proc = kg_query(federated, store, "--allow-service", listener.url)
    assert proc.returncode == 0, proc.stderr
    assert len(listener.received) == 1 and listener.received[0].startswith(b"POST /sparql")


# --------------------------------------------------------------------------- kg serve's /query with a real listener


def _post_query(url: str, sparql: str) -> tuple[int, str]:
    request = urllib.request.Request(f"{url}/query", data=sparql.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query",
                                              "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_kg_serve_refuses_a_clients_service_and_the_listener_receives_nothing(
        store: Path, listener: Listener) -> None:
    federated = f"SELECT * WHERE {{ ?s ?p ?o . OPTIONAL {{ SERVICE <{listener.url}> {{ ?s ?q ?v }} }} }}"
    with EmbeddedStore(store, read_only=True) as embedded, ExplorerServer(embedded) as server:
        status, body = _post_query(server.url, federated)
        assert status == 400 and "E062" in body
        status, _ = _post_query(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert status == 200  # the server still answers queries without SERVICE
    assert listener.received == []


def test_kg_serve_reaches_an_allowed_service(store: Path, listener: Listener) -> None:
    """The positive control for the server: with --allow-service the listener does see the query."""
    federated = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?x ?y ?z }} }}"
    with EmbeddedStore(store, read_only=True) as embedded, \
            ExplorerServer(embedded, allowed_services=[listener.url]) as server:
        status, body = _post_query(server.url, federated)
    assert status == 200, body
    assert len(listener.received) == 1 and listener.received[0].startswith(b"POST /sparql")
