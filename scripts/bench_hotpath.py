"""CPU seconds of the per-document work of ``kg build`` without validation, stage by stage, in one process.

Reads the corpus, builds the pipelines and warms them up on two documents (start-up is not counted),
freezes the garbage collector's view of what start-up made, then times every document through
spaCy + rules (``kg.extract.extract``), ``kg.rdf.to_graph`` and the N-Triples the store and
``--out`` are written from (``kg.processing.ntriples``). CPU time (``time.process_time``), the
minimum of ``--repeat`` passes: on a shared machine the minimum is the least disturbed.

    .venv/bin/python scripts/bench_hotpath.py /tmp/tp/corpus.jsonl --repeat 3

To compare with other code, run it from outside the worktree with that code first on the path
(from inside, the current directory would shadow PYTHONPATH):
``cd /tmp && PYTHONPATH=/path/to/other/checkout /path/to/.venv/bin/python /path/to/bench_hotpath.py …``.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from kg import rdf
from kg.extract import extract
from kg.extract.calibration import at_least
from kg.ingest import read_inputs
from kg.model import Document
from kg.nlp.pipeline import make_pipeline
from kg.processing import ntriples

STAGES = ("spaCy + rules", "to_graph", "N-Triples")


def one_pass(documents: list[Document]) -> dict[str, float]:
    seconds = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    for document in documents:
        start = clock()
        extraction = at_least(extract(document), 0.0)
        analysed = clock()
        _, graph = rdf.to_graph(extraction)
        built = clock()
        ntriples(graph)
        written = clock()
        seconds["spaCy + rules"] += analysed - start
        seconds["to_graph"] += built - analysed
        seconds["N-Triples"] += written - built
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a .jsonl corpus (scripts/bench_build.py makes one)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the minimum is reported")
    args = parser.parse_args()
    documents = [item for item in read_inputs([args.corpus]) if isinstance(item, Document)]
    for lang in sorted({d.lang for d in documents}):
        make_pipeline(lang)
    for document in (documents[0], documents[-1]):
        extract(document)
    gc.collect()
    gc.freeze()  # what start-up made is never garbage: a full collection need not walk it again
    best = dict.fromkeys(STAGES, float("inf"))
    for _ in range(args.repeat):
        for stage, seconds in one_pass(documents).items():
            best[stage] = min(best[stage], seconds)
    words = sum(len(d.text.split()) for d in documents)
    total = sum(best.values())
    print(f"{len(documents)} documents, {words:,} words; CPU s, min of {args.repeat}:")
    for stage in STAGES:
        print(f"  {stage:<14} {best[stage]:7.2f}")
    print(f"  {'total':<14} {total:7.2f}   {words / total:,.0f} words per CPU-second")


if __name__ == "__main__":
    main()
