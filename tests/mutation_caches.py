"""The per-process caches (:mod:`kg.caches`) in a mutation run: what ``tests/conftest.py`` does with them.

mutmut (``scripts/mutation.py``) first runs the tests once with ``MUTANT_UNDER_TEST=stats`` to record which of
the mutated functions each test calls, then forks one worker per mutant from a process whose caches the unmutated
code has filled, and runs there only the tests recorded for the mutated function. A cache hides a mutant twice:
the function that builds a table runs in the first test that reads it only (so it is recorded for that test
alone), and in the workers it does not run at all (the table is already there). So:

* while recording, the cheap caches (tables read in milliseconds) are emptied before every test: the code that
  builds them runs, and is recorded, in every test that reads them. The costly ones (pipelines, parsers, taggers:
  ≈ 1 s to build) are built once, at the start, without the on-disk cache of derived data; the mutated functions
  that ran while they were built are recorded for every test that reads text, and written to
  :data:`BUILDERS_FILE` (in mutmut's working directory, ``mutants/``) for the workers;
* in a mutant's worker, the cheap caches are emptied; the costly ones too, with the on-disk cache switched off,
  when the mutated function is one of those builders — or when the file of builders is missing (an older run's
  records): rebuilding costs a second, keeping a table the mutant should have built costs a wrong result.

Nothing here runs outside a mutation run: ``MUTANT_UNDER_TEST`` is mutmut's.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg import caches

BUILDERS_FILE = Path("cache-builders.json")
MUTANT_MARK = "__mutmut_"  # in every mutant's name: "<module>.<function>__mutmut_<n>"
RECORDING = "stats"  # MUTANT_UNDER_TEST while mutmut records which tests call which function
READS_TEXT = ("kg.nlp.", "kg.extract.")  # a test that called a function of these has used a pipeline


def mutant_under_test() -> str:
    return os.environ.get("MUTANT_UNDER_TEST", "")


def function_of(mutant: str) -> str:
    """The mangled name of the mutated function, as mutmut records it while recording."""
    return mutant.partition(MUTANT_MARK)[0]


def read_builders(path: Path = BUILDERS_FILE) -> frozenset[str] | None:
    """The functions recorded as running while the costly caches were built, or None without a readable file."""
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return frozenset(names) if isinstance(names, list) else None


def empty_for_mutant(mutant: str, builders_file: Path = BUILDERS_FILE) -> tuple[str, ...]:
    """Empty the caches a mutant's tests must not be served from (see the module); the names of those emptied."""
    builders = read_builders(builders_file)
    costly = builders is None or function_of(mutant) in builders
    if costly:
        os.environ["NEWSKG_CACHE"] = ""  # the tokenizer's and the gazetteer patterns' derived data, rebuilt too
    return caches.clear(costly=costly)


@contextmanager
def _no_disk_cache() -> Iterator[None]:
    before = os.environ.get("NEWSKG_CACHE")
    os.environ["NEWSKG_CACHE"] = ""
    try:
        yield
    finally:
        if before is None:
            del os.environ["NEWSKG_CACHE"]
        else:
            os.environ["NEWSKG_CACHE"] = before


def build_costly(recorded: set[str]) -> frozenset[str]:
    """Empty every cache, build the costly ones for every language (no on-disk cache, so that what it holds is
    derived again), and return the names ``recorded`` gained meanwhile: the functions that build them."""
    from kg.language import SUPPORTED
    from kg.nlp import pipeline, pos, syntax

    caches.clear()
    before = set(recorded)
    with _no_disk_cache():
        for lang in SUPPORTED:
            pipeline.make_pipeline(lang)
            syntax.sentence_parser(lang)
            pos.load_tagger(lang)
    return frozenset(recorded - before)


def record_builders(builders_file: Path = BUILDERS_FILE) -> frozenset[str]:
    """While mutmut records: build the costly caches and write the functions that ran meanwhile to the file."""
    from mutmut.state import state  # mutmut 3.8.1 (pinned): the set its trampolines add each called function to

    builders = build_costly(state()._stats)
    builders_file.write_text(json.dumps(sorted(builders)), encoding="utf-8")
    return builders


def add_builders_if_text_was_read(recorded: set[str], builders: frozenset[str]) -> None:
    """At a test's end, while recording: if it used a pipeline, it also used what built the pipeline."""
    if any(name.startswith(READS_TEXT) for name in recorded):
        recorded |= builders
