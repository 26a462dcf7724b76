"""Property and fuzz tests (Hypothesis): IRIs, literals, query parameters, and ingest meet arbitrary strings.

Bounded and reproducible: every test runs a fixed number of examples from a fixed seed (``derandomize``), with
no example database, so CI runs exactly what a developer runs.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from pathlib import Path

import factories
import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef, Variable
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery

from kg import ingest, queries, rdf
from kg.builder import build
from kg.ingest import Document, Notice, Problem
from kg.model import Entity, EntityType
from kg.rdf import literals as rdf_literals
from kg.store import EmbeddedStore
from kg.vocab import checked_iri

CONTROL = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"


def bounded(examples: int):
    return settings(max_examples=examples, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


names = st.text(min_size=1, max_size=40)  # any Unicode but lone surrogates (which ingest replaces first)
entity_types = st.sampled_from(list(EntityType))


def oxigraph_accepts(iri: str) -> bool:
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- IRI minting


@bounded(300)
@given(names, entity_types)
def test_any_name_mints_a_valid_deterministic_iri(name: str, etype: EntityType) -> None:
    iri = rdf.entity_iri(Entity("a", etype, name, "en"))
    assert iri == rdf.entity_iri(Entity("b", etype, name, "id", aliases=("other",)))  # key and language: no part
    assert oxigraph_accepts(str(iri)) and checked_iri(str(iri)) == iri
    assert URIRef(str(iri)).n3() == f"<{iri}>"  # rdflib writes it as it is


@bounded(200)
@given(st.lists(names, min_size=2, max_size=6, unique=True), entity_types)
def test_distinct_normalised_names_give_distinct_iris(batch: list[str], etype: EntityType) -> None:
    def normalised(name: str) -> str:
        return rdf.slugify(name) or f"raw:{name}"  # no slug at all: the name itself is the key (hashed)

    iris = {normalised(n): rdf.entity_iri(Entity("k", etype, n, "en")) for n in batch}
    assert len(set(iris.values())) == len(iris)


@bounded(300)
@given(names)
def test_any_document_id_is_one_safe_collision_free_segment(doc_id: str) -> None:
    iri = rdf.graph_iri(doc_id)
    assert oxigraph_accepts(str(iri)) and "/" not in str(iri).removeprefix("https://w3id.org/newskg/id/graph/")
    assert rdf.graph_iri(doc_id + "x") != iri and rdf.document_iri(doc_id) != rdf.document_iri(doc_id.upper() + "X")


# --------------------------------------------------------------------------- literals and parameters


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    with EmbeddedStore(tmp_path_factory.mktemp("props") / "store") as embedded:
        for extraction in factories.both():
            embedded.replace_graph(*rdf.to_graph(extraction))
        yield embedded


def quads(store: EmbeddedStore) -> list[str]:
    return sorted(str(q) for q in store._db)


def terms(sparql: str) -> Counter:
    """Every RDF term (IRI, literal, variable) in the algebra of a query: what it means, not how it is spelled."""
    found: Counter = Counter()
    stack: list = [translateQuery(parseQuery(sparql)).algebra]
    while stack:
        item = stack.pop()
        if isinstance(item, Literal | URIRef | Variable):
            found[item] += 1
        elif isinstance(item, dict):
            stack.extend(v for k, v in item.items() if k != "_vars")
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return found


HOSTILE = ['" } ; DROP ALL ; #', "}} UNION { ?s ?p ?o }", "<http://x/> . ?a ?b ?c", "\\\"\n\r'", "<not an iri>",
           "' OR 1=1 --", "\\u0022 }", "", "   ", "https://evil.example/x> . ?s ?p ?o . <y"]
parameter_values = st.one_of(
    st.text(max_size=60),
    st.from_regex(r"\Ahttps?://[a-z]{1,8}\.example/[A-Za-z0-9_~.\-]{0,20}\Z"),
    st.sampled_from(HOSTILE),
)

SMALL_QUERY = """# Which nodes carry this value?
# param: name — any value
SELECT ?s ?p WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?o { {{name}} } FILTER (?o != "sentinel") }
"""


def bind_and_check(store: EmbeddedStore, query: str | Path, name: str, value: str) -> None:
    """The bound query means the template's query with one term in the parameter's place, and runs on the
    store without changing it."""
    reference = terms(queries.load_query(query, {name: "placeholder"}))
    try:
        bound = queries.load_query(query, {name: value})
    except queries.QueryError:  # refused, never bound as something else: a <…> that is no IRI, a control character
        assert (value.strip().startswith("<") and value.strip().endswith(">")) or re.search(CONTROL, value)
        return
    expected = reference.copy()
    places = expected.pop(Literal("placeholder"))
    term = queries.sparql_term(value)
    expected[URIRef(term[1:-1]) if term.startswith("<") else Literal(value.strip())] += places
    assert terms(bound) == expected
    before = quads(store)
    store.query(bound)
    assert quads(store) == before


@bounded(150)
@given(parameter_values)
def test_any_parameter_value_is_one_term_and_changes_nothing(store: EmbeddedStore, tmp_path: Path,
                                                             value: str) -> None:
    query = tmp_path / "values.rq"
    query.write_text(SMALL_QUERY, encoding="utf-8")
    bind_and_check(store, query, "name", value)


@pytest.mark.parametrize("value", HOSTILE)
def test_the_shipped_entity_query_binds_hostile_values_as_one_term(store: EmbeddedStore, value: str) -> None:
    bind_and_check(store, "entity", "entity", value)


@bounded(120)
@given(names, names)
def test_any_name_and_sentence_round_trip_through_the_store(store: EmbeddedStore, name: str, sentence: str) -> None:
    extraction = factories.english()
    entities = (dataclasses.replace(extraction.entities[0], name=name), *extraction.entities[1:])
    text = sentence + "\n"
    doc = dataclasses.replace(extraction.document, id="fuzz", text=text)
    relations = tuple(dataclasses.replace(r, evidence=dataclasses.replace(
        r.evidence, document_id="fuzz", sentence=sentence, start=0, end=len(sentence))) for r in extraction.relations)
    extraction = dataclasses.replace(extraction, document=doc, entities=entities, relations=relations, events=())
    iri, graph = rdf.to_graph(extraction)
    others = [q for q in quads(store) if f"<{iri}>" not in q]
    store.replace_graph(iri, graph)
    assert [q for q in quads(store) if f"<{iri}>" not in q] == others  # nothing else touched
    stored = {str(row[0]) for row in store.query(
        f"SELECT ?text WHERE {{ GRAPH <{iri}> {{ ?e <https://w3id.org/newskg/ontology#sentenceText> ?text }} }}").rows}
    assert stored == {sentence}
    label = rdf_literals.clean(name)
    if label:
        labels = {str(row[0]) for row in store.query(
            f"SELECT ?l WHERE {{ GRAPH <{iri}> {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}").rows}
        assert label in labels


# --------------------------------------------------------------------------- ingest


@bounded(120)
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.jsonl", "a.html", "a.warc", "a.warc.gz"]))
def test_random_bytes_never_raise(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for result in ingest.read_inputs([path]):
        assert isinstance(result, Document | Problem | Notice)
        if isinstance(result, Document):
            result.text.encode("utf-8")  # no lone surrogate survives
            assert result.text.strip()


GOOD_TEXTS = st.one_of(
    st.sampled_from(factories.EN_SENTENCES + factories.ID_SENTENCES),
    st.text(min_size=1, max_size=300).filter(lambda t: t.strip()),
)
GARBAGE = st.one_of(
    st.text(max_size=80).filter(lambda t: "\n" not in t and "\r" not in t),
    st.builds(json.dumps, st.one_of(st.integers(), st.lists(st.integers()), st.none(),
                                    st.fixed_dictionaries({"text": st.integers()}))),
)


@bounded(12)
@given(st.lists(st.tuples(st.booleans(), GOOD_TEXTS, GARBAGE), min_size=1, max_size=5))
def test_random_json_lines_never_stop_build_and_every_good_line_is_kept(tmp_path: Path, lines: list) -> None:
    """The whole pipeline (NLP, rules, RDF, SHACL, --out) on arbitrary Unicode: nothing escapes build()."""
    folder = tmp_path / f"run-{abs(hash(repr(lines)))}"
    folder.mkdir()
    written, good_ids = [], set()
    for number, (good, text, garbage) in enumerate(lines):
        if good:
            written.append(json.dumps({"id": f"g{number}", "text": text}))
            good_ids.add(f"g{number}")
        else:
            written.append(garbage)
    (folder / "in.jsonl").write_text("\n".join(written) + "\n", encoding="utf-8")
    summary = build([folder / "in.jsonl"], out=folder / "out.nq", reports_dir=folder / "reports")
    assert not [p for p in summary.skipped if p.code == "E120"], [str(p) for p in summary.skipped]
    out = ox.Store()
    out.load(path=str(folder / "out.nq"), format=ox.RdfFormat.N_QUADS)
    stored = {str(q.graph_name.value).rsplit("/", 1)[1] for q in out}
    assert stored == good_ids
    assert summary.documents == len(good_ids)
