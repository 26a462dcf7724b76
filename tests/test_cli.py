"""The `kg` command end to end: build (store + output), re-run idempotence, bad input, validate, query."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    store = tmp / "store"
    out = tmp / "samples.trig"
    proc = kg("build", str(SAMPLES), "--store", str(store), "--out", str(out), "-q", cwd=tmp)
    return tmp, store, out, proc


def test_build_samples_stores_and_writes(built):
    _, _, out, proc = built
    assert proc.returncode == 0, proc.stderr
    assert "6 documents" in proc.stderr and "0 rejected" in proc.stderr
    ds = Dataset()
    ds.parse(out, format="trig")
    assert len(list(ds.graphs())) >= 6


def test_rebuild_leaves_store_unchanged(built):
    tmp, store, _, _ = built
    before = kg("stats", "--store", str(store), cwd=tmp).stdout
    proc = kg("build", str(SAMPLES), "--store", str(store), "-q", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert kg("stats", "--store", str(store), cwd=tmp).stdout == before


def test_shipped_queries_answer(built):
    tmp, store, _, _ = built
    proc = kg("query", "leaders", "--store", str(store), "--format", "json", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert "Scholz" in proc.stdout and "Germany" in proc.stdout
    proc = kg("query", "visits", "--store", str(store), "--format", "csv", cwd=tmp)
    assert "Berlin" in proc.stdout


def _csv(proc: subprocess.CompletedProcess) -> list[dict[str, str]]:
    assert proc.returncode == 0, proc.stderr
    return list(csv.DictReader(io.StringIO(proc.stdout)))


def test_the_samples_events_have_the_dates_their_texts_give(built):
    """Datelines and "on Monday", "pada Rabu (19/6)", "Jumat (29/12)" across a new year; JSON Lines' published."""
    tmp, store, _, _ = built
    query = ["--store", str(store), "--format", "csv"]
    visits = {(r["visitor"], r["visited"]): r["date"] for r in _csv(kg("query", "visits", *query, cwd=tmp))}
    assert visits == {
        ("Emmanuel Macron", "Berlin"): "2023-06-12",  # "on Monday" under a dateline of Tuesday 13 June 2023
        ("Retno Marsudi", "Tokyo"): "2024-06-18",  # "pada hari Selasa" under "Tokyo, 19 Juni 2024 —"
        ("Prabowo Subianto", "Beijing"): "",  # JSON Lines without published date, and no date in the text
    }
    meetings = {frozenset((r["participant"], r["metWith"])): r["date"]
                for r in _csv(kg("query", "meetings", *query, cwd=tmp))}
    assert meetings == {
        frozenset({"Emmanuel Macron", "Olaf Scholz"}): "2023-06-13",  # "on Tuesday": the dateline's day
        frozenset({"Joko Widodo", "Antonio Guterres"}): "2023-12-29",  # "pada Jumat (29/12)" read on 9 January 2024
        frozenset({"Prabowo Subianto", "Anthony Albanese"}): "2026-02-24",  # "on Tuesday", published Monday 2 March
        frozenset({"Retno Marsudi", "Fumio Kishida"}): "2024-06-19",  # "pada Rabu (19/6)"
        frozenset({"Prabowo Subianto", "Xi Jinping"}): "",
    }
    sanctions = {(r["imposer"], r["target"]): r["date"] for r in _csv(kg("query", "sanctions", *query, cwd=tmp))}
    assert sanctions == {("United States of America", "Iran"): "2024-02-22",  # "on Thursday", dateline Friday
                         ("European Union", "Myanmar"): "2024-01-08"}  # "pada hari Senin", dateline Tuesday


def test_bad_inputs_are_reported_and_skipped(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("President Joe Biden met Prime Minister Fumio Kishida in Tokyo.")
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "latin1.txt").write_bytes("Pr\xe9sident Macron visited Berlin.".encode("latin-1"))
    (tmp_path / "in" / "docs.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": "Russia denied the report."}) + "\n{not json\n")
    out = tmp_path / "out.nq"
    proc = kg("build", "in", "--no-store", "--out", str(out), "-q", cwd=tmp_path)
    assert proc.returncode == 1  # finished, but something was skipped
    assert "empty.txt: [E104]" in proc.stderr and "docs.jsonl:2: [E107]" in proc.stderr
    assert "latin1.txt: [W101] not UTF-8: decoded as" in proc.stderr  # read, with a warning naming the encoding
    assert "3 documents" in proc.stderr
    assert out.exists() and "ok-1" in out.read_text() and "Président" in out.read_text()


def test_validate_exit_codes(built, tmp_path):
    _, _, out, _ = built
    assert kg("validate", str(out), cwd=tmp_path).returncode == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kg: <https://w3id.org/newskg/ontology#> .\n"
                      "<urn:x:e> a kg:Visit .\n")
    assert kg("validate", str(broken), cwd=tmp_path).returncode == 1
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle <")
    assert kg("validate", str(garbage), cwd=tmp_path).returncode == 2


def test_help_explains_commands(tmp_path):
    proc = kg("--help", cwd=tmp_path)
    assert proc.returncode == 0
    for command in ("build", "validate", "load", "query", "stats"):
        assert command in proc.stdout
    assert "Exit codes" in proc.stdout


def _stricter_shapes(tmp_path: Path) -> dict:
    """An ontology folder whose shapes also demand a birth date of every person (no extraction gives one)."""
    ontology = tmp_path / "ontology"
    ontology.mkdir()
    (ontology / "newskg.ttl").write_text((ROOT / "ontology" / "newskg.ttl").read_text(encoding="utf-8"))
    (ontology / "shapes.ttl").write_text(
        (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
        + "\n<urn:test:PersonBirthShape> a <http://www.w3.org/ns/shacl#NodeShape> ;\n"
        "  <http://www.w3.org/ns/shacl#targetClass> <https://w3id.org/newskg/ontology#Person> ;\n"
        "  <http://www.w3.org/ns/shacl#property> [ <http://www.w3.org/ns/shacl#path> <https://schema.org/birthDate> ;"
        " <http://www.w3.org/ns/shacl#minCount> 1 ] .\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-person.txt").write_text("President Joe Biden visited Tokyo on Monday.")
    (tmp_path / "in" / "b-countries.txt").write_text("Indonesia and Malaysia agreed to expand trade, Malaysia said.")
    return {**__import__("os").environ, "NEWSKG_ONTOLOGY": str(ontology)}


def test_a_document_that_breaks_a_shape_loses_the_bad_facts_only(tmp_path):
    """The person breaks the stricter shape: the person and the facts it takes part in are dropped and listed,
    the rest of the article (Tokyo, the document) is stored, exit 1."""
    env = _stricter_shapes(tmp_path)
    out = tmp_path / "out" / "graph.trig"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "in", "--store", "store", "--out", str(out), "-q"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "2 documents" in proc.stderr and "0 rejected" in proc.stderr
    reports = list(out.parent.glob("*.quarantine.txt"))
    assert len(reports) == 1 and str(reports[0]) in proc.stderr and "a-person.txt: [W103]" in proc.stderr
    report = reports[0].read_text()
    assert "entity Joe Biden" in report and "kg:Visit" in report and "birthDate" in report
    assert "sentence [0:44]: President Joe Biden visited Tokyo on Monday." in report
    dropped = int(report.split()[1])
    assert f"{dropped} facts dropped" in proc.stderr and dropped >= 1
    graph = out.read_text()
    assert "Biden" not in graph and "Tokyo" in graph and "Malaysia" in graph
    assert "documents 2" in " ".join(kg("stats", "--store", "store", cwd=tmp_path).stdout.split())


def test_strict_rejects_the_whole_document(tmp_path):
    env = _stricter_shapes(tmp_path)
    out = tmp_path / "out" / "graph.trig"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "in", "--store", "store", "--out", str(out), "-q",
                           "--strict"], cwd=tmp_path, capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "1 documents" in proc.stderr and "1 rejected" in proc.stderr
    reports = list(out.parent.glob("*.validation.txt"))
    assert len(reports) == 1 and str(reports[0]) in proc.stderr and "a-person.txt: [E121]" in proc.stderr
    assert "birthDate" in reports[0].read_text()
    stats = kg("stats", "--store", "store", cwd=tmp_path).stdout
    assert "documents    1" in stats or "documents 1" in " ".join(stats.split())
    assert "Biden" not in out.read_text() and "Tokyo" not in out.read_text() and "Malaysia" in out.read_text()


# A bug at command level, injected: the command line must still answer with one coded message, no traceback.
BUG = """
import sys
import kg.builder
def broken(inputs):
    raise ValueError("an injected bug")
kg.builder.plan_size = broken
from kg.cli import main
main(sys.argv[1:], prog_name="kg")
"""


def test_an_unexpected_error_is_one_coded_message_and_a_traceback_only_with_debug(tmp_path):
    (tmp_path / "a.txt").write_text("President Joko Widodo visited Tokyo on Monday.\n")
    run = [sys.executable, "-c", BUG]
    proc = subprocess.run([*run, "build", "a.txt", "--no-store", "--out", "o.nq"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert "[E000] unexpected ValueError: an injected bug" in proc.stderr and "--debug" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = subprocess.run([*run, "--debug", "build", "a.txt", "--no-store", "--out", "o.nq"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "Traceback (most recent call last)" in proc.stderr
    assert ", in broken" in proc.stderr  # the frame that raised


def test_usage_errors_exit_2(tmp_path):
    assert kg("build", "x.txt", "--no-store", cwd=tmp_path).returncode == 2  # --no-store without --out
    assert kg("build", "x.txt", "--out", "x.xml", cwd=tmp_path).returncode == 2
    proc = kg("build", "x.txt", "--lang", "fr", "--no-store", "--out", "o.nq", cwd=tmp_path)
    assert proc.returncode == 2 and "[E020]" in proc.stderr and "Traceback" not in proc.stderr


def test_max_chars_default_is_the_library_default():
    from kg.cli import build
    from kg.ingest import MAX_CHARS

    assert next(p.default for p in build.params if p.name == "max_chars") == MAX_CHARS
