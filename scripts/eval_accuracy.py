#!/usr/bin/env python3
"""The accuracy table of docs/accuracy.md: the shared scorer, run once, read per split.

Why splits: the rules were first written against seven dev articles; the twelve added later
were scored before anyone worked on them, and articles nobody on the team has read behave
like those. So the table keeps them apart — *developed on* (7), *added later* (12), per
language, all 19 — and adds PLOVER's English sentences (a peer's gold, converted by
``../shared/eval/plover/to_gold.py``, relations only).

Usage::

    .venv/bin/python scripts/eval_accuracy.py [--json out.json] [--no-plover]

Nothing from ``../shared/eval`` is copied into the repository: the split below names files
only. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
PLOVER_TYPES = "visit,meet,accuse,sanction,agreement"

# The seven dev articles the extraction rules were developed against before the other twelve arrived.
DEVELOPED_ON = frozenset({
    "id-putin-pyongyang",
    "02-id-jokowi-obama-gedung-putih",
    "04-id-sudan-selatan-perjanjian-damai",
    "08-id-menlu-retno-pertemuan-menlu-asean-51",
    "10-en-morsi-state-visit-china",
    "12-en-unsc-fails-iran-arms-restrictions",
    "15-en-us-sanctions-myanmar-coup-leaders",
})


def language(stem: str) -> str:
    """The article's language from its file name (``NN-id-…``, ``id-…``)."""
    parts = stem.split("-")
    return parts[1] if parts[0].isdigit() else parts[0]


def run_scorer(gold: Path, out: Path, *, types: str | None = None) -> dict[str, Any]:
    cmd = [sys.executable, str(EVAL / "score.py"), "--project", str(ROOT), "--gold", str(gold), "--json", str(out)]
    if types:
        cmd += ["--types", types]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scorer failed ({proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(docs: dict[str, Any]) -> dict[str, Any]:
    """Micro-averaged entity, link and relation scores over ``docs`` (the scorer's per-document JSON)."""
    etp = sum(d["entities"]["tp"] for d in docs.values())
    efp = sum(d["entities"]["fp"] + d["entities"]["dup"] for d in docs.values())
    efn = sum(d["entities"]["fn"] for d in docs.values())
    ep = etp / (etp + efp) if etp + efp else 0.0
    er = etp / (etp + efn) if etp + efn else 0.0
    lg = sum(d["linking"]["gold"] for d in docs.values())
    lok = sum(d["linking"]["ok"] for d in docs.values())
    wrong = sum(d["linking"]["wrong"] for d in docs.values())
    rg = sum(d["relations"]["gold"] for d in docs.values())
    rtp = sum(d["relations"]["tp"] for d in docs.values())
    rpred = sum(d["relations"]["pred"] for d in docs.values())
    rok = sum(d["relations"]["pred_ok"] for d in docs.values())
    rp = rok / rpred if rpred else 0.0
    rr = rtp / rg if rg else 0.0
    return {
        "docs": len(docs),
        "entity": {"p": ep, "r": er, "f1": _f1(ep, er)},
        "link_acc": lok / lg if lg else 0.0,
        "wrong_links": wrong,
        "relation": {"p": rp, "r": rr, "f1": _f1(rp, rr), "gold": rg, "pred": rpred},
    }


def splits(docs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    pick = {
        "developed on (7)": lambda s: s in DEVELOPED_ON,
        "added later (12)": lambda s: s not in DEVELOPED_ON,
        "Indonesian": lambda s: language(s) == "id",
        "English": lambda s: language(s) == "en",
        "added later, Indonesian": lambda s: s not in DEVELOPED_ON and language(s) == "id",
        "added later, English": lambda s: s not in DEVELOPED_ON and language(s) == "en",
        "all dev (19)": lambda s: True,
    }
    return {name: aggregate({k: v for k, v in docs.items() if keep(k)}) for name, keep in pick.items()}


def table(rows: dict[str, dict[str, Any]]) -> str:
    lines = ["| set | docs | entity F1 | link acc (wrong) | relation P | relation R | relation F1 |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, s in rows.items():
        rel = s["relation"]
        link = "—" if name.startswith("PLOVER") else f"{s['link_acc']:.2f} ({s['wrong_links']})"
        ent = "—" if name.startswith("PLOVER") else f"{s['entity']['f1']:.2f}"
        lines.append(f"| {name} | {s['docs']} | {ent} | {link} | {rel['p']:.2f} | {rel['r']:.2f} | {rel['f1']:.2f} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="write the per-split numbers (and the scorer's per-document JSON)")
    ap.add_argument("--no-plover", action="store_true", help="skip the PLOVER sentences")
    args = ap.parse_args()
    if not (EVAL / "score.py").is_file():
        print("../shared/eval is absent: nothing to score", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        dev = run_scorer(EVAL / "dev", Path(tmp) / "dev.json")
        rows = splits(dev["docs"])
        if not args.no_plover and (EVAL / "plover" / "to_gold.py").is_file():
            gold = Path(tmp) / "plover"
            subprocess.run([sys.executable, str(EVAL / "plover" / "to_gold.py"), str(gold)], check=True,
                           capture_output=True)
            plover = run_scorer(gold, Path(tmp) / "plover.json", types=PLOVER_TYPES)
            rows["PLOVER (English sentences)"] = aggregate(plover["docs"])
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps({"splits": rows, "dev_docs": dev["docs"]}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
