#!/usr/bin/env python3
"""A validated ``kg build`` against a statistical NER pass on the same text, in one run: words per second.

The anchor is spaCy's ``en_core_web_sm`` NER (tok2vec + transition-based NER). That package
cannot be installed here (no model downloads; it is not on our package index), so the script
builds **the same architecture**: ``spacy init config --lang en --pipeline ner --optimize
efficiency`` is the configuration en_core_web_sm's NER comes from (a HashEmbedCNN tok2vec of width
96 and depth 4, no static vectors, and the transition-based NER with a small hidden layer),
initialised with en_core_web_sm's 18 entity labels and untrained weights. Inference cost depends
on the architecture and the number of labels, not on the values of the weights, so the timing
stands for the real model's speed (within a few percent: the real model's tokenizer exceptions
and its own tok2vec rows differ slightly); the entities it finds are of course meaningless.

Both run on the same corpus (``scripts/bench_build.py``'s ~1 MB bilingual corpus, or a folder of
``.txt`` files with ``--texts DIR``), one after the other, each in its own fresh process:

* ``kg build CORPUS --store DIR --out X.nq`` (validated; default workers = the machine's cores;
  ``--workers N`` to choose), timed from process start to exit, startup included;
* ``nlp.pipe(texts)`` of the NER pipeline, timed around the loop only (loading and
  initialising the model excluded: generous to the anchor), one process (``--ner-processes``
  to give it more).

Usage::

    .venv/bin/python scripts/bench_vs_ner.py                       # ~1 MB generated corpus
    .venv/bin/python scripts/bench_vs_ner.py --texts my-articles/  # a folder of .txt
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import MB, SEED, kg_executable, machine, make_corpus  # a sibling script

NER_LABELS = ["CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP", "ORDINAL", "ORG",
              "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"]  # en_core_web_sm's NER labels

NER_CHILD = r"""
import json, sys, time
import spacy
from spacy.cli.init_config import init_config
from spacy.training import Example

texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
labels, processes = json.loads(sys.argv[2]), int(sys.argv[3])
config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
ner = nlp.get_pipe("ner")
for label in labels:
    ner.add_label(label)
nlp.initialize()
nlp.max_length = max(len(t) for t in texts) + 1
start, cpu = time.perf_counter(), time.process_time()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64, n_process=processes))
width = config["components"]["tok2vec"]["model"]["encode"]["width"]
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "entities": entities,
                  "pipeline": nlp.pipe_names, "tok2vec_width": width, "spacy": spacy.__version__}))
"""


def texts_corpus(folder: Path, work: Path) -> tuple[Path, int, int, int]:
    """A JSON Lines file of every ``.txt`` under ``folder``; returns (path, documents, words, bytes)."""
    path = work / "texts.jsonl"
    documents = words = size = 0
    with path.open("w", encoding="utf-8") as out:
        for number, file in enumerate(sorted(folder.rglob("*.txt"))):
            text = file.read_text(encoding="utf-8", errors="replace")
            if not text.strip():
                continue
            out.write(json.dumps({"id": f"t{number:06d}", "text": text}, ensure_ascii=False) + "\n")
            documents, words, size = documents + 1, words + len(text.split()), size + len(text.encode("utf-8"))
    return path, documents, words, size


def run_kg(command: list[str]) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = next((line for line in proc.stderr.splitlines() if "documents ·" in line), "")
    return wall, cpu, summary.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="generated corpus size (default 1.0)")
    parser.add_argument("--texts", type=Path, help="a folder of .txt files to use instead of the generated corpus")
    parser.add_argument("--workers", type=int, help="kg build --workers (default: kg's default, the cores)")
    parser.add_argument("--ner-processes", type=int, default=1, help="nlp.pipe n_process (default 1)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-ner-") as tmp:
        work = Path(tmp)
        if args.texts:
            path, documents, words, size = texts_corpus(args.texts, work)
        else:
            corpus = make_corpus(work, args.size_mb, SEED)
            path, documents, words, size = corpus.path, corpus.documents, corpus.words, corpus.bytes
        print(f"corpus: {documents} documents, {words:,} words, {size / MB:.2f} MB of text")
        command = [kg_executable(), "build", str(path), "--store", str(work / "store"), "--out", str(work / "X.nq"),
                   "-q"]
        if args.workers:
            command += ["--workers", str(args.workers)]
        wall, cpu, summary = run_kg(command)
        print(f"kg build (validated, store + N-Quads, workers {args.workers or os.cpu_count()}): {wall:.1f} s wall, "
              f"{cpu:.1f} s CPU, {words / wall:,.0f} words/s | {summary}", flush=True)
        ner_proc = subprocess.run([sys.executable, "-c", NER_CHILD, str(path), json.dumps(NER_LABELS),
                                   str(args.ner_processes)], capture_output=True, text=True, check=False)
        if ner_proc.returncode != 0:
            sys.exit(f"the NER run failed:\n{ner_proc.stderr[-3000:]}")
        ner = json.loads(ner_proc.stdout.strip().splitlines()[-1])
        print(f"spaCy NER ({' + '.join(ner['pipeline'])}, en_core_web_sm's architecture, untrained, "
              f"{args.ner_processes} process): {ner['seconds']:.1f} s wall, {ner['cpu']:.1f} s CPU (main process), "
              f"{words / ner['seconds']:,.0f} words/s")
        ratio = (words / wall) / (words / ner["seconds"])
        print(f"ratio kg build / NER: {ratio:.2f}x  (load average after: "
              f"{', '.join(f'{x:.2f}' for x in os.getloadavg())})")
        if args.json:
            args.json.write_text(json.dumps({"machine": machine(), "documents": documents, "words": words,
                                             "bytes": size, "kg": {"wall_s": wall, "cpu_s": cpu, "summary": summary,
                                                                   "command": command[1:]},
                                             "ner": ner, "ratio": ratio, "load_after": os.getloadavg()}, indent=2)
                                 + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
