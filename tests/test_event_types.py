"""The event-type table (``EventKind`` and its traits) agrees with triggers, ontology, shapes and queries,
and the extraction reads the traits instead of testing the kind."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg import language
from kg.extract import extract
from kg.extract.context import ExtractionContext
from kg.extract.roles import RoleFact
from kg.model import Document, EntityType, EventKind, RelationKind
from kg.nlp import resources
from kg.paths import ontology_dir, queries_dir
from kg.rdf import EVENT_CLASSES
from kg.vocab import KG, SHAPES

KINDS = list(EventKind)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "newskg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl")


def _event_shape_classes(shapes: Graph) -> set:
    for prop in shapes.objects(SHAPES.EventShape, SH.property):
        qualified = shapes.value(prop, SH.qualifiedValueShape)
        if qualified is not None:
            return set(Collection(shapes, shapes.value(qualified, SH["in"])))
    raise AssertionError("kgsh:EventShape lists no event classes")


# --------------------------------------------------------------------------- the table and the ontology


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_each_event_type_is_an_ontology_class(kind: EventKind, ontology: Graph) -> None:
    assert EVENT_CLASSES[kind] == KG[kind.value]
    assert (KG[kind.value], RDF.type, OWL.Class) in ontology
    assert (KG[kind.value], RDFS.subClassOf, KG.Event) in ontology


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_each_event_type_is_one_the_shapes_accept(kind: EventKind, shapes: Graph) -> None:
    assert KG[kind.value] in _event_shape_classes(shapes)
    if kind.traits.shape:
        assert (SHAPES[kind.traits.shape], SH.targetClass, KG[kind.value]) in shapes


def test_the_shapes_accept_no_other_event_class(shapes: Graph) -> None:
    assert _event_shape_classes(shapes) == set(EVENT_CLASSES.values())


def test_only_types_without_a_required_agent_may_lack_one_in_the_shapes(shapes: Graph) -> None:
    """kgsh:EventShape: an agent, or (for the types whose traits say so) a target alone."""
    text = (ontology_dir() / "shapes.ttl").read_text(encoding="utf-8")
    alternative = re.search(r"kgsh:EventShape.*?sh:or \((.*?)\) ;", text, re.S)
    assert alternative is not None
    target_only = set(re.findall(r"sh:class kg:(\w+)", alternative.group(1)))
    assert target_only == {k.value for k in KINDS if not k.traits.needs_agent}


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_each_event_type_is_queried(kind: EventKind) -> None:
    for name in ("entity", "sources"):  # the queries over every fact list every class
        assert f"kg:{kind.value}" in (queries_dir() / f"{name}.rq").read_text(encoding="utf-8"), name
    if kind.traits.query:
        assert f"kg:{kind.value}" in (queries_dir() / f"{kind.traits.query}.rq").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", language.SUPPORTED)
def test_every_language_has_triggers_for_every_event_type(code: str) -> None:
    assert {t.kind for t in resources.load(code).triggers} == set(KINDS)


# --------------------------------------------------------------------------- the traits decide


def _events(text: str, lang: str) -> set[tuple]:
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    return {(ev.kind, tuple(name[a] for a in ev.agents), tuple(name[t] for t in ev.targets)) for ev in x.events}


def test_symmetric_types_keep_every_party_as_agent() -> None:
    events = _events("Vladimir Putin bertemu dengan Xi Jinping di Beijing.", "id")
    meetings = [e for e in events if e[0] is EventKind.MEETING]
    assert [set(m[1]) for m in meetings] == [{"Vladimir Putin", "Xi Jinping"}] and meetings[0][2] == ()


def test_a_denial_keeps_coordinated_agents_and_no_target() -> None:
    events = _events("Japan and South Korea denied the report.", "en")
    assert (EventKind.DENIAL, ("Japan", "South Korea"), ()) in events


def test_an_accusation_has_one_agent_and_needs_a_target() -> None:
    assert (EventKind.ACCUSATION, ("People's Republic of China",), ("Philippines",)) in _events(
        "China accused the Philippines of provoking tensions.", "en")
    assert not any(e[0] is EventKind.ACCUSATION for e in _events("China accused nobody in particular.", "en"))


def test_scheduled_blocks_only_the_types_that_say_so() -> None:
    events = _events("Jepang akan menuduh China. Jepang akan bertemu dengan China.", "id")
    assert not any(e[0] is EventKind.ACCUSATION for e in events)  # blocked_by has SCHEDULED
    assert any(e[0] is EventKind.MEETING for e in events)  # a scheduled meeting is still reported as one
    assert any(e[0] is EventKind.ACCUSATION for e in _events("Jepang menuduh China.", "id"))


def test_a_journey_never_goes_to_the_travellers_home_country() -> None:
    events = _events("Presiden Prancis Emmanuel Macron tiba di Jerman dan kemudian tiba di Prancis.", "id")
    visits = [e for e in events if e[0] is EventKind.VISIT]
    assert (EventKind.VISIT, ("Emmanuel Macron",), ("Jerman",)) in visits
    assert not any("Prancis" in v[2] for v in visits)


def test_a_sanction_needs_no_named_imposer() -> None:
    events = _events("North Korea was sanctioned again.", "en")
    assert (EventKind.SANCTION, (), ("North Korea",)) in events


# --------------------------------------------------------------------------- the context


def test_context_adds_what_the_role_rules_found() -> None:
    context = ExtractionContext(country_key={"Q159": "country-russia"}, person_country_qid={"person-a": "Q159"},
                                known_leaders={"person-b": "country-russia"}, place_country={},
                                capital_country={}, entity_types={"country-russia": EntityType.COUNTRY,
                                                                  "org-x": EntityType.ORGANIZATION})
    facts = [RoleFact(RelationKind.LEADER_OF, "person-c", "org-x", None, "r", 0.8)]  # type: ignore[arg-type]
    enriched = context.with_roles(facts)
    assert dict(enriched.leader_of) == {"person-c": "org-x", "person-b": "country-russia"}
    assert dict(enriched.person_country) == {"person-a": "country-russia"}  # an organisation is no home country
    assert context.leader_of == {}  # the context itself is unchanged
    with pytest.raises(TypeError):
        enriched.leader_of["person-d"] = "country-russia"  # type: ignore[index]

