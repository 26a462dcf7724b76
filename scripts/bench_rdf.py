#!/usr/bin/env python3
"""CPU time of the RDF stage alone: :func:`kg.rdf.to_graph` and :func:`kg.processing.nquads` per document.

The documents are extracted once (not timed), then each stage runs over all of them ``--repeat`` times;
the best CPU time (``time.process_time``) is reported, being the one least disturbed by other processes
on a shared machine. A digest of the sorted N-Quads lets two checkouts be compared for identical output.

Usage::

    .venv/bin/python scripts/bench_rdf.py /tmp/tp/corpus.jsonl            # the corpus of scripts/bench_build.py
    .venv/bin/python scripts/bench_rdf.py data/samples --repeat 10
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import time
from collections.abc import Callable
from typing import TypeVar

from kg import rdf
from kg.extract import extract
from kg.ingest import read_inputs
from kg.model import Document
from kg.processing import nquads

T = TypeVar("T")


def best_cpu(work: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The least CPU time of ``repeat`` runs of ``work``, and its last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = work()
        best = min(best, time.process_time() - start)
    return best, result  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="documents, as for kg build")
    parser.add_argument("--repeat", type=int, default=5, help="runs per stage; the best CPU time is reported")
    args = parser.parse_args()
    documents = [item for item in read_inputs(args.inputs) if isinstance(item, Document)]
    extractions = [extract(document) for document in documents]
    gc.collect()
    gc.freeze()  # as the build does after its first chunk: the pipelines are not the collector's work here
    graph_seconds, graphs = best_cpu(lambda: [rdf.to_graph(e) for e in extractions], args.repeat)
    quad_seconds, quads = best_cpu(lambda: [nquads(str(iri), graph) for iri, graph in graphs], args.repeat)
    triples = sum(len(graph) for _, graph in graphs)
    digest = hashlib.sha256(b"".join(sorted(line for text in quads for line in text.splitlines(True)))).hexdigest()
    print(f"{len(documents)} documents, {triples} triples; best of {args.repeat}, CPU time:")
    print(f"  to_graph {graph_seconds:.3f} s ({graph_seconds / triples * 1e6:.1f} us/triple)")
    print(f"  nquads   {quad_seconds:.3f} s")
    print(f"  sorted N-Quads sha256 {digest[:16]}")


if __name__ == "__main__":
    main()
