"""How long the end of a `kg build --workers N` waits for its last chunk: whole chunks against the finer tail.

A pool of N workers takes chunks in input order; at the end, a worker that finds the queue empty waits for the
others to finish theirs. This script measures, in this process, the CPU time of every chunk of CORPUS as the
builder cuts it (``kg.builder._chunks``; validated, as ``kg build``), and of the pieces the builder sends instead
of the last N chunks (``kg.builder._finer_tail``), then replays both orders on N workers that each take the next
chunk when free (what ``concurrent.futures`` does) and prints the time from the first chunk to the last result,
and how long workers sat idle at the end. CPU times, not wall clock: what a loaded machine disturbs least.

    .venv/bin/python scripts/bench_tail.py /tmp/tp/corpus.jsonl --workers 2
"""

from __future__ import annotations

import argparse
import heapq
import time
from pathlib import Path

from kg import builder, ingest
from kg.model import Document
from kg.processing import Settings


def timed(chunks: list[list[builder.Item]], settings: Settings) -> list[float]:
    """The CPU time of ``builder._work`` on each chunk (the first chunk of a run also pays the one-time state)."""
    times = []
    for chunk in chunks:
        start = time.process_time()
        builder._work(settings, False, chunk)
        times.append(time.process_time() - start)
    return times


def replay(times: list[float], workers: int) -> tuple[float, float]:
    """(makespan, idle time at the end summed over the workers) of ``times`` taken in order by ``workers``."""
    free = [0.0] * workers
    heapq.heapify(free)
    for cost in times:
        heapq.heappush(free, heapq.heappop(free) + cost)
    end = max(free)
    return end, sum(end - done for done in free)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    chunks = list(builder._chunks(ingest.read_inputs([args.corpus])))
    settings = Settings()
    timed(chunks[:1], settings)  # the one-time state, as the driver's warm-up builds it before the fork
    whole = timed(chunks, settings)
    head = len(chunks) - args.workers
    pieces = list(builder._finer_tail(iter(chunks), args.workers))[head:]
    finer = whole[:head] + timed(pieces, settings)
    documents = sum(isinstance(item, Document) for chunk in chunks for item in chunk)
    print(f"{documents} documents, {len(chunks)} chunks; the last {args.workers} as {len(pieces)} pieces of "
          f"≤ {builder.TAIL_DOCUMENTS} documents")
    for name, times in (("whole chunks", whole), ("finer tail", finer)):
        end, idle = replay(times, args.workers)
        print(f"{name:>12}: CPU {sum(times):.2f} s · on {args.workers} workers {end:.2f} s · idle at the end "
              f"{idle:.2f} s (worker-seconds)")


if __name__ == "__main__":
    main()
