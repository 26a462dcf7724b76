#!/usr/bin/env python3
"""Speed of newskg's spaCy step with and without the UD tagger + parser (``kg.nlp.syntax``).

Why: the parser is optional (see docs/models.md) and its cost decides whether the extractor
parses every sentence or only those that need it. Only the NLP step is timed, as ``kg build``
runs it (``nlp(document.text)`` per document, one process): documents are read and their
language detected first (``kg.ingest``), then each language's pipeline — built fresh, so the
cached one of ``kg.nlp.pipeline.make_pipeline`` is never changed — runs over them twice, once
as shipped and once with :func:`kg.nlp.syntax.add_syntax`. Best of ``--repeat`` runs.

Usage::

    .venv/bin/python scripts/bench_build.py --size-mb 0.2 --repeat 1 --keep /tmp/corpus
    .venv/bin/python scripts/bench_syntax.py data/samples /tmp/corpus/corpus.jsonl
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from spacy.language import Language

from kg.ingest import read_inputs
from kg.model import Document
from kg.nlp import pipeline
from kg.nlp.syntax import add_syntax, model_path


def fresh_pipeline(lang: str) -> Language:
    build: Callable[[str], Language] = getattr(pipeline.make_pipeline, "__wrapped__", pipeline.make_pipeline)
    return build(lang)


def run(nlp: Language, texts: Sequence[str], repeat: int) -> tuple[float, int, int]:
    """Best wall time of ``repeat`` passes, and the sentences and words (non-space tokens)."""
    nlp(texts[0])  # warm-up: lazy loading, first allocation
    best = float("inf")
    sentences = words = 0
    for _ in range(repeat):
        start = time.perf_counter()
        docs = [nlp(text) for text in texts]
        best = min(best, time.perf_counter() - start)
        sentences = sum(1 for doc in docs for _ in doc.sents)
        words = sum(1 for doc in docs for tok in doc if not tok.is_space)
    return best, sentences, words


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", type=Path, help="files or folders, as for `kg build`")
    ap.add_argument("--repeat", type=int, default=3, help="passes per pipeline; the best counts (default 3)")
    args = ap.parse_args(argv)

    by_lang: dict[str, list[str]] = defaultdict(list)
    for item in read_inputs(args.inputs):
        if isinstance(item, Document):
            by_lang[item.lang].append(item.text)
    print("| input | lang | docs | sentences | words | pipeline | seconds | sentences/s | words/s |")
    print("|---|---|---:|---:|---:|---|---:|---:|---:|")
    label = ", ".join(str(p) for p in args.inputs)
    for lang, texts in sorted(by_lang.items()):
        base = fresh_pipeline(lang)
        parsed = fresh_pipeline(lang)
        if not add_syntax(parsed):
            print(f"| {label} | {lang} | no syntax model in {model_path(lang)} |")
            continue
        for name, nlp in (("newskg", base), ("newskg + syntax", parsed)):
            seconds, sentences, words = run(nlp, texts, args.repeat)
            print(f"| {label} | {lang} | {len(texts)} | {sentences:,} | {words:,} | {name} | {seconds:.2f} | "
                  f"{sentences / seconds:,.0f} | {words / seconds:,.0f} |")
    for lang in sorted(by_lang):
        path = model_path(lang)
        if path is not None and path.is_dir():
            print(f"model {path}: {dir_size(path) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
