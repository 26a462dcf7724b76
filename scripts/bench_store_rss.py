#!/usr/bin/env python3
"""Resident memory of pyoxigraph alone, bulk-loading document graphs the way ``kg build``'s driver does.

The graphs of a real build (an N-Quads file, e.g. the ``--out`` of ``kg build CORPUS --no-store``) are copied again
and again, each copy made unique (document ids, event/evidence/statement hashes and long literals get a suffix),
and bulk-loaded into a fresh store in batches of one copy (~20 k quads for ~700 two-sentence documents, as
``STORE_BATCH_QUADS``). Every ``--every`` batches it prints the process's RSS and peak (VmHWM), glibc's malloc
bytes in use and free (``mallinfo2``), the store's table files, and CPU time; and, from a thread that reads
``/proc/self/status`` every 10 ms, the highest RSS seen since the last print while a bulk load ran and while none
did, each split into anonymous and file-backed memory (where the peak is reached; whether read table files count).
No newskg code runs, so whatever grows is pyoxigraph's (RocksDB's) or malloc's. Variants: ``--trim``
(``malloc_trim`` after each batch), ``--reopen N`` (close and reopen the store every N batches), ``--arena-max N``
(``mallopt(M_ARENA_MAX)``), ``--nofile N`` (``RLIMIT_NOFILE`` lowered to N while the store opens: RocksDB's table
cache becomes N − 58 files).

Usage::

    kg build corpus.jsonl --no-store --out graphs.nq -q      # any build's N-Quads
    .venv/bin/python scripts/bench_store_rss.py --graphs graphs.nq --quads 3800000 --trim --reopen 25
"""

from __future__ import annotations

import argparse
import ctypes
import re
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

M_ARENA_MAX = -8  # glibc's mallopt parameter
_ID = re.compile(rb"(/(?:document|graph)/[^>]+)>")
_HASH = re.compile(rb"/((?:event|evidence|statement)/[0-9a-f]+)>")
_LITERAL = re.compile(rb' "((?:[^"\\\n]|\\.){20,})"(?=[ @^])')


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _status_mb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    return 0


def _rss_mb() -> tuple[int, int, int]:
    """RSS and its anonymous and file-backed parts, in MB."""
    values = dict.fromkeys(("VmRSS", "RssAnon", "RssFile"), 0)
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in values:
            values[key] = int(value.split()[0]) // 1024
    return values["VmRSS"], values["RssAnon"], values["RssFile"]


class PeakSampler(threading.Thread):
    """The highest RSS (with its anonymous and file-backed parts) seen in each phase ("load", "between") since the
    last :meth:`take`, sampled every 10 ms."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.phase = "between"
        self._highest: dict[str, tuple[int, int, int]] = {}
        self._lock = threading.Lock()

    def run(self) -> None:
        while True:
            sample = _rss_mb()
            with self._lock:
                if sample > self._highest.get(self.phase, (0, 0, 0)):
                    self._highest[self.phase] = sample
            time.sleep(0.01)

    def take(self) -> str:
        with self._lock:
            highest, self._highest = self._highest, {}
        return "  ".join(f"highest {phase} {rss} (anon {anon}, file {mapped})"
                         for phase, (rss, anon, mapped) in sorted(highest.items()))


def _malloc_mb(libc: ctypes.CDLL) -> str:
    if not hasattr(libc, "mallinfo2"):
        return ""
    libc.mallinfo2.restype = MallInfo2
    info = libc.mallinfo2()
    return f"malloc in use {(info.uordblks + info.hblkhd) / 1e6:5.1f} MB, free {info.fordblks / 1e6:5.1f} MB  "


def unique_copy(graph: bytes, copy: int) -> bytes:
    """The graph with every document-specific IRI and long literal made unique to this copy."""
    suffix = b"-c%d" % copy
    graph = _ID.sub(lambda m: m.group(1) + suffix + b">", graph)
    graph = _HASH.sub(lambda m: b"/" + m.group(1) + suffix + b">", graph)
    return _LITERAL.sub(lambda m: b' "' + m.group(1) + suffix + b'"', graph)


def open_store(folder: Path, nofile: int) -> ox.Store:
    if not nofile:
        return ox.Store(str(folder))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, hard))
    try:
        return ox.Store(str(folder))
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graphs", type=Path, required=True, help="N-Quads of a build (one named graph a document)")
    parser.add_argument("--quads", type=int, default=1_500_000, help="stop after this many quads (default 1.5 M)")
    parser.add_argument("--trim", action="store_true", help="malloc_trim(0) after each batch")
    parser.add_argument("--reopen", type=int, default=0, help="close and reopen the store every N batches")
    parser.add_argument("--arena-max", type=int, default=0, help="mallopt(M_ARENA_MAX, N) first")
    parser.add_argument("--nofile", type=int, default=0, help="RLIMIT_NOFILE while the store opens (>= 96)")
    parser.add_argument("--every", type=int, default=20, help="print every N batches")
    args = parser.parse_args(argv)
    libc = ctypes.CDLL(None)
    if args.arena_max:
        libc.mallopt(M_ARENA_MAX, args.arena_max)
    by_graph: dict[bytes, list[bytes]] = defaultdict(list)
    with args.graphs.open("rb") as lines:
        for line in lines:
            by_graph[line.rsplit(b" ", 2)[-2]].append(line)
    graphs = [b"".join(lines) for lines in by_graph.values()]
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-store-rss-"))
    try:
        sampler = PeakSampler()
        sampler.start()
        store = open_store(folder, args.nofile)
        start = time.process_time()
        print(f"{len(graphs)} graphs a batch; RSS at start {_status_mb('VmRSS')} MB", flush=True)
        quads = batches = 0
        while quads < args.quads:
            batch = b"".join(unique_copy(graph, batches) for graph in graphs)
            sampler.phase = "load"
            store.bulk_load(batch, ox.RdfFormat.N_QUADS)
            sampler.phase = "between"
            quads += batch.count(b"\n")
            batches += 1
            del batch
            if args.trim:
                libc.malloc_trim(0)
            if args.reopen and batches % args.reopen == 0:
                store.flush()
                del store  # the only reference: RocksDB closes
                store = open_store(folder, args.nofile)
            if batches % args.every == 0:
                tables = list(folder.glob("*.sst"))
                size = sum(table.stat().st_size for table in tables) / 1e6
                print(f"{quads:>9} quads  RSS {_status_mb('VmRSS'):4d} MB  peak {_status_mb('VmHWM'):4d} MB  "
                      f"{_malloc_mb(libc)}{len(tables):4d} table files {size:7.1f} MB  "
                      f"CPU {time.process_time() - start:6.1f} s  {sampler.take()}", flush=True)
        print(f"end: {quads} quads, RSS {_status_mb('VmRSS')} MB, peak {_status_mb('VmHWM')} MB, "
              f"CPU {time.process_time() - start:.1f} s", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
