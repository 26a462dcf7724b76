#!/usr/bin/env python3
"""Benchmark a large JSON Lines build with a streamed ``--out``: wall time and peak memory at two sizes.

Before ``--out`` was streamed, a 20,000-document build collected every graph in one rdflib Dataset and had not
finished after 20 minutes. This runs ``kg build CORPUS --no-store --out X.nq`` (and, with ``--store``, also into
a fresh embedded store) on generated corpora of two sizes — the corpus of ``scripts/bench_build.py``, written
from the project's own gazetteer and lexicons with a fixed seed — and reports wall and CPU time, documents per second
and the peak resident memory of each process (the driver's and each worker's ``VmHWM``, sampled from ``/proc``
every second; the largest single process's ``ru_maxrss`` from ``wait4`` besides; and the highest anonymous part
of the driver's RSS sampled, since its file-backed part, the mapped libraries, varies by up to ~18 MB with the page
cache between venvs and sessions), so that flat memory can be read off directly. With ``--json``, the driver's
resident memory over the run (RSS, its anonymous and file-backed parts, its peak so far; against the documents
written to ``--out`` so far) and the load average during the run are kept too.

Usage::

    .venv/bin/python scripts/bench_out.py                          # 2,000 and 20,000 documents
    .venv/bin/python scripts/bench_out.py --documents 500 5000 --store
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import SEED, kg_executable, machine, make_corpus  # a sibling script

SAMPLE_SECONDS = 1.0


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


@dataclass
class Run:
    wall: float
    cpu: float  # user + sys of the command and every process it waited for
    peak_mb: int  # ru_maxrss: the largest single process
    driver_peak_mb: int  # VmHWM of the kg process itself
    driver_anon_mb: int  # the highest anonymous part of its RSS sampled (file-backed pages vary with the page cache)
    worker_peaks_mb: list[int]  # VmHWM of each of its child processes
    load: tuple[float, float]  # 1-minute load average: lowest and highest seen during the run
    summary: str
    # (seconds, --out MB so far, driver RSS, its anonymous and file-backed parts, its peak so far; MB)
    trace: list[tuple[float, float, int, int, int, int]] = field(default_factory=list)


def _status_mb(pid: int, *keys: str) -> list[int]:
    """Fields of ``/proc/PID/status`` in MB (0 for a process that has ended)."""
    values = dict.fromkeys(keys, 0)
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in values:
                values[key] = int(value.split()[0]) // 1024
    except OSError:
        pass
    return list(values.values())


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def run(command: list[str], out: Path) -> Run:
    """Run ``command``, sampling each process's peak resident memory (``VmHWM``, kept by the kernel, so a sample
    misses nothing but a process that lives less than one interval) and the driver's current one."""
    part = out.parent / f".{out.name}.part"
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    loads: list[float] = []
    trace: list[tuple[float, float, int]] = []
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)  # not poll(): it would reap without the rusage
        if pid:
            break
        for pid in [child.pid, *_children(child.pid)]:
            peaks[pid] = max(peaks.get(pid, 0), *_status_mb(pid, "VmHWM"))
        loads.append(os.getloadavg()[0])
        written = part.stat().st_size / 1e6 if part.exists() else 0.0
        rss, anon, mapped, peak = _status_mb(child.pid, "VmRSS", "RssAnon", "RssFile", "VmHWM")
        trace.append((round(time.perf_counter() - start, 1), round(written, 1), rss, anon, mapped, peak))
        time.sleep(SAMPLE_SECONDS)
    stderr = child.stderr.read() if child.stderr else ""
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1 = finished with rejected/skipped documents: still measured
        sys.exit(f"{' '.join(command)} failed ({code}):\n{stderr}")
    lines = [line for line in stderr.splitlines() if "documents ·" in line]
    driver = peaks.pop(child.pid, 0)
    anon = max((sample[3] for sample in trace), default=0)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, driver, anon, sorted(peaks.values()),
               (min(loads, default=0.0), max(loads, default=0.0)),
               lines[-1].strip() if lines else stderr.strip()[-200:], trace)


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
            result = run(command, out)
            size = out.stat().st_size / 1e6
            row = {"documents": documents, "wall_s": round(result.wall, 1), "cpu_s": round(result.cpu, 1),
                   "docs_per_s": round(documents / result.wall, 1), "peak_rss_mb": result.peak_mb,
                   "driver_peak_rss_mb": result.driver_peak_mb, "driver_peak_anon_mb": result.driver_anon_mb,
                   "worker_peak_rss_mb": result.worker_peaks_mb,
                   "load_average": result.load, "out_mb": round(size, 1), "summary": result.summary,
                   "driver_rss_trace": result.trace}
            results.append(row)
            print(f"{documents:>7} documents  {result.wall:8.1f} s wall  {result.cpu:8.1f} s CPU  "
                  f"{documents / result.wall:6.1f} docs/s  peak RSS {result.peak_mb:5d} MB (driver "
                  f"{result.driver_peak_mb} MB, anonymous {result.driver_anon_mb} MB sampled; workers "
                  f"{', '.join(map(str, result.worker_peaks_mb))} MB)  "
                  f"load {result.load[0]:.1f}-{result.load[1]:.1f}  --out {size:6.1f} MB  | {result.summary}",
                  flush=True)
            out.unlink()
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "load": os.getloadavg(), "runs": results}, indent=2)
                             + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
