"""The network of the store: entities as nodes, facts between them as edges.

Nodes are entity IRIs with ``label`` (skos:prefLabel, English first), ``type`` (Person,
Country, Organization, Place, Treaty) and ``qid`` ("" when unlinked), plus ``documents``.
Edges come from facts: an event's agent → target (visit, sanction, accusation, denial,
statement), every pair of parties of a meeting or agreement (``directed`` false), and the
relations leaderOf / officialOf (person → country or organisation) and party (treaty → party).
Each edge carries ``relation``, ``date`` ("" when none), ``confidence`` (the highest of its
evidence), ``documents`` (how many documents report it) and ``fact`` (the IRI of the event or
statement); its key in the MultiDiGraph is the fact IRI, so parallel facts stay apart.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from kg.errors import UsageError
from kg.explore.lookups import EVENT_KINDS, PREFIXES, RELATION_KINDS, local
from kg.explore.network import edges_from_rows
from kg.queries import ALL_ROWS, run_query
from kg.store import Store

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["NETWORK_FORMATS", "SUFFIXES", "export_format", "nodes_path", "to_networkx", "write_network"]

NETWORK_FORMATS = ("graphml", "gexf", "csv")
SUFFIXES: Mapping[str, str] = {
    ".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".jsonld": "jsonld",
    ".graphml": "graphml", ".gexf": "gexf", ".csv": "csv",
}
"""``kg export --out`` suffix → format (RDF formats keep the store's graphs; the rest are networks)."""

_FACTS = """
SELECT ?fact ?kind (SAMPLE(?w) AS ?when) (COUNT(DISTINCT ?g) AS ?documents) (MAX(?c) AS ?confidence) WHERE {{
  {{ GRAPH ?g {{ ?fact a ?kind ; kg:evidence ?ev . }} FILTER (?kind IN ({events})) }}
  UNION
  {{ GRAPH ?g {{ ?fact rdf:predicate ?kind ; kg:evidence ?ev . }} FILTER (?kind IN ({relations})) }}
  OPTIONAL {{ GRAPH ?g {{ ?ev kg:confidence ?c . }} }}
  OPTIONAL {{ GRAPH ?g {{ ?fact kg:date ?w . }} }}
}} GROUP BY ?fact ?kind
"""
_PARTIES = """
SELECT DISTINCT ?fact ?role ?party WHERE {
  { GRAPH ?g { ?fact kg:agent ?party . } BIND (kg:agent AS ?role) }
  UNION { GRAPH ?g { ?fact kg:target ?party . } BIND (kg:target AS ?role) }
  UNION { GRAPH ?g { ?fact rdf:subject ?party . } BIND (rdf:subject AS ?role) }
  UNION { GRAPH ?g { ?fact rdf:object ?party . } BIND (rdf:object AS ?role) }
}
"""


def export_format(fmt: str | None, out: Path | None, default: str = "trig") -> str:
    """The format of ``kg export``: ``fmt`` if given, else from ``out``'s suffix, else ``default``.

    A suffix that disagrees with ``fmt``, or an unknown suffix without ``fmt``, is a UsageError.
    """
    from_suffix = SUFFIXES.get(out.suffix.lower()) if out is not None else None
    if fmt and from_suffix and fmt != from_suffix:
        raise UsageError(f"--format {fmt} but --out {out} names {from_suffix}",
                         hint="Give one of them, or make them agree.")
    if fmt:
        return fmt
    if out is not None and from_suffix is None:
        raise UsageError(f"cannot tell the format of --out {out} from its suffix",
                         hint=f"Use one of {', '.join(SUFFIXES)}, or give --format.")
    return from_suffix or default


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """The store's network as a ``networkx.MultiDiGraph`` (see the module docstring for attributes)."""
    import networkx as nx

    graph = nx.MultiDiGraph(name="newskg")
    for record in run_query(store, "links", page=ALL_ROWS).records():
        graph.add_node(str(record["iri"]), label=str(record["entity"]), type=str(record["type"]),
                       qid=str(record["qid"] or ""), documents=int(record["documents"] or 0))
    kinds = {
        "events": ", ".join(f"kg:{k}" for k in EVENT_KINDS),
        "relations": ", ".join(f"kg:{k}" for k in RELATION_KINDS),
    }
    facts = {str(f): (local(str(kind)), when, documents, confidence)
             for f, kind, when, documents, confidence in store.query(PREFIXES + _FACTS.format(**kinds)).rows}
    rows = []
    for fact, role, party in store.query(PREFIXES + _PARTIES).rows:
        if str(fact) in facts:
            kind, when, documents, confidence = facts[str(fact)]
            rows.append((str(fact), kind, str(role), str(party), when, documents, confidence))
    for edge in edges_from_rows(rows):
        for node in (edge.source, edge.target):
            if node not in graph:  # a party with no type (never in a built store): keep it, say what is known
                graph.add_node(node, label=node, type="", qid="", documents=0)
        graph.add_edge(edge.source, edge.target, key=edge.fact, relation=edge.kind, label=edge.kind,
                       date=edge.date or "", confidence=float(edge.confidence or 0.0), documents=edge.documents,
                       directed=edge.directed, fact=edge.fact)
    return graph


def nodes_path(out: Path) -> Path:
    """Where the CSV node table goes beside the edge table: ``net.csv`` → ``net.nodes.csv``."""
    return out.with_name(out.stem + ".nodes.csv")


def write_network(graph: nx.MultiDiGraph, fmt: str, output: Path | BinaryIO) -> list[Path]:
    """Write the network as ``graphml``, ``gexf`` or ``csv`` to a path or a binary stream; returns the files written.

    CSV is two tables in Gephi's spreadsheet columns: edges (``Source``, ``Target``, ``Type``,
    ``Label``, then the attributes) to ``output``, and nodes (``Id``, ``Label``, …) beside a path
    output as ``<stem>.nodes.csv`` (a stream gets the edges only).
    """
    import networkx as nx

    if fmt not in NETWORK_FORMATS:
        raise UsageError(f"unknown network format {fmt!r}; use one of: {', '.join(NETWORK_FORMATS)}")
    if isinstance(output, Path):
        output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(graph, output, named_key_ids=True)
    elif fmt == "gexf":
        nx.write_gexf(graph, output)
    else:
        _write_csv(_edge_rows(graph), output)
        if isinstance(output, Path):
            _write_csv(_node_rows(graph), nodes_path(output))
            return [output, nodes_path(output)]
    return [output] if isinstance(output, Path) else []


def _edge_rows(graph: nx.MultiDiGraph) -> list[list[Any]]:
    rows: list[list[Any]] = [["Source", "Target", "Type", "Label", "relation", "date", "confidence", "documents",
                              "fact", "source_label", "target_label"]]
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: (e[2]["fact"], e[0], e[1])):
        rows.append([source, target, "Directed" if data["directed"] else "Undirected", data["label"],
                     data["relation"], data["date"], data["confidence"], data["documents"], data["fact"],
                     graph.nodes[source]["label"], graph.nodes[target]["label"]])
    return rows


def _node_rows(graph: nx.MultiDiGraph) -> list[list[Any]]:
    rows: list[list[Any]] = [["Id", "Label", "type", "qid", "documents"]]
    for node, data in sorted(graph.nodes(data=True)):
        rows.append([node, data["label"], data["type"], data["qid"], data["documents"]])
    return rows


def _write_csv(rows: list[list[Any]], output: Path | BinaryIO) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    if isinstance(output, Path):
        output.write_bytes(data)
    else:
        output.write(data)
