"""Online Wikidata linking: ask a SPARQL endpoint about entities the offline gazetteer could not link.

Why it is shaped this way:

* **A wrong link is worse than none.** A link merges two nodes for good, so a
  candidate must fit the entity's type (through ``wdt:P31/wdt:P279*``, see
  :data:`TYPE_CLASSES`), and the best candidate must beat the second by
  :data:`MARGIN`; otherwise the entity is reported as *ambiguous* and left alone.
  Ranking follows the offline linker's idea (type fit, the other linked entities of
  the same documents, a popularity prior from ``wikibase:sitelinks``) but lives
  here, so the two linkers can evolve separately.
* **Wikidata etiquette.** One descriptive User-Agent, a timeout on every request,
  bounded retries with exponential backoff that honour ``Retry-After`` (429 and
  5xx), several names per query (``VALUES``), and an on-disk cache so a second run
  sends nothing. The cache is kept per name (the key is the hash of the endpoint and
  of the one-name query), so a run whose batches are composed differently — because
  some entities got linked meanwhile — still hits it.
* **Names come from text.** Every name goes into the query through
  :func:`sparql_literal`, which escapes quotes, backslashes and line breaks and
  checks the language tag; a label cannot change the query.
* **Only the public store API.** Graphs are read with ``Store.query`` (terms
  rebuilt losslessly from ``STR``/``LANG``/``DATATYPE``) and written back with
  ``Store.replace_graph``, so the link lives in the document's own graph: re-loading
  a document replaces it, and a remote store (issue 4) works the same way.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import math
import os
import re
import socket
import tempfile
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SDO, SKOS, XSD
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.errors import KGError
from kg.model import EntityType
from kg.rdf import BASE_TYPES
from kg.store import QueryResult, Store
from kg.vocab import ENTITY, KG, WD, checked_iri

__all__ = [
    "DEFAULT_CACHE_DIR",
    "DEFAULT_ENDPOINT",
    "LINKED_BY",
    "TYPE_CLASSES",
    "Cache",
    "Candidate",
    "Client",
    "Decision",
    "EndpointError",
    "LinkRun",
    "build_query",
    "format_report",
    "link_store",
    "rank",
    "sparql_literal",
    "user_agent",
]

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
DEFAULT_CACHE_DIR = Path(".kg/wikidata-cache")
CONTACT = "https://w3id.org/newskg; mailto:newskg-maintainers@example.org"
"""Placeholder contact for the User-Agent (Wikidata's policy asks for one); ``NEWSKG_CONTACT`` overrides it."""

LINKED_BY = KG.linkedBy
"""``kg:linkedBy``: which linker wrote an ``owl:sameAs``."""
LINKED_BY_VALUE = "wikidata-sparql"

TYPE_CLASSES: dict[EntityType, tuple[str, ...]] = {
    EntityType.PERSON: ("Q5",),  # human
    EntityType.COUNTRY: ("Q6256", "Q3624078"),  # country, sovereign state
    EntityType.PLACE: ("Q2221906", "Q515", "Q486972"),  # geographic location, city, human settlement
    EntityType.ORGANIZATION: ("Q43229",),  # organization
    EntityType.TREATY: ("Q131569",),  # treaty
}
"""Entity type → the Wikidata classes an item must reach through ``wdt:P31/wdt:P279*``. Data, not code:
add a class here and both the query and the type fit follow."""

CONTEXT_PROPERTIES = ("P17", "P27", "P131", "P36", "P1376", "P159")
"""Properties whose values say where a candidate belongs (country, citizenship, located in, capital,
capital of, headquarters): a candidate related to something already linked in the document fits the context."""

BATCH_SIZE = 20
"""Names (text + language tag) per query: small enough for Wikidata's 60 s limit, large enough to be polite."""
ROW_LIMIT = 2000
"""Rows per query; a batch that reaches it may miss candidates, so its names abstain."""
MAX_CANDIDATES = 25
"""More typed candidates than this for one entity: the name is too common to link from the name alone."""
MARGIN = 0.2
"""The best candidate must beat the second by this much (the offline linker's margin)."""
MIN_SCORE = 0.7
"""Name match and type fit (without prior or context) a lone candidate needs."""
COMPATIBLE_FIT = 0.5
"""Type fit of a country for a place mention or a place for a country mention (the offline linker's
"compatible" types): possible, never as good as an exact fit."""

_COMPATIBLE = {EntityType.COUNTRY, EntityType.PLACE}
_BASE_TYPE_IRIS = {iri: t for t, iri in BASE_TYPES.items()}
_LANG_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_QID_IRI = re.compile(r"http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_RETRY_STATUS = {429, 500, 502, 503, 504}

Name = tuple[str, str]
"""A name to look up: (text, language tag)."""


class EndpointError(KGError):
    """The SPARQL endpoint could not be reached or did not answer usefully."""

    code = "E070"
    hint = ("Check --endpoint and the network; linking can be re-run later: answers already received "
            "are cached (--cache) and nothing is written for entities that were not looked up.")


class EndpointUnavailable(EndpointError):
    """The endpoint refused the connection or its host is unknown: retrying now would not help."""


# --------------------------------------------------------------------------- query text


def user_agent(contact: str | None = None) -> str:
    """The User-Agent Wikidata's policy asks for: tool name and version plus a way to reach us."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("newskg")
    except PackageNotFoundError:  # running from a source tree without installing
        ours = "0"
    try:
        wrapper = version("SPARQLWrapper")
    except PackageNotFoundError:
        wrapper = "?"
    contact = contact or os.environ.get("NEWSKG_CONTACT") or CONTACT
    return f"newskg/{ours} (+{contact}) SPARQLWrapper/{wrapper}"


def sparql_literal(text: str, lang: str | None = None) -> str:
    """``text`` as a one-line SPARQL string literal, with an optional checked language tag.

    Names come from news text, so ``"``, ``\\``, line breaks, ``}`` or ``>`` must stay
    inside the literal: quotes, backslashes and line breaks are escaped (ECHAR), and
    the tag is checked against BCP 47's shape. Other control characters cannot be in a
    Wikidata label and are refused (``ValueError``), like a malformed tag.
    """
    if _CONTROL.search(text):
        raise ValueError(f"control character in name {text!r}")
    body = "".join(_ECHAR.get(c, c) for c in text)
    if lang is None:
        return f'"{body}"'
    if not _LANG_TAG.fullmatch(lang):
        raise ValueError(f"not a language tag: {lang!r}")
    return f'"{body}"@{lang.lower()}'


def _class_values() -> str:
    qids = dict.fromkeys(q for classes in TYPE_CLASSES.values() for q in classes)
    return " ".join(f"wd:{q}" for q in qids)


def build_query(names: Sequence[Name], *, limit: int = ROW_LIMIT) -> str:
    """One SELECT for several names: every item with one of them as ``rdfs:label`` or ``skos:altLabel``
    that reaches a class of :data:`TYPE_CLASSES`, with its classes, context values, sitelinks, English
    label and description. One row per (name, item): aggregates keep the answer small.
    """
    if not names:
        raise ValueError("build_query needs at least one name")
    values = " ".join(sparql_literal(text, lang) for text, lang in names)
    related = "|".join(f"wdt:{p}" for p in CONTEXT_PROPERTIES)
    return f"""PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name ?item (GROUP_CONCAT(DISTINCT ?via) AS ?vias) (GROUP_CONCAT(DISTINCT STR(?class)) AS ?classes)
       (GROUP_CONCAT(DISTINCT STR(?related)) AS ?context) (MAX(?links) AS ?sitelinks)
       (SAMPLE(?enLabel) AS ?label) (SAMPLE(?enDescription) AS ?description)
WHERE {{
  VALUES ?name {{ {values} }}
  {{ ?item rdfs:label ?name . BIND("label" AS ?via) }}
  UNION
  {{ ?item skos:altLabel ?name . BIND("altLabel" AS ?via) }}
  VALUES ?class {{ {_class_values()} }}
  ?item wdt:P31/wdt:P279* ?class .
  OPTIONAL {{ ?item wikibase:sitelinks ?links . }}
  OPTIONAL {{ ?item {related} ?related . }}
  OPTIONAL {{ ?item rdfs:label ?enLabel . FILTER(LANG(?enLabel) = "en") }}
  OPTIONAL {{ ?item schema:description ?enDescription . FILTER(LANG(?enDescription) = "en") }}
}}
GROUP BY ?name ?item
LIMIT {int(limit)}
"""


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True, slots=True)
class Candidate:
    """One Wikidata item found for one name, as the endpoint described it."""

    qid: str
    name: Name
    vias: frozenset[str]  # "label" and/or "altLabel": how the name matched
    classes: frozenset[str]  # QIDs of TYPE_CLASSES the item reaches
    context: frozenset[str]  # QIDs of CONTEXT_PROPERTIES values
    sitelinks: int | None
    label: str | None
    description: str | None

    @property
    def types(self) -> frozenset[EntityType]:
        """The entity types whose classes the item reaches."""
        return frozenset(t for t, classes in TYPE_CLASSES.items() if self.classes & set(classes))


def _cell(binding: dict[str, Any], name: str) -> str | None:
    cell = binding.get(name)
    return cell.get("value") if isinstance(cell, dict) else None


def _qids(text: str | None) -> frozenset[str]:
    found = set()
    for token in (text or "").split():
        match = _QID_IRI.fullmatch(token)
        if match:
            found.add(match.group(1))
    return frozenset(found)


def _name_of(binding: dict[str, Any]) -> Name | None:
    cell = binding.get("name")
    if not isinstance(cell, dict) or cell.get("type") != "literal":
        return None
    return cell.get("value", ""), str(cell.get("xml:lang", "")).lower()


def parse_rows(bindings: Iterable[dict[str, Any]]) -> dict[Name, list[Candidate]]:
    """SPARQL JSON bindings of :func:`build_query` → candidates per name; non-item rows are dropped."""
    found: dict[Name, list[Candidate]] = defaultdict(list)
    for binding in bindings:
        name = _name_of(binding)
        match = _QID_IRI.fullmatch(_cell(binding, "item") or "")
        if name is None or match is None:
            continue
        links = _cell(binding, "sitelinks")
        try:
            sitelinks = int(float(links)) if links is not None else None
        except ValueError:
            sitelinks = None
        found[name].append(Candidate(
            qid=match.group(1),
            name=name,
            vias=frozenset((_cell(binding, "vias") or "").split()),
            classes=_qids(_cell(binding, "classes")),
            context=_qids(_cell(binding, "context")),
            sitelinks=sitelinks,
            label=_cell(binding, "label"),
            description=_cell(binding, "description"),
        ))
    return dict(found)


# --------------------------------------------------------------------------- cache


class Cache:
    """Endpoint answers on disk, one JSON file per (endpoint, query) hash.

    Written atomically (temporary file + rename), so an interrupted run never leaves
    half a file; an unreadable file is treated as a miss. ``None`` as directory turns
    caching off.
    """

    def __init__(self, directory: Path | str | None) -> None:
        self.directory = Path(directory) if directory is not None else None
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(endpoint: str, query: str) -> str:
        return hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()

    def _path(self, endpoint: str, query: str) -> Path | None:
        if self.directory is None:
            return None
        key = self.key(endpoint, query)
        return self.directory / key[:2] / f"{key}.json"

    def get(self, endpoint: str, query: str) -> dict[str, Any] | None:
        path = self._path(endpoint, query)
        if path is None or not path.is_file():
            self.misses += 1
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        if data.get("endpoint") != endpoint or data.get("query") != query:  # a hash collision, or a stray file
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, endpoint: str, query: str, payload: dict[str, Any]) -> None:
        path = self._path(endpoint, query)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"endpoint": endpoint, "query": query, **payload}
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# --------------------------------------------------------------------------- HTTP client


class _HTTPFailure(Exception):
    """An HTTP error status with its headers kept (SPARQLWrapper's own errors drop ``Retry-After``)."""

    def __init__(self, code: int, headers: Any, body: bytes) -> None:
        super().__init__(code)
        self.code = code
        self.headers = headers
        self.body = body


class _Wrapper(SPARQLWrapper):
    """SPARQLWrapper with our transport: a float timeout, loopback without proxies, headers kept on errors."""

    def _query(self) -> tuple[Any, str]:  # SPARQLWrapper's hook that sends the request
        request = self._createRequest()
        handlers = []
        if (urlsplit(self.endpoint).hostname or "") in {"127.0.0.1", "localhost", "::1"}:
            handlers.append(urllib.request.ProxyHandler({}))
        opener = urllib.request.build_opener(*handlers)
        try:
            return opener.open(request, timeout=self.timeout), self.returnFormat
        except urllib.error.HTTPError as exc:
            try:
                body = exc.read()
            except OSError:
                body = b""
            raise _HTTPFailure(exc.code, exc.headers, body) from None


def _retry_after(headers: Any, now: float) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), if any."""
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


class Client:
    """Sends SELECT queries through SPARQLWrapper, politely.

    ``retries`` extra attempts after a timeout, a dropped connection, 429 or 5xx,
    waiting ``backoff · 2^attempt`` seconds or what ``Retry-After`` asks, whichever is
    longer; a wait above ``max_wait`` means the endpoint wants us gone for now, so
    the client gives up instead. A refused connection or an unknown host is not
    retried (:class:`EndpointUnavailable`). ``requests`` counts HTTP requests sent.
    """

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, *, timeout: float = 60.0, retries: int = 3,
                 backoff: float = 1.0, max_wait: float = 120.0, agent: str | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise EndpointError(f"not an http(s) SPARQL endpoint URL: {endpoint!r}",
                                hint="Give --endpoint like https://query.wikidata.org/sparql.")
        self.endpoint = endpoint
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_wait = max_wait
        self.agent = agent or user_agent()
        self.sleep = sleep
        self.requests = 0
        self.waited = 0.0

    def _send(self, query: str) -> dict[str, Any]:
        wrapper = _Wrapper(self.endpoint, agent=self.agent)
        wrapper.setQuery(query)
        wrapper.setMethod(POST)  # long VALUES lists do not fit every URL length limit
        wrapper.setReturnFormat(JSON)
        wrapper.setOnlyConneg(True)  # Accept header only, no format=json parameters
        wrapper.timeout = self.timeout  # setTimeout() rounds to whole seconds
        self.requests += 1
        result = wrapper.query().convert()
        if not isinstance(result, dict) or "results" not in result:
            raise ValueError("not a SPARQL JSON SELECT result")
        return result

    def select(self, query: str) -> list[dict[str, Any]]:
        """The bindings of a SELECT; raises :class:`EndpointError` once the retries are spent."""
        attempt = 0
        while True:
            wait: float | None = None
            try:
                return list(self._send(query)["results"].get("bindings", []))
            except _HTTPFailure as exc:
                if exc.code not in _RETRY_STATUS:
                    detail = exc.body.decode("utf-8", "replace").strip().splitlines()
                    raise EndpointError(
                        f"{self.endpoint} answered HTTP {exc.code}"
                        + (f": {detail[0][:200]}" if detail else "")) from None
                why = f"HTTP {exc.code}"
                wait = _retry_after(exc.headers, time.time())
            except TimeoutError:
                why = f"no answer within {self.timeout:g} s"
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, TimeoutError):
                    why = f"no answer within {self.timeout:g} s"
                elif isinstance(reason, ConnectionRefusedError | socket.gaierror):
                    raise EndpointUnavailable(f"cannot reach {self.endpoint}: {reason}") from None
                else:
                    why = f"connection failed ({reason})"
            except (ConnectionError, http.client.HTTPException) as exc:
                why = f"connection dropped ({exc.__class__.__name__})"
            except ValueError as exc:  # JSON that does not parse, or not a SELECT result
                raise EndpointError(f"{self.endpoint} did not answer with SPARQL JSON results: {exc}") from None
            if attempt >= self.retries:
                raise EndpointError(f"{self.endpoint}: gave up after {attempt + 1} attempt(s), last: {why}")
            delay = max(wait or 0.0, self.backoff * 2 ** attempt)
            if delay > self.max_wait:
                raise EndpointError(f"{self.endpoint} asks to wait {delay:g} s ({why}); giving up for now")
            self.sleep(delay)
            self.waited += delay
            attempt += 1


# --------------------------------------------------------------------------- look-up


@dataclass(slots=True)
class Lookup:
    """Candidates per name: cache first, then the endpoint in batches of ``batch_size`` names."""

    client: Client
    cache: Cache
    batch_size: int = BATCH_SIZE
    batches: int = 0
    failed_batches: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    def candidates(self, names: Iterable[Name]) -> tuple[dict[Name, list[Candidate]], set[Name], set[Name]]:
        """``(candidates, truncated, failed)``: names whose batch hit the row limit, or was not answered."""
        endpoint = self.client.endpoint
        found: dict[Name, list[Candidate]] = {}
        truncated: set[Name] = set()
        failed: set[Name] = set()
        todo: list[Name] = []
        for name in sorted(set(names)):
            cached = self.cache.get(endpoint, build_query([name]))
            if cached is None:
                todo.append(name)
                continue
            found[name] = parse_rows(cached.get("rows", [])).get(name, [])
            if cached.get("truncated"):
                truncated.add(name)
        consecutive = 0
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start:start + self.batch_size]
            if consecutive >= 2:  # the endpoint keeps failing: do not hammer it with the rest
                self.failed_batches += 1
                failed.update(batch)
                continue
            self.batches += 1
            began = time.perf_counter()
            try:
                rows = self.client.select(build_query(batch))
            except EndpointUnavailable as exc:
                self.failed_batches += 1
                self.errors.append(str(exc.args[0]))
                failed.update(batch)
                consecutive = 2
                continue
            except EndpointError as exc:
                self.failed_batches += 1
                self.errors.append(str(exc.args[0]))
                failed.update(batch)
                consecutive += 1
                continue
            self.seconds.append(time.perf_counter() - began)
            consecutive = 0
            hit_limit = len(rows) >= ROW_LIMIT
            by_name: dict[Name, list[dict[str, Any]]] = defaultdict(list)
            for row in rows:
                name = _name_of(row)
                if name is not None:
                    by_name[name].append(row)
            for name in batch:
                self.cache.put(endpoint, build_query([name]), {"rows": by_name.get(name, []),
                                                              "truncated": hit_limit})
                found[name] = parse_rows(by_name.get(name, [])).get(name, [])
                if hit_limit:
                    truncated.add(name)
        return found, truncated, failed


# --------------------------------------------------------------------------- the store side


@dataclass(slots=True)
class StoredEntity:
    """An unlinked entity node as the store describes it, across all its document graphs."""

    iri: str
    type: EntityType
    labels: set[Name] = field(default_factory=set)  # rdfs:label
    aliases: set[Name] = field(default_factory=set)  # skos:altLabel
    graphs: set[str] = field(default_factory=set)
    types: set[EntityType] = field(default_factory=set)

    @property
    def name(self) -> str:
        english = sorted(t for t, lang in self.labels if lang == "en")
        return (english or sorted(t for t, _ in self.labels) or [self.iri])[0]

    def texts(self) -> set[str]:
        return {t for t, _ in self.labels | self.aliases}


_PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX owl: <{OWL}>
PREFIX rdfs: <{RDFS}>
PREFIX skos: <{SKOS}>
PREFIX schema: <{SDO}>
"""


def unlinked_entities(store: Store) -> list[StoredEntity]:
    """Entities of the five base types with no ``owl:sameAs`` in any graph, sorted by IRI."""
    classes = " ".join(f"<{iri}>" for iri in BASE_TYPES.values())
    result = store.query(_PREFIXES + f"""
SELECT ?g ?e ?type ?p ?text ?lang WHERE {{
  VALUES ?type {{ {classes} }}
  GRAPH ?g {{ ?e a ?type . OPTIONAL {{ ?e ?p ?l . FILTER(?p = rdfs:label || ?p = skos:altLabel) }} }}
  FILTER(isIRI(?e))
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?e owl:sameAs ?any }} }}
  BIND(STR(?l) AS ?text)
  BIND(LANG(?l) AS ?lang)
}}""")
    entities: dict[str, StoredEntity] = {}
    for graph, iri, type_iri, predicate, text, lang in result.rows:
        etype = _BASE_TYPE_IRIS[URIRef(str(type_iri))]
        entity = entities.setdefault(str(iri), StoredEntity(str(iri), etype))
        entity.types.add(etype)
        entity.graphs.add(str(graph))
        if text and lang:
            name = (str(text), str(lang).lower())
            (entity.labels if predicate == str(RDFS.label) else entity.aliases).add(name)
    return [entities[k] for k in sorted(entities)]


def document_languages(store: Store) -> dict[str, set[str]]:
    """Named graph → the languages of the documents it holds."""
    rows = store.query(_PREFIXES + "SELECT ?g ?lang WHERE { GRAPH ?g { ?d a kg:Document ; "
                       "schema:inLanguage ?lang } }").rows
    langs: dict[str, set[str]] = defaultdict(set)
    for graph, lang in rows:
        if lang:
            langs[str(graph)].add(str(lang).lower())
    return dict(langs)


def document_context(store: Store) -> dict[str, set[str]]:
    """Named graph → QIDs of the entities linked in it (what the rest of the document is about)."""
    rows = store.query(_PREFIXES + "SELECT ?g ?link WHERE { GRAPH ?g { ?x owl:sameAs ?link } }").rows
    context: dict[str, set[str]] = defaultdict(set)
    for graph, link in rows:
        match = _QID_IRI.fullmatch(str(link))
        if match:
            context[str(graph)].add(match.group(1))
    return dict(context)


# --------------------------------------------------------------------------- ranking


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate with its score and the parts the score is made of (for the report)."""

    candidate: Candidate
    score: float
    match: float
    fit: float
    context: float
    prior: float


@dataclass(slots=True)
class Decision:
    """What the linker concluded for one entity: ``linked``, ``ambiguous``, ``unlinked``, ``skipped``
    (not looked up: the endpoint failed) or ``conflict`` (the merge would give a node two base types)."""

    entity: StoredEntity
    status: str
    qid: str | None = None
    confidence: float = 0.0
    candidates: list[Scored] = field(default_factory=list)
    reason: str = ""


def _fit(entity_type: EntityType, candidate: Candidate) -> float:
    """1 for an item of the entity's own classes, :data:`COMPATIBLE_FIT` for a country/place swap, else 0.

    Every country is a geographic location in Wikidata, so for a *place* mention an item that is
    also a country only fits as well as a compatible type: "Georgia" the place is rarely the country.
    """
    types = candidate.types
    if entity_type in types:
        if entity_type is EntityType.PLACE and EntityType.COUNTRY in types:
            return COMPATIBLE_FIT
        return 1.0
    if entity_type in _COMPATIBLE and types & _COMPATIBLE:
        return COMPATIBLE_FIT
    return 0.0


def _match(candidate: Candidate, entity: StoredEntity) -> float:
    """How the name matched: a preferred name against a Wikidata label is best, an alias against an alias least."""
    preferred = candidate.name[0] in {t for t, _ in entity.labels}
    on_label = "label" in candidate.vias
    return {(True, True): 1.0, (True, False): 0.8, (False, True): 0.7, (False, False): 0.6}[(preferred, on_label)]


def rank(entity: StoredEntity, found: Sequence[Candidate], context: set[str]) -> Decision:
    """Score every typed candidate of ``entity`` and link the best, or abstain.

    score = ½·name match + ½·type fit + ½ when the item or one of its context values
    (country, capital, …) is linked elsewhere in the same documents + up to 0.3 for
    sitelinks (log scale, relative to the best-known candidate). Abstains when the best
    does not beat the second by :data:`MARGIN`, when a lone candidate is weak, and for a
    person named by one word only (as the offline linker does).
    """
    best: dict[str, Scored] = {}
    pool = [c for c in found if _fit(entity.type, c) > 0]
    top_links = max((c.sitelinks or 0 for c in pool), default=0)
    for candidate in pool:
        match = _match(candidate, entity)
        fit = _fit(entity.type, candidate)
        in_context = 0.5 if (candidate.qid in context or candidate.context & context) else 0.0
        prior = 0.3 * math.log1p(candidate.sitelinks or 0) / math.log1p(top_links) if top_links else 0.0
        scored = Scored(candidate, round(0.5 * match + 0.5 * fit + in_context + prior, 4), match, fit,
                        in_context, round(prior, 4))
        kept = best.get(candidate.qid)
        if kept is None or scored.score > kept.score:
            best[candidate.qid] = scored
    ranked = sorted(best.values(), key=lambda s: (-s.score, s.candidate.qid))
    decision = Decision(entity, "unlinked", candidates=ranked)
    if not ranked:
        decision.reason = "no candidate of a fitting type"
        return decision
    if entity.type is EntityType.PERSON and not any(len(t.split()) > 1 for t in entity.texts()):
        decision.status, decision.reason = "ambiguous", "a person named by one word only"
        return decision
    if len(ranked) > MAX_CANDIDATES:
        decision.status, decision.reason = "ambiguous", f"{len(ranked)} candidates: too common a name"
        return decision
    top = ranked[0]
    if 0.5 * top.match + 0.5 * top.fit < MIN_SCORE:
        decision.reason = "the only candidates match the name or type weakly"
        return decision
    margin = top.score - ranked[1].score if len(ranked) > 1 else 1.0
    if margin < MARGIN:
        decision.status = "ambiguous"
        decision.reason = f"{ranked[0].candidate.qid} and {ranked[1].candidate.qid} score within {MARGIN}"
        decision.confidence = round(min(0.95, 0.5 + margin), 4)
        return decision
    decision.status, decision.qid = "linked", top.candidate.qid
    decision.confidence = round(min(0.95, 0.5 + margin), 4)
    decision.reason = f"{top.candidate.label or top.candidate.qid}: {top.candidate.description or ''}".strip(": ")
    return decision


# --------------------------------------------------------------------------- write-back and merge


def _term(value: Any, kind: str, lexical: Any, lang: Any, datatype: Any) -> URIRef | BNode | Literal:
    if kind == "i":
        return URIRef(str(value))
    if kind == "b":
        return BNode(str(value)[2:])
    if lang:
        return Literal(str(lexical), lang=str(lang))
    if datatype and datatype != str(XSD.string):
        return Literal(str(lexical), datatype=URIRef(str(datatype)))
    return Literal(str(lexical))


def read_graph(store: Store, graph_iri: str) -> Graph:
    """One named graph as an rdflib Graph, every literal rebuilt with its language tag or datatype.

    ``Store.query`` gives plain values, so the lexical form, tag and datatype are asked for separately.
    """
    name = checked_iri(graph_iri)
    result = store.query(f"""SELECT ?s ?p ?o ?sk ?ok ?ov ?ol ?od WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }}
  BIND(IF(isBLANK(?s), "b", "i") AS ?sk)
  BIND(IF(isIRI(?o), "i", IF(isBLANK(?o), "b", "l")) AS ?ok)
  BIND(STR(?o) AS ?ov) BIND(LANG(?o) AS ?ol) BIND(STR(DATATYPE(?o)) AS ?od) }}""")
    graph = Graph(identifier=name)
    for s, p, o, sk, ok, ov, ol, od in result.rows:
        subject = _term(s, str(sk), None, None, None)
        graph.add((subject, URIRef(str(p)), _term(o, str(ok), ov, ol, od)))
    return graph


def _graphs_mentioning(store: Store, iris: Sequence[str]) -> set[str]:
    graphs: set[str] = set()
    for start in range(0, len(iris), 200):
        values = " ".join(f"<{checked_iri(i)}>" for i in iris[start:start + 200])
        rows = store.query(f"SELECT DISTINCT ?g WHERE {{ VALUES ?e {{ {values} }} "
                           "GRAPH ?g { { ?e ?p ?o } UNION { ?s ?p ?e } } }").rows
        graphs.update(str(g) for (g,) in rows)
    return graphs


def _rewrite(graph: Graph, links: dict[URIRef, str]) -> tuple[Graph, set[str]]:
    """``graph`` with each linked node renamed to its QID IRI, ``owl:sameAs`` and ``kg:linkedBy`` added,
    and names merged; also the QIDs whose merged node would carry two base types here (conflicts)."""
    renames = {node: ENTITY[qid] for node, qid in links.items()}
    out = Graph(identifier=graph.identifier)
    for s, p, o in graph:
        out.add((renames.get(s, s), p, renames.get(o, o) if isinstance(o, URIRef) else o))  # type: ignore[arg-type]
    conflicts: set[str] = set()
    for node, qid in sorted(links.items()):
        target = renames[node]
        if (node, RDF.type, None) not in graph:  # only mentioned here (an object), described elsewhere
            continue
        if (target, OWL.sameAs, None) not in graph:
            out.add((target, LINKED_BY, Literal(LINKED_BY_VALUE)))
        out.add((target, OWL.sameAs, WD[qid]))
        if len({t for t in out.objects(target, RDF.type) if t in _BASE_TYPE_IRIS}) > 1:
            conflicts.add(qid)
    for target in sorted(set(renames.values())):
        _merge_labels(out, graph, target)
    return out, conflicts


def _merge_labels(out: Graph, original: Graph, target: URIRef) -> None:
    """One ``rdfs:label`` per language per document (as :mod:`kg.rdf` writes them); the others become
    ``skos:altLabel``; an alias equal to a label goes. The label the QID node already had wins."""
    by_lang: dict[str, list[Literal]] = defaultdict(list)
    for label in out.objects(target, RDFS.label):
        by_lang[getattr(label, "language", None) or ""].append(label)  # type: ignore[arg-type]
    for labels in by_lang.values():
        if len(labels) < 2:
            continue
        labels.sort(key=lambda lit: ((target, RDFS.label, lit) not in original, str(lit)))
        for extra in labels[1:]:
            out.remove((target, RDFS.label, extra))
            out.add((target, SKOS.altLabel, extra))
    for label in list(out.objects(target, RDFS.label)):
        out.remove((target, SKOS.altLabel, label))


def apply_links(store: Store, decisions: Sequence[Decision], *, dry_run: bool = False) -> int:
    """Write the ``linked`` decisions into every graph that names the entities; returns graphs written.

    Plans every graph first and turns a decision whose merge would give one node two base
    types in a graph into a ``conflict`` (re-planning until none is left), so nothing is
    written for it; then replaces each changed graph in one update.
    """
    by_node = {URIRef(d.entity.iri): d for d in decisions if d.status == "linked" and d.qid}
    if not by_node:
        return 0
    graphs = sorted(_graphs_mentioning(store, sorted(str(n) for n in by_node)))
    originals = {g: read_graph(store, g) for g in graphs}
    while True:
        links = {node: d.qid for node, d in by_node.items() if d.status == "linked" and d.qid}
        planned: dict[str, Graph] = {}
        conflicts: set[str] = set()
        for name, graph in originals.items():
            mine = {n: q for n, q in links.items() if (n, None, None) in graph or (None, None, n) in graph}
            if mine:
                planned[name], found = _rewrite(graph, mine)
                conflicts |= found
        if not conflicts:
            break
        for decision in by_node.values():
            if decision.qid in conflicts:
                decision.status = "conflict"
                decision.reason = f"another node linked to {decision.qid} has a different type in the same document"
    if not dry_run:
        for name, graph in planned.items():
            store.replace_graph(name, graph)
    return len(planned)


# --------------------------------------------------------------------------- the whole run


@dataclass(slots=True)
class LinkRun:
    """What one ``kg link`` did: a decision per unlinked entity, and what it cost."""

    decisions: list[Decision]
    endpoint: str
    batches: int = 0
    failed_batches: int = 0
    requests: int = 0
    cache_hits: int = 0
    graphs_written: int = 0
    errors: list[str] = field(default_factory=list)
    seconds_per_batch: list[float] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every look-up got an answer (entities may still be unlinked or ambiguous: that is a result)."""
        return self.failed_batches == 0

    def count(self, status: str) -> int:
        return sum(1 for d in self.decisions if d.status == status)


def _names_for(entity: StoredEntity, langs: set[str]) -> set[Name]:
    names: set[Name] = set()
    for text in entity.texts():
        text = " ".join(text.split())
        if not text or _CONTROL.search(text):
            continue
        names.update((text, lang) for lang in langs)
    return names


def link_store(store: Store, *, endpoint: str = DEFAULT_ENDPOINT, cache_dir: Path | str | None = DEFAULT_CACHE_DIR,
               langs: Sequence[str] | None = None, client: Client | None = None, batch_size: int = BATCH_SIZE,
               dry_run: bool = False) -> LinkRun:
    """Link the store's unlinked entities through ``endpoint`` and write the links back.

    ``langs`` overrides the languages names are looked up in (default: each entity's
    document languages and English). Raises :class:`EndpointError` when no batch got an
    answer — nothing is written then; when only some did, the entities of the failed
    batches are ``skipped`` and the run is not :attr:`LinkRun.ok`.
    """
    for lang in langs or ():
        if not _LANG_TAG.fullmatch(lang):
            raise EndpointError(f"not a language tag: {lang!r}", hint="Give --lang like en or id.")
    client = client or Client(endpoint)
    cache = Cache(cache_dir)
    lookup = Lookup(client, cache, batch_size=max(1, batch_size))
    entities = unlinked_entities(store)
    doc_langs = document_languages(store)
    context = document_context(store)
    wanted: dict[str, set[Name]] = {}
    for entity in entities:
        if langs:
            entity_langs = {lang.lower() for lang in langs}
        else:
            entity_langs = {"en"} | {lang for g in entity.graphs for lang in doc_langs.get(g, set())}
        wanted[entity.iri] = _names_for(entity, entity_langs)
    found, truncated, failed = lookup.candidates(n for names in wanted.values() for n in names)
    run = LinkRun([], client.endpoint, batches=lookup.batches, failed_batches=lookup.failed_batches,
                  requests=client.requests, cache_hits=cache.hits, errors=lookup.errors,
                  seconds_per_batch=lookup.seconds)
    if failed and not lookup.seconds and not cache.hits:  # the endpoint never answered and the cache had nothing
        first = lookup.errors[0] if lookup.errors else "no batch was answered"
        raise EndpointError(f"{first} — nothing was linked or written")
    decisions: dict[str, Decision] = {}
    pending: list[StoredEntity] = []
    for entity in entities:
        names = wanted[entity.iri]
        if len(entity.types) > 1:
            decisions[entity.iri] = Decision(entity, "unlinked", reason="typed differently in different documents")
        elif names & failed:
            decisions[entity.iri] = Decision(entity, "skipped", reason="look-up failed (endpoint error)")
        elif names & truncated:
            decisions[entity.iri] = Decision(entity, "ambiguous", reason="too many candidates for the row limit")
        elif not names:
            decisions[entity.iri] = Decision(entity, "unlinked", reason="no usable name")
        else:
            pending.append(entity)
    # Rank until nothing changes: an entity linked now is context for the others of its documents.
    linked_context: dict[str, set[str]] = defaultdict(set)
    for _ in range(3):
        changed = False
        for entity in pending:
            ctx = set().union(*(context.get(g, set()) | linked_context[g] for g in entity.graphs))
            candidates = [c for n in sorted(wanted[entity.iri]) for c in found.get(n, [])]
            decision = rank(entity, candidates, ctx)
            previous = decisions.get(entity.iri)
            if previous is None or previous.status != decision.status or previous.qid != decision.qid:
                changed = True
            decisions[entity.iri] = decision
            if decision.status == "linked" and decision.qid:
                for g in entity.graphs:
                    linked_context[g].add(decision.qid)
        if not changed:
            break
    run.decisions = [decisions[e.iri] for e in entities]
    run.graphs_written = apply_links(store, run.decisions, dry_run=dry_run)
    return run


# --------------------------------------------------------------------------- report


def _candidates_text(decision: Decision, limit: int = 4) -> str:
    return ", ".join(f"{s.candidate.qid} {s.score:.2f}" for s in decision.candidates[:limit])


def format_report(run: LinkRun, fmt: str = "table") -> str:
    """Linked, ambiguous (with candidates and scores), conflicting, skipped and unlinked entities."""
    order = {"linked": 0, "ambiguous": 1, "conflict": 2, "skipped": 3, "unlinked": 4}
    decisions = sorted(run.decisions, key=lambda d: (order.get(d.status, 9), d.entity.name.casefold(),
                                                      d.entity.iri))
    if fmt == "json":
        data = [{
            "status": d.status,
            "entity": d.entity.name,
            "type": d.entity.type.value,
            "iri": str(ENTITY[d.qid]) if d.status == "linked" and d.qid else d.entity.iri,
            "qid": d.qid,
            "confidence": d.confidence,
            "reason": d.reason,
            "candidates": [{
                "qid": s.candidate.qid, "score": s.score, "label": s.candidate.label,
                "description": s.candidate.description, "sitelinks": s.candidate.sitelinks,
                "match": s.match, "fit": s.fit, "context": s.context, "prior": s.prior,
            } for s in d.candidates],
        } for d in decisions]
        return json.dumps(data, indent=2, ensure_ascii=False)
    from kg.queries import format_result

    rows = [(d.status, d.entity.name, d.entity.type.value, d.qid or "", _candidates_text(d), d.reason)
            for d in decisions]
    return format_result(QueryResult(("status", "entity", "type", "qid", "candidates", "reason"), rows), "table")
