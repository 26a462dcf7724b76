"""The mutation run's report (scripts/mutation.py): the kill rate, the times and every mutant not killed."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "mutation.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_report_counts_kills_over_the_tested_mutants_and_lists_the_rest(tmp_path: Path) -> None:
    mutation = _script()
    statuses = {"a.x_f__mutmut_1": "killed", "a.x_f__mutmut_2": "timeout", "a.x_f__mutmut_3": "survived",
                "a.x_f__mutmut_4": "skipped", "a.x_f__mutmut_5": "no tests"}
    chosen = sorted(statuses)
    out = tmp_path / "report.md"
    text = mutation.report(out, ["--sample", "5"], chosen, 5, 10, statuses, 60.0, "/bin/echo", cpu_seconds=90.0)
    assert out.read_text(encoding="utf-8") == text
    assert "- kill rate (killed + timeout) / (total − skipped): 2/4 = 50.0%" in text
    assert "- wall time 1.0 min, 12.0 s per mutant" in text
    assert "- CPU time (user + sys of mutmut and its workers) 1.5 min, 18.0 s per mutant" in text
    listed = [line.split("`")[1] for line in text.splitlines() if line.startswith("| `")]
    assert listed == ["a.x_f__mutmut_3", "a.x_f__mutmut_4", "a.x_f__mutmut_5"]


def test_a_seeded_sample_is_the_same_for_the_same_names_and_seed() -> None:
    mutation = _script()
    names = [f"kg.extract.events.x_f__mutmut_{i}" for i in range(50)] + ["kg.rdf.x_g__mutmut_1"]
    first = mutation.select(names, [], 10, 23)
    assert first == mutation.select(list(reversed(names)), [], 10, 23)
    assert len(first) == 10 and all(n.startswith("kg.extract.") for n in first)
    assert mutation.select(names, ["kg.rdf"], None, 23) == ["kg.rdf.x_g__mutmut_1"]  # --module: that module only


def test_an_internal_error_of_pytest_is_no_kill(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exit code 3 is a hook that raised before any test ran (the old cache hook, for every mutant of a cached
    builder): mutmut counts it killed, the report must not."""
    pytest.importorskip("mutmut")
    mutation = _script()
    meta = tmp_path / "kg" / "nlp" / "pos.py.meta"
    meta.parent.mkdir(parents=True)
    codes = {"kg.nlp.pos.x_f__mutmut_1": 1, "kg.nlp.pos.x_f__mutmut_2": 3, "kg.nlp.pos.x_f__mutmut_3": 0}
    meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    monkeypatch.setattr(mutation, "MUTANTS", tmp_path)
    statuses = mutation.mutant_statuses()
    assert statuses == {"kg.nlp.pos.x_f__mutmut_1": "killed", "kg.nlp.pos.x_f__mutmut_2": "internal error",
                        "kg.nlp.pos.x_f__mutmut_3": "survived"}
    text = mutation.report(tmp_path / "report.md", [], sorted(codes), 3, 3, statuses, 6.0, "/bin/echo")
    assert "- kill rate (killed + timeout) / (total − skipped): 1/3 = 33.3%" in text
    listed = [line.split("`")[1] for line in text.splitlines() if line.startswith("| `")]
    assert listed == ["kg.nlp.pos.x_f__mutmut_2", "kg.nlp.pos.x_f__mutmut_3"]
