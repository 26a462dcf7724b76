"""Where graphs are kept and queried: a ``Store`` protocol, an embedded Oxigraph store and remote stores.

The protocol is what the CLI talks to, so callers never care where the data lives.
:class:`EmbeddedStore` keeps a dataset in a local directory with pyoxigraph (RocksDB);
:class:`SparqlStore` talks to any SPARQL 1.1 endpoint (Oxigraph server, Virtuoso,
Fuseki, …). Either way one named graph per document is replaced as a whole on every
build, so re-running the same input leaves the same store.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.rdf import BASE_TYPES, EVENT_CLASSES, RELATION_PREDICATES, format_for
from kg.vocab import KG, checked_iri

__all__ = ["EXPORT_FORMATS", "EmbeddedStore", "Endpoints", "QueryResult", "SparqlStore", "Store", "Value",
           "endpoints_for", "open_store"]

Value = str | int | float | bool | None
"""A cell of a query result: IRIs and plain literals as ``str``, numbers and booleans as Python values."""

_LOAD_FORMATS: dict[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
_QUAD_SUFFIXES = {".trig", ".nq", ".jsonld"}
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
"""``kg export --format`` → Oxigraph writer; turtle holds the union of all graphs, the others keep them."""
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    _XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {_XSD + "decimal", _XSD + "double", _XSD + "float"}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A SELECT result as plain values: ``variables`` in query order, one tuple per row.

    ASK gives one column ``boolean``; CONSTRUCT/DESCRIBE give ``subject``,
    ``predicate``, ``object``. Unbound cells are ``None``.
    """

    variables: tuple[str, ...]
    rows: list[tuple[Value, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, Value]]:
        """Rows as dicts keyed by variable name."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Value]:
        """All values of one variable, in row order."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]


@runtime_checkable
class Store(Protocol):
    """What the CLI needs from a triplestore; implemented by :class:`EmbeddedStore` and :class:`SparqlStore`."""

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> None:
        """Make ``graph`` the whole content of the named graph ``graph_iri``."""
        ...

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Drop one named graph (no error if it is absent)."""
        ...

    def load_file(self, path: Path | str) -> int:
        """Load an RDF file (named graphs kept); returns the number of quads read."""
        ...

    def export(self, output: Path | str | io.BufferedIOBase, fmt: str = "nquads") -> None:
        """Write the whole dataset to a file path or binary stream in one of :data:`EXPORT_FORMATS`."""
        ...

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the dataset (named graphs reachable with GRAPH)."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts for a summary: triples, graphs, entities per type, events per class, relations."""
        ...

    def close(self) -> None:
        """Release the store (for an embedded store: its directory lock)."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def _python_value(term: Any) -> Value:
    """A pyoxigraph term as a plain Python value (see :data:`Value`)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
            if datatype == _XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return str(term)


def _graph_name(graph_iri: URIRef | str) -> str:
    try:
        return f"<{checked_iri(str(graph_iri))}>"
    except ValueError as exc:
        raise StoreError(f"invalid graph name: {exc}") from None


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
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush store {self.path}: {exc}") from exc
        self._store = None

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

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> None:
        """Drop the named graph and insert ``graph`` in its place, in one SPARQL Update (one transaction).

        Readers see the old graph or the new one, never a mix; running it twice
        with the same graph leaves the same store.
        """
        name = _graph_name(graph_iri)
        triples = graph.serialize(format="nt")
        self._update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{triples}\n}} }}")

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Drop one named graph (no error if it is absent)."""
        self._update(f"DROP SILENT GRAPH {_graph_name(graph_iri)}")

    def load_file(self, path: Path | str, *, replace: bool = True) -> int:
        """Bulk-load an RDF file; returns the number of quads read.

        ``.trig``/``.nq``/``.jsonld`` keep their named graphs, and with ``replace`` each
        graph the file holds is dropped first (so loading a rebuilt file twice gives
        the same store). ``.ttl``/``.nt`` go into the default graph, which is never
        dropped. Oxigraph's bulk loader is fast but not transactional.
        """
        path = Path(path)
        fmt = format_for(path, _LOAD_FORMATS, "load", must_exist=True)
        db = self._writable()
        graphs, count = self._scan(path, fmt)
        if replace and path.suffix.lower() in _QUAD_SUFFIXES:
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
        rdf_format = _export_format(fmt)
        target = str(output) if isinstance(output, Path) else output
        try:
            if rdf_format is ox.RdfFormat.TURTLE:
                _write_union(self._db.quads_for_pattern(None, None, None, None), target)
            else:
                prefixes = None if rdf_format is ox.RdfFormat.N_QUADS else _PREFIXES
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
                rows = [tuple(_python_value(solution[name]) for name in names) for solution in result]
                return QueryResult(names, rows)
            rows = [tuple(_python_value(t) for t in (x.subject, x.predicate, x.object)) for x in result]
            return QueryResult(("subject", "predicate", "object"), rows)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot query store {self.path}: {exc}") from exc

    def _count(self, sparql: str) -> int:
        rows = self.query(sparql).rows
        return int(rows[0][0] or 0) if rows else 0

    def _count_by(self, sparql: str, keys: dict[str, str]) -> dict[str, int]:
        """Run a ``SELECT ?key (COUNT(…) AS ?n)`` and give every expected key a count, zero included."""
        counts = {name: 0 for name in keys.values()}
        for iri, n in self.query(sparql).rows:
            counts[keys[str(iri)]] = int(n or 0)
        return counts

    def stats(self) -> dict[str, Any]:
        """Counts over the whole dataset (all graphs), with every ontology class and predicate listed."""
        types = {str(iri): t.value for t, iri in BASE_TYPES.items()}
        events = {str(iri): k.value for k, iri in EVENT_CLASSES.items()}
        predicates = {str(iri): k.value for k, iri in RELATION_PREDICATES.items()}
        return {
            "quads": len(self._db),
            "triples": self._count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"),
            "named_graphs": sum(1 for _ in self._db.named_graphs()),
            "documents": self._count(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{KG.Document}> }}"),
            "entities": self._count_by(_count_typed(types), types),
            "events": self._count_by(_count_typed(events), events),
            "relations": self._count_by(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { "
                f"VALUES ?p {{ {_iris(predicates)} }} ?s ?p ?o }} }} GROUP BY ?p",
                predicates,
            ),
        }


def _iris(keys: dict[str, str]) -> str:
    return " ".join(f"<{iri}>" for iri in keys)


def _count_typed(classes: dict[str, str]) -> str:
    values = _iris(classes)
    return f"SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?t {{ {values} }} ?x a ?t }} GROUP BY ?t"


_PREFIXES = {"kg": str(KG), "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
             "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": _XSD}


def _export_format(fmt: str) -> ox.RdfFormat:
    try:
        return EXPORT_FORMATS[fmt]
    except KeyError:
        raise InputError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}") from None


def _write_union(quads: Any, target: Any) -> None:
    """Turtle has no graphs: write each distinct triple once (a set of triples, not of quads)."""
    seen: set[ox.Triple] = set()

    def triples() -> Iterator[ox.Triple]:
        for quad in quads:
            triple = quad.triple
            if triple not in seen:
                seen.add(triple)
                yield triple

    ox.serialize(triples(), target, ox.RdfFormat.TURTLE, prefixes=_PREFIXES)


# --------------------------------------------------------------------------- remote SPARQL stores


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a remote store answers: queries, updates, and (optionally) the Graph Store Protocol.

    ``auth`` is ``basic`` or ``digest``: how credentials are sent when there are any.
    ``flavour`` names the store the defaults were chosen for (oxigraph, fuseki, virtuoso, generic).
    """

    query: str
    update: str
    gsp: str | None = None
    auth: str = "basic"
    flavour: str = "generic"


def _with_path(url: str, path: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def endpoints_for(url: str, *, update: str | None = None, gsp: str | None = None,
                  auth: str | None = None) -> Endpoints:
    """Sensible endpoints for a query URL, from the shape of well-known stores' URLs.

    * ``…/query`` at the root → Oxigraph server: ``/update``, Graph Store ``/store``;
    * ``…/<ds>/query`` or ``…/<ds>/sparql`` → Fuseki: ``/<ds>/update``, ``/<ds>/data``;
    * ``…/sparql`` at the root → Virtuoso: updates through ``/sparql-auth`` with digest
      auth, no Graph Store (plain SPARQL Update is atomic per request there);
    * anything else: updates to the same URL (SPARQL 1.1 allows it), no Graph Store.

    ``update``/``gsp``/``auth`` given explicitly always win (``gsp=""`` disables it).
    """
    path = urllib.parse.urlsplit(url).path.rstrip("/")
    segments = [s for s in path.split("/") if s]
    if segments == ["query"]:
        found = Endpoints(url, _with_path(url, "/update"), _with_path(url, "/store"), "basic", "oxigraph")
    elif len(segments) >= 2 and segments[-1] in {"query", "sparql"}:
        base = "/" + "/".join(segments[:-1])
        found = Endpoints(url, _with_path(url, base + "/update"), _with_path(url, base + "/data"), "basic", "fuseki")
    elif segments == ["sparql"]:
        found = Endpoints(url, _with_path(url, "/sparql-auth"), None, "digest", "virtuoso")
    else:
        found = Endpoints(url, url, None, "basic", "generic")
    return Endpoints(
        query=url,
        update=update or found.update,
        gsp=(gsp or None) if gsp is not None else found.gsp,
        auth=auth or found.auth,
        flavour=found.flavour,
    )


def _redact(url: str) -> str:
    """A URL fit for a message: no user:password@ part, no query string."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


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


def _nt(term: Any) -> str:
    """One term in N-Triples syntax: full IRIs only (some stores reject escaped prefixed names)."""
    return str(term)


class SparqlStore:
    """A dataset behind SPARQL 1.1 endpoints (query through SPARQLWrapper, update, Graph Store Protocol).

    Replacing a document graph is one request either way — a Graph Store ``PUT`` or one
    ``DROP SILENT GRAPH …; INSERT DATA …`` update — so a reader never sees half a
    document. Only N-Triples/N-Quads go over the wire (full IRIs, no prefixed names).
    Network failures are retried a bounded number of times, then reported once as a
    :class:`~kg.errors.StoreError`; credentials never appear in messages.
    """

    GRAPH_SCOPE = "https://w3id.org/newskg/id/graph/"
    """Stats and export look at the graphs newskg writes only (Virtuoso keeps system graphs beside them)."""

    def __init__(self, endpoints: Endpoints | str, *, user: str | None = None, password: str | None = None,
                 timeout: float = 30.0, retries: int = 2, backoff: float = 0.5, batch_size: int = 20_000) -> None:
        self.endpoints = endpoints_for(endpoints) if isinstance(endpoints, str) else endpoints
        self.user = user or None
        self._password = password or None
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.batch_size = batch_size
        self._closed = False
        if self.endpoints.auth not in {"basic", "digest"}:
            raise StoreError(f"unknown auth method {self.endpoints.auth!r}", hint="Use --auth basic or --auth digest.")
        for url in (self.endpoints.query, self.endpoints.update, self.endpoints.gsp):
            if url and not _URL.match(url):
                raise StoreError(f"not an http(s) URL: {_redact(url)}")

    # -- lifecycle

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SparqlStore({_redact(self.endpoints.query)!r}, {self.endpoints.flavour})"

    def close(self) -> None:
        """Nothing to release (one HTTP request per call); later calls are refused, as for an embedded store."""
        self._closed = True

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"store {_redact(self.endpoints.query)} is closed")

    # -- HTTP plumbing

    def _scrub(self, text: str) -> str:
        """Remove the password (and its basic-auth encoding) from any text before it reaches a message."""
        if self._password:
            text = text.replace(self._password, "***")
            if self.user:
                token = base64.b64encode(f"{self.user}:{self._password}".encode()).decode()
                text = text.replace(token, "***")
        return text

    def _retrying(self, what: str, url: str, call: Callable[[], Any]) -> Any:
        """Run ``call``; retry connection failures and 502/503/504 ``retries`` times with backoff."""
        attempt = 0
        while True:
            try:
                return call()
            except urllib.error.HTTPError as exc:
                status = exc.code
                body = _read_body(exc)
                if status in {502, 503, 504} and attempt < self.retries:
                    attempt += 1
                    time.sleep(self.backoff * attempt)
                    continue
                raise self._http_error(what, url, status, body) from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
                if attempt < self.retries:
                    attempt += 1
                    time.sleep(self.backoff * attempt)
                    continue
                reason = getattr(exc, "reason", exc)
                raise StoreError(
                    self._scrub(f"cannot reach SPARQL store at {_redact(url)} ({what}): {reason} "
                                f"(tried {attempt + 1} times, timeout {self.timeout:g}s)"),
                    hint="Is the server running and the URL right? Check --store, --update-endpoint, --gsp-endpoint.",
                ) from None
            except Exception as exc:  # SPARQLWrapper's own exceptions (bad query, auth, 500 …)
                raise self._wrapper_error(what, url, exc) from None

    def _http_error(self, what: str, url: str, status: int, body: str) -> Exception:
        detail = self._scrub(" ".join(body.split())[:400])
        if status in {401, 403}:
            who = f"user {self.user!r}" if self.user else "no credentials"
            return StoreError(
                f"SPARQL store at {_redact(url)} refused the {what} (HTTP {status}, {who})",
                hint="Give --user/--password (or NEWSKG_STORE_USER/NEWSKG_STORE_PASSWORD) with update rights; "
                     "--auth digest for Virtuoso's /sparql-auth.",
            )
        if status == 400 and what == "query":
            return QueryError(f"the store rejected the query (HTTP 400): {detail}")
        return StoreError(f"SPARQL store at {_redact(url)} failed the {what} (HTTP {status}): {detail}")

    def _wrapper_error(self, what: str, url: str, exc: Exception) -> Exception:
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

        detail = self._scrub(" ".join(str(exc).split())[:400])
        if isinstance(exc, Unauthorized):
            return self._http_error(what, url, 401, detail)
        if isinstance(exc, QueryBadFormed):
            if what == "query":
                return QueryError(f"the store rejected the query: {detail}")
            return StoreError(f"SPARQL store at {_redact(url)} rejected an update: {detail}")
        if what == "query" and re.search(r"SP0\d\d|syntax error|parse error", detail, re.IGNORECASE):
            return QueryError(f"the store rejected the query: {detail}")  # Virtuoso reports these as HTTP 500
        return StoreError(f"SPARQL store at {_redact(url)} failed the {what}: {detail}")

    def _wrapper(self, url: str, *, update: bool) -> Any:
        from SPARQLWrapper import DIGEST, JSON, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper

        wrapper = SPARQLWrapper(url, updateEndpoint=url if update else None)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(POSTDIRECTLY if update else URLENCODED)
        wrapper.setReturnFormat(JSON)
        wrapper.setTimeout(int(max(1, self.timeout)))
        wrapper.setOnlyConneg(True)
        if self.user and self._password:
            wrapper.setCredentials(self.user, self._password)
            if self.endpoints.auth == "digest":
                wrapper.setHTTPAuth(DIGEST)
        return wrapper

    def _opener(self, url: str) -> urllib.request.OpenerDirector:
        handlers: list[urllib.request.BaseHandler] = []
        if self.user and self._password:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, url, self.user, self._password)
            handler_type = (urllib.request.HTTPDigestAuthHandler if self.endpoints.auth == "digest"
                            else urllib.request.HTTPBasicAuthHandler)
            handlers.append(handler_type(manager))
        return urllib.request.build_opener(*handlers)

    def _send(self, method: str, url: str, body: bytes | None, content_type: str | None,
              accept: str | None = None) -> bytes:
        """One plain HTTP request (Graph Store Protocol): auth, timeout, retries."""

        def call() -> bytes:
            request = urllib.request.Request(url, data=body, method=method)
            if content_type:
                request.add_header("Content-Type", content_type)
            if accept:
                request.add_header("Accept", accept)
            if self.user and self._password and self.endpoints.auth == "basic":  # pre-emptive: no 401 round trip
                token = base64.b64encode(f"{self.user}:{self._password}".encode()).decode()
                request.add_header("Authorization", f"Basic {token}")
            with self._opener(url).open(request, timeout=self.timeout) as response:
                return response.read()

        return self._retrying(f"{method} request", url, call)

    def _update(self, sparql: str) -> None:
        self._check_open()
        url = self.endpoints.update

        def call() -> None:
            wrapper = self._wrapper(url, update=True)
            wrapper.setQuery(sparql)
            wrapper.query().response.read()

        self._retrying("update", url, call)

    # -- writing

    def replace_graph(self, graph_iri: URIRef | str, graph: Graph) -> None:
        """Make ``graph`` the whole named graph in one request: Graph Store ``PUT``, else one SPARQL Update."""
        name = _graph_name(graph_iri)
        triples = _sorted_nt(graph)
        if self.endpoints.gsp:
            self._check_open()
            target = _gsp_url(self.endpoints.gsp, name[1:-1])
            if triples:
                self._send("PUT", target, triples.encode("utf-8"), "application/n-triples")
            else:
                self.remove_graph(graph_iri)
            return
        if not triples:
            self.remove_graph(graph_iri)
            return
        self._update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{triples}}} }}")

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        """Drop one named graph (no error if it is absent)."""
        self._update(f"DROP SILENT GRAPH {_graph_name(graph_iri)}")

    def load_file(self, path: Path | str, *, replace: bool = True) -> int:
        """Load an RDF file; graphs it names are replaced (as :meth:`EmbeddedStore.load_file`).

        With a Graph Store endpoint the whole file goes in one ``POST`` as N-Quads
        (Oxigraph loads it in one transaction); otherwise one ``INSERT DATA`` per graph
        and batch of :attr:`batch_size` triples. Default-graph triples are inserted
        into the default graph.
        """
        path = Path(path)
        fmt = format_for(path, _LOAD_FORMATS, "load", must_exist=True)
        by_graph: dict[str | None, list[str]] = {}
        count = 0
        try:
            for quad in ox.parse(path=str(path), format=fmt):
                count += 1
                key = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
                by_graph.setdefault(key, []).append(f"{_nt(quad.subject)} {_nt(quad.predicate)} {_nt(quad.object)} .")
        except SyntaxError as exc:
            raise InputError(f"cannot parse {path}: {exc}") from exc
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc}") from exc
        if replace and path.suffix.lower() in _QUAD_SUFFIXES:
            named = sorted(g for g in by_graph if g is not None)
            for start in range(0, len(named), 200):
                self._update(" ;\n".join(f"DROP SILENT GRAPH {_graph_name(g)}" for g in named[start:start + 200]))
        if self.endpoints.gsp:
            self._check_open()
            lines = []
            for graph_name, triples in by_graph.items():
                suffix = f" {_graph_name(graph_name)} ." if graph_name else " ."
                lines += [t[:-2] + suffix for t in triples]
            self._send("POST", self.endpoints.gsp, ("\n".join(lines) + "\n").encode("utf-8"), "application/n-quads")
            return count
        for graph_name, triples in sorted(by_graph.items(), key=lambda kv: kv[0] or ""):
            for start in range(0, len(triples), self.batch_size):
                body = "\n".join(triples[start:start + self.batch_size])
                if graph_name is None:
                    self._update(f"INSERT DATA {{\n{body}\n}}")
                else:
                    self._update(f"INSERT DATA {{ GRAPH {_graph_name(graph_name)} {{\n{body}\n}} }}")
        return count

    # -- reading

    def _select_json(self, sparql: str) -> dict[str, Any]:
        self._check_open()
        url = self.endpoints.query

        # SPARQLWrapper guesses query vs update from words anywhere in the text, comments included
        text = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))

        def call() -> dict[str, Any]:
            wrapper = self._wrapper(url, update=False)
            wrapper.setQuery(text)
            raw = wrapper.query().response.read()
            return json.loads(raw.decode("utf-8"))

        return self._retrying("query", url, call)

    def query(self, sparql: str) -> QueryResult:
        """Run SPARQL 1.1 at the query endpoint; results as :class:`QueryResult` (the same values as embedded)."""
        query_type = _query_type(sparql)
        if query_type in {"CONSTRUCT", "DESCRIBE"}:
            rows = [tuple(_python_value(t) for t in triple) for triple in self._construct(sparql)]
            return QueryResult(("subject", "predicate", "object"), rows)
        if query_type not in {"SELECT", "ASK"}:
            raise QueryError(f"only SELECT, ASK, CONSTRUCT and DESCRIBE can be run as queries, not {query_type}")
        data = self._select_json(sparql)
        if "boolean" in data:
            return QueryResult(("boolean",), [(bool(data["boolean"]),)])
        names = tuple(data.get("head", {}).get("vars", []))
        rows = []
        for binding in data.get("results", {}).get("bindings", []):
            rows.append(tuple(_python_value(_json_term(binding[n])) if n in binding else None for n in names))
        return QueryResult(names, rows)

    def _construct(self, sparql: str) -> list[tuple[Any, Any, Any]]:
        """CONSTRUCT/DESCRIBE as N-Triples (every store speaks it), parsed by Oxigraph."""
        self._check_open()
        url = self.endpoints.query
        body = urllib.parse.urlencode({"query": sparql}).encode("ascii")
        raw = self._send("POST", url, body, "application/x-www-form-urlencoded",
                         accept="application/n-triples, text/plain;q=0.9, text/turtle;q=0.5")
        try:
            return [(t.subject, t.predicate, t.object) for t in ox.parse(raw, format=ox.RdfFormat.TURTLE)]
        except SyntaxError as exc:
            raise StoreError(f"cannot read the store's CONSTRUCT result: {exc}") from exc

    def _scoped(self, var: str = "?g") -> str:
        return f'FILTER (STRSTARTS(STR({var}), "{self.GRAPH_SCOPE}"))'

    def _count(self, sparql: str) -> int:
        rows = self.query(sparql).rows
        return int(rows[0][0] or 0) if rows else 0

    def stats(self) -> dict[str, Any]:
        """The same counts as :meth:`EmbeddedStore.stats`, over the newskg graphs (:attr:`GRAPH_SCOPE`)."""
        types = {str(iri): t.value for t, iri in BASE_TYPES.items()}
        events = {str(iri): k.value for k, iri in EVENT_CLASSES.items()}
        predicates = {str(iri): k.value for k, iri in RELATION_PREDICATES.items()}
        scope = self._scoped()

        def by(sparql: str, keys: dict[str, str]) -> dict[str, int]:
            counts = {name: 0 for name in keys.values()}
            for iri, n in self.query(sparql).rows:
                counts[keys[str(iri)]] = int(n or 0)
            return counts

        def typed(classes: dict[str, str]) -> str:
            return (f"SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?t {{ {_iris(classes)} }} "
                    f"GRAPH ?g {{ ?x a ?t }} {scope} }} GROUP BY ?t")

        return {
            "quads": self._count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {scope} }}"),
            "triples": self._count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                                   f"GRAPH ?g {{ ?s ?p ?o }} {scope} }} }}"),
            "named_graphs": self._count(
                f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {scope} }}"),
            "documents": self._count(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH ?g {{ ?d a <{KG.Document}> }} "
                                     f"{scope} }}"),
            "entities": by(typed(types), types),
            "events": by(typed(events), events),
            "relations": by(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                f"VALUES ?p {{ {_iris(predicates)} }} GRAPH ?g {{ ?s ?p ?o }} {scope} }} }} GROUP BY ?p",
                predicates,
            ),
        }

    def export(self, output: Path | str | io.BufferedIOBase, fmt: str = "nquads") -> None:
        """Write the newskg graphs out, one graph at a time (one document graph is small; no store-side sorting).

        Paging one big ``ORDER BY … OFFSET`` is what Virtuoso refuses beyond 10,000 sorted rows.
        """
        rdf_format = _export_format(fmt)
        graphs = sorted(str(g) for (g,) in self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scoped()} }}").rows)

        def quads() -> Iterator[ox.Quad]:
            for graph in graphs:
                name = ox.NamedNode(graph)
                triples = self._construct(
                    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {_graph_name(graph)} {{ ?s ?p ?o }} }}")
                for subject, predicate, obj in sorted(triples, key=str):
                    yield ox.Quad(subject, predicate, obj, name)

        target = str(output) if isinstance(output, Path) else output
        try:
            if rdf_format is ox.RdfFormat.TURTLE:
                _write_union(quads(), target)
            else:
                ox.serialize(quads(), target, rdf_format,
                             prefixes=_PREFIXES if rdf_format is not ox.RdfFormat.N_QUADS else None)
        except OSError as exc:
            raise StoreError(f"cannot write the export: {exc}") from exc


_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", re.IGNORECASE)


def _query_type(sparql: str) -> str:
    """SELECT/ASK/CONSTRUCT/DESCRIBE/…: the first keyword after comments and the prologue.

    SPARQLWrapper's own guess reads words inside comments (a comment saying "add" made it an ADD).
    """
    body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    body = _PROLOGUE.sub("", body)
    match = re.match(r"\s*([A-Za-z]+)", body)
    return match.group(1).upper() if match else ""


def _read_body(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read().decode("utf-8", "replace")
    except Exception:
        return ""


def _sorted_nt(graph: Graph) -> str:
    """N-Triples of a graph, one statement per line, sorted (deterministic requests, full IRIs only)."""
    lines = sorted({line for line in graph.serialize(format="nt").splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def _gsp_url(base: str, graph: str) -> str:
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{urllib.parse.urlencode({'graph': graph})}"


def open_store(spec: str | Path, *, read_only: bool = False, user: str | None = None, password: str | None = None,
               update_endpoint: str | None = None, gsp_endpoint: str | None = None, auth: str | None = None,
               timeout: float = 30.0) -> Store:
    """The store ``--store`` names: a directory → :class:`EmbeddedStore`, an http(s) URL → :class:`SparqlStore`.

    Credentials come from the arguments, else ``NEWSKG_STORE_USER``/``NEWSKG_STORE_PASSWORD``,
    else a ``user:password@`` part of the URL (which is then removed from the URL).
    """
    if isinstance(spec, Path) and _URL.match(str(spec)):  # click's Path type: "http://x" became "http:/x"
        spec = str(spec)
    if isinstance(spec, str) and _URL.match(spec):
        parts = urllib.parse.urlsplit(spec)
        if parts.scheme not in {"http", "https"}:
            raise StoreError(f"cannot open {_redact(spec)}: only http(s) SPARQL endpoints are supported")
        url_user = urllib.parse.unquote(parts.username) if parts.username else None
        url_password = urllib.parse.unquote(parts.password) if parts.password else None
        clean = _redact(spec) + (f"?{parts.query}" if parts.query else "")
        endpoints = endpoints_for(clean, update=update_endpoint, gsp=gsp_endpoint, auth=auth)
        return SparqlStore(
            endpoints,
            user=user or os.environ.get("NEWSKG_STORE_USER") or url_user,
            password=password or os.environ.get("NEWSKG_STORE_PASSWORD") or url_password,
            timeout=timeout,
        )
    if read_only is False and (update_endpoint or gsp_endpoint):
        raise StoreError("--update-endpoint and --gsp-endpoint need a remote store (an http(s) URL for --store)")
    return EmbeddedStore(Path(spec), read_only=read_only)


# --------------------------------------------------------------------------- serving (oxigraph serve)


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` CLI (pip package ``oxigraph``): beside this Python first, then on PATH."""
    import shutil
    import sys

    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    return shutil.which("oxigraph")


class OxigraphServer:
    """``oxigraph serve`` (or ``serve-read-only``) on a store directory, as a context manager.

    Starting waits until the port answers, so the caller can query at once; a server
    that exits during start-up (the directory is locked by another process, the port
    is taken) becomes a :class:`StoreError` that quotes Oxigraph's reason.
    """

    def __init__(self, path: Path | str | None, *, port: int, bind: str = "127.0.0.1", writable: bool = False,
                 startup_timeout: float = 20.0) -> None:
        self.path = Path(path) if path is not None else None
        self.port = port
        self.bind = bind
        self.writable = writable
        self.startup_timeout = startup_timeout
        self.process: Any = None
        self._log: Any = None

    @property
    def url(self) -> str:
        host = f"[{self.bind}]" if ":" in self.bind else self.bind
        return f"http://{host}:{self.port}"

    def start(self) -> OxigraphServer:
        import socket
        import subprocess
        import tempfile

        binary = oxigraph_binary()
        if binary is None:
            raise StoreError("the oxigraph server is not installed",
                             hint="pip install oxigraph (it is in the project's [test] extra).")
        if self.path is not None and not self.writable and not self.path.is_dir():
            raise StoreError(f"no store at {self.path}", hint="Build one with `kg build`, or pass --writable.")
        command = [binary, "serve" if self.writable else "serve-read-only", "--bind", f"{self.bind}:{self.port}"]
        if self.path is not None:
            command += ["--location", str(self.path)]
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 -- lives as long as the server process
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._log.seek(0)
                reason = " ".join(self._log.read().decode("utf-8", "replace").split())[-500:]
                self.process = None
                if "lock" in reason.lower():
                    raise StoreError(
                        f"cannot serve {self.path}: another process has the store open, and Oxigraph allows only "
                        f"one process per directory ({reason})",
                        hint="Stop the other `kg` command or server first, or serve a copy of the directory.")
                if "in use" in reason.lower():
                    raise StoreError(f"cannot serve on {self.bind}:{self.port}: the port is taken ({reason})",
                                     hint="Give another --port.")
                raise StoreError(f"oxigraph serve exited at start-up: {reason}")
            try:
                with socket.create_connection((self.bind, self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise StoreError(f"oxigraph serve did not answer on {self.bind}:{self.port} in {self.startup_timeout:g}s")

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after 10 s) and wait for it."""
        import subprocess

        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_store(path: Path | str, *, port: int = 7878, bind: str = "127.0.0.1", writable: bool = False,
                say: Callable[[str], None] = print) -> int:
    """``kg serve``: run Oxigraph's server on the store until Ctrl-C; returns the exit code (0 on Ctrl-C)."""
    server = OxigraphServer(path, port=port, bind=bind, writable=writable)
    server.start()
    mode = "read-write" if writable else "read-only"
    say(f"serving {path} ({mode}) at {server.url}/  — SPARQL query endpoint {server.url}/query"
        + (f", update {server.url}/update, graph store {server.url}/store" if writable else "")
        + "; Ctrl-C stops")
    try:
        assert server.process is not None
        code = server.process.wait()
        return 0 if code == 0 else 2
    except KeyboardInterrupt:
        say("stopping")
        return 0
    finally:
        server.stop()
