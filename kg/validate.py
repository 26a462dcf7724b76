"""SHACL validation of document graphs against ``ontology/shapes.ttl``.

The ontology is handed to pySHACL as ``ont_graph``: it is mixed into a copy of the
data graph, so ``sh:class``/``sh:targetClass`` follow its ``rdfs:subClassOf``
hierarchy. No RDFS inference is run: the shapes only need the subclass closure,
which SHACL computes itself, and inference would multiply the validation time of
every document (see the timings in ``tests/test_validate.py``).

:func:`validate_each` validates many document graphs in one pySHACL run over their
disjoint union (:mod:`kg.disjoint_union`) and splits the results by document: each
report is the one :func:`validate` gives that graph alone. One run per batch pays
pySHACL's fixed cost per run (shape harvest, mixing in the ontology, target look-ups)
once instead of once per document, and runs with :mod:`kg.pyshacl_patches` (work whose
result nobody reads is skipped) over a union graph that answers look-ups from its own
indices, its SPARQL constraints answered by Oxigraph where that is exact
(:mod:`kg.oxigraph_sparql`); ``docs/benchmarks.md`` has the numbers. :func:`validate` (one
graph) is pySHACL and rdflib unchanged: the reference every batch report is tested against.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pyshacl import Validator
from pyshacl import validate as shacl_validate
from pyshacl.graph_abstraction import DataGraph
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH
from rdflib.paths import Path as PropertyPath
from rdflib.plugins.sparql.processor import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from kg import disjoint_union, pyshacl_patches
from kg.errors import InputError, ResourceError, ValidationError
from kg.oxigraph_sparql import SparqlMirror
from kg.paths import ontology_dir
from kg.rdf import format_for

__all__ = [
    "ONTOLOGY_FILE",
    "SHAPES_FILE",
    "ValidationReport",
    "ensure_valid",
    "ontology_graph",
    "read_rdf",
    "shapes_graph",
    "validate",
    "validate_each",
    "validate_file",
]

ONTOLOGY_FILE = "newskg.ttl"
SHAPES_FILE = "shapes.ttl"

_PARSE_FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of one validation: ``conforms``, pySHACL's text report and its report graph.

    Warnings (``sh:Warning``, e.g. offsets that do not match the sentence length)
    appear in ``text`` but do not make ``conforms`` false. The ``graph`` of a report without
    results from :func:`validate_each` is one shared graph: read it, do not change it.
    """

    conforms: bool
    text: str
    graph: Graph
    seconds: float = 0.0

    @property
    def violations(self) -> int:
        """How many ``sh:Violation`` results the report holds."""
        return sum(1 for _ in self.graph.subjects(SH.resultSeverity, SH.Violation))

    def messages(self) -> list[str]:
        """One line per result: severity, focus node (and value), message; sorted, for errors and tests."""
        lines = []
        for result in self.graph.subjects(SH.resultSeverity, None):
            severity = str(self.graph.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
            focus = self.graph.value(result, SH.focusNode)
            value = self.graph.value(result, SH.value)
            message = "; ".join(sorted(str(m) for m in self.graph.objects(result, SH.resultMessage)))
            at = f"{focus} (value {value})" if value is not None else str(focus)
            lines.append(f"{severity}: {at}: {message}")
        return sorted(lines)


@functools.lru_cache(maxsize=8)
def _load_turtle(path: Path) -> Graph:
    if not path.is_file():
        raise ResourceError(f"missing ontology file {path}", hint="Set NEWSKG_ONTOLOGY or restore ontology/.")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser-specific types
        raise ResourceError(f"cannot parse {path}: {exc}") from exc
    return graph


def ontology_graph() -> Graph:
    """The ontology (``newskg.ttl`` in :func:`kg.paths.ontology_dir`), parsed once. Do not mutate it."""
    return _load_turtle(ontology_dir() / ONTOLOGY_FILE)


def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl`` in :func:`kg.paths.ontology_dir`), parsed once. Do not mutate it."""
    return _load_turtle(ontology_dir() / SHAPES_FILE)


@functools.lru_cache(maxsize=256)
def _prepared(text: str, base: str | None, namespaces: tuple) -> Query:
    return prepareQuery(text, initNs=dict(namespaces), base=base)


class _ValidationGraph(Graph):
    """The data graph we hand pySHACL: its :meth:`query` parses each distinct query text once per process.

    pySHACL runs the shapes' SPARQL constraints by text for every document; parsing and
    translating them was about 40 % of validation time. Evaluation is unchanged: a prepared
    query is evaluated afresh against this graph with its own bindings. The cache lives on
    this class only: importing :mod:`kg.validate` changes nothing in rdflib for anyone else
    (no plugin is registered), the way pySHACL keeps its own patches behind an explicit call.
    """

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # rdflib's signature
              initBindings=None, use_store_provided=True, **kwargs):
        if isinstance(query_object, str) and processor == "sparql":
            namespaces = initNs or dict(self.namespaces())
            key = tuple(sorted((str(k), str(v)) for k, v in namespaces.items()))
            query_object = _prepared(query_object, kwargs.get("base"), key)
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)

    def __bool__(self) -> bool:
        """A graph object is there, empty or not. pySHACL tests ``if graph`` to see whether it was given one;
        without this, Python answers with ``len``, which counts the triples one by one (three times per run)."""
        return True


class _OneGraphStore(SimpleMemory):
    """The store of the one throwaway graph a batch is validated in: two plain indices, read directly.

    pySHACL wraps the data graph in an rdflib Dataset, which insists on a context-aware
    store; rdflib's context-aware ``Memory`` store keeps, and checks on every look-up, the
    graphs each triple belongs to, which here is always the one graph (a quarter of the
    look-up time). This store holds the triples of one graph and says so. Its indices are two of
    rdflib ``SimpleMemory``'s three (``spo``, ``pos``: dictionaries in insertion order), kept as
    attributes of its own so that :class:`_UnionGraph` can answer the look-ups of a run (hundreds
    of thousands per chunk) without three layers of generators. A look-up by object alone (which
    pySHACL does not make for our shapes) scans the few predicates instead of keeping a third
    index for every triple. The namespace bindings are ``SimpleMemory``'s.
    """

    context_aware = True
    graph_aware = True

    def __init__(self) -> None:
        super().__init__()
        self.spo: dict[Node, dict[Node, dict[Node, int]]] = {}
        self.pos: dict[Node, dict[Node, dict[Node, int]]] = {}

    def add(self, triple, context=None, quoted=False) -> None:  # rdflib's signature
        s, p, o = triple
        self.spo.setdefault(s, {}).setdefault(p, {})[o] = 1
        self.pos.setdefault(p, {}).setdefault(o, {})[s] = 1

    def addN(self, quads) -> None:
        spo, pos = self.spo, self.pos
        for s, p, o, _ in quads:
            spo.setdefault(s, {}).setdefault(p, {})[o] = 1
            pos.setdefault(p, {}).setdefault(o, {})[s] = 1

    def remove(self, triple_pattern, context=None) -> None:  # rdflib's signature
        for s, p, o in list(self.matching(*triple_pattern)):
            del self.spo[s][p][o]
            del self.pos[p][o][s]

    def matching(self, s: Node | None, p: Node | None, o: Node | None) -> Iterator[tuple[Node, Node, Node]]:
        """The triples that match a pattern (``None``: any)."""
        if s is not None:
            po = self.spo.get(s)
            if not po:
                return
            if p is not None:
                objects = po.get(p)
                if objects:
                    if o is None:
                        yield from ((s, p, x) for x in tuple(objects))
                    elif o in objects:
                        yield s, p, o
                return
            for q, objects in tuple(po.items()):
                if o is None:
                    yield from ((s, q, x) for x in tuple(objects))
                elif o in objects:
                    yield s, q, o
        elif p is not None:
            os_ = self.pos.get(p)
            if not os_:
                return
            if o is not None:
                yield from ((x, p, o) for x in tuple(os_.get(o, ())))
                return
            for y, subjects in tuple(os_.items()):
                yield from ((x, p, y) for x in tuple(subjects))
        elif o is not None:
            for q, os_ in tuple(self.pos.items()):
                yield from ((x, q, o) for x in tuple(os_.get(o, ())))
        else:
            for x, po in tuple(self.spo.items()):
                for q, objects in tuple(po.items()):
                    yield from ((x, q, y) for y in tuple(objects))

    def triples(self, triple_pattern, context=None):  # rdflib's signature
        for triple in self.matching(*triple_pattern):
            yield triple, _NO_CONTEXTS

    def __len__(self, context=None) -> int:  # rdflib's signature
        return sum(len(objects) for po in self.spo.values() for objects in po.values())

    def contexts(self, triple=None):  # rdflib's signature
        return iter(())


_NO_CONTEXTS: tuple = ()


class _UnionGraph(_ValidationGraph):
    """The graph of a batch run (an :class:`_OneGraphStore`): look-ups go straight to the store's indices.

    rdflib answers ``graph.objects(s, p)`` through three generators (the graph's ``objects``,
    its ``triples``, the store's ``triples``, which makes a contexts generator per triple); a
    validation run asks such questions hundreds of thousands of times per chunk (pySHACL for
    every value node and class check, rdflib's SPARQL engine for every row). The answers, and
    their order, are the store's; property paths go through rdflib as before.
    """

    store: _OneGraphStore

    def __init__(self) -> None:
        super().__init__(store=_OneGraphStore(), bind_namespaces="core")
        self._mirror: SparqlMirror | None = None  # made at the first query: the graph is complete by then

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # rdflib's signature
              initBindings=None, use_store_provided=True, **kwargs):
        """A SPARQL query text is answered by Oxigraph (:mod:`kg.oxigraph_sparql`) when it can answer it exactly."""
        if isinstance(query_object, str) and processor == "sparql" and result == "sparql" and not kwargs:
            if self._mirror is None:
                self._mirror = SparqlMirror(self.store.pos)
            prefixes = {str(k): str(v) for k, v in (initNs or dict(self.namespaces())).items()}
            answer = self._mirror.select(query_object, initBindings, prefixes)
            if answer is not None:
                return answer
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)

    def triples(self, triple):  # rdflib's signature
        s, p, o = triple
        if isinstance(p, PropertyPath):
            return super().triples(triple)
        return self.store.matching(s, p, o)

    def objects(self, subject=None, predicate=None, unique=False):  # rdflib's signature
        if subject is None or predicate is None or isinstance(subject, list) or isinstance(predicate, PropertyPath):
            return super().objects(subject, predicate, unique)
        return iter(tuple(self.store.spo.get(subject, {}).get(predicate, ())))

    def subjects(self, predicate=None, object=None, unique=False):
        if predicate is None or object is None or isinstance(object, list) or isinstance(predicate, PropertyPath):
            return super().subjects(predicate, object, unique)
        return iter(tuple(self.store.pos.get(predicate, {}).get(object, ())))

    def addN(self, quads):
        """Add the quads of this graph (rdflib's ``addN`` without its per-term type checks: our own triples)."""
        self.store.addN(quad for quad in quads if quad[3] is self)
        return self


def _data_graph(graph: Graph) -> _ValidationGraph:
    """A copy of ``graph`` (a Dataset: the union of its graphs) that pySHACL may mix the ontology into."""
    data = _ValidationGraph(bind_namespaces="core")  # as pySHACL's own copy: few prefixes to key the cache on
    if getattr(graph, "context_aware", False):
        data.addN((s, p, o, data) for s, p, o, _ in graph.quads((None, None, None, None)))  # type: ignore[attr-defined]
    else:
        data.addN((s, p, o, data) for s, p, o in graph)
    return data


def validate(graph: Graph) -> ValidationReport:
    """Validate one graph (a Dataset is validated as the union of its graphs); ``graph`` is not changed."""
    start = time.perf_counter()
    conforms, report_graph, report_text = shacl_validate(
        _data_graph(graph),
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
        abort_on_first=False,
        inplace=True,  # into our own copy: pySHACL need not clone it again
    )
    return ValidationReport(bool(conforms), str(report_text), report_graph, time.perf_counter() - start)


_OPTIONS = {"inference": "none", "allow_warnings": True, "abort_on_first": False, "inplace": True}
_ALLOWED = {SH.Warning, SH.Info}  # what allow_warnings lets through (pySHACL: warnings and infos)


def validate_each(graphs: Sequence[Graph]) -> list[ValidationReport]:
    """Validate each graph as :func:`validate` would, in one pySHACL run where possible; reports in order.

    Graphs that cannot join a disjoint union (:func:`kg.disjoint_union.joinable`), or every
    graph when the shapes do not allow renaming, or a batch with a result no document owns,
    are validated one by one: the answer is always each graph's own report.
    """
    if len(graphs) < 2 or not disjoint_union.safe_shapes(shapes_graph()):
        return [validate(graph) for graph in graphs]
    start = time.perf_counter()
    with _cyclic_gc_paused():
        union = disjoint_union.DisjointUnion(_UnionGraph())
        positions: dict[int, int] = {}  # position in the union -> index in graphs
        for index, graph in enumerate(graphs):
            k = union.add(graph)
            if k is not None:
                positions[k] = index
        results = _run_shapes(union.data) if len(positions) > 1 else None
        del union
    if results is None:
        return [validate(graph) for graph in graphs]
    per_document: dict[int, list[tuple]] = {k: [] for k in positions}
    for result in results:
        k = _owner(result)
        if k not in per_document:  # a result no document owns: trust nothing, validate each alone
            return [validate(graph) for graph in graphs]
        per_document[k].append(_restored(result))
    seconds = (time.perf_counter() - start) / len(positions)
    reports: dict[int, ValidationReport] = {}
    for k, own in per_document.items():
        conforms = not any(_severity(result) not in _ALLOWED for result in own)
        report_graph, report_text = Validator.create_validation_report(_shapes(), conforms, own) if own else \
            _clean_report()
        reports[positions[k]] = ValidationReport(conforms, str(report_text), report_graph, seconds)
    return [reports[i] if i in reports else validate(graph) for i, graph in enumerate(graphs)]


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for one batch run (reference counting still frees everything).

    A batch run allocates a burst of short-lived containers (the union's indices, pySHACL's
    value-node sets and results); each burst made the collector walk the whole heap of the
    process (spaCy's vocabularies, the pipelines …) again, a fifth to a quarter of the CPU time of the run,
    to find almost nothing: the union is freed by reference counting when the run ends. The
    collector runs again as soon as the block is left, and is left alone if it was already off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@functools.lru_cache(maxsize=1)
def _shapes_for(shapes: Graph) -> object:
    """pySHACL's view of the shapes graph, harvested once per process (it holds no data of any run); its triple
    look-ups are remembered, as the shapes graph never changes (shape validation asks the same ones again and
    again: a third of the look-ups of a run)."""
    from pyshacl.shapes_graph import ShapesGraph

    class FrozenShapesGraph(ShapesGraph):
        @functools.cache  # noqa: B019 -- one instance per process, kept for its life
        def _remembered(self, method: str, *args: object) -> tuple:
            return tuple(getattr(super(), method)(*args))

        def subjects(self, p, o):
            return iter(self._remembered("subjects", p, o))

        def objects(self, s, p):
            return iter(self._remembered("objects", s, p))

        def predicate_objects(self, s):
            return iter(self._remembered("predicate_objects", s))

        def subject_objects(self, p):
            return iter(self._remembered("subject_objects", p))

    return FrozenShapesGraph(shapes)


@functools.lru_cache(maxsize=1)
def _clean_report() -> tuple[Graph, str]:
    """pySHACL's report of a graph without any result (most graphs), made once: shared, do not mutate it."""
    return Validator.create_validation_report(_shapes(), True, [])


def _shapes() -> object:
    return _shapes_for(shapes_graph())


def _run_shapes(data: Graph) -> list[tuple] | None:
    """Every result (pySHACL's ``(text, node, triples)``) of validating ``data``; ``None`` if pySHACL gave up."""
    from pyshacl.errors import ValidationFailure

    validator = Validator(DataGraph.from_rdflib(data), shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                          options=dict(_OPTIONS))
    validator.shacl_graph = _shapes()  # type: ignore[assignment]
    target = validator.mix_in_ontology()
    executor = validator.make_executor()
    results: list[tuple] = []
    try:
        with pyshacl_patches.patched():
            for shape in validator.shacl_graph.shapes:
                _, found = shape.validate(executor, target)
                results.extend(found)
    except ValidationFailure:
        return None
    return results


def _value_of(result: tuple, predicate: URIRef) -> Node | None:
    for s, p, o in result[2]:
        if s == result[1] and p == predicate:
            return o[1] if isinstance(o, tuple) else o
    return None


def _owner(result: tuple) -> int | None:
    k = disjoint_union.owner(_value_of(result, SH.focusNode))
    return k if k is not None else disjoint_union.owner(_value_of(result, SH.value))


def _severity(result: tuple) -> Node | None:
    return _value_of(result, SH.resultSeverity)


def _restored(result: tuple) -> tuple:
    text, node, triples = result
    restored = []
    for s, p, o in triples:
        restored.append((s, p, (o[0], disjoint_union.restore(o[1])) if isinstance(o, tuple) else
                         disjoint_union.restore(o)))
    return disjoint_union.restore_text(text), node, restored


def read_rdf(path: Path | str) -> Dataset:
    """Parse an RDF file into a Dataset, the format from its suffix; errors become :class:`InputError`."""
    path = Path(path)
    fmt = format_for(path, _PARSE_FORMATS, "read", must_exist=True)
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(
            f"cannot parse {path} as {fmt}: {exc}", hint="Is the file complete, and its suffix right?"
        ) from exc
    return dataset


def validate_file(path: Path | str) -> ValidationReport:
    """Validate the union of all graphs in an RDF file (.trig, .nq, .ttl, .nt, .jsonld)."""
    return validate(read_rdf(path))


def ensure_valid(graph: Graph, what: str = "graph", *, limit: int = 10) -> ValidationReport:
    """Validate and raise :class:`ValidationError` listing the first ``limit`` violations if it fails."""
    report = validate(graph)
    if not report.conforms:
        lines = [m for m in report.messages() if m.startswith("Violation")]
        shown = "\n  ".join(lines[:limit])
        more = f"\n  … and {len(lines) - limit} more" if len(lines) > limit else ""
        raise ValidationError(
            f"{what} does not conform to the SHACL shapes ({len(lines)} violations):\n  {shown}{more}",
            hint="Run `kg validate FILE` for the full report; a violation is a bug in the stage that made it",
        )
    return report
