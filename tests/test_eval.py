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


# Issue 9's floors on the 19 dev articles (today: entity 0.98, relation 0.92, English relation 0.82,
# link 0.98 with no wrong link; docs/accuracy.md).


def _english(scores: dict) -> dict:
    """Micro-averaged relation scores over the English articles (``NN-en-…``), as scripts/eval_accuracy.py."""
    docs = [d for name, d in scores["docs"].items() if name.split("-")[1 if name[0].isdigit() else 0] == "en"]
    assert docs, "no English article in the dev set"
    pred = sum(d["relations"]["pred"] for d in docs)
    gold = sum(d["relations"]["gold"] for d in docs)
    p = sum(d["relations"]["pred_ok"] for d in docs) / pred if pred else 0.0
    r = sum(d["relations"]["tp"] for d in docs) / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def test_entity_f1_overall(scores):
    assert scores["summary"]["entity"]["f1"] >= 0.92


def test_relation_f1_overall(scores):
    assert scores["summary"]["relation"]["f1"] >= 0.80


def test_relation_f1_on_the_english_articles(scores):
    assert _english(scores)["f1"] >= 0.75


def test_entity_f1_on_seed_article(scores):
    assert scores["docs"]["id-putin-pyongyang"]["entities"]["f1"] >= 0.90


def test_no_wrong_links(scores):
    assert scores["summary"]["wrong_links"] == 0


def test_link_accuracy(scores):
    assert scores["summary"]["link_acc"] >= 0.95


# PLOVER's English sentences (a peer's gold, curated to our guidelines by its to_gold.py; never tuned on):
# measured relation F1 0.77 (P 0.78, R 0.76) on 2026-12-06 (docs/accuracy.md). The floor guards the
# constructions behind it (group actors, condemnations, coordinated governments) against regressions.

PLOVER = EVAL / "plover" / "to_gold.py"


@pytest.fixture(scope="module")
def plover_scores(tmp_path_factory) -> dict:
    if not PLOVER.is_file():
        pytest.skip("../shared/eval/plover is absent")
    folder = tmp_path_factory.mktemp("plover")
    subprocess.run([sys.executable, str(PLOVER), str(folder / "gold")], check=True, capture_output=True,
                   timeout=600)
    out = folder / "scores.json"
    proc = subprocess.run([sys.executable, str(EVAL / "score.py"), "--project", str(ROOT), "--gold",
                           str(folder / "gold"), "--types", "visit,meet,accuse,sanction,agreement", "--json",
                           str(out)], capture_output=True, text=True, timeout=1800)
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr  # 1: the scorer's own floors, not ours
    return json.loads(out.read_text())


def test_plover_relation_f1(plover_scores):
    relation = plover_scores["summary"]["relation"]
    assert relation["f1"] >= 0.72 and relation["p"] >= 0.70
