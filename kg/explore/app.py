"""The explorer as a WSGI application: pages, JSON for the network view, and the SPARQL 1.1 Protocol.

Routes (all GET unless said):

=====================  =======================================================================
``/``                  search box, what the store holds, links to every view
``/search?q=NAME``     entities whose names or aliases (any language) contain NAME, or QID NAME
``/entity?iri=IRI``    one entity: types, names, Wikidata link, every fact with its evidence
``/network``           who met / visited / sanctioned / accused whom (Cytoscape.js); filters as
                       query parameters: ``kind`` (repeatable), ``from``, ``to``, ``min_confidence``,
                       ``focus`` (an entity IRI), ``limit``; ``/network.json`` gives the same as JSON
``/timeline?entity=IRI[&with=IRI]``  an entity's (or a pair's) events in date order
``/sparql``            the SPARQL editor (YASGUI) with our prefixes and the shipped queries
``/queries/NAME.rq``   the text of a shipped query
``/query``             SPARQL 1.1 Protocol, GET or POST (form or ``application/sparql-query``)
``/update``            POST, SPARQL 1.1 Update: only on a server started ``--writable``
``/static/…``          CSS, JS and the vendored libraries
=====================  =======================================================================

Every page escapes what it shows (Jinja2 autoescaping): names and sentences come from news text.
"""

from __future__ import annotations

import json
import re
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from http import HTTPStatus
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from kg.errors import KGError, QueryError, StoreError
from kg.explore.gateway import Answer, SparqlGateway, UpdateRefused
from kg.explore.lookups import EVENT_KINDS, PREFIXES, RELATION_KINDS, Fact, Lookups
from kg.explore.network import network
from kg.explore.web import (
    HttpError,
    Request,
    Response,
    entity_url,
    page_url,
    redirect,
    static_file,
    vendored,
    with_charset,
)
from kg.queries import list_queries, query_template
from kg.store import QueryResult, Store

__all__ = ["DEFAULT_KINDS", "ExplorerApp"]

DEFAULT_LIMIT = 200  # facts drawn by default: a readable picture, and a page in well under 300 ms on 1 M quads
DEFAULT_KINDS = ("Meeting", "Visit", "Agreement", "Sanction", "Accusation", "Denial")
KIND_LABELS = {
    "Meeting": "met", "Visit": "visited", "Agreement": "agreed with", "Sanction": "sanctioned",
    "Accusation": "accused", "Denial": "denied", "Statement": "spoke about",
    "leaderOf": "leads", "officialOf": "serves", "party": "has party",
}
_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
StartResponse = Callable[..., Any]


class ExplorerApp:
    """WSGI application over one store; every query goes through one :class:`SparqlGateway`."""

    def __init__(self, store: Store, *, writable: bool = False, label: str = "",
                 log: Callable[[str], None] | None = None, allowed_services: Sequence[str] = ()) -> None:
        self.gateway = SparqlGateway(store, writable=writable, allowed_services=allowed_services)
        self.lookups = Lookups(self._page_query)
        self.store_label = label or repr(store)
        self.log = log
        self.templates = Environment(loader=PackageLoader("kg.explore", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.globals.update(entity_url=entity_url, kind_label=kind_label, url=page_url,
                                      event_kinds=EVENT_KINDS, relation_kinds=RELATION_KINDS)
        self.templates.filters["confidence"] = lambda v: "" if v is None else f"{v:.2f}"
        self.routes: dict[str, Callable[[Request], Response]] = {
            "/": self.home, "/search": self.search, "/entity": self.entity, "/network": self.network,
            "/network.json": self.network_json, "/timeline": self.timeline, "/sparql": self.sparql,
            "/query": self.query, "/update": self.update,
        }

    def _page_query(self, sparql: str) -> QueryResult:
        result = self.gateway.run(sparql, page=True)
        assert isinstance(result, QueryResult)
        return result

    # -- WSGI

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        try:
            request = Request.from_environ(environ)
            response = self.dispatch(request)
        except HttpError as exc:
            response = self.error(exc.status, str(exc), environ.get("PATH_INFO", ""))
        except Exception:  # a bug: say so on the page and in the log, keep serving
            if self.log:
                self.log(traceback.format_exc())
            response = self.error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error (see the server's log)",
                                  environ.get("PATH_INFO", ""))
        headers = [("Content-Type", response.content_type), ("Content-Length", str(len(response.body))),
                   ("X-Content-Type-Options", "nosniff"),
                   ("Server-Timing", f"app;dur={(time.perf_counter() - started) * 1000:.1f}"), *response.headers]
        start_response(f"{response.status.value} {response.status.phrase}", headers)
        return [response.body] if environ["REQUEST_METHOD"] != "HEAD" else [b""]

    def dispatch(self, request: Request) -> Response:
        if request.path.startswith("/static/"):
            return static_file(request.path[len("/static/"):])
        if request.path.startswith("/queries/") and request.path.endswith(".rq"):
            return self.query_text(request.path[len("/queries/"):-len(".rq")])
        handler = self.routes.get(request.path.rstrip("/") or "/")
        if handler is None:
            raise HttpError(HTTPStatus.NOT_FOUND, f"no page at {request.path}")
        if request.method not in {"GET", "HEAD", "POST"} or (request.method == "POST" and handler not in
                                                              (self.query, self.update)):
            raise HttpError(HTTPStatus.METHOD_NOT_ALLOWED, f"{request.method} is not allowed on {request.path}")
        try:
            return handler(request)
        except UpdateRefused as exc:
            raise HttpError(HTTPStatus.FORBIDDEN, str(exc)) from None
        except QueryError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, str(exc)) from None
        except StoreError as exc:
            raise HttpError(HTTPStatus.BAD_GATEWAY, str(exc)) from None
        except KGError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, str(exc)) from None

    def render(self, template: str, **context: Any) -> Response:
        page = self.templates.get_template(template).render(store=self.store_label,
                                                            writable=self.gateway.writable, **context)
        return Response(page.encode("utf-8"))

    def error(self, status: HTTPStatus, message: str, path: str) -> Response:
        if path in {"/query", "/update", "/network.json"} or path.startswith("/queries/"):
            return Response(f"{status.value} {status.phrase}: {message}\n".encode(), status,
                            "text/plain; charset=utf-8")
        response = self.render("error.html", status=status, message=message)
        response.status = status
        return response

    # -- pages

    def home(self, request: Request) -> Response:
        rows = self._page_query(PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a kg:Document } }")
        documents = int(rows.rows[0][0] or 0) if rows.rows else 0
        return self.render("home.html", documents=documents, queries=list_queries())

    def search(self, request: Request) -> Response:
        text = request.get("q").strip()
        hits = self.lookups.search(text) if text else []
        return self.render("search.html", q=text, hits=hits)

    def entity(self, request: Request) -> Response:
        iri = request.get("iri").strip()
        if not iri:
            name = request.get("q").strip()
            hits = self.lookups.search(name) if name else []
            if len(hits) == 1 or (hits and hits[0].exact and not (len(hits) > 1 and hits[1].exact)):
                return redirect(entity_url(hits[0].iri))
            return redirect(page_url("/search", q=name))
        info = self.lookups.entity(iri)
        if info is None:
            raise HttpError(HTTPStatus.NOT_FOUND, f"the store has no entity {iri}")
        facts = self.lookups.facts(iri)
        names = self._names(facts)
        groups: dict[str, list[Fact]] = {}
        for fact in facts:
            groups.setdefault(fact.kind, []).append(fact)
        ordered = [(kind, groups[kind]) for kind in (*EVENT_KINDS, *RELATION_KINDS) if kind in groups]
        return self.render("entity.html", info=info, groups=ordered, names=names, facts=facts)

    def _names(self, facts: Iterable[Fact]) -> dict[str, tuple[str, str, str | None]]:
        parties = {p for fact in facts for members in fact.parties.values() for p in members}
        return self.lookups.describe(sorted(parties))

    def timeline(self, request: Request) -> Response:
        iri = request.get("entity").strip()
        other = request.get("with").strip()
        if not iri:
            raise HttpError(HTTPStatus.BAD_REQUEST, "give ?entity=IRI (and optionally &with=IRI)")
        facts = [f for f in self.lookups.facts(iri) if f.kind in EVENT_KINDS]
        if other:
            facts = [f for f in facts if any(other in members for members in f.parties.values())]
        facts.sort(key=lambda f: (f.when is None, f.when or "", f.kind))
        names = self._names(facts)
        names.update(self.lookups.describe([i for i in (iri, other) if i]))
        return self.render("timeline.html", iri=iri, other=other, facts=facts, names=names)

    def _network_args(self, request: Request) -> dict[str, Any]:
        kinds = [k for value in request.all("kind") for k in value.split(",") if k]
        unknown = sorted(set(kinds) - set(EVENT_KINDS) - set(RELATION_KINDS))
        if unknown:
            raise HttpError(HTTPStatus.BAD_REQUEST, f"unknown kind {', '.join(unknown)}")
        try:
            confidence = float(request.get("min_confidence") or 0)
            limit = max(1, min(int(request.get("limit") or DEFAULT_LIMIT), 2000))
        except ValueError:
            raise HttpError(HTTPStatus.BAD_REQUEST, "min_confidence is a number in [0, 1], limit a whole number"
                            ) from None
        for name in ("from", "to"):
            value = request.get(name).strip()
            if value and not _iso_prefix(value):
                raise HttpError(HTTPStatus.BAD_REQUEST, f"{name}: use a date like 2024, 2024-05 or 2024-05-13")
        return {"kinds": kinds or list(DEFAULT_KINDS), "focus": request.get("focus").strip() or None,
                "min_confidence": confidence, "date_from": request.get("from").strip() or None,
                "date_to": request.get("to").strip() or None, "limit": limit}

    def _network_data(self, args: dict[str, Any]) -> dict[str, Any]:
        edges = network(self._page_query, **args)
        nodes = {e for edge in edges for e in (edge.source, edge.target)}
        if args["focus"]:
            nodes.add(args["focus"])
        names = self.lookups.describe(sorted(nodes))
        return {
            "nodes": [{"id": n, "label": names.get(n, (n, "", None))[0], "type": names.get(n, (n, "", None))[1],
                       "qid": names.get(n, (n, "", None))[2], "href": entity_url(n), "focus": n == args["focus"]}
                      for n in sorted(nodes)],
            "edges": [{"id": f"{e.fact}|{e.source}|{e.target}", "source": e.source, "target": e.target,
                       "kind": e.kind, "label": kind_label(e.kind), "date": e.date, "confidence": e.confidence,
                       "documents": e.documents, "directed": e.directed} for e in edges],
            "limit": args["limit"],
            "facts": len({e.fact for e in edges}),
        }

    def network(self, request: Request) -> Response:
        args = self._network_args(request)
        data = self._network_data(args)
        focus_name = next((n["label"] for n in data["nodes"] if n["focus"]), None)
        payload = Markup(json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
                         .replace("&", "\\u0026"))  # safe inside <script>: no tag can close it
        return self.render("network.html", args=args, data=data, payload=payload, focus_name=focus_name,
                           vendored=vendored())

    def network_json(self, request: Request) -> Response:
        data = self._network_data(self._network_args(request))
        return Response(json.dumps(data, ensure_ascii=False).encode("utf-8"), content_type="application/json")

    def sparql(self, request: Request) -> Response:
        queries = list_queries()
        return self.render("sparql.html", queries=queries, prefixes=PREFIXES, vendored=vendored(),
                           selected=request.get("query"))

    def query_text(self, name: str) -> Response:
        """The shipped query's text, its optional parameters at their defaults (the editor fills in the rest)."""
        for info in list_queries():
            if info.name == name:
                return Response(query_template(info.path).encode("utf-8"),
                                content_type="application/sparql-query; charset=utf-8")
        raise HttpError(HTTPStatus.NOT_FOUND, f"no shipped query named {name!r}")

    # -- SPARQL 1.1 Protocol

    def query(self, request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip()
        if request.method == "POST" and content_type == "application/sparql-update":
            raise UpdateRefused("send SPARQL Update to /update" + ("" if self.gateway.writable else
                                                                    "; this server is read-only"))
        if request.method == "POST" and content_type == "application/sparql-query":
            text = request.body.decode("utf-8", "replace")
        else:
            if request.all("update"):
                raise UpdateRefused("send SPARQL Update to /update" + ("" if self.gateway.writable else
                                                                        "; this server is read-only"))
            text = request.get("query")
        if not text.strip():
            return redirect("/sparql") if request.method == "GET" and not request.params else \
                self._bad("no query: give the query parameter (SPARQL 1.1 Protocol)")
        answer = self.gateway.run(text, accept=request.headers.get("accept") or "*/*",
                                  requested=request.get("format") or request.get("output") or None,
                                  default_graphs=request.all("default-graph-uri"),
                                  named_graphs=request.all("named-graph-uri"))
        assert isinstance(answer, Answer)
        return Response(answer.body, content_type=with_charset(answer.media_type),
                        headers=[("Vary", "Accept"), ("Cache-Control", "no-store")])

    def update(self, request: Request) -> Response:
        if request.method != "POST":
            raise HttpError(HTTPStatus.METHOD_NOT_ALLOWED, "SPARQL Update takes POST")
        content_type = request.headers.get("content-type", "").split(";")[0].strip()
        text = request.body.decode("utf-8", "replace") if content_type == "application/sparql-update" \
            else request.get("update")
        if not text.strip():
            return self._bad("no update: POST application/sparql-update, or a form with update=")
        self.gateway.run(text, update=True)
        return Response(b"", HTTPStatus.NO_CONTENT, "text/plain")

    @staticmethod
    def _bad(message: str) -> Response:
        return Response(f"400 Bad Request: {message}\n".encode(), HTTPStatus.BAD_REQUEST, "text/plain; charset=utf-8")


# --------------------------------------------------------------------------- helpers


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def _iso_prefix(value: str) -> bool:
    return _ISO_PREFIX.fullmatch(value) is not None
