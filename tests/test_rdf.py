"""kg.rdf and kg.vocab: IRIs, labels, evidence, deterministic files, and the scorer's ontology contract."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import factories
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg import rdf
from kg.errors import InputError, ResourceError
from kg.model import Entity, EntityType, Event, EventKind, Extraction
from kg.paths import ontology_dir
from kg.rdf import literals as rdf_literals
from kg.vocab import DOCUMENT, ENTITY, GRAPH, KG, WD

TESTS = Path(__file__).resolve().parent

# The scorer's relation queries (shared/eval/score.py REL_QUERIES), copied: this is the contract.
REL_QUERIES = {
    "leaderOf": "SELECT ?s ?o WHERE { ?s kg:leaderOf ?o }",
    "officialOf": "SELECT ?s ?o WHERE { ?s kg:officialOf ?o }",
    "visit": "SELECT ?s ?o WHERE { ?e a/rdfs:subClassOf* kg:Visit ; kg:agent ?s ; kg:target|kg:location ?o }",
    "meet": "SELECT ?s ?o WHERE { ?e a/rdfs:subClassOf* kg:Meeting ; kg:agent ?s ; kg:agent|kg:target ?o "
    "FILTER(?s != ?o) }",
    "agreement": "SELECT ?s ?o WHERE { ?e a/rdfs:subClassOf* kg:Agreement ; kg:agent ?s ; "
    "kg:agent|kg:target ?o FILTER(?s != ?o) }",
    "treatyParty": "SELECT ?s ?o WHERE { ?o a/rdfs:subClassOf* kg:Treaty ; kg:party ?s }",
    "sanction": "SELECT ?s ?o WHERE { ?x a/rdfs:subClassOf* kg:Sanction ; kg:target ?o "
    "OPTIONAL { ?x kg:agent ?s } }",
    "accuse": "SELECT ?s ?o WHERE { ?e a/rdfs:subClassOf* kg:Accusation ; kg:agent ?s ; kg:target ?o }",
    "deny": "SELECT ?s ?o WHERE { ?e a/rdfs:subClassOf* kg:Denial ; kg:agent ?s "
    "OPTIONAL { ?e kg:target ?o } }",
    "statement": "SELECT ?s ?o WHERE { ?e a/rdfs:subClassOf* kg:Statement ; kg:agent ?s "
    "OPTIONAL { ?e kg:target ?o } }",
}


@pytest.fixture(scope="module")
def id_graph() -> Graph:
    return rdf.to_graph(factories.indonesian())[1]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return rdf.to_dataset(factories.both())


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for ttl in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(ttl, format="turtle")
    return graph


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def label(graph: Graph, node: URIRef | None) -> str | None:
    """The English label if any, else the smallest label: how the tests name nodes."""
    if node is None:
        return None
    labels = sorted(graph.objects(node, RDFS.label), key=lambda lit: (lit.language != "en", str(lit)))
    return str(labels[0]) if labels else str(node)


# --------------------------------------------------------------------------- vocabulary and ontology


def kg_terms(graph: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s) for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(KG))}


def test_vocab_and_ontology_declare_the_same_terms() -> None:
    ontology = Graph().parse(ontology_dir() / "newskg.ttl", format="turtle")
    declared = kg_terms(ontology)
    in_vocab = {str(KG[name]) for name in KG.__annotations__}
    assert declared == in_vocab
    for term in declared:
        assert ontology.value(URIRef(term), RDFS.label, None) is not None, term
        assert ontology.value(URIRef(term), RDFS.comment, None) is not None, term
        labels = list(ontology.objects(URIRef(term), RDFS.label))
        assert all(lit.language for lit in labels), term


def test_vocab_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = KG.Presidnt  # a typo fails loudly


def test_ontology_contract_subclasses_and_alignments(ontology: Graph) -> None:
    sub = set(ontology.triples((None, RDFS.subClassOf, None)))
    for child, parent in [
        (KG.Leader, KG.Person), (KG.Official, KG.Person), (KG.Agency, KG.Organization),
        (KG.NewsAgency, KG.Organization), (KG.InternationalOrganization, KG.Organization),
        (KG.City, KG.Place),
        (KG.Person, KG.Entity), (KG.Treaty, KG.Entity), (KG.Person, SDO.Person), (KG.Country, SDO.Country),
        (KG.Evidence, PROV.Entity), (KG.Document, SDO.NewsArticle), (KG.Document, PROV.Entity),
    ]:
        assert (child, RDFS.subClassOf, parent) in sub
    for event in ("Visit", "Meeting", "Agreement", "Accusation", "Denial", "Statement", "Sanction"):
        assert (KG[event], RDFS.subClassOf, KG.Event) in sub
    assert (KG.Country, SKOS.exactMatch, WD.Q6256) in ontology
    assert (KG.Person, SKOS.exactMatch, WD.Q5) in ontology
    # Country and Place stay apart, so that an entity has exactly one base type for the scorer
    assert (KG.Country, RDFS.subClassOf, KG.Place) not in ontology


# --------------------------------------------------------------------------- IRIs


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Joko Widodo", "joko-widodo"),
        ("  JÓKO   Widodo!! ", "joko-widodo"),
        ("Indonesia–Japan Economic Partnership Agreement", "indonesia-japan-economic-partnership-agreement"),
        ("Côte d'Ivoire", "cote-d-ivoire"),
        ("São_Tomé", "sao-tome"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert rdf.slugify(name) == slug


def test_entity_iris() -> None:
    linked = Entity("x", EntityType.PERSON, "Joko Widodo", "id", qid="Q3318231")
    unlinked = Entity("y", EntityType.PLACE, "Istana Akasaka", "id")
    cyrillic = Entity("z", EntityType.PERSON, "Владимир Путин", "ru")
    assert rdf.entity_iri(linked) == URIRef("https://w3id.org/newskg/id/entity/Q3318231")
    assert rdf.entity_iri(unlinked) == URIRef("https://w3id.org/newskg/id/entity/place/istana-akasaka")
    assert str(rdf.entity_iri(cyrillic)).isascii()  # other scripts are kept, percent-encoded
    with pytest.raises(ResourceError, match="malformed Wikidata id"):
        rdf.entity_iri(Entity("q", EntityType.PERSON, "X", "en", qid="wd:Q1"))


def test_document_and_graph_iris_are_safe_and_distinct() -> None:
    assert rdf.document_iri("id-jokowi-tokyo") == DOCUMENT["id-jokowi-tokyo"]
    assert rdf.graph_iri("en/kishida meets jokowi") == GRAPH["en%2Fkishida%20meets%20jokowi"]
    assert rdf.graph_iri("a/b") != rdf.graph_iri("a%2Fb")
    with pytest.raises(ValueError):
        rdf.graph_iri("")


def test_same_input_gives_same_graph_and_event_iris_ignore_agent_order() -> None:
    first, second = rdf.to_graph(factories.indonesian()), rdf.to_graph(factories.indonesian())
    assert first[0] == second[0]
    assert set(first[1]) == set(second[1])
    extraction = factories.indonesian()
    meeting = next(e for e in extraction.events if e.kind is EventKind.MEETING)
    swapped = dataclasses.replace(meeting, agents=tuple(reversed(meeting.agents)))
    events = tuple(swapped if e is meeting else e for e in extraction.events)
    assert set(rdf.to_graph(dataclasses.replace(extraction, events=events))[1]) == set(first[1])


def test_same_entity_from_two_documents_is_one_node(dataset: Dataset) -> None:
    id_iri, en_iri = rdf.graph_iri(factories.ID_DOC_ID), rdf.graph_iri(factories.EN_DOC_ID)
    jokowi, kishida = ENTITY.Q3318231, ENTITY["person/fumio-kishida"]
    for node in (jokowi, kishida):
        assert (node, RDF.type, KG.Person) in dataset.graph(id_iri)
        assert (node, RDF.type, KG.Person) in dataset.graph(en_iri)
    graph = union(dataset)
    kishidas = {s for s in graph.subjects(RDFS.label, None) if "Kishida" in str(graph.value(s, RDFS.label))}
    assert kishidas == {kishida}
    assert set(graph.objects(kishida, RDFS.label)) == {
        Literal("Fumio Kishida", lang="id"), Literal("Fumio Kishida", lang="en")
    }


# --------------------------------------------------------------------------- entity descriptions


def test_labels_carry_languages_and_never_repeat(id_graph: Graph) -> None:
    for predicate in (RDFS.label, SKOS.altLabel):
        for node, literal in id_graph.subject_objects(predicate):
            assert literal.language, (node, predicate, literal)
    jokowi = ENTITY.Q3318231
    assert set(id_graph.objects(jokowi, RDFS.label)) == {Literal("Joko Widodo", lang="id"),
                                                        Literal("Joko Widodo", lang="en")}
    assert set(id_graph.objects(jokowi, SKOS.altLabel)) == {Literal("Jokowi", lang="id"),
                                                           Literal("Presiden Joko Widodo", lang="id")}
    indonesia = ENTITY.Q252  # an extra name in the main language is an alias, not a second label
    assert Literal("Republik Indonesia", lang="id") in set(id_graph.objects(indonesia, SKOS.altLabel))
    for node in set(id_graph.subjects(RDFS.label, None)):
        names = list(id_graph.objects(node, RDFS.label)) + list(id_graph.objects(node, SKOS.altLabel))
        assert len(names) == len(set(names)), node
        languages = [lit.language for lit in id_graph.objects(node, RDFS.label)]
        assert len(languages) == len(set(languages)), node  # one rdfs:label per language


def test_one_pref_label_per_entity_and_document(dataset: Dataset) -> None:
    """skos:prefLabel, what the shipped queries display: English if the entity has it, else its name."""
    for doc_id in (factories.ID_DOC_ID, factories.EN_DOC_ID):
        graph = dataset.graph(rdf.graph_iri(doc_id))
        entities = set(graph.objects(rdf.document_iri(doc_id), SDO.mentions))
        for node in entities:
            labels = list(graph.objects(node, SKOS.prefLabel))
            assert len(labels) == 1, (doc_id, node, labels)
            assert labels[0].language and labels[0] in set(graph.objects(node, RDFS.label)), (node, labels)
        assert set(graph.subjects(SKOS.prefLabel, None)) == entities
    id_graph = dataset.graph(rdf.graph_iri(factories.ID_DOC_ID))
    assert id_graph.value(ENTITY.Q17, SKOS.prefLabel) == Literal("Japan", lang="en")  # "Jepang"@id has "Japan"@en
    assert id_graph.value(ENTITY.Q18808, SKOS.prefLabel) == Literal("Pyongyang", lang="id")  # no English: the name


def test_entities_sharing_a_node_get_one_pref_label() -> None:
    doc = factories.indonesian().document
    entities = (Entity("a", EntityType.COUNTRY, "Jepang", "id", qid="Q17"),
                Entity("b", EntityType.COUNTRY, "Nippon", "id", labels=(("Japan", "EN"),), qid="Q17"),
                Entity("c", EntityType.COUNTRY, "Korea Utara", "id"),
                Entity("d", EntityType.COUNTRY, "KOREA UTARA", "id"))
    graph = rdf.to_graph(Extraction(doc, entities))[1]
    assert list(graph.objects(ENTITY.Q17, SKOS.prefLabel)) == [Literal("Japan", lang="en")]
    assert list(graph.objects(ENTITY["country/korea-utara"], SKOS.prefLabel)) == [Literal("Korea Utara", lang="id")]


def test_alias_equal_to_name_is_written_once() -> None:
    entity = Entity("a", EntityType.COUNTRY, "Indonesia", "id", aliases=("Indonesia", " Indonesia "),
                    labels=(("Indonesia", "ID"),))
    extraction = Extraction(factories.indonesian().document, (entity,))
    graph = rdf.to_graph(extraction)[1]
    node = rdf.entity_iri(entity)
    assert list(graph.objects(node, RDFS.label)) == [Literal("Indonesia", lang="id")]
    assert list(graph.objects(node, SKOS.altLabel)) == []


def test_types_subtypes_and_wikidata_links(id_graph: Graph) -> None:
    assert set(id_graph.objects(ENTITY.Q3318231, RDF.type)) == {KG.Person, KG.Leader}
    assert set(id_graph.objects(ENTITY.Q18342668, RDF.type)) == {KG.Person, KG.Official}
    assert set(id_graph.objects(ENTITY.Q1490, RDF.type)) == {KG.Place, KG.City}
    assert id_graph.value(ENTITY.Q3318231, OWL.sameAs) == WD.Q3318231
    assert id_graph.value(ENTITY["place/istana-akasaka"], OWL.sameAs) is None


@pytest.mark.parametrize("subtype", ["Spaceship", "Leader"])
def test_unknown_or_mismatched_subtype_writes_only_the_base_type(subtype: str) -> None:
    entity = Entity("c", EntityType.COUNTRY, "Jepang", "id", subtype=subtype)  # a country is no Leader
    graph = rdf.to_graph(Extraction(factories.indonesian().document, (entity,)))[1]
    assert set(graph.objects(rdf.entity_iri(entity), RDF.type)) == {KG.Country}


def test_document_node(id_graph: Graph) -> None:
    doc = DOCUMENT[factories.ID_DOC_ID]
    assert (doc, RDF.type, KG.Document) in id_graph
    assert id_graph.value(doc, SDO.inLanguage) == Literal("id")
    assert id_graph.value(doc, SDO.identifier) == Literal(factories.ID_DOC_ID)
    assert id_graph.value(doc, SDO.headline) == Literal("Jokowi tiba di Tokyo", lang="id")
    assert id_graph.value(doc, SDO.url).datatype == XSD.anyURI
    assert id_graph.value(doc, SDO.datePublished) == Literal("2024-05-13", datatype=XSD.date)
    mentioned = set(id_graph.objects(doc, SDO.mentions))
    assert mentioned == {rdf.entity_iri(e) for e in factories.indonesian().entities}


# --------------------------------------------------------------------------- facts and evidence


def test_every_fact_has_evidence_that_slices_the_document(id_graph: Graph) -> None:
    text = factories.indonesian().document.text
    facts = set(id_graph.subjects(RDF.type, RDF.Statement))
    for event_class in rdf.EVENT_CLASSES.values():
        facts |= set(id_graph.subjects(RDF.type, event_class))
    assert len(facts) == len(factories.indonesian().events) + len(factories.indonesian().relations)
    for fact in facts:
        evidence = id_graph.value(fact, KG.evidence)
        assert evidence is not None, fact
        assert (fact, PROV.wasDerivedFrom, DOCUMENT[factories.ID_DOC_ID]) in id_graph
        assert id_graph.value(evidence, PROV.wasDerivedFrom) == DOCUMENT[factories.ID_DOC_ID]
        start = id_graph.value(evidence, KG.startOffset)
        end = id_graph.value(evidence, KG.endOffset)
        assert start.datatype == XSD.integer and end.datatype == XSD.integer
        sentence = id_graph.value(evidence, KG.sentenceText)
        assert sentence.language == "id"
        assert text[start.toPython():end.toPython()] == str(sentence)
        assert str(id_graph.value(evidence, KG.rule))
        confidence = id_graph.value(evidence, KG.confidence)
        assert confidence.datatype == XSD.decimal and 0 <= confidence.toPython() <= 1


def test_relations_are_direct_triples_and_reified(id_graph: Graph) -> None:
    jokowi, indonesia, treaty = ENTITY.Q3318231, ENTITY.Q252, ENTITY["treaty/" + rdf.slugify(
        "Perjanjian Kemitraan Ekonomi Indonesia-Jepang")]
    assert (jokowi, KG.leaderOf, indonesia) in id_graph
    assert (treaty, KG.party, indonesia) in id_graph  # stored party → treaty, written treaty kg:party party
    assert (indonesia, KG.party, treaty) not in id_graph
    for s, p, o in id_graph.triples((None, None, None)):
        if p in rdf.RELATION_PREDICATES.values():
            statements = set(id_graph.subjects(RDF.subject, s)) & set(id_graph.subjects(RDF.object, o))
            statements &= set(id_graph.subjects(RDF.predicate, p))
            assert any(id_graph.value(st, KG.evidence) for st in statements), (s, p, o)


def test_event_roles_and_dates(id_graph: Graph) -> None:
    visit = id_graph.value(None, RDF.type, KG.Visit)
    assert id_graph.value(visit, KG.agent) == ENTITY.Q3318231
    assert id_graph.value(visit, KG.target) == ENTITY.Q17
    assert id_graph.value(visit, KG.location) == ENTITY.Q1490
    assert id_graph.value(visit, KG.date) == Literal("2024-05-13", datatype=XSD.date)
    sanction = id_graph.value(None, RDF.type, KG.Sanction)
    assert id_graph.value(sanction, KG.agent) is None
    assert id_graph.value(sanction, KG.target) == ENTITY.Q423
    en_graph = rdf.to_graph(factories.english())[1]
    meeting = en_graph.value(None, RDF.type, KG.Meeting)
    assert en_graph.value(meeting, KG.date) == Literal("2024-05", datatype=XSD.gYearMonth)  # only the month


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-06-19", Literal("2024-06-19", datatype=XSD.date)),
    ("2024-06", Literal("2024-06", datatype=XSD.gYearMonth)),
    (" 2024-12 ", Literal("2024-12", datatype=XSD.gYearMonth)),
    ("2024-06-19T10:00:00+07:00", Literal("2024-06-19T10:00:00+07:00", datatype=XSD.dateTime)),
    ("2024-13", Literal("2024-13")),  # no 13th month: kept as written (datePublished only)
    ("2024-06-31", Literal("2024-06-31")),
    ("19 June 2024", Literal("19 June 2024")),
])
def test_date_literal(text: str, expected: Literal) -> None:
    assert rdf_literals.date_literal(text) == expected


@pytest.mark.parametrize("written", ["Monday", "2024", "2024-13", "19/6"])
def test_an_unresolved_event_date_is_an_error(written: str) -> None:
    extraction = factories.indonesian()
    visit = dataclasses.replace(extraction.events[0], date=written)
    with pytest.raises(ValueError, match="not an ISO day"):
        rdf.to_graph(dataclasses.replace(extraction, events=(visit,)))


def _visit_key(date_text: str | None) -> str:
    return rdf.event_key(EventKind.VISIT, ["a"], ["b"], date_text)


def test_event_key_groups_compatible_dates_by_month() -> None:
    """Same type and participants: a day and its month, or two days of one month, are one event."""
    assert _visit_key("2024-06-19") == _visit_key("2024-06") == _visit_key("2024-06-03")
    assert _visit_key("2024-06-19T10:00:00Z") == _visit_key("2024-06")
    assert _visit_key("2024-06-30") != _visit_key("2024-07-01")  # another month: another event
    assert _visit_key("2024-06") != _visit_key("2025-06")
    assert _visit_key(None) != _visit_key("2024-06")  # undated reports stay apart from dated ones
    assert rdf.event_key(EventKind.MEETING, ["a"], ["b"], "2024-06") != _visit_key("2024-06")
    with pytest.raises(ValueError, match="not an ISO day"):
        _visit_key("Wednesday")


def _dated_visit(doc_id: str, when: str | None, confidence: float = 0.9) -> Extraction:
    base = factories.indonesian()
    document = dataclasses.replace(base.document, id=doc_id)
    visit = base.events[0]
    evidence = dataclasses.replace(visit.evidence, document_id=doc_id, confidence=confidence)
    return dataclasses.replace(base, document=document, relations=(),
                               events=(dataclasses.replace(visit, date=when, evidence=evidence),))


def test_reports_with_compatible_dates_merge_in_any_order() -> None:
    reports = [_dated_visit("day", "2024-05-13"), _dated_visit("month", "2024-05"),
               _dated_visit("later-day", "2024-05-20"), _dated_visit("undated", None),
               _dated_visit("next-month", "2024-06-02")]
    forward, backward = union(rdf.to_dataset(reports)), union(rdf.to_dataset(reversed(reports)))
    assert set(forward) == set(backward)
    visits = sorted(forward.subjects(RDF.type, KG.Visit))
    assert len(visits) == 3  # May (three reports), June, undated
    dates = {frozenset(str(d) for d in forward.objects(v, KG.date)) for v in visits}
    assert dates == {frozenset({"2024-05-13", "2024-05", "2024-05-20"}), frozenset({"2024-06-02"}), frozenset()}
    may = next(v for v in visits if forward.value(v, KG.date) is not None and str(
        forward.value(v, KG.date)).startswith("2024-05"))
    documents = {str(d) for d in forward.objects(may, PROV.wasDerivedFrom)}
    assert documents == {str(rdf.document_iri(d)) for d in ("day", "month", "later-day")}


def test_one_date_per_event_in_a_document_graph_the_most_precise() -> None:
    base = factories.indonesian()
    visit = base.events[0]
    month = dataclasses.replace(visit, date="2024-05", evidence=dataclasses.replace(visit.evidence, confidence=0.99))
    other_sentence = dataclasses.replace(visit.evidence, start=visit.evidence.start + 1, confidence=0.5)
    day = dataclasses.replace(visit, date="2024-05-13", evidence=other_sentence)
    graph = rdf.to_graph(dataclasses.replace(base, events=(month, day)))[1]
    node = graph.value(None, RDF.type, KG.Visit)
    assert list(graph.objects(node, KG.date)) == [Literal("2024-05-13", datatype=XSD.date)]
    assert len(list(graph.objects(node, KG.evidence))) == 2


def test_duplicate_fact_is_written_once_with_the_higher_confidence() -> None:
    extraction = factories.indonesian()
    denial = next(e for e in extraction.events if e.kind is EventKind.DENIAL)
    surer = dataclasses.replace(denial, evidence=dataclasses.replace(denial.evidence, confidence=0.99))
    graph = rdf.to_graph(dataclasses.replace(extraction, events=(*extraction.events, surer)))[1]
    denials = list(graph.subjects(RDF.type, KG.Denial))
    assert len(denials) == 1
    assert graph.value(graph.value(denials[0], KG.evidence), KG.confidence).toPython() == Decimal("0.99")


def test_unknown_entity_key_is_an_error() -> None:
    extraction = factories.indonesian()
    bad = Event(EventKind.VISIT, ("nobody",), (), extraction.events[0].evidence)
    with pytest.raises(ValueError, match="unknown entity key 'nobody'"):
        rdf.to_graph(dataclasses.replace(extraction, events=(bad,)))


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".ttl", ".nt", ".jsonld"])
def test_write_and_read_back(tmp_path: Path, dataset: Dataset, suffix: str) -> None:
    path = rdf.write(dataset, tmp_path / "sub" / f"out{suffix}")
    fmt = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}[suffix]
    back = Dataset()
    back.parse(path, format=fmt)
    assert set(union(back)) == set(union(dataset))
    if suffix in (".trig", ".nq", ".jsonld"):
        names = {g.identifier for g in back.graphs() if len(g)}
        assert names == {rdf.graph_iri(factories.ID_DOC_ID), rdf.graph_iri(factories.EN_DOC_ID)}


def test_write_unknown_suffix(tmp_path: Path, dataset: Dataset) -> None:
    with pytest.raises(InputError, match="unknown RDF file suffix"):
        rdf.write(dataset, tmp_path / "out.xml")


def test_document_id_seen_twice_keeps_one_graph() -> None:
    dataset = rdf.to_dataset([factories.indonesian(), factories.indonesian()])
    assert len(union(dataset)) == len(rdf.to_graph(factories.indonesian())[1])


_WRITE_ALL = """
import sys
sys.path.insert(0, {tests!r})
import factories
from pathlib import Path
from kg import rdf
dataset = rdf.to_dataset(factories.both())
for suffix in (".trig", ".nq", ".ttl", ".nt", ".jsonld"):
    rdf.write(dataset, Path({out!r}) / ("out" + suffix))
"""


def test_serialisation_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """rdflib iterates in hash order; two processes with different hash seeds must still agree."""
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / seed
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", _WRITE_ALL.format(tests=str(TESTS), out=str(out))],
                       check=True, env=env)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) == 5


# --------------------------------------------------------------------------- the scorer's contract


def scorer_graph(dataset: Dataset, ontology: Graph) -> Graph:
    """What score.py builds: the union of all graphs plus the ontology's subClassOf triples."""
    graph = union(dataset)
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        graph.add(triple)
    return graph


def test_scorer_finds_entities_by_type(dataset: Dataset, ontology: Graph) -> None:
    graph = scorer_graph(dataset, ontology)
    found: dict[str, set[str | None]] = {}
    for name in ("Person", "Organization", "Country", "Place", "Treaty"):
        query = f"SELECT DISTINCT ?x WHERE {{ ?x a/rdfs:subClassOf* kg:{name} }}"
        found[name] = {label(graph, row[0]) for row in graph.query(query, initNs={"kg": KG, "rdfs": RDFS})}
    assert found["Person"] == {"Joko Widodo", "Fumio Kishida", "Retno Marsudi"}
    assert found["Organization"] == {"European Union", "Reuters"}
    assert found["Place"] == {"Tokyo", "Akasaka Palace", "Pyongyang", "South China Sea"}
    assert found["Treaty"] == {"Indonesia–Japan Economic Partnership Agreement"}
    assert "Japan" in found["Country"] and "Japan" not in found["Place"]


def test_scorer_relation_queries(dataset: Dataset, ontology: Graph) -> None:
    graph = scorer_graph(dataset, ontology)
    found: dict[str, set[tuple[str | None, str | None]]] = {}
    for name, query in REL_QUERIES.items():
        rows = graph.query(query, initNs={"kg": KG, "rdfs": RDFS})
        found[name] = {(label(graph, row[0]), label(graph, row[1])) for row in rows}
    assert found["leaderOf"] == {("Joko Widodo", "Indonesia"), ("Fumio Kishida", "Japan")}
    assert found["officialOf"] == {("Retno Marsudi", "Indonesia")}
    assert found["visit"] == {("Joko Widodo", "Japan"), ("Joko Widodo", "Tokyo")}
    assert ("Joko Widodo", "Fumio Kishida") in found["meet"]
    assert ("Fumio Kishida", "Joko Widodo") in found["meet"]
    assert found["agreement"] == {("Indonesia", "Japan"), ("Japan", "Indonesia")}
    assert found["treatyParty"] == {("Indonesia", "Indonesia–Japan Economic Partnership Agreement"),
                                    ("Japan", "Indonesia–Japan Economic Partnership Agreement")}
    assert found["sanction"] == {(None, "North Korea"), ("European Union", "Myanmar")}
    assert found["accuse"] == {("China", "Philippines")}
    assert found["deny"] == {("Pyongyang", None)}
    assert {s for s, _ in found["statement"]} == {"Retno Marsudi", "Reuters", "Fumio Kishida"}
