"""Finding candidates: the one query for a batch of names, its rows as :class:`Candidate`, and the
batched, cached :class:`Lookup`.

Names come from text: every name goes into the query through :func:`kg.sparql.string_literal`,
which escapes quotes, backslashes and line breaks and checks the language tag, so a label
cannot change the query. The cache is kept per name (the key is the hash of the endpoint
and of the one-name query), so a run whose batches are composed differently — because some
entities got linked meanwhile — still hits it.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.link.cache import Cache
from kg.link.client import Client, EndpointError, EndpointUnavailable
from kg.model import EntityType
from kg.sparql import string_literal

__all__ = ["BATCH_SIZE", "CONTEXT_PROPERTIES", "ROW_LIMIT", "TYPE_CLASSES", "Candidate", "Lookup", "Name",
           "build_query", "parse_rows", "qid_of"]

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

_QID_IRI = re.compile(r"http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)")

Name = tuple[str, str]
"""A name to look up: (text, language tag)."""


def qid_of(iri: str | None) -> str | None:
    """``Q42`` for ``http://www.wikidata.org/entity/Q42``, else None."""
    match = _QID_IRI.fullmatch(iri or "")
    return match.group(1) if match else None


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
    values = " ".join(string_literal(text, lang) for text, lang in names)
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
        qid = qid_of(token)
        if qid:
            found.add(qid)
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
        qid = qid_of(_cell(binding, "item"))
        if name is None or qid is None:
            continue
        links = _cell(binding, "sitelinks")
        try:
            sitelinks = int(float(links)) if links is not None else None
        except ValueError:
            sitelinks = None
        found[name].append(Candidate(
            qid=qid,
            name=name,
            vias=frozenset((_cell(binding, "vias") or "").split()),
            classes=_qids(_cell(binding, "classes")),
            context=_qids(_cell(binding, "context")),
            sitelinks=sitelinks,
            label=_cell(binding, "label"),
            description=_cell(binding, "description"),
        ))
    return dict(found)



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


