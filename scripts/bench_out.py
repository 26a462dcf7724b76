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
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import SEED, kg_executable, machine, make_corpus  # a sibling script


def corpus_of(folder: Path, documents: int, seed: int) -> Path:
    """The first ``documents`` lines of a corpus made large enough (about 1,400 bytes of text per document)."""
    full = make_corpus(folder, documents * 1_700 / 1_000_000, seed, name=f"full-{documents}.jsonl")
    path = folder / f"corpus-{documents}.jsonl"
    with full.path.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number == documents:
                break
            target.write(line)
    full.path.unlink()
    lines = sum(1 for _ in path.open(encoding="utf-8"))
    if lines < documents:
        sys.exit(f"the generated corpus has only {lines} documents; raise the size factor")
    return path


def run(command: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds and peak RSS (MB) of the child, and its summary line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024  # kB on Linux; the largest child so far
    summary = next((line for line in proc.stderr.splitlines() if "documents ·" in line), proc.stderr[-200:])
    return wall, cpu, peak, summary.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[2_000, 20_000],
                        help="corpus sizes in documents, smallest first (default: 2000 20000)")
    parser.add_argument("--store", action="store_true", help="also load a fresh embedded store")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    kg = kg_executable()
    print(f"machine: {machine()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as tmp:
        work = Path(tmp)
        for documents in sorted(args.documents):  # ru_maxrss only grows: run the small corpus first
            path = corpus_of(work, documents, args.seed)
            out = work / f"out-{documents}.nq"
            command = [kg, "build", str(path), "--out", str(out), "-q"]
            command += ["--store", str(work / f"store-{documents}")] if args.store else ["--no-store"]
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
