"""The one door between the explorer and the store: every SPARQL text the server runs passes :meth:`SparqlGateway.run`.

Pages get a :class:`~kg.store.QueryResult`; the SPARQL 1.1 Protocol endpoint (``/query``) gets the
store's own serialisation (JSON, XML, CSV, TSV; Turtle, N-Triples … for graphs), so RDF term types
and language tags reach clients intact. Before anything runs, :meth:`SparqlGateway.admit` reads the
operation: a read-only server refuses every update there. That method is the place for further
checks on SPARQL text (e.g. an allow-list of SERVICE endpoints).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg import service_policy
from kg.errors import QueryError, StoreError, UpdateRefused
from kg.sparql import QUERY_FORMS, UPDATE_FORMS, operation_of
from kg.store import EmbeddedStore, QueryResult, SparqlStore, Store

__all__ = ["GRAPH_FORMATS", "SOLUTION_FORMATS", "Answer", "SparqlGateway", "UpdateRefused", "negotiate",
           "operation_of"]

SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
"""Media types a SELECT or ASK answer can take, the first the default."""

GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
"""Media types a CONSTRUCT or DESCRIBE answer can take, the first the default."""

_ALIASES = {  # what clients also send, and the short names of ?format=
    "application/json": "application/sparql-results+json",
    "json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "text/plain": "application/n-triples",
    "turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
@dataclass(frozen=True, slots=True)
class Answer:
    """A serialised query answer for the protocol endpoint."""

    media_type: str
    body: bytes


def negotiate(accept: str | None, operation: str, requested: str | None = None) -> str:
    """The media type to answer with: ``requested`` (``?format=``) if given, else the best of ``accept``.

    Accept's q-values are honoured; ``*/*``, ``application/*`` or nothing acceptable give the
    default (JSON for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE). An unknown ``requested``
    format is a :class:`~kg.errors.QueryError`.
    """
    formats = GRAPH_FORMATS if operation in {"CONSTRUCT", "DESCRIBE"} else SOLUTION_FORMATS
    default = next(iter(formats))
    if requested:
        media = _ALIASES.get(requested.strip().lower(), requested.strip().lower())
        if media not in formats:
            raise QueryError(f"cannot answer a {operation} as {requested!r}; use one of: {', '.join(formats)}")
        return media
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept or "").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = _ALIASES.get(media.lower(), media.lower())
        if quality > 0 and (media in formats or media.endswith("/*")):
            ranked.append((-quality, position, media))
    for _, _, media in sorted(ranked):
        return media if media in formats else default
    return default


class SparqlGateway:
    """Runs SPARQL for the explorer on one store (embedded or remote), read-only unless ``writable``."""

    def __init__(self, store: Store, *, writable: bool = False, allowed_services: Sequence[str] = ()) -> None:
        if writable and not isinstance(store, EmbeddedStore):
            raise StoreError("only an embedded store can be served writable",
                             hint="Update a remote store at its own update endpoint; serve it read-only.")
        self.store = store
        self.writable = writable
        self.allowed_services = tuple(allowed_services)

    def admit(self, sparql: str, *, update: bool = False, page: bool = False) -> str:
        """Check a SPARQL text before it runs; returns its operation (SELECT, ASK …, or the update's keyword).

        Refuses an update on a read-only server, an update sent as a query, and — for every text a
        client sent (not ``page``: the explorer's own queries, fixed text with bound values) — a
        ``SERVICE`` to an endpoint not on the allow-list (:func:`kg.service_policy.check`), so the
        server never fetches a URL a client chose. Every text the explorer runs comes through here
        (via :meth:`run`): the one place for checks on SPARQL.
        """
        if not page:
            service_policy.check(sparql, self.allowed_services)
        operation = operation_of(sparql)
        if update:
            if not self.writable:
                raise UpdateRefused("this server is read-only: SPARQL Update is refused")
            if operation in QUERY_FORMS:
                raise QueryError(f"a {operation} query was sent as an update; send it to /query")
            return operation
        if operation in UPDATE_FORMS:
            raise UpdateRefused(f"{operation} is an update, and /query runs queries only"
                                + ("" if self.writable else "; this server is read-only"))
        if operation not in QUERY_FORMS:
            raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
        return operation

    def run(self, sparql: str, *, accept: str | None = None, requested: str | None = None,
            default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (), update: bool = False,
            page: bool = False) -> QueryResult | Answer | None:
        """Run one SPARQL text — the only way the explorer reaches the store.

        * a page's query (no ``accept``/``requested``): a :class:`~kg.store.QueryResult` of plain values;
        * a protocol query (``accept`` and/or ``requested``): an :class:`Answer` in the negotiated format,
          over the union of all graphs unless ``default_graphs`` names some (``default-graph-uri``);
        * ``update=True`` (writable servers only): runs a SPARQL Update, returns None.

        ``page`` marks the explorer's own queries (see :meth:`admit`).
        """
        operation = self.admit(sparql, update=update, page=page)
        if update:
            self._update(sparql)
            return None
        if accept is None and requested is None and not default_graphs and not named_graphs:
            return self.store.query(sparql)
        media = negotiate(accept, operation, requested)
        if isinstance(self.store, EmbeddedStore):
            return Answer(media, _embedded_answer(self.store, sparql, media, default_graphs, named_graphs))
        if isinstance(self.store, SparqlStore):
            return Answer(media, _remote_answer(self.store, sparql, media, default_graphs, named_graphs))
        raise StoreError(f"cannot serve the SPARQL protocol over {type(self.store).__name__}")

    def _update(self, sparql: str) -> None:
        assert isinstance(self.store, EmbeddedStore)  # checked in __init__
        try:
            _oxigraph(self.store).update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL Update: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.store.path}: {exc}") from exc


def _oxigraph(store: EmbeddedStore) -> ox.Store:
    """The pyoxigraph handle behind an embedded store (its own serialisers keep every term's type)."""
    return store._db


def _embedded_answer(store: EmbeddedStore, sparql: str, media: str, default_graphs: Sequence[str],
                     named_graphs: Sequence[str]) -> bytes:
    options: dict[str, Any] = {}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = _oxigraph(store).query(sparql, **options)
        if isinstance(result, ox.QueryTriples):
            return result.serialize(format=GRAPH_FORMATS[media])
        return result.serialize(format=SOLUTION_FORMATS[media])
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from exc
    except ValueError as exc:  # an invalid graph IRI in default-graph-uri / named-graph-uri
        raise QueryError(f"invalid graph name: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot query store {store.path}: {exc}") from exc


def _remote_answer(store: SparqlStore, sparql: str, media: str, default_graphs: Sequence[str],
                   named_graphs: Sequence[str]) -> bytes:
    """Forward the query to the remote endpoint, asking for exactly the negotiated format."""
    fields = [("query", sparql)]
    fields += [("default-graph-uri", g) for g in default_graphs]
    fields += [("named-graph-uri", g) for g in named_graphs]
    body = urllib.parse.urlencode(fields).encode("utf-8")
    return store._send("POST", store.endpoints.query, body,
                       "application/x-www-form-urlencoded", accept=media)
