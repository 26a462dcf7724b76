"""kg.validate and ontology/shapes.ttl: good graphs conform, each kind of broken graph does not."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import factories
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SDO, XSD

from kg import rdf
from kg.errors import InputError, ResourceError, ValidationError
from kg.validate import ensure_valid, ontology_graph, shapes_graph, validate, validate_file
from kg.vocab import DOCUMENT, ENTITY, KG

JOKOWI, KISHIDA, INDONESIA, TOKYO = ENTITY.Q3318231, ENTITY["person/fumio-kishida"], ENTITY.Q252, ENTITY.Q1490


def fresh() -> Graph:
    """A new copy of the Indonesian document's graph, free to break."""
    return rdf.to_graph(factories.indonesian())[1]


def one(graph: Graph, cls: URIRef) -> URIRef:
    nodes = sorted(graph.subjects(RDF.type, cls))
    assert nodes, cls
    return nodes[0]


def evidence_of(graph: Graph, cls: URIRef) -> URIRef:
    return graph.value(one(graph, cls), KG.evidence)


def set_value(graph: Graph, node: URIRef, predicate: URIRef, value: Literal | URIRef) -> None:
    graph.set((node, predicate, value))


# --------------------------------------------------------------------------- good graphs


def test_shapes_and_ontology_load() -> None:
    assert len(shapes_graph()) > 100
    assert (KG.Leader, RDFS.subClassOf, KG.Person) in ontology_graph()
    assert shapes_graph() is shapes_graph()  # parsed once


@pytest.mark.parametrize("make", [factories.indonesian, factories.english])
def test_factory_graphs_conform(make: Callable[[], object]) -> None:
    report = validate(rdf.to_graph(make())[1])
    assert report.conforms, report.text
    assert report.violations == 0


def test_union_of_documents_conforms() -> None:
    report = validate(rdf.to_dataset(factories.both()))
    assert report.conforms, report.text


@pytest.mark.parametrize("when", [Literal("2024-05", datatype=XSD.gYearMonth),
                                  Literal("2024-05-13", datatype=XSD.date),
                                  Literal("2024-05-13T09:30:00+09:00", datatype=XSD.dateTime)])
def test_event_dates_of_each_precision_conform(when: Literal) -> None:
    graph = fresh()
    set_value(graph, one(graph, KG.Visit), KG.date, when)
    report = validate(graph)
    assert report.conforms, report.text


def test_an_event_reported_with_two_compatible_dates_conforms_in_the_union() -> None:
    """One node per event across documents: the union holds each report's date (a day, its month)."""
    graph = fresh()
    visit = one(graph, KG.Visit)
    graph.add((visit, KG.date, Literal("2024-05", datatype=XSD.gYearMonth)))
    assert len(set(graph.objects(visit, KG.date))) == 2
    report = validate(graph)
    assert report.conforms, report.text


def test_sanction_with_only_a_target_conforms() -> None:
    graph = fresh()
    sanction = one(graph, KG.Sanction)
    assert graph.value(sanction, KG.agent) is None and graph.value(sanction, KG.target) is not None
    assert validate(graph).conforms


def test_subclass_typing_is_enough_without_rdfs_inference() -> None:
    """The ontology is mixed in, so an entity typed only kg:City still has base type kg:Place."""
    graph = fresh()
    graph.remove((TOKYO, RDF.type, KG.Place))
    assert set(graph.objects(TOKYO, RDF.type)) == {KG.City}
    report = validate(graph)
    assert report.conforms, report.text


def test_offsets_not_matching_the_sentence_length_is_only_a_warning() -> None:
    graph = fresh()
    evidence = evidence_of(graph, KG.Visit)
    set_value(graph, evidence, KG.endOffset, Literal(graph.value(evidence, KG.endOffset).toPython() + 5))
    report = validate(graph)
    assert report.conforms
    assert any(m.startswith("Warning") and "length of kg:sentenceText" in m for m in report.messages())


# --------------------------------------------------------------------------- broken graphs


def drop_evidence(g: Graph) -> None:
    g.remove((one(g, KG.Visit), KG.evidence, None))


def confidence_above_one(g: Graph) -> None:
    set_value(g, evidence_of(g, KG.Visit), KG.confidence, Literal(Decimal("1.5"), datatype=XSD.decimal))


def confidence_not_a_number(g: Graph) -> None:
    set_value(g, evidence_of(g, KG.Visit), KG.confidence, Literal("high"))


def label_without_language(g: Graph) -> None:
    g.remove((JOKOWI, RDFS.label, Literal("Joko Widodo", lang="id")))
    g.add((JOKOWI, RDFS.label, Literal("Joko Widodo")))


def no_label(g: Graph) -> None:
    g.remove((KISHIDA, RDFS.label, None))


def event_without_agent(g: Graph) -> None:
    g.remove((one(g, KG.Visit), KG.agent, None))


def sanction_without_target_or_agent(g: Graph) -> None:
    g.remove((one(g, KG.Sanction), KG.target, None))


def same_as_dbpedia(g: Graph) -> None:
    set_value(g, JOKOWI, OWL.sameAs, URIRef("http://dbpedia.org/resource/Joko_Widodo"))


def same_as_wikidata_page(g: Graph) -> None:
    set_value(g, JOKOWI, OWL.sameAs, URIRef("https://www.wikidata.org/wiki/Q3318231"))


def two_base_types(g: Graph) -> None:
    g.add((JOKOWI, RDF.type, KG.Country))


def untyped_entity(g: Graph) -> None:
    g.remove((KISHIDA, RDF.type, None))


def start_after_end(g: Graph) -> None:
    evidence = evidence_of(g, KG.Denial)
    end = g.value(evidence, KG.endOffset).toPython()
    set_value(g, evidence, KG.startOffset, Literal(end + 1))


def negative_offset(g: Graph) -> None:
    set_value(g, evidence_of(g, KG.Denial), KG.startOffset, Literal(-3))


def offset_not_integer(g: Graph) -> None:
    set_value(g, evidence_of(g, KG.Denial), KG.startOffset, Literal("12"))


def evidence_without_rule(g: Graph) -> None:
    g.remove((evidence_of(g, KG.Statement), KG.rule, None))


def evidence_without_document(g: Graph) -> None:
    g.remove((evidence_of(g, KG.Statement), PROV_DERIVED, None))


def evidence_with_two_sentences(g: Graph) -> None:
    g.add((evidence_of(g, KG.Statement), KG.sentenceText, Literal("Another sentence.", lang="id")))


def leader_of_a_place(g: Graph) -> None:
    g.remove((JOKOWI, KG.leaderOf, INDONESIA))
    g.add((JOKOWI, KG.leaderOf, TOKYO))
    for statement in g.subjects(RDF.object, INDONESIA):
        if g.value(statement, RDF.subject) == JOKOWI:
            set_value(g, statement, RDF.object, TOKYO)


def relation_without_reification(g: Graph) -> None:
    for statement in list(g.subjects(RDF.predicate, KG.officialOf)):
        g.remove((statement, None, None))


def reified_but_not_asserted(g: Graph) -> None:
    g.remove((JOKOWI, KG.leaderOf, INDONESIA))


def visit_to_a_person(g: Graph) -> None:
    set_value(g, one(g, KG.Visit), KG.target, KISHIDA)


def visit_without_target(g: Graph) -> None:
    g.remove((one(g, KG.Visit), KG.target, None))


def meeting_of_one_party(g: Graph) -> None:
    meeting = one(g, KG.Meeting)
    g.remove((meeting, KG.agent, KISHIDA))


def two_event_classes(g: Graph) -> None:
    g.add((one(g, KG.Visit), RDF.type, KG.Meeting))


def treaty_party_is_a_treaty(g: Graph) -> None:
    treaty = one(g, KG.Treaty)
    g.add((treaty, KG.party, treaty))


def date_as_written(g: Graph) -> None:
    set_value(g, one(g, KG.Visit), KG.date, Literal("Monday"))


def date_as_a_year(g: Graph) -> None:
    set_value(g, one(g, KG.Visit), KG.date, Literal("2024", datatype=XSD.gYear))


def document_without_language(g: Graph) -> None:
    g.remove((DOCUMENT[factories.ID_DOC_ID], SDO.inLanguage, None))


PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")

BROKEN = [
    (drop_evidence, "Every event needs kg:evidence"),
    (confidence_above_one, "kg:confidence"),
    (confidence_not_a_number, "kg:confidence"),
    (label_without_language, "language tag"),
    (no_label, "at least one rdfs:label"),
    (event_without_agent, "at least one kg:agent"),
    (sanction_without_target_or_agent, "at least one kg:agent"),
    (same_as_dbpedia, "Wikidata entity IRI"),
    (same_as_wikidata_page, "Wikidata entity IRI"),
    (two_base_types, "exactly one base type"),
    (untyped_entity, "exactly one base type"),
    (start_after_end, "kg:startOffset"),
    (negative_offset, "kg:startOffset"),
    (offset_not_integer, "kg:startOffset"),
    (evidence_without_rule, "kg:rule"),
    (evidence_without_document, "prov:wasDerivedFrom"),
    (evidence_with_two_sentences, "kg:sentenceText"),
    (leader_of_a_place, "kg:leaderOf goes from"),
    (relation_without_reification, "has no rdf:Statement"),
    (reified_but_not_asserted, "not asserted"),
    (visit_to_a_person, "What is visited"),
    (visit_without_target, "one at least"),
    (meeting_of_one_party, "two kg:agent parties at least"),
    (two_event_classes, "An event must be exactly one"),
    (treaty_party_is_a_treaty, "not a treaty"),
    (document_without_language, "schema:inLanguage"),
    (date_as_written, "xsd:gYearMonth (only the month is known)"),
    (date_as_a_year, "xsd:gYearMonth (only the month is known)"),
]


@pytest.mark.parametrize(("breakage", "message"), BROKEN, ids=[b.__name__ for b, _ in BROKEN])
def test_broken_graph_does_not_conform(breakage: Callable[[Graph], None], message: str) -> None:
    graph = fresh()
    breakage(graph)
    report = validate(graph)
    assert not report.conforms
    assert report.violations >= 1
    violations = [m for m in report.messages() if m.startswith("Violation")]
    assert any(message in m for m in violations), violations


def test_ensure_valid_raises_with_the_violations() -> None:
    graph = fresh()
    drop_evidence(graph)
    with pytest.raises(ValidationError, match=r"document X does not conform .*1 violations") as info:
        ensure_valid(graph, "document X")
    assert "Every event needs kg:evidence" in str(info.value)
    assert ensure_valid(fresh()).conforms


# --------------------------------------------------------------------------- files and resources


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".ttl", ".jsonld"])
def test_validate_file(tmp_path: Path, suffix: str) -> None:
    path = rdf.write(rdf.to_dataset(factories.both()), tmp_path / f"kg{suffix}")
    report = validate_file(path)
    assert report.conforms, report.text


def test_validate_file_finds_a_broken_graph_inside_a_dataset(tmp_path: Path) -> None:
    dataset = rdf.to_dataset(factories.both())
    graph = dataset.graph(rdf.graph_iri(factories.EN_DOC_ID))
    graph.remove((one(graph, KG.Accusation), KG.agent, None))
    assert not validate_file(rdf.write(dataset, tmp_path / "kg.trig")).conforms


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("broken.trig", "<a> <b> { oops", "cannot parse"),
        ("kg.xml", "<rdf/>", "unknown RDF file suffix"),
        ("absent.ttl", None, "no such file"),
    ],
)
def test_validate_file_input_errors(tmp_path: Path, name: str, content: str | None, match: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=match):
        validate_file(path)


def test_missing_or_broken_shapes_are_resource_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSKG_ONTOLOGY", str(tmp_path))
    with pytest.raises(ResourceError, match="missing ontology file"):
        validate(fresh())
    (tmp_path / "shapes.ttl").write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(ResourceError, match="cannot parse"):
        shapes_graph()


def test_importing_kg_validate_patches_nothing_in_rdflib() -> None:
    """The SPARQL parse cache is ours alone: rdflib's 'sparql' processor is the same before and after import,
    and a graph outside validation parses its queries as rdflib always does."""
    import subprocess
    import sys

    code = (
        "from rdflib import Graph, plugin\n"
        "from rdflib.query import Processor\n"
        "before = plugin.get('sparql', Processor)\n"
        "import kg.validate, kg.builder\n"
        "after = plugin.get('sparql', Processor)\n"
        "assert before is after, (before, after)\n"
        "assert after.__module__ == 'rdflib.plugins.sparql.processor', after\n"
        "kg.validate.validate(Graph())\n"
        "assert plugin.get('sparql', Processor) is before\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_validation_parses_each_constraint_query_once() -> None:
    from kg.validate import graphs as module

    validate(fresh())
    before = module.prepared_query.cache_info()
    validate(fresh())
    after = module.prepared_query.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
