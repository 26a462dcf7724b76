"""kg.validate.validate_each: many document graphs in one pySHACL run, each judged exactly as if alone.

Document graphs share IRIs (entities, events), so a plain union can hide a violation or make
one up; these tests build such traps on purpose and check that every report is the report
:func:`kg.validate.validate` gives that graph alone: same verdict, same text, same results.
"""

from __future__ import annotations

import functools

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from support import corpus

from kg import rdf
from kg.extract import extract
from kg.model import Document
from kg.validate import ValidationReport, disjoint_union, ontology_graph, shapes_graph, validate, validate_each
from kg.validate.graphs import UnionGraph
from kg.validate.oxigraph_sparql import SparqlMirror, read_predicates, stored_verbatim
from kg.vocab import ENTITY, KG, WD


def common_entity(graphs: list[Graph]) -> URIRef:
    """An entity every graph describes (the European Union and Myanmar are in every article)."""
    described = [set(graph.subjects(RDFS.label, None)) & {s for s in graph.subjects() if "/entity/" in s}
                 for graph in graphs]
    shared = sorted(set.intersection(*described))
    assert shared
    return shared[0]


@functools.cache
def _graph(number: int) -> Graph:
    lang, text = corpus.text(number % 5)  # five articles, each again under other ids: they share entities
    document = Document(id=f"batch-{number}", text=text, lang=lang, source=f"test:{number}")
    return rdf.to_graph(extract(document))[1]


def documents(count: int = 8) -> list[Graph]:
    """``count`` fresh copies of document graphs (free to break); the same leaders and places come back."""
    copies = []
    for number in range(count):
        graph = Graph()
        graph += _graph(number)
        copies.append(graph)
    return copies


def same(a: ValidationReport, b: ValidationReport) -> bool:
    return (a.conforms == b.conforms and a.text == b.text and a.messages() == b.messages()
            and isomorphic(a.graph, b.graph))


def check(graphs: list[Graph]) -> list[ValidationReport]:
    """validate_each's reports, after checking each is the graph's own report."""
    reports = validate_each(graphs)
    assert len(reports) == len(graphs)
    for number, (graph, report) in enumerate(zip(graphs, reports, strict=True)):
        alone = validate(graph)
        assert same(report, alone), f"document {number}:\n{report.text}\n---- alone:\n{alone.text}"
    return reports


def test_graphs_share_entities_so_a_plain_union_is_not_the_same_thing() -> None:
    graphs = documents(4)
    common_entity(graphs)
    assert all(report.conforms for report in check(graphs))


def test_a_missing_label_in_one_document_is_found_though_the_others_have_it() -> None:
    graphs = documents()
    shared = common_entity(graphs)
    graphs[5].remove((shared, RDFS.label, None))  # a plain union would take the label from the others
    union = Graph()
    for graph in graphs:
        union += graph
    assert validate(union).conforms  # the trap: hidden in a plain union
    reports = check(graphs)
    assert [r.conforms for r in reports] == [True] * 5 + [False] + [True] * 2
    assert any(str(shared) in line and "rdfs:label" in line for line in reports[5].messages())


def test_two_documents_linking_an_entity_differently_do_not_make_a_violation() -> None:
    graphs = documents(4)
    shared = common_entity(graphs)
    assert graphs[0].value(shared, OWL.sameAs) is not None
    graphs[1].set((shared, OWL.sameAs, WD.Q1))  # each document: one sameAs; a plain union: two
    union = Graph()
    for graph in graphs:
        union += graph
    assert not validate(union).conforms  # the trap: made up by a plain union
    assert all(report.conforms for report in check(graphs))


def test_a_relation_without_its_statement_breaks_the_graph_level_sparql_shape_in_that_document_only() -> None:
    graphs = documents()
    statements = sorted(graphs[3].subjects(RDF.type, RDF.Statement))
    assert statements
    graphs[3].remove((statements[0], None, None))  # the relation is asserted, its reification gone
    reports = check(graphs)
    assert [r.conforms for r in reports] == [True] * 3 + [False] + [True] * 4
    assert any(r.startswith("Violation") for r in reports[3].messages())


def test_a_bad_fact_in_document_k_affects_document_k_only_and_its_report_reads_as_if_alone() -> None:
    graphs = documents()
    event = sorted(graphs[6].subjects(RDF.type, KG.Meeting) or graphs[6].subjects(RDF.type, KG.Visit))[0]
    treaty = URIRef(ENTITY["treaty/a-test-treaty"])
    graphs[6].add((treaty, RDF.type, KG.Treaty))
    graphs[6].add((treaty, RDFS.label, Literal("A test treaty", lang="en")))
    graphs[6].add((event, KG.agent, treaty))  # a treaty may not act
    reports = check(graphs)
    assert [i for i, r in enumerate(reports) if not r.conforms] == [6]
    assert str(treaty) in reports[6].text and disjoint_union.PREFIX not in reports[6].text


def test_graphs_that_cannot_join_a_union_are_validated_alone_with_the_same_answer() -> None:
    graphs = documents(4)
    graphs[1].add((common_entity(graphs), KG.linkedBy, BNode()))  # a blank node: not joinable
    graphs[2].add((WD.Q42, RDFS.label, Literal("described outside our namespace", lang="en")))
    assert not disjoint_union.joinable(graphs[1]) and not disjoint_union.joinable(graphs[2])
    check(graphs)


def test_renaming_is_refused_for_shapes_that_test_the_text_of_our_iris() -> None:
    assert disjoint_union.safe_shapes(shapes_graph())
    stricter = Graph()
    stricter += shapes_graph()
    shape = URIRef("urn:test:IriShape")
    stricter.add((shape, RDF.type, SH.NodeShape))
    stricter.add((shape, SH.targetClass, KG.Entity))
    stricter.add((shape, SH.pattern, Literal("^https://w3id")))
    assert not disjoint_union.safe_shapes(stricter)


@pytest.mark.parametrize("count", [1, 2, 17])
def test_any_batch_size_gives_each_graphs_own_report(count: int) -> None:
    graphs = documents(count)
    graphs[-1].remove((common_entity(graphs), RDF.type, None))
    reports = check(graphs)
    assert not reports[-1].conforms


def test_many_bad_values_of_many_property_shapes_each_go_to_their_own_document() -> None:
    """A property shape runs once over all its focus nodes of the batch (kg.validate.pyshacl_patches, speed-up 6): every
    result still lands in its own document's report, several per document and per shape, as when validated alone."""
    graphs = documents(6)
    for number in (1, 4):
        evidence = sorted(graphs[number].subjects(RDF.type, KG.Evidence))
        assert len(evidence) >= 3
        graphs[number].set((evidence[0], KG.confidence, Literal(2.5)))  # out of [0, 1]
        graphs[number].set((evidence[1], KG.confidence, Literal(-1)))
        graphs[number].remove((evidence[2], KG.rule, None))  # minCount
        graphs[number].set((evidence[2], KG.startOffset, Literal("three")))  # not an integer; offsets warning
    entities = sorted(s for s in graphs[4].subjects(RDFS.label, None) if "/entity/" in s)
    graphs[4].remove((entities[0], RDFS.label, None))
    graphs[4].add((entities[1], RDFS.label, Literal("no language tag")))
    reports = check(graphs)
    assert [i for i, r in enumerate(reports) if not r.conforms] == [1, 4]
    assert reports[4].violations > reports[1].violations >= 4


def test_values_that_conform_to_no_member_of_an_or_are_found_in_their_own_document() -> None:
    """Each member of an sh:or runs once over all the values of the batch (kg.validate.pyshacl_patches, speed-up 8): the
    values that conform to none are still found, in their own document, as when validated alone."""
    graphs = documents(6)
    for number in (2, 5):
        events = sorted(graphs[number].subjects(KG.evidence, None))
        events = [e for e in events if (e, RDF.type, RDF.Statement) not in graphs[number]]
        assert len(events) >= 2
        person = sorted(graphs[number].subjects(RDF.type, KG.Person))[0]
        graphs[number].set((events[0], KG.location, person))  # a location is a place or a country
        graphs[number].set((events[1], KG.date, Literal("yesterday")))  # not a date
    acting = sorted(e for e in graphs[5].subjects(KG.agent, None) if (e, RDF.type, KG.Sanction) not in graphs[5])
    graphs[5].remove((acting[0], KG.agent, None))  # no agent, and not a sanction
    reports = check(graphs)
    assert [i for i, r in enumerate(reports) if not r.conforms] == [2, 5]
    assert sum("OrConstraintComponent" in line for line in reports[5].text.splitlines()) >= 3


def _constraint_queries() -> list[tuple[str, list[URIRef]]]:
    """Each sh:select of the shapes with the target nodes pySHACL binds its $this to."""
    shapes = shapes_graph()
    queries = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        queries.append((str(shapes.value(constraint, SH.select)), sorted(shapes.objects(shape, SH.targetNode))))
    return queries


def _rows(result) -> set[frozenset]:
    return {frozenset(row.asdict().items()) for row in result}


def test_oxigraph_answers_the_sparql_constraints_with_the_rows_rdflib_gives() -> None:
    """kg.validate.oxigraph_sparql: on a union with offending rows for each SPARQL constraint, Oxigraph gives the
    rows rdflib's engine gives on the same triples (the graph's own terms), having loaded only the predicates each
    one reads."""
    graphs = documents(4)
    statements = sorted(graphs[0].subjects(RDF.type, RDF.Statement))
    graphs[0].remove((statements[0], None, None))  # a relation without its statement
    statement = sorted(graphs[1].subjects(RDF.type, RDF.Statement))[0]
    subject, predicate, obj = (graphs[1].value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    graphs[1].remove((subject, predicate, obj))  # a statement whose triple is not asserted
    for evidence in sorted(graphs[2].subjects(RDF.type, KG.Evidence))[:3]:
        graphs[2].set((evidence, KG.endOffset, Literal(10_000)))  # offsets that do not span the sentence
    union = disjoint_union.DisjointUnion(UnionGraph())
    for graph in graphs:
        union.add(graph)
    union.data += ontology_graph()
    plain = Graph()
    plain += union.data
    mirror = SparqlMirror.of(plain)
    prefixes = {str(k): str(v) for k, v in shapes_graph().namespaces()}
    prefixes.update({"kg": str(KG), "rdf": str(RDF)})
    answered = {}
    for text, targets in _constraint_queries():
        for this in targets:
            theirs = plain.query(text, initBindings={"this": this}, initNs=prefixes)
            ours = mirror.select(text, {"this": this}, prefixes)
            assert ours is not None
            assert _rows(ours) == _rows(theirs)
            answered[text] = answered.get(text, 0) + len(ours.bindings)
    assert len(answered) == 3 and min(answered.values()) >= 1  # each has offending rows to agree on
    assert RDFS.label not in mirror._loaded and KG.agent not in mirror._loaded  # read by no constraint


def test_a_query_whose_predicates_are_not_known_is_left_to_rdflib() -> None:
    """?s ?p ?o is known only where the outer pattern binds ?p as the object of a constant predicate."""
    reified = next(text for text, _ in _constraint_queries() if "?s ?p ?o" in text)
    prefixes = {"kg": str(KG), "rdf": str(RDF)}
    assert read_predicates(reified, prefixes, {"this": RDF.Statement}) is None  # without the data
    assert read_predicates(reified, prefixes, {"this": RDF.Statement}, lambda p: [KG.party]) == {
        RDF.type, RDF.subject, RDF.predicate, RDF.object, KG.party}
    mirror = SparqlMirror.of(documents(1)[0])
    for text in ("SELECT ?s WHERE { ?s ?p ?o }",
                 "SELECT ?s WHERE { ?s rdf:type/rdfs:subClassOf* kg:Entity }",
                 "SELECT ?s WHERE { OPTIONAL { ?x rdf:predicate ?p } ?s ?p ?o }",
                 "SELECT ?s WHERE { ?x rdf:predicate ?p . { SELECT ?p WHERE { ?a ?p ?b } } ?s ?p ?o }"):
        assert mirror.select(text, None, {**prefixes, "rdfs": str(RDFS)}) is None, text


def test_literals_oxigraph_would_store_in_another_form_leave_the_queries_to_rdflib() -> None:
    """Oxigraph stores xsd:int as xsd:integer and 1.50 as 1.5: a query that reads such a literal is left to rdflib,
    and every report is still the graph's own."""
    assert stored_verbatim("7", str(XSD.integer)) and stored_verbatim("0.85", str(XSD.decimal))
    assert not stored_verbatim("007", str(XSD.integer))
    assert not stored_verbatim("1", str(XSD.int))
    assert not stored_verbatim("1.50", str(XSD.decimal))
    graphs = documents(3)
    evidence = sorted(graphs[1].subjects(RDF.type, KG.Evidence))[0]
    graphs[1].set((evidence, KG.startOffset, Literal("0", datatype=XSD.int)))
    offsets = next(text for text, _ in _constraint_queries() if "STRLEN" in text)
    prefixes = {"kg": str(KG), "rdf": str(RDF)}
    assert SparqlMirror.of(graphs[0]).select(offsets, {"this": KG.Evidence}, prefixes) is not None
    assert SparqlMirror.of(graphs[1]).select(offsets, {"this": KG.Evidence}, prefixes) is None
    reports = check(graphs)
    assert [r.conforms for r in reports] == [True, False, True]  # sh:datatype xsd:integer


def test_two_literals_rdflib_keeps_apart_and_oxigraph_does_not_leave_the_queries_to_rdflib() -> None:
    """A plain "a" and "a"^^xsd:string are two terms for rdflib, one for Oxigraph: a query reading both is rdflib's."""
    graph = Graph()
    evidence = URIRef(ENTITY["evidence/a-test"])
    graph.add((evidence, RDF.type, KG.Evidence))
    graph.add((evidence, KG.sentenceText, Literal("abc")))
    graph.add((evidence, KG.sentenceText, Literal("abc", datatype=XSD.string)))
    offsets = next(text for text, _ in _constraint_queries() if "STRLEN" in text)
    prefixes = {"kg": str(KG), "rdf": str(RDF)}
    assert SparqlMirror.of(graph).select(offsets, {"this": KG.Evidence}, prefixes) is None
    graph.remove((evidence, KG.sentenceText, Literal("abc")))
    assert SparqlMirror.of(graph).select(offsets, {"this": KG.Evidence}, prefixes) is not None


def test_what_a_query_reads_is_kept_in_the_cache_folder_and_read_back_the_same(tmp_path, monkeypatch) -> None:
    """The predicates of the shapes' queries come from rdflib's parse once; later processes read them back (and a
    damaged file is parsed again), with the same answers as rdflib's."""
    from kg.validate import oxigraph_sparql

    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path))
    prefixes = {"kg": str(KG), "rdf": str(RDF), "rdfs": str(RDFS)}
    texts = [text for text, _ in _constraint_queries()] + ["SELECT ?s WHERE { ?s rdf:type/rdfs:subClassOf* kg:Entity }"]
    parsed = [oxigraph_sparql._parsed_pattern_predicates(text, tuple(sorted(prefixes.items()))) for text in texts]
    assert parsed[-1] is None and all(found is not None for found in parsed[:-1])

    def answers() -> list:
        oxigraph_sparql._pattern_predicates.cache_clear()
        return [oxigraph_sparql._pattern_predicates(text, tuple(sorted(prefixes.items()))) for text in texts]

    assert answers() == parsed  # parsed, and kept
    files = sorted(tmp_path.glob("sparql-predicates-*.json"))
    assert len(files) == len(texts)
    monkeypatch.setattr(oxigraph_sparql, "prepareQuery", None)  # read back: no parse
    assert answers() == parsed
    files[0].write_text('["x", {"known": true, "constants": [1]}]', encoding="utf-8")
    monkeypatch.undo()
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path))
    assert answers() == parsed
