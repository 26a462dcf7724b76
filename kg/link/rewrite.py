"""Writing links back: rename linked nodes to their QID IRIs, merge names, validate, replace the graphs.

Only the public store API is used: each graph that names a linked entity is read with
``Store.read_graph``, rewritten here and put back with ``Store.replace_graph``, so the
link lives in the document's own graph (re-loading a document replaces it) and a remote
store works the same way. No write path skips validation: every rewritten graph is
validated against the same SHACL shapes as ``kg build`` (:func:`kg.validate.validate`)
before anything is written. A link that would make a graph fail (a merged node with two
base types, say) is withdrawn — its decision becomes a ``conflict`` that quotes the
violation — and the plan is made again without it, until every graph to write conforms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg.link.ranking import Decision
from kg.sparql import iri_refs
from kg.store import Store
from kg.vocab import ENTITY, KG, WD

__all__ = ["LINKED_BY", "LINKED_BY_VALUE", "Rejected", "WriteBack", "apply_links"]

LINKED_BY = KG.linkedBy
"""``kg:linkedBy``: which linker wrote an ``owl:sameAs``."""
LINKED_BY_VALUE = "wikidata-sparql"


@dataclass(frozen=True, slots=True)
class Rejected:
    """A rewrite of ``graph`` that did not conform and was not written: the QIDs whose links were withdrawn
    for it, and its violations, one line each. The graph may still be written later without those links."""

    graph: str
    qids: tuple[str, ...]
    violations: tuple[str, ...]


@dataclass(slots=True)
class WriteBack:
    """What :func:`apply_links` wrote: graphs replaced, and the rewrites rejected by validation on the way."""

    graphs_written: int = 0
    rejected: list[Rejected] = field(default_factory=list)


def graphs_mentioning(store: Store, iris: Sequence[str]) -> set[str]:
    """The named graphs in which any of ``iris`` is a subject or an object."""
    graphs: set[str] = set()
    for start in range(0, len(iris), 200):
        values = iri_refs(iris[start:start + 200])
        rows = store.query(f"SELECT DISTINCT ?g WHERE {{ VALUES ?e {{ {values} }} "
                           "GRAPH ?g { { ?e ?p ?o } UNION { ?s ?p ?e } } }").rows
        graphs.update(str(g) for (g,) in rows)
    return graphs


def rewrite(graph: Graph, links: dict[URIRef, str]) -> Graph:
    """``graph`` with each linked node renamed to its QID IRI, ``owl:sameAs`` and ``kg:linkedBy`` added,
    and names merged."""
    renames = {node: ENTITY[qid] for node, qid in links.items()}
    out = Graph(identifier=graph.identifier)
    for s, p, o in graph:
        out.add((renames.get(s, s), p, renames.get(o, o) if isinstance(o, URIRef) else o))  # type: ignore[arg-type]
    for node, qid in sorted(links.items()):
        target = renames[node]
        if (node, RDF.type, None) not in graph:  # only mentioned here (an object), described elsewhere
            continue
        if (target, OWL.sameAs, None) not in graph:
            out.add((target, LINKED_BY, Literal(LINKED_BY_VALUE)))
        out.add((target, OWL.sameAs, WD[qid]))
    for target in sorted(set(renames.values())):
        _merge_labels(out, graph, target)
    return out


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


def _violations(report_graph: Graph) -> list[tuple[str, str]]:
    """(focus node, one line) for each ``sh:Violation`` of a validation report."""
    found = []
    for result in report_graph.subjects(SH.resultSeverity, SH.Violation):
        focus = str(report_graph.value(result, SH.focusNode))
        message = "; ".join(sorted(str(m) for m in report_graph.objects(result, SH.resultMessage)))
        found.append((focus, f"{focus}: {message}"))
    return sorted(found)


def apply_links(store: Store, decisions: Sequence[Decision], *, dry_run: bool = False) -> WriteBack:
    """Write the ``linked`` decisions into every graph that names the entities.

    Plans every graph first and validates each rewritten one. When one does not conform,
    the links that made it fail are withdrawn (the decisions whose QID node is a focus node
    of a violation; all the graph's links when none is, e.g. a graph already invalid in the
    store), their decisions become ``conflict``, and the plan is made again: a withdrawn link
    is withdrawn from every graph, so a node is never linked in one document and not in
    another. Then each changed graph is replaced in one update (nothing with ``dry_run``).
    """
    from kg.validate import validate  # pySHACL loads on first use: offline linking at build time needs none of it

    result = WriteBack()
    by_node = {URIRef(d.entity.iri): d for d in decisions if d.status == "linked" and d.qid}
    if not by_node:
        return result
    graphs = sorted(graphs_mentioning(store, sorted(str(n) for n in by_node)))
    originals = {g: store.read_graph(g) for g in graphs}
    while True:
        links = {node: d.qid for node, d in by_node.items() if d.status == "linked" and d.qid}
        planned: dict[str, Graph] = {}
        withdrawn: set[URIRef] = set()
        for name, graph in originals.items():
            mine = {n: q for n, q in links.items() if (n, None, None) in graph or (None, None, n) in graph}
            if not mine:
                continue
            planned[name] = rewrite(graph, mine)
            report = validate(planned[name])
            if report.conforms:
                continue
            violations = _violations(report.graph)
            focus = {node for node, qid in mine.items() if str(ENTITY[qid]) in {f for f, _ in violations}}
            culprits = focus or set(mine)
            withdrawn |= culprits
            qids = tuple(sorted({mine[node] for node in culprits}))
            result.rejected.append(Rejected(name, qids, tuple(line for _, line in violations)))
            for node in culprits:
                by_node[node].status = "conflict"
                by_node[node].reason = (f"linking it to {by_node[node].qid} makes graph {name} fail validation: "
                                        + (violations[0][1] if violations else "does not conform"))
        if not withdrawn:
            break
    if not dry_run:
        for name, graph in planned.items():
            store.replace_graph(name, graph)
    result.graphs_written = len(planned)
    return result
