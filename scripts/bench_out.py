#!/usr/bin/env python3
"""Benchmark a large JSON Lines build with a streamed ``--out``: wall time and peak memory at two sizes.

Before ``--out`` was streamed, a 20,000-document build collected every graph in one rdflib Dataset and had not
finished after 20 minutes. This runs ``kg build CORPUS --no-store --out X.nq`` (and, with ``--store``, also into
a fresh embedded store) on generated corpora of two sizes — the corpus of ``scripts/bench_build.py``, written
from the project's own gazetteer and lexicons with a fixed seed — and reports wall and CPU time, documents per second
and the child's peak resident memory (``ru_maxrss``), so that flat memory can be read off directly.

Usage::

    .venv/bin/python scripts/bench_out.py                          # 2,000 and 20,000 documents
    .venv/bin/python scripts/bench_out.py --documents 500 5000 --store
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import SEED, kg_executable, machine, make_corpus, timed  # a sibling script


def corpus_of(folder: Path, documents: int, seed: int, sentences: int = 0) -> Path:
    """The first ``documents`` lines of a corpus made large enough (about 1,400 bytes of text per document);
    with ``sentences``, each document cut to its first sentences (many documents for little work)."""
    size = documents * (1_700 if not sentences else 1_700 * min(1.0, sentences / 6))
    full = make_corpus(folder, size / 1_000_000 + 0.01, seed, name=f"full-{documents}.jsonl")
    path = folder / f"corpus-{documents}.jsonl"
    written = 0
    with path.open("w", encoding="utf-8") as target:
        while written < documents:  # a short corpus may need another pass (ids made unique)
            with full.path.open(encoding="utf-8") as source:
                for line in source:
                    if written == documents:
                        break
                    record = json.loads(line)
                    if sentences:
                        record["text"] = " ".join(re.split(r"(?<=[.!?])\s+", record["text"])[:sentences])
                    record["id"] = f"{record['id']}-{written}"
                    target.write(json.dumps(record, ensure_ascii=False) + "\n")
                    written += 1
    full.path.unlink()
    lines = sum(1 for _ in path.open(encoding="utf-8"))
    if lines < documents:
        sys.exit(f"the generated corpus has only {lines} documents; raise the size factor")
    return path


def run(command: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds and peak RSS (MB, the largest single process: the driver or a worker) of this
    run, and its summary line."""
    result = timed(command)
    return result.wall, result.cpu, result.peak_mb, result.summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[2_000, 20_000],
                        help="corpus sizes in documents, smallest first (default: 2000 20000)")
    parser.add_argument("--store", action="store_true", help="also load a fresh embedded store")
    parser.add_argument("--sentences", type=int, default=0,
                        help="cut each document to its first N sentences: many documents for little work, to see "
                             "what grows with their number (default: whole documents)")
    parser.add_argument("--workers", type=int, help="kg build --workers (default: kg's default, the cores)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    kg = kg_executable()
    print(f"machine: {machine()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as tmp:
        work = Path(tmp)
        for documents in sorted(args.documents):
            path = corpus_of(work, documents, args.seed, args.sentences)
            out = work / f"out-{documents}.nq"
            command = [kg, "build", str(path), "--out", str(out), "-q"]
            command += ["--store", str(work / f"store-{documents}")] if args.store else ["--no-store"]
            command += ["--workers", str(args.workers)] if args.workers else []
            wall, cpu, peak, summary = run(command)
            size = out.stat().st_size / 1e6
            row = {"documents": documents, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
                   "docs_per_s": round(documents / wall, 1), "peak_rss_mb": peak, "out_mb": round(size, 1),
                   "summary": summary}
            results.append(row)
            print(f"{documents:>7} documents  {wall:8.1f} s wall  {cpu:8.1f} s CPU  {documents / wall:6.1f} docs/s  "
                  f"peak RSS {peak:5d} MB  --out {size:6.1f} MB  | {summary}", flush=True)
            out.unlink()
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "load": os.getloadavg(), "runs": results}, indent=2)
                             + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
