#!/usr/bin/env python3
"""CPU time of SHACL validation alone, per document, as ``kg build`` validates (chunks through ``validate_each``).

The document graphs are made first (ingest → extract → RDF, as :func:`kg.processing.process` makes
them, not timed) and optionally cached in a pickle; then every chunk of ``--chunk`` graphs (the
builder's :data:`kg.builder.CHUNK_DOCUMENTS` by default) is validated with
:func:`kg.validate.validate_each`, and the process CPU time (user + system, ``time.process_time``)
of those calls is reported per document. The first chunk is timed apart: it pays the one-off
cost of a process (harvesting the shapes, parsing the SPARQL constraints). With ``--repeat N``
everything is validated N times and the fastest pass is reported (the least disturbed by other
processes; every pass after the first is "warm" for its first chunk too).

With ``--in-build``, the corpus is instead built in this process as ``kg build CORPUS --store S
--out X.nq --workers 1 -q`` would build it (store and output in a temporary folder), with a CPU timer
around the builder's validation calls: validation CPU, the build's CPU, and the share.

Usage::

    .venv/bin/python scripts/bench_validate.py /tmp/tp/corpus.jsonl --limit 190
    .venv/bin/python scripts/bench_validate.py CORPUS --graphs /tmp/graphs.pkl --cprofile 30
    .venv/bin/python scripts/bench_validate.py CORPUS --in-build
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kg import ingest
from kg.builder import CHUNK_DOCUMENTS
from kg.model import Document
from kg.processing import _Draft, _draft
from kg.validate import validate_each


def document_graphs(corpus: Path, limit: int | None) -> list:
    """The graph of each document of ``corpus`` (the first ``limit``), as the builder makes it before validation."""
    graphs = []
    for item in ingest.read_inputs([corpus]):
        if isinstance(item, Document):
            draft = _draft(item)
            if isinstance(draft, _Draft):
                graphs.append(draft.graph)
            if limit is not None and len(graphs) >= limit:
                break
    return graphs


def in_build(corpus: Path) -> None:
    """Build ``corpus`` in this process with one worker; print the CPU of validation and of the whole build."""
    from click.testing import CliRunner

    import kg.processing as processing
    from kg.cli import main as cli

    spent = [0.0]

    def timed(function: Callable) -> Callable:  # a CPU timer around either validation call
        def call(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.process_time() - start
        return call

    processing.validate_each = timed(processing.validate_each)
    processing.validate = timed(processing.validate)
    with tempfile.TemporaryDirectory() as folder:
        start = time.process_time()
        result = CliRunner().invoke(cli, ["build", str(corpus), "--store", f"{folder}/store", "--out",
                                          f"{folder}/out.nq", "--workers", "1", "-q"], catch_exceptions=False)
        total = time.process_time() - start
    print(result.output.strip())
    print(f"build CPU {total:.2f} s; validation CPU {spent[0]:.2f} s = {100 * spent[0] / total:.1f} %")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a .jsonl corpus (scripts/bench_build.py --keep writes one)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--chunk", type=int, default=CHUNK_DOCUMENTS, help="graphs per validate_each call")
    parser.add_argument("--graphs", type=Path, default=None, help="pickle cache of the graphs (made if missing)")
    parser.add_argument("--repeat", type=int, default=1, help="validate everything N times, report the fastest")
    parser.add_argument("--cprofile", type=int, default=0, help="print the N functions with the most own time")
    parser.add_argument("--in-build", action="store_true", help="time validation inside a one-worker kg build")
    args = parser.parse_args(argv)
    if args.in_build:
        in_build(args.corpus)
        return 0

    if args.graphs and args.graphs.exists():
        graphs = pickle.loads(args.graphs.read_bytes())
    else:
        graphs = document_graphs(args.corpus, args.limit)
        if args.graphs:
            args.graphs.write_bytes(pickle.dumps(graphs))
    chunks = [graphs[i:i + args.chunk] for i in range(0, len(graphs), args.chunk)]
    profile = cProfile.Profile() if args.cprofile else None
    runs = []
    for _ in range(args.repeat):
        times = []
        conforming = 0
        for chunk in chunks:
            start = time.process_time()
            if profile:
                profile.enable()
            reports = validate_each(chunk)
            if profile:
                profile.disable()
            times.append(time.process_time() - start)
            conforming += sum(report.conforms for report in reports)
        runs.append(times)
    times = min(runs, key=lambda run: sum(run[1:]))
    rest = sum(times[1:])
    rest_documents = len(graphs) - len(chunks[0])
    print(f"{len(graphs)} graphs, {sum(len(g) for g in graphs)} triples, chunks of {args.chunk}, "
          f"{conforming} conform")
    print(f"validation CPU: {sum(times):.2f} s in all; first chunk {times[0]:.2f} s; "
          f"after it {rest:.2f} s = {1000 * rest / max(rest_documents, 1):.1f} ms per document")
    if profile:
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(args.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
