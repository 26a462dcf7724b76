"""Where a `kg build`'s serial start-up goes: the CPU time of each phase before the first document is done.

With ``--workers N`` everything up to the fork is serial (the driver loads, builds and warms up once; the
forked workers share it), so it bounds the speed-up of N workers: a build whose per-document work takes ``X``
s of CPU and whose start-up takes ``S`` s runs at best ``(S + X) / (S + X / N)`` times faster with N workers
than with one (2 workers ≥ 1.8× one needs ``S ≤ X / 8``). This script runs the phases of that start-up in
one process, in the order a build runs them, and prints the CPU time of each (``time.process_time``: what
other processes on a loaded machine disturb least), best of ``--repeat`` fresh processes:

    .venv/bin/python scripts/bench_startup.py                       # one English and one Indonesian document
    .venv/bin/python scripts/bench_startup.py --repeat 5 corpus.jsonl

The imports run with the garbage collector paused and are then frozen, as in ``kg build``. "first documents" is
the one-time work done lazily at a process's first document of each language
(parsers, shapes, caches); "again" is the same documents once more (their own cost).
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = {
    "en": "President Joko Widodo met Prime Minister Anthony Albanese in Jakarta on Monday. The two leaders "
          "signed an agreement on trade and said they would meet again next year.",
    "id": "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta pada Senin. Kedua pemimpin "
          "menandatangani perjanjian perdagangan dan mengatakan akan bertemu lagi tahun depan.",
}


def phases(corpus: str) -> list[tuple[str, float]]:
    """The phases, timed in this process (run it fresh: imports are cached by the interpreter)."""
    marks: list[tuple[str, float]] = []
    last = time.process_time()

    def mark(name: str) -> None:
        nonlocal last
        now = time.process_time()
        marks.append((name, now - last))
        last = now

    gc.disable()  # as `kg build` imports what it needs (kg.cli.building._import_settled): then frozen, below
    import click  # noqa: F401
    import rich  # noqa: F401

    from kg.cli.startup import build_imports_deferred, registry_entry_points_indexed  # imports kg.cli (its commands)
    mark("import click, rich, kg.cli")
    import rdflib  # noqa: F401
    mark("import rdflib")
    with build_imports_deferred():  # as `kg build`: without spaCy's command line and rdflib's SPARQL grammar
        import spacy  # noqa: F401
        registry_entry_points_indexed()  # as `kg build`: spaCy's registries find entry points in one look-up
        mark("import spacy")
        import pyshacl  # noqa: F401
        mark("import pyshacl")
        import kg.builder
    import kg.cli  # noqa: F401
    gc.enable()
    gc.freeze()
    mark("import kg (the rest)")
    from kg.ingest import read_inputs
    from kg.model import Document
    from kg.nlp.pipeline import make_pipeline
    from kg.processing import Settings, process

    documents = [item for item in read_inputs([corpus]) if isinstance(item, Document)]
    mark(f"read {len(documents)} documents")
    for lang in dict.fromkeys(document.lang for document in documents):
        make_pipeline(lang)
        mark(f"pipeline {lang}")
    firsts = list({document.lang: document for document in reversed(documents)}.values())[::-1]
    for document in firsts:
        process([document], Settings())
        mark(f"first document ({document.lang}), validated")
    process(firsts, Settings())
    mark("the same documents again")
    return marks


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", help="a JSON Lines file (default: one English, one Indonesian text)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes; each phase's best is shown")
    parser.add_argument("--phases", metavar="CORPUS", help=argparse.SUPPRESS)  # the child's side
    args = parser.parse_args(argv)
    if args.phases:
        print(json.dumps(phases(args.phases)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        corpus = args.corpus
        if corpus is None:
            corpus = str(Path(folder) / "two.jsonl")
            Path(corpus).write_text("".join(json.dumps({"id": f"start-{lang}", "text": text, "lang": lang}) + "\n"
                                            for lang, text in DEFAULT_TEXTS.items()), encoding="utf-8")
        runs = []
        for _ in range(args.repeat):
            done = subprocess.run([sys.executable, __file__, "--phases", corpus], cwd=ROOT, capture_output=True,
                                  text=True, check=True)
            runs.append(json.loads(done.stdout.splitlines()[-1]))
    names = [name for name, _ in runs[0]]
    best = {name: min(dict(run)[name] for run in runs) for name in names}
    total = sum(best.values())
    for name in names:
        print(f"{best[name]:6.3f} s  {best[name] / total:5.1%}  {name}")
    print(f"{total:6.3f} s          in all (CPU, best of {args.repeat} fresh processes; the interpreter's own start "
          "not included)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
