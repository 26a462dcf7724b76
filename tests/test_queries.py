"""kg.queries and queries/*.rq: each shipped query's rows, safe parameters, portable SPARQL, formatting."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import factories
import pyoxigraph as ox
import pytest
from factories import EN_DOC_ID, EN_SENTENCES, ID_DOC_ID, ID_SENTENCES

from kg import rdf
from kg.errors import QueryError, UsageError
from kg.model import Extraction
from kg.paths import queries_dir
from kg.queries import (
    ALL_ROWS,
    Page,
    format_result,
    list_queries,
    load_query,
    query_info,
    query_template,
    run_query,
    sparql_term,
    total_query,
)
from kg.store import EmbeddedStore, QueryResult

TREATY = "Indonesia–Japan Economic Partnership Agreement"
REQUIRED = {
    "leaders", "meetings", "visits", "treaties", "sanctions", "accusations", "statements", "entity", "links",
}
JOKOWI_FACTS = [
    ("Joko Widodo", "agent", "Meeting", "Akasaka Palace", ID_DOC_ID, ID_SENTENCES[1]),
    ("Joko Widodo", "agent", "Meeting", "Fumio Kishida", EN_DOC_ID, EN_SENTENCES[0]),
    ("Joko Widodo", "agent", "Meeting", "Fumio Kishida", ID_DOC_ID, ID_SENTENCES[1]),
    ("Joko Widodo", "agent", "Meeting", "Tokyo", EN_DOC_ID, EN_SENTENCES[0]),
    ("Joko Widodo", "agent", "Visit", "Japan", ID_DOC_ID, ID_SENTENCES[0]),
    ("Joko Widodo", "agent", "Visit", "Tokyo", ID_DOC_ID, ID_SENTENCES[0]),
    ("Joko Widodo", "subject", "leaderOf", "Indonesia", EN_DOC_ID, EN_SENTENCES[0]),
    ("Joko Widodo", "subject", "leaderOf", "Indonesia", ID_DOC_ID, ID_SENTENCES[0]),
]
EXPECTED: dict[str, list[tuple[object, ...]]] = {
    "leaders": [
        ("Fumio Kishida", "Japan", EN_DOC_ID, EN_SENTENCES[0]),
        ("Fumio Kishida", "Japan", ID_DOC_ID, ID_SENTENCES[1]),
        ("Joko Widodo", "Indonesia", EN_DOC_ID, EN_SENTENCES[0]),
        ("Joko Widodo", "Indonesia", ID_DOC_ID, ID_SENTENCES[0]),
    ],
    "officials": [("Retno Marsudi", "Indonesia", ID_DOC_ID, ID_SENTENCES[5])],
    "meetings": [  # under each participant's name: a meeting of two gives two rows
        ("Fumio Kishida", "Joko Widodo", "Akasaka Palace", None, ID_DOC_ID, ID_SENTENCES[1]),
        ("Fumio Kishida", "Joko Widodo", "Tokyo", "2024-05", EN_DOC_ID, EN_SENTENCES[0]),
        ("Joko Widodo", "Fumio Kishida", "Akasaka Palace", None, ID_DOC_ID, ID_SENTENCES[1]),
        ("Joko Widodo", "Fumio Kishida", "Tokyo", "2024-05", EN_DOC_ID, EN_SENTENCES[0]),
    ],
    "visits": [("Joko Widodo", "Japan", "Tokyo", "2024-05-13", ID_DOC_ID, ID_SENTENCES[0])],
    "treaties": [
        (TREATY, "Indonesia", ID_DOC_ID, ID_SENTENCES[2]),
        (TREATY, "Japan", ID_DOC_ID, ID_SENTENCES[2]),
    ],
    "sanctions": [
        ("European Union", "Myanmar", None, EN_DOC_ID, EN_SENTENCES[1]),
        (None, "North Korea", None, ID_DOC_ID, ID_SENTENCES[3]),
    ],
    "accusations": [
        ("accusation", "China", "Philippines", None, EN_DOC_ID, EN_SENTENCES[2]),
        ("denial", "Pyongyang", None, None, ID_DOC_ID, ID_SENTENCES[4]),
    ],
    "statements": [
        ("Fumio Kishida", "Indonesia", None, EN_DOC_ID, EN_SENTENCES[4]),
        ("Retno Marsudi", None, None, ID_DOC_ID, ID_SENTENCES[5]),
        ("Reuters", None, None, EN_DOC_ID, EN_SENTENCES[3]),
    ],
}
HOSTILE = [
    'He said "hi"',
    'x" } ; DROP ALL ; #',
    "a > b < c",
    "line1\nline2",
    "back\\slash",
    "\\u0022 } } #",
    '"""',
    "'''",
    "tab\there",
    "{{entity}}",
    "} UNION { ?s ?p ?o }",
    "Jokowi\" || true || \"",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path_factory.mktemp("store") / "kg") as opened:
        for extraction in factories.both():
            opened.replace_graph(*rdf.to_graph(extraction))
        yield opened


def plain(rows: list[tuple[object, ...]]) -> list[tuple[str | None, ...]]:
    return [tuple(None if v is None else str(v) for v in row) for row in rows]


# --------------------------------------------------------------------------- the shipped queries


def test_list_queries() -> None:
    infos = {info.name: info for info in list_queries()}
    assert set(infos) >= REQUIRED
    for info in infos.values():
        assert info.question and info.path.suffix == ".rq"
        text = info.path.read_text(encoding="utf-8")
        assert text.startswith("# ")
        assert "GRAPH ?" in text and "ORDER BY" in text, info.name  # named graphs, deterministic
    assert infos["entity"].params == ("entity",)
    assert "case-insensitively" in infos["entity"].meaning("entity")
    assert all(not info.params for name, info in infos.items() if name != "entity")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_query_rows(store: EmbeddedStore, name: str) -> None:
    assert run_query(store, name).rows == EXPECTED[name]


@pytest.mark.parametrize("value", ["JOKOWI", "joko widodo", "<https://w3id.org/newskg/id/entity/Q3318231>",
                                   "https://w3id.org/newskg/id/entity/Q3318231"])
def test_entity_query_by_name_or_iri(store: EmbeddedStore, value: str) -> None:
    result = run_query(store, "entity", {"entity": value})
    assert result.variables == ("entity", "role", "fact", "other", "document", "sentence")
    assert result.rows == JOKOWI_FACTS


def test_entity_query_as_object_of_a_relation(store: EmbeddedStore) -> None:
    rows = run_query(store, "entity", {"entity": "Jepang"}).rows
    assert ("Japan", "object", "party", TREATY, ID_DOC_ID, ID_SENTENCES[2]) in rows
    assert ("Japan", "object", "leaderOf", "Fumio Kishida", EN_DOC_ID, EN_SENTENCES[0]) in rows
    assert ("Japan", "target", "Visit", "Joko Widodo", ID_DOC_ID, ID_SENTENCES[0]) in rows
    assert run_query(store, "entity", {"entity": "nobody at all"}).rows == []


def _visit_reported(doc_id: str, when: str | None) -> Extraction:
    """The Indonesian visit alone, as document ``doc_id`` dates it."""
    base = factories.indonesian()
    visit = base.events[0]
    return dataclasses.replace(
        base, document=dataclasses.replace(base.document, id=doc_id), relations=(),
        events=(dataclasses.replace(visit, date=when,
                                    evidence=dataclasses.replace(visit.evidence, document_id=doc_id)),))


def test_dates_of_one_event_told_by_several_documents(tmp_path: Path) -> None:
    """visits shows each report's date; sources counts the compatible reports as one event, dated by range."""
    reports = {"a-day": "2024-05-13", "b-month": "2024-05", "c-later-day": "2024-05-20", "d-undated": None}
    with EmbeddedStore(tmp_path / "kg") as opened:
        for doc_id, when in reports.items():
            opened.replace_graph(*rdf.to_graph(_visit_reported(doc_id, when)))
        visits = run_query(opened, "visits").records()
        sources = [r for r in run_query(opened, "sources").records() if r["kind"] == "Visit"]
    assert [(r["document"], r["date"]) for r in visits if r["visited"] == "Japan"] == [
        ("d-undated", None), ("b-month", "2024-05"), ("a-day", "2024-05-13"), ("c-later-day", "2024-05-20")]
    assert {(r["whom"], r["date"], r["documents"]) for r in sources} == {
        ("Japan", "2024-05/2024-05-20", 3), ("Japan", None, 1)}


def test_links_query(store: EmbeddedStore) -> None:
    result = run_query(store, "links")
    records = {r["entity"]: r for r in result.records()}
    assert len(result) == 16
    assert records["Joko Widodo"] == {
        "entity": "Joko Widodo", "type": "Person", "qid": "Q3318231",
        "wikidata": "http://www.wikidata.org/entity/Q3318231",
        "iri": "https://w3id.org/newskg/id/entity/Q3318231", "documents": 2,
    }
    assert records["Fumio Kishida"]["qid"] is None and records["Fumio Kishida"]["documents"] == 2
    assert result.column("type") == sorted(result.column("type"))


def test_queries_are_portable_sparql(store: EmbeddedStore) -> None:
    """Same rows on Oxigraph without a union default graph, and on rdflib: only GRAPH patterns are used."""
    dataset = rdf.to_dataset(factories.both())
    plain_store = ox.Store()
    for extraction in factories.both():
        iri, graph = rdf.to_graph(extraction)
        plain_store.update(f"INSERT DATA {{ GRAPH <{iri}> {{ {graph.serialize(format='nt')} }} }}")
    for info in list_queries():
        text = load_query(info.name, {"entity": "Jokowi"} if info.params else {})
        expected = plain(store.query(text).rows)
        solutions = plain_store.query(text)
        names = [v.value for v in solutions.variables]
        on_oxigraph = [tuple(None if s[n] is None else s[n].value for n in names) for s in solutions]
        on_rdflib = [tuple(None if v is None else str(v) for v in row) for row in dataset.query(text)]
        assert on_oxigraph == expected, info.name
        assert on_rdflib == expected, info.name


# --------------------------------------------------------------------------- parameters


def echo_query(tmp_path: Path) -> Path:
    path = tmp_path / "echo.rq"
    text = "# What value was passed?\n# param: v — anything\nSELECT ?v WHERE { VALUES ?v { {{v}} } }\n"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_one_literal(store: EmbeddedStore, tmp_path: Path, value: str) -> None:
    term = sparql_term(value)
    assert re.fullmatch(r'"(?:[^"\\\n\r]|\\.)*"', term), term
    result = run_query(store, echo_query(tmp_path), {"v": value})
    assert result.rows == [(value.strip(),)]  # the store read back exactly the value: nothing leaked


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_cannot_change_the_entity_query(store: EmbeddedStore, value: str) -> None:
    text = load_query("entity", {"entity": value})
    template = query_template("entity")  # the file with its optional min_confidence at its default
    assert text == template.replace("{{entity}}", sparql_term(value))
    assert run_query(store, "entity", {"entity": value}).rows == []
    assert store.stats()["named_graphs"] == 2


@pytest.mark.parametrize("value", ["<http://x/> } ; DROP ALL ; #>", "<not an iri>", '<http://x/"q>', "<>"])
def test_bad_iri_values_are_refused(value: str) -> None:
    with pytest.raises(QueryError, match="invalid IRI"):
        load_query("entity", {"entity": value})


def test_iri_and_literal_terms() -> None:
    assert sparql_term("<urn:x:1>") == "<urn:x:1>"
    assert sparql_term(" https://example.org/a ") == "<https://example.org/a>"
    assert sparql_term("http://example.org/a b") == '"http://example.org/a b"'
    assert sparql_term('say "hi"\n') == '"say \\"hi\\""'
    with pytest.raises(QueryError, match="control character"):
        load_query("entity", {"entity": "nul\x00byte"})


def test_parameter_errors(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="needs parameter 'entity'"):
        load_query("entity", {})
    with pytest.raises(QueryError, match="has no parameter nmae; it takes: entity"):
        load_query("entity", {"entity": "x", "nmae": "y"})
    with pytest.raises(QueryError, match="has no parameter x; it takes: min_confidence"):
        load_query("leaders", {"x": "1"})
    with pytest.raises(QueryError, match=r"no query named 'leader' — did you mean leaders\? \(the shipped queries"):
        load_query("leader")
    with pytest.raises(QueryError, match=r"no query named 'vistis' — did you mean visits\?"):
        load_query("vistis")
    with pytest.raises(QueryError, match=r"no query named 'zzz' \(the shipped"):  # nothing near: no guess
        load_query("zzz")
    with pytest.raises(QueryError, match="no query file"):
        load_query(tmp_path / "absent.rq")
    undeclared = "# Q?\n# param: y — declared\nSELECT * WHERE { VALUES ?x { {{x}} {{y}} } }\n"
    (tmp_path / "undeclared.rq").write_text(undeclared, encoding="utf-8")
    with pytest.raises(QueryError, match="undeclared parameter"):
        load_query(tmp_path / "undeclared.rq", {"y": "1"})


def test_a_users_file_needs_no_header(store: EmbeddedStore, tmp_path: Path) -> None:
    """A .rq file without comments runs; its placeholders are its parameters."""
    (tmp_path / "mine.rq").write_text("SELECT ?v WHERE { VALUES ?v { {{v}} } }\n", encoding="utf-8")
    info = query_info(tmp_path / "mine.rq")
    assert (info.question, info.params, info.page_size) == ("", ("v",), None)
    assert run_query(store, tmp_path / "mine.rq", {"v": "ok"}).rows == [("ok",)]
    with pytest.raises(QueryError, match="needs parameter 'v'"):
        load_query(tmp_path / "mine.rq")
    (tmp_path / "plain.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n")
    assert run_query(store, str(tmp_path / "plain.rq")).rows[0][0] > 0


def test_query_by_path(store: EmbeddedStore, tmp_path: Path) -> None:
    info = query_info(echo_query(tmp_path))
    assert (info.name, info.question, info.params) == ("echo", "What value was passed?", ("v",))
    assert run_query(store, str(info.path), {"v": "ok"}).rows == [("ok",)]


# --------------------------------------------------------------------------- formatting


RESULT = QueryResult(
    ("name", "count", "note"),
    [("Joko Widodo", 2, None), ("Fumio, \"the\" PM", 1, "x" * 100), ("multi\nline", 0, "ok")],
)


def test_table_format() -> None:
    lines = format_result(RESULT, "table").splitlines()
    assert lines[0].split() == ["name", "count", "note"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].split() == ["Joko", "Widodo", "2"]
    assert lines[3].endswith("x" * 100)  # no width: nothing is cut
    assert "multi line" in lines[4]  # newlines flattened
    assert lines[-1] == "(3 rows)"
    assert format_result(QueryResult(("boolean",), [(True,)]), "table").splitlines()[2] == "true"


@pytest.mark.parametrize("width", [40, 60, 100])
def test_a_table_fits_the_width_cutting_the_widest_columns_first(width: int) -> None:
    result = QueryResult(("name", "n", "sentence", "document"),
                         [("Joko Widodo", 2, "A long sentence. " * 10, "id-jokowi-tokyo"),
                          ("Kishida", 10, "Short.", "en")])
    lines = format_result(result, "table", width=width).splitlines()
    assert all(len(line) <= width for line in lines), lines
    assert lines[2].split()[2] == "2" and lines[3].split()[:3] == ["Kishida", "10", "Short."]  # narrow cells whole
    assert "…" in lines[2]  # the sentence gave way
    assert format_result(result, "table", footer="(page 1)").splitlines()[-1] == "(page 1)"


def test_csv_format() -> None:
    rows = list(csv.reader(io.StringIO(format_result(RESULT, "csv"))))
    assert rows[0] == ["name", "count", "note"]
    assert rows[1] == ["Joko Widodo", "2", ""]
    assert rows[2][0] == 'Fumio, "the" PM' and rows[2][2] == "x" * 100
    assert rows[3][0] == "multi\nline"


def test_json_format() -> None:
    records = json.loads(format_result(RESULT, "json"))
    assert records[0] == {"name": "Joko Widodo", "count": 2, "note": None}
    assert len(records) == 3


def test_unknown_format() -> None:
    with pytest.raises(QueryError, match="unknown output format"):
        format_result(RESULT, "xml")


# --------------------------------------------------------------------------- min_confidence

FACT_QUERIES = sorted(REQUIRED - {"links"} | {"officials", "sources"})  # every shipped query that lists facts


def _with(name: str, **params: str) -> dict[str, str]:
    return {"entity": "Joko Widodo", **params} if name == "entity" else params


def test_every_fact_query_takes_an_optional_decimal_min_confidence() -> None:
    infos = {info.name: info for info in list_queries()}
    assert sorted(name for name, info in infos.items() if "min_confidence" in info.optional) == FACT_QUERIES
    for name in FACT_QUERIES:
        param = next(p for p in infos[name].param_info if p.name == "min_confidence")
        assert (param.type, param.default, param.required) == ("decimal", "0", False)
        assert "min_confidence" not in infos[name].params  # callers need not give it


@pytest.mark.parametrize("name", FACT_QUERIES)
def test_min_confidence_zero_keeps_every_row_and_above_all_confidences_none(store: EmbeddedStore, name: str) -> None:
    rows = run_query(store, name, _with(name)).rows
    assert rows  # the factories' facts have confidences 0.7 … 0.9
    assert run_query(store, name, _with(name, min_confidence="0")).rows == rows
    assert run_query(store, name, _with(name, min_confidence="0.95")).rows == []


def test_min_confidence_drops_the_less_confident_reports_only(store: EmbeddedStore) -> None:
    # the meeting is reported twice: 0.85 in the Indonesian article, 0.9 in the English one
    meetings = run_query(store, "meetings", {"min_confidence": "0.86"}).rows
    assert meetings == [row for row in EXPECTED["meetings"] if row[4] == EN_DOC_ID]
    # the bound is inclusive: Retno's office was found with 0.8 exactly
    assert run_query(store, "officials", {"min_confidence": "0.8"}).rows == EXPECTED["officials"]
    assert run_query(store, "officials", {"min_confidence": "0.81"}).rows == []
    about = run_query(store, "entity", {"entity": "Joko Widodo", "min_confidence": "0.86"}).rows
    assert about and {row[4] for row in about if row[2] == "Meeting"} == {EN_DOC_ID}


@pytest.mark.parametrize("value", ["high", "0.8; DROP ALL", "nan", "inf", "", "0.8 }"])
def test_min_confidence_must_be_a_number(value: str) -> None:
    with pytest.raises(QueryError, match="'min_confidence' must be a number"):
        load_query("visits", {"min_confidence": value})


def test_a_decimal_parameter_is_written_as_a_sparql_number() -> None:
    assert "FILTER (IF(0.85 <= 0, true," in load_query("visits", {"min_confidence": " 0.85 "})
    assert "FILTER (IF(0.1 <= 0, true," in load_query("visits", {"min_confidence": "1e-1"})


def test_parameter_types_and_defaults_are_checked_when_read(tmp_path: Path) -> None:
    typed = tmp_path / "typed.rq"
    typed.write_text("# Q?\n# param: n (integer) — a count\nASK { FILTER({{n}} > 0) }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="unknown type or option 'integer'"):
        query_info(typed)
    typed.write_text("# Q?\n# param: n (decimal, default many) — a number\nASK { FILTER({{n}} > 0) }\n",
                     encoding="utf-8")
    with pytest.raises(QueryError, match="'n' must be a number"):
        query_info(typed)


def test_the_template_binds_defaults_and_leaves_required_parameters() -> None:
    template = query_template("entity")
    assert "{{entity}}" in template and "{{min_confidence}}" not in template
    assert "FILTER (IF(0 <= 0, true," in template


# --------------------------------------------------------------------------- pages


def _copies(count: int) -> list[Extraction]:
    """Both test documents under ``count`` ids each: every listing has many rows, with ties in every key."""
    out = []
    for n in range(count):
        for extraction in factories.both():
            doc_id = f"{extraction.document.id}-{n:02d}"
            out.append(dataclasses.replace(
                extraction, document=dataclasses.replace(extraction.document, id=doc_id),
                relations=tuple(dataclasses.replace(r, evidence=dataclasses.replace(r.evidence, document_id=doc_id))
                                for r in extraction.relations),
                events=tuple(dataclasses.replace(e, evidence=dataclasses.replace(e.evidence, document_id=doc_id))
                             for e in extraction.events)))
    return out


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path_factory.mktemp("big") / "kg") as opened:
        for extraction in _copies(20):
            opened.replace_graph(*rdf.to_graph(extraction))
        yield opened


PAGED = sorted(info.name for info in list_queries() if info.page_size)


def test_listing_queries_page_and_say_how_many_there_are() -> None:
    assert set(PAGED) == set(REQUIRED | {"officials", "sources"}) - {"entity"}
    for name in PAGED:
        info = query_info(queries_dir() / f"{name}.rq")
        assert info.page_size == 100 and info.total and info.unit != "rows", name
        assert "# page" in load_query(name) and "LIMIT 100" in load_query(name)
        every = load_query(name, page=ALL_ROWS)
        assert "LIMIT 100" not in every and re.search(r"^\s*# page$", every, re.M)
        assert "LIMIT 7 OFFSET 14  # page" in load_query(name, page=Page(7, 14))
    assert query_info(queries_dir() / "entity.rq").page_size is None
    with pytest.raises(UsageError, match="returns every row at once"):
        load_query("entity", {"entity": "x"}, page=Page(5))
    assert load_query("entity", {"entity": "x"}, page=ALL_ROWS) == load_query("entity", {"entity": "x"})


@pytest.mark.parametrize("name", PAGED)
def test_pages_cover_every_row_once_and_the_total_counts_them(big: EmbeddedStore, name: str) -> None:
    every = run_query(big, name, page=ALL_ROWS)
    assert len(every) > 9, name
    pages, offset = [], 0
    while True:
        rows = run_query(big, name, page=Page(3, offset)).rows
        if not rows:
            break
        pages.append(rows)
        offset += 3
    assert Counter(row for page in pages for row in page) == Counter(every.rows), name
    assert run_query(big, name).rows == run_query(big, name, page=Page(100)).rows
    text, unit = total_query(name)  # type: ignore[misc]
    total = big.query(text).rows[0][0]  # what the pages are cut in: facts, entities … (a fact may give two rows)
    assert offset - 3 < total <= offset and total <= len(every), (name, unit)
