"""The small SPARQL queries behind the search and entity pages, and the plain values they give.

Every query names the entity (or facts, or graphs) it is about as constant IRIs, so the store
answers from its indexes whatever its size: a page never scans the whole dataset, except
search (every name once); the network's queries are in :mod:`kg.explore.network`. Values
from the store are bound with :func:`kg.queries.sparql_term`, never pasted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from kg.model import EntityType, EventKind, RelationKind
from kg.queries import sparql_term
from kg.rdf import PREFIXES as RDF_PREFIXES
from kg.sparql import string_literal
from kg.store import QueryResult

__all__ = [
    "EVENT_KINDS",
    "RELATION_KINDS",
    "DocumentInfo",
    "EntityInfo",
    "Evidence",
    "Fact",
    "Lookups",
    "SearchHit",
    "as_number",
    "as_text",
    "chunks",
    "iri",
    "iris",
    "literal",
    "local",
]

KG = "https://w3id.org/newskg/ontology#"
# the prefixes every page query and the SPARQL editor start with: the ones our graphs are written with
PREFIXES = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in RDF_PREFIXES.items())
EVENT_KINDS = tuple(kind.value for kind in EventKind)
RELATION_KINDS = tuple(kind.value for kind in RelationKind)
BASE_TYPES = tuple(entity_type.value for entity_type in EntityType)
WIKIDATA = "http://www.wikidata.org/entity/"

Run = Callable[[str], QueryResult]


def iri(value: str) -> str:
    """One IRI as a SPARQL term (checked: a bad IRI is a QueryError, never pasted)."""
    return sparql_term(f"<{value}>")


def iris(values: Iterable[str]) -> str:
    return " ".join(iri(v) for v in sorted(set(values)))


def literal(value: str) -> str:
    """One string literal, escaped (whatever the text looks like: ``<…>`` stays text here).

    What a user types may hold control characters, which are not text: they are dropped.
    """
    return string_literal("".join(c for c in value if c in "\t\n\r" or unicodedata.category(c) != "Cc"))


def local(value: str | None) -> str:
    """``…#Meeting`` → ``Meeting``."""
    return (value or "").rpartition("#")[2]


def as_number(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class SearchHit:
    iri: str
    label: str
    type: str
    qid: str | None
    matched: str
    exact: bool


@dataclass(frozen=True, slots=True)
class EntityInfo:
    iri: str
    label: str
    types: tuple[str, ...]
    labels: tuple[tuple[str, str], ...]  # (text, language)
    aliases: tuple[tuple[str, str], ...]
    qid: str | None
    documents: int

    @property
    def wikidata(self) -> str | None:
        return f"https://www.wikidata.org/wiki/{self.qid}" if self.qid else None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    graph: str
    identifier: str
    headline: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    confidence: float | None
    document: DocumentInfo


@dataclass
class Fact:
    """One event or relation node an entity takes part in, as the page shows it."""

    iri: str
    kind: str  # Meeting, Visit … or leaderOf, officialOf, party
    roles: set[str] = field(default_factory=set)  # the entity's roles: agent, target, location, subject, object
    date: str | None = None
    parties: dict[str, set[str]] = field(default_factory=dict)  # role → IRIs of the other parties
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len({e.document.graph for e in self.evidence})

    @property
    def confidence(self) -> float | None:
        values = [e.confidence for e in self.evidence if e.confidence is not None]
        return max(values) if values else None

    @property
    def when(self) -> str | None:
        """The event's date, else the earliest publication date of the documents that report it."""
        if self.date:
            return self.date
        published = sorted(e.document.published for e in self.evidence if e.document.published)
        return published[0] if published else None


# --------------------------------------------------------------------------- queries


class Lookups:
    """The pages' queries over one ``run`` function (the explorer's :class:`~kg.explore.gateway.SparqlGateway`)."""

    def __init__(self, run: Run) -> None:
        self.run = run

    def _select(self, body: str) -> QueryResult:
        return self.run(PREFIXES + body)

    # -- search

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Entities whose name or alias (any language) contains ``text``, or whose QID is ``text``.

        Exact names first, then by label. The QID form (``Q7747``) is looked up by IRI.
        """
        needle = " ".join(text.split()).lower()
        if not needle:
            return []
        found: dict[str, tuple[str, bool]] = {}
        if needle[0] == "q" and needle[1:].isdigit():
            qid = needle.upper()
            rows = self._select(f"""
SELECT DISTINCT ?e WHERE {{
  {{ GRAPH ?g {{ ?e owl:sameAs {iri(WIKIDATA + qid)} . }} }}
}} LIMIT {limit}""").rows
            found.update({str(e): (qid, True) for (e,) in rows})
        # two quad patterns, not the path rdfs:label|skos:altLabel (Oxigraph scans a path far slower)
        rows = self._select(f"""
SELECT DISTINCT ?e ?name WHERE {{
  {{ GRAPH ?g {{ ?e rdfs:label ?label . }} }} UNION {{ GRAPH ?g {{ ?e skos:altLabel ?label . }} }}
  FILTER (REGEX(?label, {literal(_regex_escape(needle))}, "i"))
  BIND (STR(?label) AS ?name)
}}""").rows
        for e, name in rows:
            exact = " ".join(str(name).split()).lower() == needle
            kept = found.get(str(e))
            if kept is None or (exact, -len(str(name))) > (kept[1], -len(kept[0])):
                found[str(e)] = (str(name), exact)
        ranked = sorted(found.items(), key=lambda kv: (not kv[1][1], len(kv[1][0]), kv[1][0].lower(), kv[0]))
        ranked = ranked[:limit]
        described = self.describe([e for e, _ in ranked])
        hits = []
        for entity, (matched, exact) in ranked:
            label, kind, qid = described.get(entity, (entity, "", None))
            hits.append(SearchHit(entity, label, kind, qid, matched, exact))
        return hits

    # -- one entity

    def describe(self, entities: Sequence[str]) -> dict[str, tuple[str, str, str | None]]:
        """IRI → (display label, base type, QID) for each entity: its skos:prefLabel, English first."""
        if not entities:
            return {}
        result: dict[str, tuple[str, str, str | None]] = {}
        for chunk in chunks(sorted(set(entities)), 400):
            rows = self._select(f"""
SELECT ?e ?key ?type ?link WHERE {{
  {{
    SELECT ?e (MIN(?k) AS ?key) WHERE {{
      VALUES ?e {{ {iris(chunk)} }}
      GRAPH ?g {{ ?e skos:prefLabel ?l . }}
      BIND (CONCAT(IF(LANGMATCHES(LANG(?l), "en"), "0", "1"), STR(?l)) AS ?k)
    }} GROUP BY ?e
  }} UNION {{
    SELECT DISTINCT ?e ?type WHERE {{
      VALUES ?e {{ {iris(chunk)} }}
      GRAPH ?g {{ ?e a ?type . }}
      FILTER (?type IN ({", ".join(f"kg:{t}" for t in BASE_TYPES)}))
    }}
  }} UNION {{
    SELECT DISTINCT ?e ?link WHERE {{
      VALUES ?e {{ {iris(chunk)} }}
      GRAPH ?g {{ ?e owl:sameAs ?link . }}
    }}
  }}
}}""").rows
            labels: dict[str, str] = {}
            types: dict[str, str] = {}
            links: dict[str, str] = {}
            for e, key, kind, link in rows:
                if key is not None:
                    labels[str(e)] = str(key)[1:]
                if kind is not None:
                    types[str(e)] = min(types.get(str(e), local(str(kind))), local(str(kind)))
                if link is not None and str(link).startswith(WIKIDATA):
                    links[str(e)] = str(link)[len(WIKIDATA):]
            for e in chunk:
                result[e] = (labels.get(e, e), types.get(e, ""), links.get(e))
        return result

    def entity(self, entity: str) -> EntityInfo | None:
        """Types, names, Wikidata link and number of documents of one entity; None if the store has no such node."""
        rows = self._select(f"""
SELECT ?property ?value (COUNT(DISTINCT ?g) AS ?graphs) WHERE {{
  VALUES ?property {{ rdf:type rdfs:label skos:altLabel skos:prefLabel owl:sameAs }}
  GRAPH ?g {{ {iri(entity)} ?property ?value . }}
}} GROUP BY ?property ?value""").rows
        if not rows:
            return None
        types, labels, aliases, qid, documents, pref = set(), set(), set(), None, 0, []
        lang_rows = self._select(f"""
SELECT DISTINCT ?property ?text ?lang WHERE {{
  VALUES ?property {{ rdfs:label skos:altLabel skos:prefLabel }}
  GRAPH ?g {{ {iri(entity)} ?property ?value . }}
  BIND (STR(?value) AS ?text)
  BIND (LANG(?value) AS ?lang)
}}""").rows
        for prop, value, graphs in rows:
            name = local(str(prop)) if "#" in str(prop) else str(prop).rpartition("/")[2]
            if name == "type" and str(value).startswith(KG):
                types.add(local(str(value)))
                documents = max(documents, int(graphs or 0))
            elif name == "sameAs" and str(value).startswith(WIKIDATA):
                qid = str(value)[len(WIKIDATA):]
        for prop, text, lang in lang_rows:
            name = local(str(prop)) if "#" in str(prop) else str(prop).rpartition("/")[2]
            pair = (str(text), str(lang or ""))
            if name == "label":
                labels.add(pair)
            elif name == "altLabel":
                aliases.add(pair)
            else:
                pref.append(("0" if pair[1].lower().startswith("en") else "1") + pair[0])
        label = min(pref)[1:] if pref else (min(labels)[0] if labels else entity)
        ordered_types = tuple(sorted(types, key=lambda t: (t not in BASE_TYPES, t)))
        return EntityInfo(entity, label, ordered_types, tuple(sorted(labels, key=lambda p: (p[1], p[0]))),
                          tuple(sorted(aliases - labels, key=lambda p: (p[1], p[0]))), qid, documents)

    def facts(self, entity: str, *, limit: int = 2000) -> list[Fact]:
        """Every event and relation the entity takes part in, with the other parties, dates and evidence."""
        node = iri(entity)
        # no VALUES on kinds or roles: Oxigraph would start from them and scan every fact of the store
        rows = self._select(f"""
SELECT ?fact ?kind ?role ?when WHERE {{
  {{
    GRAPH ?g {{ ?fact ?role {node} ; a ?kind . }}
    FILTER (?role IN (kg:agent, kg:target, kg:location) && ?kind IN ({", ".join(f"kg:{k}" for k in EVENT_KINDS)}))
    OPTIONAL {{ GRAPH ?g {{ ?fact kg:date ?when . }} }}
  }} UNION {{
    GRAPH ?g {{ ?fact rdf:subject {node} ; rdf:predicate ?kind . }}
    BIND (rdf:subject AS ?role)
  }} UNION {{
    GRAPH ?g {{ ?fact rdf:object {node} ; rdf:predicate ?kind . }}
    BIND (rdf:object AS ?role)
  }}
}} LIMIT {limit}""").rows
        facts: dict[str, Fact] = {}
        for fact_iri, kind, role, when in rows:
            if local(str(kind)) not in EVENT_KINDS + RELATION_KINDS:
                continue
            fact = facts.setdefault(str(fact_iri), Fact(str(fact_iri), local(str(kind))))
            fact.roles.add(local(str(role)))
            if when is not None:
                fact.date = str(when)
        evidence_rows: list[tuple[str, str, str, float | None]] = []
        for chunk in chunks(sorted(facts), 300):
            evidence_rows += [(str(f), str(g), str(sentence), as_number(confidence)) for f, g, sentence, confidence in
                              self._select(f"""
SELECT ?fact ?g ?sentence ?confidence WHERE {{
  VALUES ?fact {{ {iris(chunk)} }}
  GRAPH ?g {{ ?fact kg:evidence ?evidence . ?evidence kg:sentenceText ?sentence . }}
  OPTIONAL {{ GRAPH ?g {{ ?evidence kg:confidence ?confidence . }} }}
}}""").rows]
        self._add_parties(facts, entity)
        documents = self.documents({g for _, g, _, _ in evidence_rows})
        seen: set[tuple[str, str, str]] = set()
        for fact_iri, graph, sentence, confidence in evidence_rows:
            key = (fact_iri, graph, sentence)
            if key in seen:
                continue
            seen.add(key)
            document = documents.get(graph) or DocumentInfo(graph, graph, None, None, None)
            facts[fact_iri].evidence.append(Evidence(sentence, confidence, document))
        for fact in facts.values():
            fact.evidence.sort(key=lambda e: (e.document.published or "", e.document.identifier, e.sentence))
        return sorted(facts.values(), key=lambda f: (f.when or "9999", f.kind, f.iri))

    def _add_parties(self, facts: dict[str, Fact], entity: str) -> None:
        if not facts:
            return
        for chunk in chunks(sorted(facts), 300):
            rows = self._select(f"""
SELECT DISTINCT ?fact ?role ?party WHERE {{
  VALUES ?fact {{ {iris(chunk)} }}
  GRAPH ?g {{ ?fact ?role ?party . }}
  FILTER (?role IN (kg:agent, kg:target, kg:location, rdf:subject, rdf:object))
}}""").rows
            for fact_iri, role, party in rows:
                if str(party) == entity:
                    continue
                name = str(role).rpartition("#")[2]
                facts[str(fact_iri)].parties.setdefault(name, set()).add(str(party))

    def documents(self, graphs: Iterable[str]) -> dict[str, DocumentInfo]:
        """Graph IRI → the document it holds: identifier, headline, URL, publication date."""
        found: dict[str, DocumentInfo] = {}
        for chunk in chunks(sorted(set(graphs)), 400):
            rows = self._select(f"""
SELECT ?g ?id ?headline ?url ?published WHERE {{
  VALUES ?g {{ {iris(chunk)} }}
  GRAPH ?g {{ ?doc a kg:Document ; schema:identifier ?id . }}
  OPTIONAL {{ GRAPH ?g {{ ?doc schema:headline ?headline . }} }}
  OPTIONAL {{ GRAPH ?g {{ ?doc schema:url ?url . }} }}
  OPTIONAL {{ GRAPH ?g {{ ?doc schema:datePublished ?published . }} }}
}}""").rows
            for graph, identifier, headline, url, published in rows:
                found[str(graph)] = DocumentInfo(str(graph), str(identifier), as_text(headline), as_text(url),
                                                 as_text(published))
        return found


def _regex_escape(text: str) -> str:
    """Text as a literal regular expression (the metacharacters of SPARQL's XPath regex and Rust's regex)."""
    return "".join("\\" + c if c in "\\.+*?()|[]{}^$#&-~" else c for c in text)


def as_text(value: object) -> str | None:
    return None if value is None else str(value)


def chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
