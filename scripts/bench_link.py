"""Offline linking benchmark: gazetteer (index) build time and size, and mentions linked per second.

    .venv/bin/python scripts/bench_link.py [--source ../shared/data/wikidata] [--docs 300] [--repeat 3]

The index build needs the shared Wikidata tables (skipped when absent). Linking is timed on
the bundled samples (data/samples/*.txt) analysed once by the spaCy pipeline and then linked
``--docs`` times over: only :func:`kg.extract.entities.resolve` (candidate choice, context,
merging) is inside the timer, so the number is the linker's own cost.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kg import gazetteer
from kg.extract.entities import resolve
from kg.ingest import read_inputs
from kg.model import Document
from kg.nlp.pipeline import make_pipeline

ROOT = Path(__file__).resolve().parents[1]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def bench_build(source: Path, repeat: int) -> None:
    if not (source / "countries.tsv").exists():
        print(f"index build: skipped ({source} not found)")
        return
    times = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            gazetteer.build(source, Path(tmp))
            times.append(time.perf_counter() - start)
            size = folder_size(Path(tmp))
    print(f"index build: {statistics.median(times):.2f} s (median of {repeat}); size {size / 1e6:.2f} MB")


def bench_linking(docs: int, repeat: int) -> None:
    analysed = []
    for item in read_inputs([ROOT / "data" / "samples"]):
        if isinstance(item, Document):
            analysed.append(make_pipeline(item.lang)(item.text))
    mentions_per_round = sum(len(c.spans) for d in analysed for c in d._.kg_clusters)
    gazetteer.load()
    resolve(analysed[0])  # warm caches (word index, language resources)
    rates = []
    for _ in range(repeat):
        rounds = max(1, docs // len(analysed))
        start = time.perf_counter()
        for _ in range(rounds):
            for doc in analysed:
                resolve(doc)
        elapsed = time.perf_counter() - start
        rates.append(rounds * mentions_per_round / elapsed)
        per_doc_ms = elapsed / (rounds * len(analysed)) * 1000
    print(f"linking: {statistics.median(rates):,.0f} mentions/s (median of {repeat}); "
          f"{per_doc_ms:.2f} ms per document; {rounds * len(analysed)} documents, "
          f"{rounds * mentions_per_round} mentions per run")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "wikidata")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bench_build(args.source, args.repeat)
    bench_linking(args.docs, args.repeat)


if __name__ == "__main__":
    main()
