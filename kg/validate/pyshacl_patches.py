"""Nine speed-ups of pySHACL's evaluation, applied only inside :func:`patched` (never on import).

Profiling a batch validation (``docs/benchmarks.md``) showed pySHACL spending half its time on
work whose result nobody reads:

1. **Results thrown away.** ``sh:not``, ``sh:and``, ``sh:or``, ``sh:xone`` and
   ``sh:qualifiedValueShape`` validate each value against other shapes and keep only whether
   it conformed. The nested validation still writes a full result for every failure —
   message, stringified nodes, a dozen triples — and the component drops it. Inside such a
   nested validation, a result is reduced to the one triple the caller may still look at (its
   ``sh:resultSeverity``, which decides conformance when warnings are allowed). Results outside
   these components (the report) are untouched.
2. **Constraint parameters scanned as a list.** Every shape validation tests each predicate
   of the shape against a list of ~40 parameter IRIs (``rdflib`` term equality in Python);
   a set answers the same.
3. **The same question asked again.** Inside those components the same value is checked
   against the same shape many times (the class ``kg:Person`` against the list of base types,
   once per person); the data graph does not change during a run, so the first answer (whether
   it conformed, and the severities of its reduced results) is remembered for the run.
4. **A shape's name computed for every validation**, for a debug message that is formatted
   whether or not it is logged: computed once per shape.
5. **Constraint components rebuilt for every validation.** Each time a shape validates a
   value, its components (``sh:in`` walks its RDF list, ``sh:minCount`` parses its number …)
   are constructed again from the shapes graph. The core components (``pyshacl.constraints.core``)
   depend on the shape alone and keep no state while evaluating, so each is built once per
   shape. SPARQL-based components are left as they are.
6. **A property shape validated once per value node.** ``sh:property`` validates its property
   shape separately for every value node of every focus node: thousands of runs of the whole
   shape machinery (look up the components, find the value nodes, check each constraint) for
   one node each. Every core and SPARQL constraint judges each focus node on its own, so one run
   over all the value nodes gives each the results it would get alone; they are handed back in
   the order, and as often, as the one-by-one runs give them (a value node of two focus nodes
   gets its results twice, each a result node of its own). A property shape with a
   ``sh:property`` of its own (whose results have other focus nodes) runs as before.
7. **A complex path walked again for every node.** The values of a path that is not a single
   predicate (``rdf:type/rdfs:subClassOf*``, the base type of every entity and event) are found
   by reading the path's structure from the shapes graph and walking the data, for every focus
   node, and the subclass closure of ``kg:Person`` is walked again for every person. Neither
   graph changes during a run, so the values of each (path, node) are found once per run (each
   caller gets its own copy of the set). The values of a single predicate are read from the
   rdflib graph pySHACL's ``RdfLibDataGraph`` wraps (what its ``objects`` and ``subjects`` do
   when no context is locked) without the wrapper's generator.
8. **Each member of an ``sh:or`` validated once per value node.** ``sh:or`` validated every
   member shape separately for every value node (for the class of each agent, the datatype of
   each date …) to learn whether that node conforms. Each member now runs once over all the value
   nodes; the reduced results of speed-up 1 keep their focus node, so a value node conforms to a
   member when none of the member's results about it has a severity that is not allowed. The
   ``sh:or`` results themselves are made one by one, in pySHACL's order. Only members whose
   results are all about the nodes they were given run this way (no ``sh:property`` below a
   property shape); any other member, or a result about another node, and the value nodes go
   through pySHACL's own loop.

9. **A class's subclasses walked again for every value.** ``sh:class`` tests each value node's
   types against the class through the ``rdfs:subClassOf`` closure of each type, walked again
   for every value (the types ``kg:Country``, ``kg:Person`` … thousands of times a run). Whether
   a type is the class or one of its subclasses is remembered per (graph, type, class) for the
   run; the values are still tested one by one, in pySHACL's order, with pySHACL's results.

``tests/test_batch_validation.py`` compares every report of the patched batch run with an
unpatched :func:`kg.validate.validate` of the same graph: text, results and verdict identical.
The patches are re-entrant and restored on exit; they are not thread-safe (a validation runs in
one thread per process).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from rdflib import BNode, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

__all__ = ["patched"]

_state = {"nested": 0, "active": 0}
_ALLOWED = (SH.Warning, SH.Info)  # the severities allow_warnings lets through


def _discarding_classes() -> tuple[type, ...]:
    from pyshacl.constraints.core.logical_constraints import (
        AndConstraintComponent,
        NotConstraintComponent,
        OrConstraintComponent,
        XoneConstraintComponent,
    )
    from pyshacl.constraints.core.shape_based_constraints import QualifiedValueShapeConstraintComponent

    return (NotConstraintComponent, AndConstraintComponent, OrConstraintComponent, XoneConstraintComponent,
            QualifiedValueShapeConstraintComponent)


def _focus_of(result: tuple) -> Node | None:
    node = result[1]
    for s, p, o in result[2]:
        if s == node and p == SH.focusNode:
            return o[1] if isinstance(o, tuple) else o  # pySHACL writes a data node as (its graph, the node)
    return None


def _severity_of(result: tuple) -> Node | None:
    node = result[1]
    for s, p, o in result[2]:
        if s == node and p == SH.resultSeverity:
            return o
    return None


def _copy(result: tuple) -> tuple:
    """The same result under a result node of its own (what a second one-by-one run would have made)."""
    text, node, triples = result
    fresh = BNode()
    return text, fresh, [(fresh if s == node else s, p, o) for s, p, o in triples]


def _batched_property_shape(original: Any) -> Any:
    """``PropertyConstraintComponent._evaluate_property_shape`` validating the property shape once for all values."""

    def evaluate(self: Any, executor: Any, prop_shape: Any, target_graph: Any, focus_value_nodes: dict,
                 potentially_recursive: Any, _evaluation_path: list) -> tuple[bool, list]:
        found = self.shape.get_other_shape(prop_shape)
        values = [v for value_nodes in focus_value_nodes.values() for v in value_nodes]
        if (len(values) < 2 or not found or not found.is_property_shape
                or (potentially_recursive and found in potentially_recursive)
                or next(iter(found.sg.objects(found.node, SH.property)), None) is not None):
            return original(self, executor, prop_shape, target_graph, focus_value_nodes, potentially_recursive,
                            _evaluation_path)  # pySHACL's own warnings and errors, or results of other focus nodes
        unique = list(dict.fromkeys(values))
        conforms, results = found.validate(executor, target_graph, focus=unique, _evaluation_path=_evaluation_path[:])
        if _state["nested"] or not results:  # reduced results: only their severities are read
            return not conforms, results
        own: dict[Node | None, list[tuple]] = {}
        for result in results:
            own.setdefault(_focus_of(result), []).append(result)
        if not own.keys() <= set(unique):  # a result about another node: trust nothing, run one by one
            return original(self, executor, prop_shape, target_graph, focus_value_nodes, potentially_recursive,
                            _evaluation_path)
        ordered: list[tuple] = []
        seen: set[Node] = set()
        for v in values:
            ordered.extend(_copy(r) for r in own.get(v, ())) if v in seen else ordered.extend(own.get(v, ()))
            seen.add(v)
        return not conforms, ordered

    return evaluate


def _remembered_paths(original: Any) -> Any:
    """``value_nodes_from_path`` remembering the values of each complex path from each node (for one run)."""
    found: dict[tuple, set] = {}

    def value_nodes_from_path(sg: Any, focus: Any, path_val: Any, target_graph: Any, inverse: bool = False,
                              recursion: int = 0) -> set:
        if isinstance(path_val, URIRef):  # one predicate: a single look-up, nothing to save ...
            graph = getattr(target_graph, "impl", None)
            if graph is None or getattr(target_graph, "locked_context", True) is not None:
                return original(sg, focus, path_val, target_graph, inverse=inverse, recursion=recursion)
            # ... but pySHACL's graph wrapper adds a generator per look-up: ask the rdflib graph it wraps
            return set(graph.subjects(path_val, focus)) if inverse else set(graph.objects(focus, path_val))
        key = (id(sg), id(target_graph), focus, path_val, inverse, recursion)
        values = found.get(key)
        if values is None:
            values = found[key] = original(sg, focus, path_val, target_graph, inverse=inverse, recursion=recursion)
        return set(values)

    return value_nodes_from_path


def _focused(shape: Any) -> bool:
    """Whether every result of validating ``shape`` over some nodes is about one of those nodes.

    Only a property shape's own ``sh:property`` validates other nodes (the values of its path);
    a node shape's property shapes are validated with the node itself as their focus.
    """
    graph = shape.sg

    def has_property(node: Any) -> bool:
        return next(iter(graph.objects(node, SH.property)), None) is not None

    if shape.is_property_shape:
        return not has_property(shape.node)
    return not any(has_property(p) for p in graph.objects(shape.node, SH.property))


def _batched_or(original: Any) -> Any:
    """``OrConstraintComponent._evaluate_or_constraint`` validating each member shape once for all the values."""

    def evaluate(self: Any, executor: Any, or_c: Any, target_graph: Any, focus_value_nodes: dict,
                 _evaluation_path: list) -> tuple[bool, list]:
        def one_by_one() -> tuple[bool, list]:
            return original(self, executor, or_c, target_graph, focus_value_nodes, _evaluation_path)

        values = [v for value_nodes in focus_value_nodes.values() for v in value_nodes]
        if len(values) < 2 or not executor.allow_warnings or executor.allow_infos:
            return one_by_one()
        members = []
        for node in set(self.shape.sg.graph.items(or_c)):
            if self.shape.sg.is_filtered_out_shape(node):
                continue
            member = self.shape.get_other_shape(node)
            if not member or not _focused(member):
                return one_by_one()  # pySHACL's own errors, or results about other nodes
            members.append(member)
        if not members:
            return one_by_one()
        unique = list(dict.fromkeys(values))
        asked = set(unique)
        conforming: set[Node] = set()
        for member in members:
            _, results = member.validate(executor, target_graph, focus=unique, _evaluation_path=_evaluation_path[:])
            if member.severity in _ALLOWED:  # pySHACL: a member whose own severity is allowed always conforms
                conforming = asked
                continue
            failing = set()
            for result in results:
                focus = _focus_of(result)
                if focus not in asked:
                    return one_by_one()
                severity = _severity_of(result)
                if severity is not None and severity not in _ALLOWED:  # pySHACL: a result without one is allowed
                    failing.add(focus)
            conforming = conforming | (asked - failing)
        non_conformant = False
        reports = []
        for f, value_nodes in focus_value_nodes.items():
            for v in value_nodes:
                if v not in conforming:
                    non_conformant = True
                    reports.append(self.make_v_result(target_graph, f, value_node=v))
        return non_conformant, reports

    return evaluate


def _remembered_classes() -> Any:
    """``ClassConstraintComponent._evaluate_class_rules_rdflib`` remembering each (type, class) answer for a run."""
    from pyshacl.consts import RDF_type, RDFS_subClassOf
    from rdflib import Literal

    subclass: dict[tuple, bool] = {}

    def is_a(target_graph: Any, ctype: Node, class_rule: Node) -> bool:
        if ctype == class_rule:
            return True
        key = (id(target_graph), ctype, class_rule)
        found = subclass.get(key)
        if found is None:
            found = subclass[key] = class_rule in set(target_graph.transitive_objects(ctype, RDFS_subClassOf))
        return found

    def evaluate(self: Any, target_graph: Any, f_v_dict: dict, class_rule: Node) -> tuple[bool, list]:
        reports = []
        non_conformant = False
        for f, value_nodes in f_v_dict.items():
            for v in value_nodes:
                if isinstance(v, Literal):
                    self.shape.logger.debug(
                        "Class Constraint won't work with Literals. "
                        f"Attempting to match Literal node {v} to class of {class_rule} will fail.")
                    found = False
                else:
                    found = any(is_a(target_graph, ctype, class_rule) for ctype in target_graph.objects(v, RDF_type))
                if not found:
                    non_conformant = True
                    reports.append(self.make_v_result(target_graph, f, value_node=v))
        return non_conformant, reports

    return evaluate


class _Cached:
    """Builds a component once per shape; one object per component class (pySHACL dedupes constraints by it)."""

    def __init__(self, component: type) -> None:
        self.component = component
        self.built: dict[int, Any] = {}

    def __call__(self, shape: Any) -> Any:
        key = id(shape)
        found = self.built.get(key)
        if found is None or found.shape is not shape:
            found = self.built[key] = self.component(shape)
        return found


@contextlib.contextmanager
def patched() -> Iterator[None]:
    """pySHACL with the nine speed-ups above, for the duration of the ``with`` block."""
    if _state["active"]:
        yield
        return
    import pyshacl.helper.expression_helper as path_module
    import pyshacl.shape as shape_module
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    from pyshacl.constraints.constraint_component import ConstraintComponent
    from pyshacl.constraints.core.logical_constraints import OrConstraintComponent
    from pyshacl.constraints.core.shape_based_constraints import PropertyConstraintComponent
    from pyshacl.constraints.core.value_constraints import ClassConstraintComponent

    discarding = _discarding_classes()
    original_validate = shape_module.Shape.validate
    original_result = ConstraintComponent.make_v_result
    original_params = getattr(shape_module, "CONSTRAINT_PARAMS", None)
    original_property_shape = PropertyConstraintComponent._evaluate_property_shape
    original_path_values = path_module.value_nodes_from_path
    original_or = OrConstraintComponent._evaluate_or_constraint
    original_classes = ClassConstraintComponent._evaluate_class_rules_rdflib

    answers: dict[tuple, Any] = {}

    def validate(self: Any, executor: Any, target_graph: Any, focus: Any = None,
                 _evaluation_path: list | None = None) -> Any:
        nested = bool(_evaluation_path) and isinstance(_evaluation_path[-1], discarding)
        key = (id(self), id(target_graph), focus) if nested and isinstance(focus, Node) else None
        if key is not None and key in answers:
            return answers[key]
        _state["nested"] += nested
        try:
            answer = original_validate(self, executor, target_graph, focus=focus, _evaluation_path=_evaluation_path)
        finally:
            _state["nested"] -= nested
        if key is not None:
            answers[key] = answer
        return answer

    def make_v_result(self: Any, datagraph: Any, focus_node: Any, *args: Any, **kwargs: Any) -> Any:
        if _state["nested"]:
            node = BNode()
            return "", node, [(node, SH.resultSeverity, self.shape.severity), (node, SH.focusNode, focus_node)]
        return original_result(self, datagraph, focus_node, *args, **kwargs)

    cached = {c: _Cached(c) for c in set(CONSTRAINT_PARAMETERS_MAP.values())
              if c.__module__.startswith("pyshacl.constraints.core.")}
    parameter_map = {p: cached.get(c, c) for p, c in CONSTRAINT_PARAMETERS_MAP.items()}
    original_str = shape_module.Shape.__str__
    names: dict[int, tuple[Any, str]] = {}

    def name(self: Any) -> str:  # pySHACL formats it into debug messages on every validation, logged or not
        known = names.get(id(self))
        if known is None or known[0] is not self:
            known = names[id(self)] = (self, original_str(self))
        return known[1]

    _state["active"] = 1
    shape_module.Shape.__str__ = name
    shape_module.Shape.validate = validate
    ConstraintComponent.make_v_result = make_v_result
    PropertyConstraintComponent._evaluate_property_shape = _batched_property_shape(original_property_shape)
    path_module.value_nodes_from_path = shape_module.value_nodes_from_path = _remembered_paths(original_path_values)
    OrConstraintComponent._evaluate_or_constraint = _batched_or(original_or)
    ClassConstraintComponent._evaluate_class_rules_rdflib = _remembered_classes()
    shape_module.CONSTRAINT_PARAMS = (frozenset(ALL_CONSTRAINT_PARAMETERS), parameter_map)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        shape_module.Shape.validate = original_validate
        shape_module.Shape.__str__ = original_str
        ConstraintComponent.make_v_result = original_result
        PropertyConstraintComponent._evaluate_property_shape = original_property_shape
        path_module.value_nodes_from_path = shape_module.value_nodes_from_path = original_path_values
        OrConstraintComponent._evaluate_or_constraint = original_or
        ClassConstraintComponent._evaluate_class_rules_rdflib = original_classes
        if original_params is None:
            del shape_module.CONSTRAINT_PARAMS  # type: ignore[attr-defined]
        else:
            shape_module.CONSTRAINT_PARAMS = original_params  # type: ignore[attr-defined]
        _state["active"] = 0
        _state["nested"] = 0
