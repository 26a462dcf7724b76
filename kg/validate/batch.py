"""Validation runs: :func:`validate` (one graph, pySHACL and rdflib unchanged: the reference) and
:func:`validate_each` (many document graphs in one pySHACL run over their disjoint union, each report the one
:func:`validate` gives that graph alone)."""

from __future__ import annotations

import contextlib
import functools
import gc
import time
from collections.abc import Iterator, Sequence

from pyshacl import Validator
from pyshacl import validate as shacl_validate
from pyshacl.graph_abstraction import DataGraph
from rdflib import Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kg.validate import disjoint_union, pyshacl_patches
from kg.validate.graphs import UnionGraph, data_graph
from kg.validate.report import ValidationReport
from kg.validate.shapes import ontology_graph, shapes_graph

__all__ = ["validate", "validate_each"]


def validate(graph: Graph) -> ValidationReport:
    """Validate one graph (a Dataset is validated as the union of its graphs); ``graph`` is not changed."""
    start = time.perf_counter()
    conforms, report_graph, report_text = shacl_validate(
        data_graph(graph),
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

    Graphs that cannot join a disjoint union (:func:`kg.validate.disjoint_union.joinable`), or every
    graph when the shapes do not allow renaming, or a batch with a result no document owns,
    are validated one by one: the answer is always each graph's own report. A single graph takes the
    batch run too (a union of one): :func:`validate`'s plain pySHACL run answers the shapes' SPARQL
    constraints with rdflib, whose parse of their queries (~0.06 s of CPU, once per process) and
    per-document cost (~0.03 s against ~0.01 s) a build's warm-up documents, validated one per language
    before the workers fork, would otherwise pay serially.
    """
    if not graphs or not disjoint_union.safe_shapes(shapes_graph()):
        return [validate(graph) for graph in graphs]
    start = time.perf_counter()
    with _cyclic_gc_paused():
        union = disjoint_union.DisjointUnion(UnionGraph())
        positions: dict[int, int] = {}  # position in the union -> index in graphs
        for index, graph in enumerate(graphs):
            k = union.add(graph)
            if k is not None:
                positions[k] = index
        results = _run_shapes(union.data) if positions else None
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
    target = _mixed_in(validator, data)
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


def _mixed_in(validator: Validator, data: UnionGraph) -> DataGraph:
    """``validator.mix_in_ontology()`` for a batch's union (``inplace``): the ontology's namespaces that ``data``
    lacks bound, then the store's additions and removals of pySHACL's ``inoculate`` replayed, in its order.

    ``inoculate`` walks the ontology for its RDFS and OWL axioms and copies them one ``add`` at a time (rdflib's
    checks per term, lists rebuilt through ``Collection``), ~2.5 ms per batch. What it writes depends on the
    ontology alone (the data graph only receives it), so it is recorded once per process
    (:func:`_inoculation`) and replayed on each union's store (~0.5 ms): the same triples, added and removed in
    the same order. The ontology's blank nodes (its lists and restrictions), cloned afresh by each
    ``inoculate``, are the same clones in every batch: no result and no report names them, and each batch's
    union is a graph of its own.
    """
    target = validator.data_graph
    ontology = validator.ont_graph
    assert isinstance(target, DataGraph) and isinstance(ontology, Graph)
    present = {prefix for prefix, _ in target.namespace_manager.namespaces()}
    for prefix, namespace in ontology.namespace_manager.namespaces():  # as inoculate binds them
        if prefix not in present:
            target.namespace_manager.bind(prefix, namespace)
    store = data.store
    for added, triple in _inoculation(ontology):
        if added:
            store.add(triple)
        else:
            store.remove(triple)
    return target


@functools.lru_cache(maxsize=1)
def _inoculation(ontology: Graph) -> tuple[tuple[bool, tuple], ...]:
    """What pySHACL's ``inoculate`` does to an empty union's store: ``(True, triple)`` for each addition,
    ``(False, pattern)`` for each removal, in order."""
    from pyshacl.rdfutil.inoculate import inoculate

    recording = UnionGraph()
    store = recording.store
    done: list[tuple[bool, tuple]] = []
    store_add, store_remove = store.add, store.remove

    def add(triple, context=None, quoted=False) -> None:  # rdflib's signature
        done.append((True, triple))
        store_add(triple, context, quoted)

    def remove(pattern, context=None) -> None:  # rdflib's signature
        done.append((False, pattern))
        store_remove(pattern, context)

    store.add, store.remove = add, remove  # type: ignore[method-assign]
    inoculate(DataGraph.from_rdflib(recording), ontology)
    return tuple(done)


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
