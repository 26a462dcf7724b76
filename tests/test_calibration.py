"""Calibrated confidence: the table's fit and lookup, its use in extraction, --min-confidence, the refit script.

Every fact here is one we wrote; the dev set itself is only read by scripts/calibrate.py (see
docs/accuracy.md, "Calibration").
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from types import MappingProxyType

import factories
import pytest
from rdflib import Dataset, Namespace
from rdflib.namespace import SKOS

from kg.errors import ResourceError
from kg.extract import calibration, extract_doc
from kg.extract.calibration import CalibrationTable, Cell, at_least, rule_levels
from kg.extract.reliability import (
    Observation,
    brier,
    calibrated,
    calibration_error,
    choose_strength,
    cross_validated,
    fit,
    reliability,
)
from kg.model import Document, EventKind
from kg.nlp.pipeline import make_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "en-state-visit-berlin.txt"
KG = Namespace("https://w3id.org/newskg/ontology#")

VISITED = "en:visit:verb:visited"
VISIT_NOUN = "en:visit:noun:visit"
MET = "en:meeting:verb:met"


def facts(kind: str, rule: str, right: int, wrong: int, document: str = "d1", raw: float = 0.7) -> list[Observation]:
    return ([Observation(kind, ((rule, raw),), True, document)] * right
            + [Observation(kind, ((rule, raw),), False, document)] * wrong)


# Three visits by the verb, all right; one by the noun, wrong; two meetings, both wrong.
LABELLED = facts("Visit", VISITED, 3, 0) + facts("Visit", VISIT_NOUN, 0, 1) + facts("Meeting", MET, 0, 2)


# --------------------------------------------------------------------------- fitting


def test_rule_levels_run_from_coarse_to_the_rule() -> None:
    assert rule_levels(VISITED) == ["en", "en:visit", "en:visit:verb", VISITED]
    assert rule_levels("title-before-name") == ["title-before-name"]


def test_fit_smooths_each_level_toward_its_parent() -> None:
    table = fit(LABELLED, strength=2)
    overall = (3 + 1) / (6 + 2)  # Laplace over all six facts
    visit = (3 + 2 * overall) / (4 + 2)
    meeting = (0 + 2 * overall) / (2 + 2)
    verb = (3 + 2 * visit) / (3 + 2)  # "en:visit:verb" holds the three right visits
    noun = (0 + 2 * visit) / (1 + 2)
    assert table.overall.value == pytest.approx(overall)
    assert table.kinds["Visit"] == Cell(pytest.approx(visit), 4, 3)
    assert table.kinds["Meeting"] == Cell(pytest.approx(meeting), 2, 0)
    assert table.confidence("Visit", VISITED, 0.7) == pytest.approx(verb)
    assert table.confidence("Visit", VISIT_NOUN, 0.7) == pytest.approx(noun)
    assert table.confidence("Meeting", MET, 0.7) == pytest.approx(meeting)
    # neither 0 nor 1 for a rule seen only right or only wrong
    assert 0 < meeting < noun < visit < verb < 1
    # a level holding the same facts as its parent adds nothing: "en" and "en:visit" are not stored for Visit,
    # nor any level of the meeting rule (all its levels hold both meetings)
    assert set(table.rules["Visit"]) == {"en:visit:verb", "en:visit:noun"}
    assert dict(table.rules["Meeting"]) == {}


def test_unknown_rules_fall_back_to_their_nearest_level_and_unknown_kinds_keep_the_raw_number() -> None:
    table = fit(LABELLED, strength=2)
    assert table.confidence("Visit", "en:visit:verb:toured", 0.7) == table.confidence("Visit", VISITED, 0.7)
    assert table.confidence("Visit", "id:visit:verb:mengunjungi", 0.7) == table.kinds["Visit"].value
    assert table.confidence("Accusation", "en:accusation:verb:accused", 0.7) == 0.7
    assert CalibrationTable().confidence("Visit", VISITED, 0.42) == 0.42  # the empty table changes nothing


def test_brier_and_reliability_of_the_fitted_table() -> None:
    table = fit(LABELLED, strength=2)
    scored = [(calibrated(table, f), f.correct) for f in LABELLED]
    verb, noun, meeting = (table.confidence(*key, 0.7) for key in
                           (("Visit", VISITED), ("Visit", VISIT_NOUN), ("Meeting", MET)))
    expected = (3 * (1 - verb) ** 2 + noun**2 + 2 * meeting**2) / 6
    assert brier(scored) == pytest.approx(expected)
    raw = [(f.confidence, f.correct) for f in LABELLED]
    assert brier(raw) == pytest.approx((3 * 0.3**2 + 3 * 0.7**2) / 6)
    assert brier(scored) < brier(raw)  # in-sample, the table can only do better
    [only] = reliability(raw)
    assert (only.lower, only.upper, only.facts, only.precision) == (pytest.approx(0.7), pytest.approx(0.8), 6, 0.5)
    assert only.mean_confidence == pytest.approx(0.7)
    assert calibration_error(raw) == pytest.approx(0.2)
    bins = reliability([(0.05, False), (1.0, True), (0.95, True), (0.5, True)])
    assert [(round(b.lower, 1), b.facts) for b in bins] == [(0.0, 1), (0.5, 1), (0.9, 2)]  # 1.0 in the last decile


def test_a_fact_takes_its_most_confident_evidence() -> None:
    table = fit(LABELLED, strength=2)
    both = Observation("Visit", ((VISIT_NOUN, 0.9), (VISITED, 0.6)), True)
    assert both.confidence == 0.9
    assert calibrated(table, both) == table.confidence("Visit", VISITED, 0.6)  # the verb's level is surer


def test_cross_validation_never_scores_a_document_with_its_own_facts() -> None:
    labelled = facts("Visit", VISITED, 4, 0, "a") + facts("Visit", VISITED, 0, 4, "b")
    held_out = cross_validated(labelled, strength=2)
    from_b = fit([f for f in labelled if f.document == "b"], strength=2)
    from_a = fit([f for f in labelled if f.document == "a"], strength=2)
    assert held_out[:4] == [(from_b.confidence("Visit", VISITED, 0.7), True)] * 4  # "a" judged by "b" alone
    assert held_out[4:] == [(from_a.confidence("Visit", VISITED, 0.7), False)] * 4
    assert brier(held_out) > brier((calibrated(fit(labelled, 2), f), f.correct) for f in labelled)


def test_choose_strength_prefers_a_strong_prior_when_documents_disagree() -> None:
    labelled = (facts("Visit", VISITED, 4, 0, "a") + facts("Visit", VISITED, 0, 4, "b")
                + facts("Visit", VISITED, 2, 2, "c"))
    assert choose_strength(labelled, (1.0, 64.0)) == 64.0


# --------------------------------------------------------------------------- the table file


def test_table_round_trips_through_its_json_file(tmp_path: Path) -> None:
    table = fit(LABELLED, strength=2)
    path = tmp_path / "calibration.json"
    table.write(path)
    again = calibration.load(path)
    for kind, rule in (("Visit", VISITED), ("Visit", VISIT_NOUN), ("Meeting", MET), ("Visit", "fr:x")):
        assert again.confidence(kind, rule, 0.7) == pytest.approx(table.confidence(kind, rule, 0.7), abs=1e-4)
    assert json.loads(path.read_text())["kinds"]["Visit"]["seen"] == 4


def test_a_broken_or_missing_table_is_a_resource_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"kinds": {"Visit": {"value": 1.7}}, "overall": {"value": 0.5}}', encoding="utf-8")
    with pytest.raises(ResourceError, match="unreadable"):
        calibration.load(broken)
    with pytest.raises(ResourceError, match="no calibration table"):
        calibration.load(tmp_path / "absent.json")
    monkeypatch.setenv(calibration.TABLE_ENV, "none")
    assert calibration.load() == CalibrationTable()
    monkeypatch.setenv(calibration.TABLE_ENV, str(tmp_path / "absent.json"))
    with pytest.raises(ResourceError, match="no calibration table"):
        calibration.load()


def test_the_shipped_table_is_fitted_and_found() -> None:
    path = calibration.table_path()
    assert path is not None and path.is_file(), "data/models/calibration.json ships with the project"
    table = calibration.load()
    assert table.kinds and table.documents > 0
    assert all(0 < cell.value < 1 for cell in table.kinds.values())


# --------------------------------------------------------------------------- applied in extraction

TEXT = "Chancellor Olaf Scholz of Germany visited Warsaw on Friday and met President Andrzej Duda of Poland."


def _extract(table: CalibrationTable):
    document = Document("calibration-test", TEXT, "en", "test")
    return extract_doc(document, make_pipeline("en")(TEXT), calibrated=table)


def _visit(extraction):
    return next(e for e in extraction.events if e.kind is EventKind.VISIT)


def test_extraction_writes_the_table_value_of_a_known_rule() -> None:
    raw = _extract(CalibrationTable())
    visit = _visit(raw)
    assert visit.evidence.rule == VISITED and visit.evidence.confidence == EventKind.VISIT.traits.confidence
    table = CalibrationTable(Cell(0.5), MappingProxyType({"Visit": Cell(0.6)}),
                             MappingProxyType({"Visit": MappingProxyType({VISITED: Cell(0.123, 9, 1)})}))
    got = _extract(table)
    assert _visit(got).evidence.confidence == 0.123
    # facts of kinds the table does not know keep the rule's own number
    others = {(f.evidence.rule, f.evidence.confidence) for f in (*raw.relations, *raw.events)
              if getattr(f, "kind", None) is not EventKind.VISIT}
    assert others and others == {(f.evidence.rule, f.evidence.confidence) for f in (*got.relations, *got.events)
                                 if getattr(f, "kind", None) is not EventKind.VISIT}


def test_extraction_falls_back_for_a_rule_the_table_does_not_know() -> None:
    table = CalibrationTable(Cell(0.5), MappingProxyType({"Visit": Cell(0.61)}),
                             MappingProxyType({"Visit": MappingProxyType({"en:visit:noun": Cell(0.2, 5, 1)})}))
    assert _visit(_extract(table)).evidence.confidence == 0.61  # the kind's value, not the noun frame's


def test_extraction_uses_the_shipped_table_unless_told_none(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = calibration.load()
    document = Document("calibration-test", TEXT, "en", "test")
    visit = _visit(extract_doc(document, make_pipeline("en")(TEXT)))
    assert visit.evidence.confidence == shipped.confidence("Visit", VISITED, EventKind.VISIT.traits.confidence)
    monkeypatch.setenv(calibration.TABLE_ENV, "none")
    raw = _visit(extract_doc(document, make_pipeline("en")(TEXT)))
    assert raw.evidence.confidence == EventKind.VISIT.traits.confidence


def test_at_least_drops_less_confident_facts_and_keeps_entities() -> None:
    extraction = factories.indonesian()
    kept = at_least(extraction, 0.85)
    assert kept.entities == extraction.entities
    assert {f.evidence.confidence for f in (*kept.relations, *kept.events)} == {0.85, 0.9}
    dropped = {f.evidence.rule for f in (*extraction.relations, *extraction.events)} - \
        {f.evidence.rule for f in (*kept.relations, *kept.events)}
    assert dropped == {"minister-title", "sign-verb", "sanction-passive", "deny-verb"}  # 0.8, 0.8, 0.7, 0.75
    assert at_least(extraction, 0.0) is extraction


# --------------------------------------------------------------------------- the command line


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def _dataset(path: Path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="trig")
    return ds


def _facts(path: Path, kind: str | None = None) -> dict[str, float]:
    """Fact node (of class ``kind``, default any) → the confidence of its most confident evidence."""
    typed = f"?f a kg:{kind} ." if kind else ""
    rows = _dataset(path).query(f"SELECT ?f ?c WHERE {{ GRAPH ?g {{ {typed} ?f kg:evidence/kg:confidence ?c }} }}",
                                initNs={"kg": KG})
    out: dict[str, float] = {}
    for fact, confidence in rows:
        out[str(fact)] = max(out.get(str(fact), 0.0), float(confidence))
    return out


def _entities(path: Path) -> set[str]:
    rows = _dataset(path).query("SELECT DISTINCT ?e ?l WHERE { GRAPH ?g { ?e skos:prefLabel ?l } }",
                                initNs={"skos": SKOS})
    return {f"{e} {label}" for e, label in rows}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("calibrated")
    proc = kg("build", str(SAMPLE), "--store", str(tmp / "store"), "--out", str(tmp / "all.trig"), "-q", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    return tmp, tmp / "store", tmp / "all.trig"


def test_build_min_confidence_leaves_out_less_confident_facts(sample_store: tuple[Path, Path, Path]) -> None:
    tmp, _, everything = sample_store
    confidences = _facts(everything)
    assert len(set(confidences.values())) > 1, "the sample's facts need different confidences for this test"
    threshold = sorted(set(confidences.values()))[-1]  # the surest facts only
    proc = kg("build", str(SAMPLE), "--no-store", "--out", str(tmp / "sure.trig"), "--min-confidence",
              str(threshold), "-q", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    sure = _facts(tmp / "sure.trig")
    assert set(sure) == {fact for fact, c in confidences.items() if c >= threshold}
    assert 0 < len(sure) < len(confidences)
    assert _entities(tmp / "sure.trig") == _entities(everything)  # entities stay
    proc = kg("build", str(SAMPLE), "--no-store", "--out", str(tmp / "none.trig"), "--min-confidence", "1", "-q",
              cwd=tmp)
    assert proc.returncode == 0 and _facts(tmp / "none.trig") == {}


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_build_min_confidence_outside_0_1_is_a_usage_error(tmp_path: Path, value: str) -> None:
    proc = kg("build", str(SAMPLE), "--no-store", "--out", str(tmp_path / "x.trig"), "--min-confidence", value,
              cwd=tmp_path)
    assert proc.returncode == 2 and "--min-confidence" in proc.stderr
    assert not (tmp_path / "x.trig").exists()


def test_query_min_confidence_on_a_built_sample(sample_store: tuple[Path, Path, Path]) -> None:
    tmp, store, everything = sample_store

    def rows(*params: str) -> list[dict[str, str]]:
        args = [a for p in params for a in ("--param", p)]
        proc = kg("query", "statements", "--store", str(store), "--format", "csv", *args, cwd=tmp)
        assert proc.returncode == 0, proc.stderr
        return list(csv.DictReader(io.StringIO(proc.stdout)))

    every = rows()
    assert every and rows("min_confidence=0") == every
    statements = set(_facts(everything, "Statement").values())
    assert len(statements) > 1, "the sample's statements need different confidences for this test"
    assert rows(f"min_confidence={max(statements) + 0.0001:.4f}") == []
    surest = rows(f"min_confidence={max(statements):.4f}")
    assert 0 < len(surest) < len(every)
    proc = kg("query", "visits", "--store", str(store), "--param", "min_confidence=high", cwd=tmp)
    assert proc.returncode == 2 and "[E060]" in proc.stderr and "must be a number" in proc.stderr


# --------------------------------------------------------------------------- the refit script


def test_calibrate_script_says_so_and_exits_2_without_the_evaluation_set(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "calibrate.py"), "--eval", str(tmp_path / "no")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "no evaluation set" in proc.stderr and "--eval" in proc.stderr


SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.is_file(), reason="needs the shared scorer ../shared/eval/score.py")
def test_calibrate_script_fits_on_several_folders_and_checks_on_another(tmp_path: Path) -> None:
    """Team articles of the same name in two folders are both fitted on; --check scores a third, unfitted; without
    --strength each fold chooses its own."""
    team = ROOT / "data" / "calibration"
    first, second = sorted(team.glob("team-en-*"))[:2]
    article = sorted(first.glob("*.json"))[0]
    evaluation, other, held = tmp_path / "eval", tmp_path / "other", tmp_path / "held"
    for folder, source in ((evaluation / "dev", article), (other, article), (held, sorted(second.glob("*.json"))[0])):
        folder.mkdir(parents=True)
        for suffix in (".json", ".txt"):
            (folder / source.with_suffix(suffix).name).write_bytes(source.with_suffix(suffix).read_bytes())
    (evaluation / "score.py").write_bytes(SCORER.read_bytes())
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "calibrate.py"), "--eval", str(evaluation),
                           "--gold", str(other), "--check", str(held), "--jobs", "2"],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    fitted = proc.stdout.splitlines()[0]
    facts = int(fitted.split()[0])
    assert facts > 0 and facts % 2 == 0 and "from 2 articles (2 with facts)" in fitted  # the same article twice
    assert "prior strength chosen in each fold" in fitted  # no --strength: the nested search, the default
    assert "leave-one-article-out (nested):" in proc.stderr
    held_line = next(line for line in proc.stdout.splitlines() if line.startswith("Held out (--check)"))
    assert "from 1 articles" in held_line and "fitted without them" in held_line
