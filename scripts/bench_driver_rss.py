#!/usr/bin/env python3
"""Resident memory of a build's driver writing the embedded store, without the NLP: its write path replayed.

``scripts/bench_store_rss.py`` measures pyoxigraph alone; this runs what the driver of ``kg build --store DIR`` does
around it, in a process like the driver: it first builds a few documents (``--warm``: the pipelines, shapes and
parsers loaded, as the driver holds them), then hands :meth:`kg.store.EmbeddedStore.replace_graphs` batches of
``STORE_BATCH_QUADS`` quads made of unique copies of a real build's graphs (``bench_store_rss.unique_copy``),
which arrive in chunks of 16 documents from a pool of two forked processes (``--pool``: the driver's executor
threads unpickle them, as in a build) and are also written to ``/dev/null`` (``--out``). Every ``--every`` copies of
the graphs it prints the RSS, the peak (VmHWM), the main arena (``[heap]``) and other anonymous memory, malloc's
bytes in use and free (``mallinfo2``), the store's CPU time, and the highest RSS seen during store writes and
between them (a thread reading ``/proc/self/status`` every 10 ms). A 3.8 M-quad replay, the quads of a
50,000-document build, takes ~90 s of CPU instead of ~10 minutes. glibc's malloc settings are read from the
environment (``MALLOC_ARENA_MAX``, ``GLIBC_TUNABLES``), which the store keeps.

Usage::

    kg build corpus-2s.jsonl --no-store --out graphs.nq -q      # any build's N-Quads (bench_out.py's corpus)
    .venv/bin/python scripts/bench_driver_rss.py --graphs graphs.nq --quads 3800000 --warm --pool
"""

from __future__ import annotations

import argparse
import ctypes
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store_rss import PeakSampler, _malloc_mb, _status_mb, unique_copy  # a sibling script

from kg.builder import STORE_BATCH_QUADS
from kg.executors import ordered
from kg.store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 16  # documents a worker returns at once (kg.builder.CHUNK_DOCUMENTS)
_graphs: list[tuple[str, bytes]] = []  # (graph IRI, N-Quads), set before the pool forks


def heap_mb() -> tuple[int, int]:
    """Resident MB of the main arena (``[heap]``) and of the other anonymous mappings."""
    resident: dict[str, int] = defaultdict(int)
    name = ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if fields and "-" in fields[0] and not fields[0].endswith(":"):
            name = fields[5] if len(fields) > 5 else "anonymous"
        elif fields and fields[0] == "Rss:":
            resident[name] += int(fields[1])
    return resident["[heap]"] // 1024, resident["anonymous"] // 1024


def copy_of(copy: int, first: int) -> list[tuple[str, bytes]]:
    """Documents ``first`` … ``first + CHUNK`` of copy number ``copy``, made unique."""
    return [(f"{iri}-c{copy}", unique_copy(nquads, copy)) for iri, nquads in _graphs[first:first + CHUNK]]


def chunks() -> Iterator[tuple[int, int]]:
    copy = 0
    while True:
        yield from ((copy, first) for first in range(0, len(_graphs), CHUNK))
        copy += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graphs", type=Path, required=True, help="N-Quads of a build (one named graph a document)")
    parser.add_argument("--quads", type=int, default=1_500_000, help="stop after this many quads (default 1.5 M)")
    parser.add_argument("--warm", action="store_true", help="first build data/samples here (pipelines loaded)")
    parser.add_argument("--pool", action="store_true", help="the graphs come from two forked processes")
    parser.add_argument("--every", type=int, default=25, help="print every N copies of the graphs")
    args = parser.parse_args(argv)
    libc = ctypes.CDLL(None)
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-driver-rss-"))
    try:
        if args.warm:
            from kg.builder import build
            build([ROOT / "data" / "samples"], workers=1, reports_dir=folder / "reports")
        by_graph: dict[bytes, list[bytes]] = defaultdict(list)
        with args.graphs.open("rb") as lines:
            for line in lines:
                by_graph[line.rsplit(b" ", 2)[-2]].append(line)
        _graphs.extend((name[1:-1].decode(), b"".join(lines)) for name, lines in by_graph.items())
        per_copy = sum(nquads.count(b"\n") for _, nquads in _graphs)
        sampler = PeakSampler()
        sampler.start()
        store = EmbeddedStore(folder / "store")
        pool = None
        if args.pool:
            pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork"))
            results = (future.result() for future in ordered(lambda job: pool.submit(copy_of, *job), chunks(), 5))
        else:
            results = (copy_of(*job) for job in chunks())
        start = time.process_time()
        print(f"{len(_graphs)} graphs, {per_copy} quads a copy; RSS at start {_status_mb('VmRSS')} MB, "
              f"[heap] / other anonymous {heap_mb()} MB", flush=True)
        quads = printed = 0
        batch: list[tuple[str, bytes]] = []
        batch_quads = 0
        with open("/dev/null", "wb") as out:
            for chunk in results:
                for iri, nquads in chunk:
                    batch.append((iri, nquads))
                    batch_quads += nquads.count(b"\n")
                    out.write(nquads)
                    if batch_quads >= STORE_BATCH_QUADS:
                        sampler.phase = "load"
                        store.replace_graphs(batch)
                        sampler.phase = "between"
                        quads += batch_quads
                        batch, batch_quads = [], 0
                if quads - printed >= args.every * per_copy or quads >= args.quads:
                    printed = quads
                    print(f"{quads:>9} quads  RSS {_status_mb('VmRSS'):4d} MB  peak {_status_mb('VmHWM'):4d} MB  "
                          f"[heap] / other anonymous {heap_mb()} MB  {_malloc_mb(libc)}"
                          f"CPU {time.process_time() - start:6.1f} s  {sampler.take()}", flush=True)
                if quads >= args.quads:
                    break
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        store.close()
        print(f"end: {quads} quads, RSS {_status_mb('VmRSS')} MB, peak {_status_mb('VmHWM')} MB, "
              f"CPU {time.process_time() - start:.1f} s", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
