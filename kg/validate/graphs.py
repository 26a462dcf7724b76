"""The data graphs pySHACL validates: a copy of one graph, or the union of a batch read from its own indices."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from rdflib import Graph
from rdflib.paths import Path as PropertyPath
from rdflib.plugins.sparql.processor import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from kg.validate.oxigraph_sparql import SparqlMirror

__all__ = ["OneGraphStore", "UnionGraph", "ValidationGraph", "data_graph", "prepared_query"]


@functools.lru_cache(maxsize=256)
def prepared_query(text: str, base: str | None, namespaces: tuple) -> Query:
    return prepareQuery(text, initNs=dict(namespaces), base=base)


class ValidationGraph(Graph):
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
            query_object = prepared_query(query_object, kwargs.get("base"), key)
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)

    def __bool__(self) -> bool:
        """A graph object is there, empty or not. pySHACL tests ``if graph`` to see whether it was given one;
        without this, Python answers with ``len``, which counts the triples one by one (three times per run)."""
        return True


class OneGraphStore(SimpleMemory):
    """The store of the one throwaway graph a batch is validated in: two plain indices, read directly.

    pySHACL wraps the data graph in an rdflib Dataset, which insists on a context-aware
    store; rdflib's context-aware ``Memory`` store keeps, and checks on every look-up, the
    graphs each triple belongs to, which here is always the one graph (a quarter of the
    look-up time). This store holds the triples of one graph and says so. Its indices are two of
    rdflib ``SimpleMemory``'s three (``spo``, ``pos``: dictionaries in insertion order), kept as
    attributes of its own so that :class:`UnionGraph` can answer the look-ups of a run (hundreds
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


class UnionGraph(ValidationGraph):
    """The graph of a batch run (an :class:`OneGraphStore`): look-ups go straight to the store's indices.

    rdflib answers ``graph.objects(s, p)`` through three generators (the graph's ``objects``,
    its ``triples``, the store's ``triples``, which makes a contexts generator per triple); a
    validation run asks such questions hundreds of thousands of times per chunk (pySHACL for
    every value node and class check, rdflib's SPARQL engine for every row). The answers, and
    their order, are the store's; property paths go through rdflib as before.
    """

    store: OneGraphStore

    def __init__(self) -> None:
        super().__init__(store=OneGraphStore(), bind_namespaces="core")
        self._mirror: SparqlMirror | None = None  # made at the first query: the graph is complete by then

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # rdflib's signature
              initBindings=None, use_store_provided=True, **kwargs):
        """A SPARQL query text is answered by Oxigraph (:mod:`.oxigraph_sparql`) where it can answer it exactly."""
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


def data_graph(graph: Graph) -> ValidationGraph:
    """A copy of ``graph`` (a Dataset: the union of its graphs) that pySHACL may mix the ontology into."""
    data = ValidationGraph(bind_namespaces="core")  # as pySHACL's own copy: few prefixes to key the cache on
    if getattr(graph, "context_aware", False):
        data.addN((s, p, o, data) for s, p, o, _ in graph.quads((None, None, None, None)))  # type: ignore[attr-defined]
    else:
        data.addN((s, p, o, data) for s, p, o in graph)
    return data
