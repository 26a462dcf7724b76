"""Quarantine: drop the facts a SHACL report blames, keep the rest of the document.

One bad fact should not cost an article all its other entities and facts. When a
document's graph does not conform, each violation's focus node names what to drop:

* an **event** (e.g. a ``kg:Meeting`` with a treaty as its agent): the event node with its
  evidence;
* a **relation** (``kg:leaderOf``, ``kg:officialOf``, ``kg:party``; the focus is its subject,
  its reification, or the predicate with the subject as ``sh:value``): the asserted triple,
  its ``rdf:Statement`` and evidence;
* an **evidence** node: the facts it supports;
* an **entity** (e.g. two base types, a malformed Wikidata link): the entity and every fact
  it takes part in.

Whatever is left dangling (evidence no fact points to any more) goes too. A violation on
the document node itself, or one no fact can be blamed for, leaves the document to be
rejected whole. The caller re-validates what remains (``kg.builder``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SH, SKOS
from rdflib.term import Node

from kg.rdf import EVENT_CLASSES
from kg.validate import ValidationReport, shapes_graph
from kg.vocab import KG, SHAPES

__all__ = ["DroppedFact", "Quarantine", "quarantine"]

RELATIONS = (KG.leaderOf, KG.officialOf, KG.party)
ROLES = (KG.agent, KG.target, KG.location)


@dataclass(frozen=True, slots=True)
class DroppedFact:
    """One fact removed from a document: what it was, its sentence, and the shapes it broke."""

    node: str
    kind: str
    sentence: str | None
    start: int | None
    end: int | None
    broke: tuple[str, ...]  # "kgsh:EventShape (kg:agent): A kg:agent is a person, …"

    def describe(self) -> str:
        where = f" [{self.start}:{self.end}]" if self.start is not None else ""
        sentence = f"\n    sentence{where}: {self.sentence}" if self.sentence else ""
        broke = "".join(f"\n    broke: {reason}" for reason in self.broke)
        return f"- {self.kind} {self.node}{sentence}{broke}"


@dataclass(frozen=True, slots=True)
class Quarantine:
    """What remains of a graph after its blamed facts were dropped, and what was dropped."""

    graph: Graph
    dropped: tuple[DroppedFact, ...] = ()
    unresolved: tuple[str, ...] = field(default=())  # violations no fact could be blamed for

    @property
    def facts(self) -> int:
        """Events and relations dropped (entities dropped with them are not counted as facts)."""
        return sum(1 for fact in self.dropped if not fact.kind.startswith("entity"))


# a fact: ("event", node) · ("relation", (s, p, o)) · ("entity", node)
Fact = tuple[str, Node | tuple[Node, Node, Node]]


def _short(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, namespace in (("kg:", str(KG)), ("kgsh:", str(SHAPES))):
            if str(node).startswith(namespace):
                return prefix + str(node)[len(namespace):]
    return str(node) if not isinstance(node, BNode) else "a property shape"


def _shape_name(shape: Node | None, path: Node | None) -> str:
    """``kgsh:EventShape (kg:agent)``: the named node shape that holds a (blank) property shape."""
    if isinstance(shape, BNode):
        parent = next(shapes_graph().subjects(SH.property, shape), None)
        if parent is not None:
            shape = parent
    name = _short(shape) or "a shape"
    return f"{name} ({_short(path)})" if isinstance(path, URIRef) else name


def _is_event(graph: Graph, node: Node) -> bool:
    if (node, RDF.type, RDF.Statement) in graph:
        return False
    if any((node, RDF.type, cls) in graph for cls in (KG.Event, *EVENT_CLASSES.values())):
        return True
    return any(True for role in (*ROLES, KG.date, KG.evidence) for _ in graph.objects(node, role))


def _is_entity(graph: Graph, node: Node) -> bool:
    return any(True for _ in graph.subjects(SDO.mentions, node))


def _blame(graph: Graph, focus: Node, path: Node | None, value: Node | None, shape: Node | None) -> list[Fact]:
    """The facts one violation is about (empty: none can be blamed)."""
    if (focus, RDF.type, RDF.Statement) in graph:
        return [("relation", _reified(graph, focus))] if _reified(graph, focus) else []
    if focus == RDF.Statement and value is not None:
        return [("relation", _reified(graph, value))] if _reified(graph, value) else []
    if focus in RELATIONS and value is not None:
        return [("relation", (value, focus, o)) for o in graph.objects(value, focus)]
    if (focus, RDF.type, KG.Evidence) in graph or any(True for _ in graph.subjects(KG.evidence, focus)):
        return [_fact_of(graph, node) for node in graph.subjects(KG.evidence, focus)]
    if _is_event(graph, focus):
        return [("event", focus)]
    if _is_entity(graph, focus):
        if path in RELATIONS and value is not None:
            return [("relation", (focus, path, value))]
        targeted = [p for p in shapes_graph().objects(shape, SH.targetSubjectsOf) if p in RELATIONS] if shape else []
        if path is None and targeted:
            return [("relation", (focus, p, o)) for p in targeted for o in graph.objects(focus, p)]
        return [("entity", focus)]
    return []


def _reified(graph: Graph, statement: Node) -> tuple[Node, Node, Node] | None:
    s = graph.value(statement, RDF.subject)
    p = graph.value(statement, RDF.predicate)
    o = graph.value(statement, RDF.object)
    return (s, p, o) if s is not None and p is not None and o is not None else None


def _fact_of(graph: Graph, node: Node) -> Fact:
    triple = _reified(graph, node) if (node, RDF.type, RDF.Statement) in graph else None
    return ("relation", triple) if triple else ("event", node)


def _statements(graph: Graph, triple: tuple[Node, Node, Node]) -> list[Node]:
    s, p, o = triple
    return [st for st in graph.subjects(RDF.subject, s)
            if (st, RDF.predicate, p) in graph and (st, RDF.object, o) in graph]


def _label(graph: Graph, node: Node) -> str:
    label = graph.value(node, SKOS.prefLabel) or graph.value(node, RDFS.label)
    return str(label) if isinstance(label, Literal) else _short(node)


def _evidence_of(graph: Graph, nodes: Iterable[Node]) -> list[Node]:
    return [ev for node in nodes for ev in graph.objects(node, KG.evidence)]


def _describe(graph: Graph, fact: Fact, broke: list[str]) -> DroppedFact:
    kind, what = fact
    if kind == "relation":
        assert isinstance(what, tuple)
        s, p, o = what
        carriers = _statements(graph, what)
        node = str(carriers[0]) if carriers else str(s)
        name = f"{_short(p)} ({_label(graph, s)} → {_label(graph, o)})"
    elif kind == "event":
        assert not isinstance(what, tuple)
        carriers = [what]
        classes = sorted(_short(c) for c in graph.objects(what, RDF.type)) or ["event"]
        agents = ", ".join(sorted(_label(graph, a) for a in graph.objects(what, KG.agent)))
        node, name = str(what), f"{' '.join(classes)}" + (f" (agents: {agents})" if agents else "")
    else:
        assert not isinstance(what, tuple)
        carriers = []
        node, name = str(what), f"entity {_label(graph, what)}"
    evidence = _evidence_of(graph, carriers)
    sentence = start = end = None
    if evidence:
        ev = min(evidence, key=str)
        text, first, last = (graph.value(ev, KG.sentenceText), graph.value(ev, KG.startOffset),
                             graph.value(ev, KG.endOffset))
        sentence = str(text) if text is not None else None
        start = int(first.toPython()) if isinstance(first, Literal) else None
        end = int(last.toPython()) if isinstance(last, Literal) else None
    return DroppedFact(node, name, sentence, start, end, tuple(sorted(set(broke))))


def quarantine(graph: Graph, report: ValidationReport) -> Quarantine:
    """A copy of ``graph`` without the facts ``report``'s violations blame (see the module docstring)."""
    blamed: dict[Fact, list[str]] = {}
    unresolved: list[str] = []
    results = report.graph
    for result in sorted(results.subjects(SH.resultSeverity, SH.Violation), key=str):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        shape = results.value(result, SH.sourceShape)
        message = "; ".join(sorted(str(m) for m in results.objects(result, SH.resultMessage)))
        reason = f"{_shape_name(shape, path)}: {message}" if message else _shape_name(shape, path)
        facts = _blame(graph, focus, path, value, shape) if focus is not None else []
        if not facts:
            unresolved.append(f"{_short(focus)}: {reason}")
        for fact in facts:
            blamed.setdefault(fact, []).append(reason)
    # an entity takes its facts with it
    for fact in [f for f in blamed if f[0] == "entity"]:
        entity = fact[1]
        reason = [f"takes part in dropped entity {_label(graph, entity)}"]  # type: ignore[arg-type]
        for role in ROLES:
            for event in graph.subjects(role, entity):  # type: ignore[arg-type]
                blamed.setdefault(("event", event), reason)
        for p in RELATIONS:
            for o in graph.objects(entity, p):  # type: ignore[arg-type]
                blamed.setdefault(("relation", (entity, p, o)), reason)  # type: ignore[arg-type]
            for s in graph.subjects(p, entity):  # type: ignore[arg-type]
                blamed.setdefault(("relation", (s, p, entity)), reason)  # type: ignore[arg-type]
    dropped = tuple(_describe(graph, fact, reasons) for fact, reasons in
                    sorted(blamed.items(), key=lambda item: (item[0][0] == "entity", str(item[0][1]))))
    kept = Graph(identifier=graph.identifier)
    for prefix, namespace in graph.namespaces():
        kept.bind(prefix, namespace, override=True, replace=True)
    kept += graph
    _drop(kept, blamed)
    return Quarantine(kept, dropped, tuple(unresolved))


def _drop(graph: Graph, facts: Iterable[Fact]) -> None:
    evidence: set[Node] = set()
    for kind, what in facts:
        if kind == "event":
            evidence.update(graph.objects(what, KG.evidence))  # type: ignore[arg-type]
            graph.remove((what, None, None))  # type: ignore[arg-type]
        elif kind == "relation":
            assert isinstance(what, tuple)
            for statement in _statements(graph, what):
                evidence.update(graph.objects(statement, KG.evidence))
                graph.remove((statement, None, None))
            graph.remove(what)  # type: ignore[arg-type]
        else:
            graph.remove((what, None, None))  # type: ignore[arg-type]
            graph.remove((None, None, what))  # type: ignore[arg-type]
    for node in evidence:  # dangling: no fact points to it any more
        if not any(True for _ in graph.subjects(KG.evidence, node)):
            graph.remove((node, None, None))
