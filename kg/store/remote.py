"""A remote store: any SPARQL 1.1 endpoint (Oxigraph server, Virtuoso, Fuseki, …) over HTTP."""

from __future__ import annotations

import io
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.rdf import format_for
from kg.sparql import iri_ref, iri_refs, operation_of, string_literal
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
from kg.store.endpoints import Endpoints, endpoints_for, is_url, redact
from kg.transport import Credentials, RequestFailed, RetryPolicy, Wrapper, fetch, retrying
from kg.vocab import KG

__all__ = ["SparqlStore"]

T = TypeVar("T")
_TRIPLES_ACCEPT = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.5"


class SparqlStore:
    """A dataset behind SPARQL 1.1 endpoints (query and update through SPARQLWrapper, Graph Store Protocol).

    Replacing a document graph is one request either way — a Graph Store ``PUT`` or one
    ``DROP SILENT GRAPH …; INSERT DATA …`` update — so a reader never sees half a
    document. Only N-Triples/N-Quads go over the wire (full IRIs, no prefixed names).
    Network failures are retried a bounded number of times (:func:`kg.transport.retrying`),
    then reported once as a :class:`~kg.errors.StoreError`; credentials never appear in messages.
    """

    GRAPH_SCOPE = "https://w3id.org/newskg/id/graph/"
    """Stats and export look at the graphs newskg writes only (Virtuoso keeps system graphs beside them)."""

    def __init__(self, endpoints: Endpoints | str, *, user: str | None = None, password: str | None = None,
                 timeout: float = 30.0, retries: int = 2, backoff: float = 0.5, batch_size: int = 20_000) -> None:
        self.endpoints = endpoints_for(endpoints) if isinstance(endpoints, str) else endpoints
        self.user = user or None
        self.timeout = timeout
        self.retry = RetryPolicy(retries=max(0, retries), backoff=backoff)
        self.batch_size = batch_size
        self._closed = False
        if self.endpoints.auth not in {"basic", "digest"}:
            raise StoreError(f"unknown auth method {self.endpoints.auth!r}", hint="Use --auth basic or --auth digest.")
        for url in (self.endpoints.query, self.endpoints.update, self.endpoints.gsp):
            if url and not is_url(url):
                raise StoreError(f"not an http(s) URL: {redact(url)}")
        self._credentials = (Credentials(self.user, password, self.endpoints.auth)
                             if self.user and password else None)

    @property
    def retries(self) -> int:
        return self.retry.retries

    # -- lifecycle

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SparqlStore({redact(self.endpoints.query)!r}, {self.endpoints.flavour})"

    def close(self) -> None:
        """Nothing to release (one HTTP request per call); later calls are refused, as for an embedded store."""
        self._closed = True

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"store {redact(self.endpoints.query)} is closed")

    # -- HTTP plumbing

    def _scrub(self, text: str) -> str:
        """Remove the password (and its basic-auth encoding) from any text before it reaches a message."""
        if self._credentials is not None:
            text = text.replace(self._credentials.password, "***")
            text = text.replace(self._credentials.basic_token(), "***")
        return text

    def _request(self, what: str, url: str, call: Callable[[], T]) -> T:
        """``call`` under the retry policy; a failure becomes one :class:`StoreError` (or :class:`QueryError`)."""
        self._check_open()
        try:
            return retrying(call, self.retry, timeout=self.timeout)
        except RequestFailed as failed:
            if failed.status is not None:
                raise self._http_error(what, url, failed.status, failed.text) from None
            raise StoreError(
                self._scrub(f"cannot reach SPARQL store at {redact(url)} ({what}): {failed.why} "
                            f"(tried {failed.attempts} times, timeout {self.timeout:g}s)"),
                hint="Is the server running and the URL right? Check --store, --update-endpoint, --gsp-endpoint.",
            ) from None

    def _http_error(self, what: str, url: str, status: int, body: str) -> Exception:
        detail = self._scrub(" ".join(body.split())[:400])
        if status in {401, 403}:
            who = f"user {self.user!r}" if self.user else "no credentials"
            return StoreError(
                f"SPARQL store at {redact(url)} refused the {what} (HTTP {status}, {who})",
                hint="Give --user/--password (or NEWSKG_STORE_USER/NEWSKG_STORE_PASSWORD) with update rights; "
                     "--auth digest for Virtuoso's /sparql-auth.",
            )
        if what == "query" and (status == 400 or re.search(r"SP0\d\d|syntax error|parse error", detail, re.I)):
            return QueryError(f"the store rejected the query (HTTP {status}): {detail}")  # Virtuoso says 500
        if status == 400:
            return StoreError(f"SPARQL store at {redact(url)} rejected an update: {detail}")
        return StoreError(f"SPARQL store at {redact(url)} failed the {what} (HTTP {status}): {detail}")

    def _send(self, method: str, url: str, body: bytes | None, content_type: str | None,
              accept: str | None = None) -> bytes:
        """One plain HTTP request (Graph Store Protocol, CONSTRUCT)."""
        return self._request(f"{method} request", url, lambda: fetch(
            url, method=method, body=body, content_type=content_type, accept=accept, timeout=self.timeout,
            credentials=self._credentials))

    def _update(self, sparql: str) -> None:
        url = self.endpoints.update

        def call() -> None:
            wrapper = Wrapper(url, update=True, timeout=self.timeout, credentials=self._credentials)
            wrapper.setQuery(sparql)
            wrapper.query().response.read()

        self._request("update", url, call)

    # -- writing

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph | str) -> None:
        """Make ``graph`` (or N-Triples text) the whole named graph in one request: Graph Store ``PUT``, else one
        SPARQL Update."""
        name = graph_name(graph_iri)
        triples = graph if isinstance(graph, str) else _sorted_nt(graph)
        if not triples:
            self.remove_graph(graph_iri)
        elif self.endpoints.gsp:
            self._send("PUT", _gsp_url(self.endpoints.gsp, name[1:-1]), triples.encode("utf-8"),
                       "application/n-triples")
        else:
            self._update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{triples}}} }}")

    def replace_graphs(self, graphs: Sequence[tuple[str, bytes]]) -> None:
        """:meth:`replace_graph` for each ``(graph IRI, N-Quads lines)`` of a build's batch, one request each."""
        for graph_iri, nquads in graphs:
            self.replace_graph(graph_iri, ntriples_of(graph_iri, nquads))

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Drop one named graph (no error if it is absent)."""
        self._update(f"DROP SILENT GRAPH {graph_name(graph_iri)}")

    def read_graph(self, graph_iri: URIRef | str) -> Graph:
        """The named graph as an rdflib Graph, fetched with one ``CONSTRUCT`` (every literal as stored)."""
        name = graph_name(graph_iri)
        triples = self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}")
        return to_rdflib(name[1:-1], triples)

    def load_file(self, path: Path | str, *, replace: bool = True, graph: str | None = None) -> int:
        """Load an RDF file; graphs it names are replaced (as ``EmbeddedStore.load_file``), and a file of
        triples (``.ttl``, ``.nt``) goes into a named graph of its own (``graph``, else
        :func:`~kg.store.base.loaded_graph` of the file).

        With a Graph Store endpoint the whole file goes in one ``POST`` as N-Quads
        (Oxigraph loads it in one transaction); otherwise one ``INSERT DATA`` per graph
        and batch of :attr:`batch_size` triples.
        """
        path = Path(path)
        fmt = format_for(path, LOAD_FORMATS, "load", must_exist=True)
        triples_only = path.suffix.lower() not in QUAD_SUFFIXES
        target = (graph or loaded_graph(path)) if triples_only else None
        by_graph: dict[str | None, list[ox.Triple]] = {}
        count = 0
        try:
            for quad in ox.parse(path=str(path), format=fmt):
                count += 1
                key = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else target
                by_graph.setdefault(key, []).append(quad.triple)
        except SyntaxError as exc:
            raise InputError(f"cannot parse {path}: {exc}") from exc
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc}") from exc
        if target is not None:
            by_graph.setdefault(target, [])
        if replace:
            named = sorted(g for g in by_graph if g is not None)
            for start in range(0, len(named), 200):
                self._update(" ;\n".join(f"DROP SILENT GRAPH {graph_name(g)}" for g in named[start:start + 200]))
        if self.endpoints.gsp:
            quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g) if g else ox.DefaultGraph())
                     for g, triples in by_graph.items() for t in triples)
            self._send("POST", self.endpoints.gsp, ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
                       "application/n-quads")
            return count
        for name, triples in sorted(by_graph.items(), key=lambda kv: kv[0] or ""):
            for start in range(0, len(triples), self.batch_size):
                body = ox.serialize(triples[start:start + self.batch_size], format=ox.RdfFormat.N_TRIPLES)
                data = body.decode("utf-8")
                if name is None:
                    self._update(f"INSERT DATA {{\n{data}\n}}")
                else:
                    self._update(f"INSERT DATA {{ GRAPH {graph_name(name)} {{\n{data}\n}} }}")
        return count

    # -- reading

    def _select_json(self, sparql: str) -> dict[str, Any]:
        url = self.endpoints.query
        # SPARQLWrapper guesses query vs update from words anywhere in the text, comments included
        text = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))

        def call() -> dict[str, Any]:
            wrapper = Wrapper(url, timeout=self.timeout, credentials=self._credentials)
            wrapper.setQuery(text)
            raw = wrapper.query().response.read()
            return json.loads(raw.decode("utf-8"))

        return self._request("query", url, call)

    def query(self, sparql: str) -> QueryResult:
        """Run SPARQL 1.1 at the query endpoint; results as :class:`QueryResult` (the same values as embedded).

        An update is refused before anything is sent (:class:`~kg.errors.UpdateRefused`): some endpoints
        (Virtuoso) would run it from the query URL.
        """
        refuse_update(sparql)
        query_type = operation_of(sparql)
        if query_type in {"CONSTRUCT", "DESCRIBE"}:
            rows = [tuple(python_value(t) for t in (x.subject, x.predicate, x.object)) for x in self._construct(sparql)]
            return QueryResult(("subject", "predicate", "object"), rows)
        if query_type not in {"SELECT", "ASK"}:
            raise QueryError(f"only SELECT, ASK, CONSTRUCT and DESCRIBE can be run as queries, not {query_type}")
        data = self._select_json(sparql)
        if "boolean" in data:
            return QueryResult(("boolean",), [(bool(data["boolean"]),)])
        names = tuple(data.get("head", {}).get("vars", []))
        rows = []
        for binding in data.get("results", {}).get("bindings", []):
            rows.append(tuple(python_value(_json_term(binding[n])) if n in binding else None for n in names))
        return QueryResult(names, rows)

    def _construct(self, sparql: str) -> list[ox.Triple]:
        """CONSTRUCT/DESCRIBE as N-Triples (every store speaks it), parsed by Oxigraph."""
        body = urllib.parse.urlencode({"query": sparql}).encode("ascii")
        raw = self._send("POST", self.endpoints.query, body, "application/x-www-form-urlencoded",
                         accept=_TRIPLES_ACCEPT)
        try:
            return [quad.triple for quad in ox.parse(raw, format=ox.RdfFormat.TURTLE)]
        except SyntaxError as exc:
            raise StoreError(f"cannot read the store's CONSTRUCT result: {exc}") from exc

    def _scoped(self, var: str = "?g") -> str:
        return f"FILTER (STRSTARTS(STR({var}), {string_literal(self.GRAPH_SCOPE)}))"

    def _count(self, sparql: str) -> int:
        return first_count(self.query(sparql))

    def stats(self) -> dict[str, Any]:
        """The same counts as ``EmbeddedStore.stats``, over the newskg graphs (:attr:`GRAPH_SCOPE`)."""
        types, events, predicates = stat_keys()
        scope = self._scoped()

        def typed(classes: dict[str, str]) -> str:
            return (f"SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?t {{ {iri_refs(classes)} }} "
                    f"GRAPH ?g {{ ?x a ?t }} {scope} }} GROUP BY ?t")

        return {
            "quads": self._count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {scope} }}"),
            "triples": self._count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                                   f"GRAPH ?g {{ ?s ?p ?o }} {scope} }} }}"),
            "named_graphs": self._count(
                f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {scope} }}"),
            "documents": self._count(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH ?g {{ ?d a "
                                     f"{iri_ref(KG.Document)} }} {scope} }}"),
            "entities": counts_by_key(self.query(typed(types)), types),
            "events": counts_by_key(self.query(typed(events)), events),
            "relations": counts_by_key(self.query(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                f"VALUES ?p {{ {iri_refs(predicates)} }} GRAPH ?g {{ ?s ?p ?o }} {scope} }} }} GROUP BY ?p"),
                predicates),
        }

    def export(self, output: Path | str | io.BufferedIOBase, fmt: str = "nquads") -> None:
        """Write the newskg graphs out, one graph at a time (one document graph is small; no store-side sorting).

        Paging one big ``ORDER BY … OFFSET`` is what Virtuoso refuses beyond 10,000 sorted rows.
        """
        rdf_format = export_format(fmt)
        graphs = sorted(str(g) for (g,) in self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scoped()} }}").rows)

        def triples(graph: str) -> list[ox.Triple]:
            found = self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph_name(graph)} {{ ?s ?p ?o }} }}")
            return sorted(found, key=str)

        def quads() -> Iterator[ox.Quad]:
            for graph in graphs:
                name = ox.NamedNode(graph)
                for triple in triples(graph):
                    yield ox.Quad(triple.subject, triple.predicate, triple.object, name)

        target = str(output) if isinstance(output, Path) else output
        try:
            if rdf_format is ox.RdfFormat.JSON_LD:
                pairs = ((graph, triples(graph)) for graph in graphs)
                if isinstance(output, Path | str):
                    with open(output, "wb") as stream:
                        write_jsonld(pairs, stream)
                else:
                    write_jsonld(pairs, output)
            elif rdf_format is ox.RdfFormat.TURTLE:
                write_union(quads(), target)
            else:
                ox.serialize(quads(), target, rdf_format,
                             prefixes=PREFIXES if rdf_format is not ox.RdfFormat.N_QUADS else None)
        except OSError as exc:
            raise StoreError(f"cannot write the export: {exc}") from exc


def _json_term(cell: dict[str, Any]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A SPARQL JSON results cell as a pyoxigraph term (Virtuoso still says ``typed-literal``)."""
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    lang = cell.get("xml:lang")
    if lang:
        return ox.Literal(value, language=lang)
    datatype = cell.get("datatype")
    return ox.Literal(value, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(value)


def _sorted_nt(graph: Graph) -> str:
    """N-Triples of a graph, one statement per line, sorted (deterministic requests, full IRIs only)."""
    lines = sorted({line for line in graph.serialize(format="nt").splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def _gsp_url(base: str, graph: str) -> str:
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{urllib.parse.urlencode({'graph': graph})}"
