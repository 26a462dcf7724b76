"""Accuracy floors on the shared dev set, scored by ../shared/eval/score.py (skips when absent)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
KG = ROOT / ".venv" / "bin" / "kg"

pytestmark = [
    pytest.mark.eval,
    pytest.mark.skipif(not (EVAL / "score.py").exists() or not (EVAL / "dev").is_dir(),
                       reason="../shared/eval is absent"),
    pytest.mark.skipif(not KG.exists(), reason="the scorer runs .venv/bin/kg; install with `make test`"),
]


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("eval") / "scores.json"
    proc = subprocess.run([sys.executable, str(EVAL / "score.py"), "--project", str(ROOT), "--gold",
                           str(EVAL / "dev"), "--json", str(out)], capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(out.read_text())


def test_entity_f1_overall(scores):
    assert scores["summary"]["entity"]["f1"] >= 0.80


def test_relation_f1_overall(scores):
    assert scores["summary"]["relation"]["f1"] >= 0.60


def test_entity_f1_on_seed_article(scores):
    assert scores["docs"]["id-putin-pyongyang"]["entities"]["f1"] >= 0.90


def test_no_wrong_links(scores):
    assert scores["summary"]["wrong_links"] == 0


def test_link_accuracy(scores):
    assert scores["summary"]["link_acc"] >= 0.90
