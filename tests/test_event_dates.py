"""Events get the date their clause gives them (kg.extract.dating), in Indonesian, English and Malay.

Every sentence here is written for these tests. Most documents are "published" on Wednesday 19 June
2024; the year-boundary cases are read early in January or late in December. docs/dates.md says
why each rule is what it is.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, Namespace
from rdflib.namespace import XSD

from kg.extract import extract
from kg.model import Document
from kg.nlp import date_patterns

KG = Namespace("https://w3id.org/newskg/ontology#")
WED = "2024-06-19"


Dated = tuple[str, tuple[str, ...], tuple[str, ...], str | None]


def dated(text: str, lang: str, published: str | None = WED) -> set[Dated]:
    """(type, sorted agent names, target names, date) of every event extracted from ``text``."""
    extraction = extract(Document("t", text, lang, "test", published=published))
    name = {e.key: e.name for e in extraction.entities}
    return {(ev.kind.value, tuple(sorted(name[a] for a in ev.agents)), tuple(name[t] for t in ev.targets), ev.date)
            for ev in extraction.events}


JOKOWI_KISHIDA = ("Fumio Kishida", "Joko Widodo")
BIDEN_KISHIDA = ("Fumio Kishida", "Joe Biden")

# --------------------------------------------------------------------------- which date of the sentence


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the first date after the trigger, up to the next event's trigger
    ("Presiden Joko Widodo tiba di Tokyo pada Selasa dan bertemu Perdana Menteri Jepang Fumio Kishida pada Rabu.",
     "id", {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-18"), ("Meeting", JOKOWI_KISHIDA, (), "2024-06-19")}),
    # an opening adverbial dates every verb after it
    ("Pada Senin, Presiden Joko Widodo tiba di Tokyo dan bertemu Perdana Menteri Jepang Fumio Kishida.",
     "id", {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-17"), ("Meeting", JOKOWI_KISHIDA, (), "2024-06-17")}),
    ("President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
     "en", {("Meeting", BIDEN_KISHIDA, (), "2024-06-17")}),
    ("On Monday, President Joe Biden arrived in Tokyo and met Japanese Prime Minister Fumio Kishida.",
     "en", {("Visit", ("Joe Biden",), ("Tokyo",), "2024-06-17"), ("Meeting", BIDEN_KISHIDA, (), "2024-06-17")}),
    ("The European Union on Tuesday imposed sanctions on Russia.",
     "en", {("Sanction", ("European Union",), ("Russia",), "2024-06-18")}),
], ids=["after-the-trigger", "opening-adverbial", "english-after", "english-opening", "english-between"])
def test_the_date_nearest_the_trigger_in_its_clause(text: str, lang: str, expected: set) -> None:
    assert dated(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a relative clause dates its own verb, not the main clause around it
    ("President Joe Biden, who arrived in Tokyo on Sunday, met Japanese Prime Minister Fumio Kishida at the "
     "Akasaka Palace.", "en",
     {("Visit", ("Joe Biden",), ("Tokyo",), "2024-06-16"), ("Meeting", BIDEN_KISHIDA, (), None)}),
    ("Presiden Joko Widodo, yang tiba di Tokyo pada Senin, bertemu Perdana Menteri Jepang Fumio Kishida di Istana "
     "Akasaka.", "id",
     {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-17"), ("Meeting", JOKOWI_KISHIDA, (), None)}),
    # a subordinate clause opening the sentence: what happened after it is not dated by it
    ("After arriving in Tokyo on Sunday, President Joe Biden met Japanese Prime Minister Fumio Kishida.",
     "en", {("Visit", ("Joe Biden",), ("Tokyo",), "2024-06-16"), ("Meeting", BIDEN_KISHIDA, (), None)}),
    ("Setelah tiba di Tokyo pada Senin, Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida.",
     "id", {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-17"), ("Meeting", JOKOWI_KISHIDA, (), None)}),
    # "said on Wednesday that …": the day of the statement, not of what it reports
    ("Menteri Luar Negeri Retno Marsudi mengatakan pada Rabu bahwa Presiden Joko Widodo bertemu Perdana Menteri "
     "Jepang Fumio Kishida.", "id",
     {("Statement", ("Retno Marsudi",), (), "2024-06-19"), ("Meeting", JOKOWI_KISHIDA, (), None)}),
    ("Secretary of State Antony Blinken said on Tuesday that President Joe Biden met Japanese Prime Minister "
     "Fumio Kishida.", "en",
     {("Statement", ("Antony Blinken",), (), "2024-06-18"), ("Meeting", BIDEN_KISHIDA, (), None)}),
    # a reporting clause after a comma: the act has its date, the report none of its own
    ("Uni Eropa menjatuhkan sanksi terhadap Rusia pada Senin, kata juru bicara Komisi Eropa.", "id",
     {("Sanction", ("Uni Eropa",), ("Rusia",), "2024-06-17"), ("Statement", ("Komisi Eropa",), (), None)}),
    # ... unless it says when: the Indonesian "kata X, Rabu (19/6)"
    ('"Kami sepakat memperluas perdagangan," kata Menteri Luar Negeri Retno Marsudi di Jakarta, Selasa (18/6).',
     "id", {("Statement", ("Retno Marsudi",), (), "2024-06-18")}),
    ('"We agreed to expand trade," Prime Minister Anthony Albanese said on Tuesday.', "en",
     {("Statement", ("Anthony Albanese",), (), "2024-06-18")}),
], ids=["relative-en", "relative-id", "subordinate-en", "subordinate-id", "reported-id", "reported-en",
        "reporting-clause", "kata-x-rabu", "quotation-en"])
def test_a_date_in_another_clause_does_not_date_the_event(text: str, lang: str, expected: set) -> None:
    assert dated(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "past", "future"), [
    ("Presiden Joko Widodo {} Tokyo pada Minggu.", "id", ("mengunjungi", "2024-06-16"),
     ("akan mengunjungi", "2024-06-23")),
    ("President Joe Biden {} Hanoi on Sunday.", "en", ("visited", "2024-06-16"), ("will visit", "2024-06-23")),
    ("Perdana Menteri Malaysia Anwar Ibrahim {} Tokyo pada hari Ahad.", "ms", ("melawat", "2024-06-16"),
     ("akan melawat", "2024-06-23")),
])
def test_asserted_events_are_past_unless_the_trigger_is_future_marked(text: str, lang: str, past: tuple[str, str],
                                                                      future: tuple[str, str]) -> None:
    for verb, day in (past, future):
        (event,) = dated(text.format(verb), lang)
        assert event[0] == "Visit" and event[3] == day, verb


# --------------------------------------------------------------------------- the reference: published, dateline


def test_the_dateline_is_the_reference_but_dates_no_event_by_itself() -> None:
    line = "JAKARTA, 19 Juni 2024 — Presiden Joko Widodo tiba di Tokyo{}."
    assert dated(line.format(""), "id", None) == {("Visit", ("Joko Widodo",), ("Tokyo",), None)}
    assert dated(line.format(" hari ini"), "id", None) == {("Visit", ("Joko Widodo",), ("Tokyo",), WED)}
    assert dated(line.format(" pada Selasa"), "id", None) == {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-18")}
    english = "Washington, June 19, 2024 — President Joe Biden met Japanese Prime Minister Fumio Kishida{}."
    assert dated(english.format(""), "en", None) == {("Meeting", BIDEN_KISHIDA, (), None)}
    assert dated(english.format(" today"), "en", None) == {("Meeting", BIDEN_KISHIDA, (), WED)}


def test_published_comes_before_the_dateline() -> None:
    text = "JAKARTA, 19 Juni 2024 — Presiden Joko Widodo tiba di Tokyo pada Senin."
    assert dated(text, "id", None) == {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-17")}
    assert dated(text, "id", "2024-06-26") == {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-24")}


def test_nothing_when_unknown() -> None:
    """Without a published date or a dateline only a date written with its year dates an event; a year
    alone never does."""
    assert dated("Presiden Joko Widodo tiba di Tokyo pada Senin.", "id", None) == {
        ("Visit", ("Joko Widodo",), ("Tokyo",), None)}
    assert dated("Presiden Joko Widodo tiba di Tokyo pada 17 Juni 2024.", "id", None) == {
        ("Visit", ("Joko Widodo",), ("Tokyo",), "2024-06-17")}
    assert dated("Presiden Joko Widodo mengunjungi Tokyo pada 2019.", "id") == {
        ("Visit", ("Joko Widodo",), ("Tokyo",), None)}
    assert dated("President Joe Biden visited Tokyo last year.", "en") == {("Visit", ("Joe Biden",), ("Tokyo",), None)}


# --------------------------------------------------------------------------- the year boundary


@pytest.mark.parametrize(("text", "lang", "published", "expected"), [
    ("Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, Selasa (26/12).", "id",
     "2024-01-03", {("Meeting", JOKOWI_KISHIDA, (), "2023-12-26")}),
    ("Presiden Joko Widodo mengunjungi Tokyo pada Desember.", "id", "2024-01-03",
     {("Visit", ("Joko Widodo",), ("Tokyo",), "2023-12")}),
    ("Presiden Joko Widodo akan mengunjungi Tokyo pada Januari.", "id", "2023-12-29",
     {("Visit", ("Joko Widodo",), ("Tokyo",), "2024-01")}),
    ("President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo on December 28.", "en", "2024-01-03",
     {("Meeting", BIDEN_KISHIDA, (), "2023-12-28")}),
    ("President Joe Biden visited Tokyo last month.", "en", "2024-01-03",
     {("Visit", ("Joe Biden",), ("Tokyo",), "2023-12")}),
    ("President Joe Biden will visit Tokyo in January.", "en", "2023-12-29",
     {("Visit", ("Joe Biden",), ("Tokyo",), "2024-01")}),
    ("Perdana Menteri Malaysia Anwar Ibrahim bertemu Perdana Menteri Jepun Shigeru Ishiba pada 28 Disember.", "ms",
     "2024-01-02", {("Meeting", ("Anwar Ibrahim", "Shigeru Ishiba"), (), "2023-12-28")}),
    ("Perdana Menteri Malaysia Anwar Ibrahim akan melawat Tokyo bulan hadapan.", "ms", "2023-12-20",
     {("Visit", ("Anwar Ibrahim",), ("Tokyo",), "2024-01")}),
], ids=["id-weekday-day-month", "id-month-past", "id-month-future", "en-day-month", "en-last-month",
        "en-month-future", "ms-day-month", "ms-next-month"])
def test_the_year_boundary(text: str, lang: str, published: str, expected: set) -> None:
    assert dated(text, lang, published) == expected


# --------------------------------------------------------------------------- one document, several reports


def test_reports_with_different_days_are_different_events() -> None:
    text = ("Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida pada 20 Juni 2024 di Tokyo. "
            "Kedua pemimpin bertemu lagi pada 5 Juli 2024.")
    assert dated(text, "id", None) == {("Meeting", JOKOWI_KISHIDA, (), "2024-06-20"),
                                       ("Meeting", JOKOWI_KISHIDA, (), "2024-07-05")}


def test_compatible_reports_are_one_event_with_the_most_precise_date() -> None:
    month_then_day = ("Japanese Prime Minister Fumio Kishida met President Joe Biden in June. "
                      "Kishida met Biden on June 19.")
    assert dated(month_then_day, "en", "2024-06-30") == {("Meeting", BIDEN_KISHIDA, (), WED)}
    dated_then_undated = ("Japanese Prime Minister Fumio Kishida met President Joe Biden on Monday. "
                          "Kishida met Biden again at the White House.")
    assert dated(dated_then_undated, "en") == {("Meeting", BIDEN_KISHIDA, (), "2024-06-17")}


# --------------------------------------------------------------------------- Malay, and a language without dates


def test_malay_dates_are_data() -> None:
    text = ("Perdana Menteri Malaysia Anwar Ibrahim tiba di Tokyo pada hari Khamis dan bertemu Perdana Menteri Jepun "
            "Shigeru Ishiba semalam.")
    assert dated(text, "ms", "2024-06-22") == {("Visit", ("Anwar Ibrahim",), ("Tokyo",), "2024-06-20"),
                                               ("Meeting", ("Anwar Ibrahim", "Shigeru Ishiba"), (), "2024-06-21")}


def test_a_language_without_date_data_dates_nothing_and_does_not_fail(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Perdana Menteri Malaysia Anwar Ibrahim tiba di Tokyo pada 20 Jun 2024."
    (tmp_path / "ms").mkdir()  # the Malay folder as it was before kg/lang/ms/dates.json
    monkeypatch.setattr(date_patterns, "LANG_DIR", tmp_path)
    date_patterns.clear_cache()
    try:
        assert date_patterns.load_patterns("zsm").patterns == ()
        assert dated(text, "ms") == {("Visit", ("Anwar Ibrahim",), ("Tokyo",), None)}
    finally:
        monkeypatch.undo()
        date_patterns.clear_cache()
    assert dated(text, "ms") == {("Visit", ("Anwar Ibrahim",), ("Tokyo",), "2024-06-20")}


# --------------------------------------------------------------------------- end to end: kg build, kg query

JSONL = [
    {"id": "id-tahun-baru", "lang": "id", "published": "2024-01-03",
     "text": "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo, "
             "Selasa (26/12). Presiden Joko Widodo akan mengunjungi Seoul pada Februari."},
    {"id": "en-year-end", "lang": "en", "published": "2023-12-29T18:30:00+07:00",
     "text": "Japanese Prime Minister Fumio Kishida met President Joe Biden at the White House on Wednesday. "
             "Kishida will visit Canberra in January."},
    # no published date: the dateline is the reference
    {"id": "ms-dateline", "lang": "ms",
     "text": "Kuala Lumpur, 19 Jun 2024 — Presiden Indonesia Prabowo Subianto tiba di Putrajaya pada hari Isnin "
             "untuk lawatan rasmi."},
]
TEXTS = {
    "berita.txt": "JAKARTA, 2 Januari 2024 — Perdana Menteri Australia Anthony Albanese tiba di Jakarta pada "
                  "Sabtu (30/12) dan bertemu Presiden Joko Widodo di Istana Merdeka hari ini.",
    "news.txt": "Washington, January 2, 2024 — Indonesian President Joko Widodo met President Joe Biden at the White "
                "House on Friday.\n\nBiden met Jokowi again later.",
    "undated.txt": "President Joe Biden met Japanese Prime Minister Fumio Kishida on Monday.",
}


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def rows(proc: subprocess.CompletedProcess) -> list[dict[str, str]]:
    assert proc.returncode == 0, proc.stderr
    return list(csv.DictReader(io.StringIO(proc.stdout)))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("dated")
    (tmp / "in").mkdir()
    (tmp / "in" / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in JSONL),
                                           encoding="utf-8")
    for name, text in TEXTS.items():
        (tmp / "in" / name).write_text(text, encoding="utf-8")
    proc = kg("build", "in", "--store", "store", "--out", "graph.trig", "-q", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    return tmp, tmp / "graph.trig"


def test_kg_query_visits_shows_the_dates(store: tuple[Path, Path]) -> None:
    tmp, _ = store
    found = {(r["visitor"], r["visited"], r["date"]) for r in rows(kg("query", "visits", "--store", "store",
                                                                      "--format", "csv", cwd=tmp))}
    assert found == {
        ("Joko Widodo", "Seoul", "2024-02"),  # "akan mengunjungi … pada Februari", read on 3 January
        ("Fumio Kishida", "Canberra", "2024-01"),  # "will visit … in January", read on 29 December
        ("Prabowo Subianto", "Putrajaya", "2024-06-17"),  # "pada hari Isnin" under a dateline of Wednesday
        ("Anthony Albanese", "Jakarta", "2023-12-30"),  # "Sabtu (30/12)" under a dateline of 2 January
    }


def test_kg_query_meetings_shows_the_dates(store: tuple[Path, Path]) -> None:
    tmp, _ = store
    found = {(frozenset((r["participant"], r["metWith"])), r["date"])
             for r in rows(kg("query", "meetings", "--store", "store", "--format", "csv", cwd=tmp))}
    assert found == {
        (frozenset({"Retno Marsudi", "Yoko Kamikawa"}), "2023-12-26"),
        (frozenset({"Fumio Kishida", "Joe Biden"}), "2023-12-27"),  # the published day as written, not UTC
        (frozenset({"Anthony Albanese", "Joko Widodo"}), "2024-01-02"),  # "hari ini": the dateline's day
        (frozenset({"Joko Widodo", "Joe Biden"}), "2023-12-29"),  # a second, undated report joins the dated one
        (frozenset({"Fumio Kishida", "Joe Biden"}), ""),  # undated.txt: no published date, no dateline
    }


def test_event_dates_are_typed_literals(store: tuple[Path, Path]) -> None:
    _, out = store
    dataset = Dataset()
    dataset.parse(out, format="trig")
    dates = {o for _, _, o, _ in dataset.quads((None, KG.date, None, None))}
    assert Literal("2024-02", datatype=XSD.gYearMonth) in dates
    assert Literal("2023-12-26", datatype=XSD.date) in dates
    assert {o.datatype for o in dates} == {XSD.date, XSD.gYearMonth}
