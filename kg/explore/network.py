"""The network view's data: which facts link which entities, filtered by kind, date, confidence or focus."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.explore.lookups import (
    EVENT_KINDS,
    PREFIXES,
    RELATION_KINDS,
    Run,
    as_number,
    as_text,
    chunks,
    iri,
    iris,
    literal,
    local,
)
from kg.store import QueryResult

__all__ = ["MUTUAL", "NetworkEdge", "edges_from_rows", "network"]

MUTUAL = {"Meeting", "Agreement"}  # every agent is a party: agents pair with each other, undirected


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    fact: str
    kind: str
    source: str
    target: str
    date: str | None
    confidence: float | None
    documents: int
    directed: bool


def _select(run: Run, body: str) -> QueryResult:
    return run(PREFIXES + body)


def network(run: Run, *, kinds: Sequence[str], focus: str | None = None, min_confidence: float = 0.0,
            date_from: str | None = None, date_to: str | None = None, limit: int = 300) -> list[NetworkEdge]:
    """Edges between entities: who met, visited, sanctioned, accused … whom (and relations, if asked).

    With ``focus``, the facts that entity takes part in; else at most ``limit`` facts of the
    store (in the store's order). ``date_from``/``date_to`` (ISO prefixes: 2024, 2024-05,
    2024-05-13) keep dated events that overlap the range; ``min_confidence`` keeps facts with
    at least one evidence that sure.
    """
    events = [k for k in kinds if k in EVENT_KINDS]
    relations = [k for k in kinds if k in RELATION_KINDS]
    if not events and not relations:
        return []
    branches = []
    event_list = ", ".join(f"kg:{k}" for k in events)
    relation_list = ", ".join(f"kg:{k}" for k in relations)
    if events and focus:  # from the entity's index entries, never from VALUES (Oxigraph would scan every fact)
        branches.append(f"""{{
    GRAPH ?fg {{ ?fact ?role {iri(focus)} ; a ?kind . }}
    FILTER (?role IN (kg:agent, kg:target) && ?kind IN ({event_list}))
  }}""")
    elif events:
        branches.append(f"{{ VALUES ?kind {{ {event_list.replace(',', '')} }} GRAPH ?fg {{ ?fact a ?kind . }} }}")
    if relations and not (date_from or date_to):  # relations have no date
        if focus:
            branches += [f"{{ GRAPH ?fg {{ ?fact rdf:{side} {iri(focus)} ; rdf:predicate ?kind . }} "
                         f"FILTER (?kind IN ({relation_list})) }}" for side in ("subject", "object")]
        else:
            branches.append(f"{{ VALUES ?kind {{ {relation_list.replace(',', '')} }} "
                            f"GRAPH ?fg {{ ?fact rdf:predicate ?kind . }} }}")
    if not branches:
        return []
    date_filter = ""
    if date_from or date_to:
        date_filter = "GRAPH ?fg { ?fact kg:date ?d . } BIND (STR(?d) AS ?day)"
        if date_from:
            start = literal(date_from)
            date_filter += f" FILTER (SUBSTR(?day, 1, STRLEN({start})) >= SUBSTR({start}, 1, STRLEN(?day)))"
        if date_to:
            end = literal(date_to)
            date_filter += f" FILTER (SUBSTR(?day, 1, STRLEN({end})) <= SUBSTR({end}, 1, STRLEN(?day)))"
    confidence_filter = ""
    if min_confidence > 0:
        confidence_filter = (f"GRAPH ?fg {{ ?fact kg:evidence/kg:confidence ?floor . }} "
                             f"FILTER (?floor >= {float(min_confidence)!r})")
    chosen = _select(run, f"""
SELECT DISTINCT ?fact ?kind WHERE {{
  {" UNION ".join(branches)}
  {date_filter}
  {confidence_filter}
}} LIMIT {int(limit)}""").rows
    facts = {str(fact): local(str(kind)) for fact, kind in chosen}
    rows: list[tuple] = []
    for chunk in chunks(sorted(facts), 300):
        values = iris(chunk)
        summary = {str(f): (when, documents, confidence) for f, when, documents, confidence in _select(run, f"""
SELECT ?fact (SAMPLE(?w) AS ?when) (COUNT(DISTINCT ?g) AS ?documents) (MAX(?c) AS ?confidence) WHERE {{
  VALUES ?fact {{ {values} }}
  GRAPH ?g {{ ?fact kg:evidence ?ev . }}
  OPTIONAL {{ GRAPH ?g {{ ?ev kg:confidence ?c . }} }}
  OPTIONAL {{ GRAPH ?g {{ ?fact kg:date ?w . }} }}
}} GROUP BY ?fact""").rows}
        for fact, role, party in _select(run, f"""
SELECT DISTINCT ?fact ?role ?party WHERE {{
  VALUES ?fact {{ {values} }}
  GRAPH ?g {{ ?fact ?role ?party . }}
  FILTER (?role IN (kg:agent, kg:target, rdf:subject, rdf:object))
}}""").rows:
            when, documents, confidence = summary.get(str(fact), (None, 0, None))
            rows.append((str(fact), facts[str(fact)], str(role), str(party), when, documents, confidence))
    return edges_from_rows(rows)


def edges_from_rows(rows: list[tuple]) -> list[NetworkEdge]:
    """One edge per (fact, pair of parties): agent → target; agents of a meeting/agreement pair up."""
    facts: dict[str, dict] = {}
    for fact, kind, role, party, when, documents, confidence in rows:
        entry = facts.setdefault(str(fact), {"kind": kind, "when": as_text(when),
                                             "documents": int(documents or 0), "confidence": as_number(confidence),
                                             "from": set(), "to": set()})
        side = "from" if str(role).endswith(("#agent", "#subject")) else "to"
        entry[side].add(str(party))
    edges: list[NetworkEdge] = []
    for fact, entry in sorted(facts.items()):
        sources, targets = sorted(entry["from"]), sorted(entry["to"])
        pairs: list[tuple[str, str, bool]] = [(s, t, True) for s in sources for t in targets if s != t]
        if entry["kind"] in MUTUAL:
            pairs = [(a, b, False) for i, a in enumerate(sources) for b in sources[i + 1:]]
            pairs += [(s, t, False) for s in sources for t in targets if s != t]
        for source, target, directed in pairs:
            edges.append(NetworkEdge(fact, entry["kind"], source, target, entry["when"], entry["confidence"],
                                     entry["documents"], directed))
    return edges
