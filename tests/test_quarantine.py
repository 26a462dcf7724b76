"""Quarantine (kg.quarantine and kg.builder): one bad fact costs that fact, not the document."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import factories
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import rdf
from kg.model import Entity, EntityType, Event, Extraction
from kg.processing import _Draft, _finish
from kg.quarantine import quarantine
from kg.validate import validate
from kg.vocab import KG


def with_treaty_agent() -> tuple[Extraction, Event]:
    """The English test article, where one meeting has a treaty among its agents: one fact breaks one shape."""
    extraction = factories.english()
    treaty = Entity("npt", EntityType.TREATY, "Treaty on the Non-Proliferation of Nuclear Weapons", "en", qid="Q132821")
    meeting = extraction.events[0]
    bad = dataclasses.replace(meeting, agents=(*meeting.agents, "npt"))
    events = (bad, *extraction.events[1:])
    return dataclasses.replace(extraction, entities=(*extraction.entities, treaty), events=events), bad


def facts(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(KG.evidence, None)}


def test_a_graph_that_breaks_one_shape_in_one_fact_loses_that_fact_only(tmp_path: Path) -> None:
    extraction, bad = with_treaty_agent()
    _, graph = rdf.to_graph(extraction)
    report = validate(graph)
    assert not report.conforms and report.violations == 1
    kept = quarantine(graph, report)
    assert not kept.unresolved and kept.facts == 1
    (dropped,) = kept.dropped
    assert dropped.kind.startswith("kg:Meeting") and "Treaty on the Non-Proliferation" in dropped.kind
    assert dropped.sentence == bad.evidence.sentence and (dropped.start, dropped.end) == (bad.evidence.start,
                                                                                          bad.evidence.end)
    assert dropped.broke == ("kgsh:EventShape (kg:agent): A kg:agent is a person, organisation, country or place.",)
    assert validate(kept.graph).conforms
    # exactly the meeting and its evidence are gone; every other fact, entity and label is still there
    meeting = URIRef(dropped.node)
    evidence = set(graph.objects(meeting, KG.evidence))
    assert {t for t in graph if t not in kept.graph} == {t for t in graph if t[0] == meeting or t[0] in evidence}
    assert facts(kept.graph) == facts(graph) - {meeting}


def test_a_relation_that_breaks_a_shape_loses_its_triple_statement_and_evidence() -> None:
    extraction = factories.english()
    bad = dataclasses.replace(extraction.relations[0], object="tokyo")  # Kishida leader of a city
    extraction = dataclasses.replace(extraction, relations=(bad, *extraction.relations[1:]))
    _, graph = rdf.to_graph(extraction)
    report = validate(graph)
    assert not report.conforms
    kept = quarantine(graph, report)
    assert kept.facts == 1 and kept.dropped[0].kind.startswith("kg:leaderOf (Fumio Kishida → Tokyo")
    assert validate(kept.graph).conforms
    assert not list(kept.graph.triples((None, KG.leaderOf, rdf.entity_iri(extraction.entity("tokyo")))))
    assert not list(kept.graph.subjects(RDF.object, rdf.entity_iri(extraction.entity("tokyo"))))
    assert len(list(kept.graph.triples((None, KG.leaderOf, None)))) == 1  # Widodo's is kept


def test_bad_evidence_takes_the_fact_it_supports_with_it() -> None:
    _, graph = rdf.to_graph(factories.english())
    evidence = next(graph.objects(None, KG.evidence))
    graph.set((evidence, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    kept = quarantine(graph, validate(graph))
    assert kept.facts == 1 and validate(kept.graph).conforms
    assert evidence not in set(kept.graph.subjects())


def test_an_entity_that_breaks_a_shape_goes_with_the_facts_it_takes_part_in() -> None:
    extraction = factories.english()
    _, graph = rdf.to_graph(extraction)
    china = rdf.entity_iri(extraction.entity("china"))
    graph.add((china, RDF.type, KG.Person))  # two base types
    kept = quarantine(graph, validate(graph))
    assert validate(kept.graph).conforms
    assert china not in set(kept.graph.subjects()) | set(kept.graph.objects())
    assert [f.kind for f in kept.dropped] == ["kg:Accusation (agents: China)", "entity China"]
    assert kept.facts == 1


def test_a_document_level_violation_cannot_be_quarantined() -> None:
    extraction = factories.english()
    doc = dataclasses.replace(extraction.document, lang="english")  # a tag rdflib takes, not a BCP 47 code
    _, graph = rdf.to_graph(dataclasses.replace(extraction, document=doc))
    kept = quarantine(graph, validate(graph))
    assert kept.unresolved  # the document node itself is wrong: build rejects the whole document
    iri, graph = rdf.to_graph(dataclasses.replace(extraction, document=doc))
    built = _finish(_Draft(doc, str(iri), graph, 11, 7), validate(graph), False)
    assert built.rejected is not None and built.report is not None and built.report[0] == "validation"
    assert not built.nquads  # nothing of it is stored


def test_build_stores_the_rest_and_writes_the_report() -> None:
    extraction, bad = with_treaty_agent()
    iri, graph = rdf.to_graph(extraction)
    draft = _Draft(extraction.document, str(iri), graph, len(extraction.entities), 6)
    built = _finish(draft, validate(graph), False)
    assert built.rejected is None and built.facts_dropped == 1 and built.report is not None
    assert built.facts == 5
    kind, report = built.report
    assert kind == "quarantine"
    assert report.startswith("# 1 facts dropped from document")
    assert bad.evidence.sentence in report and "kgsh:EventShape (kg:agent)" in report
    strict = _finish(draft, validate(graph), True)
    assert strict.rejected is not None and "--strict" in strict.rejected
