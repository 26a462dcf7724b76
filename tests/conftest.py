"""Session hooks shared by all tests.

Mutation runs (``make mutation``, scripts/mutation.py): mutmut forks each mutant's worker from a process that
already ran the tests, so the pipelines, language resources, date patterns, taggers and gazetteer it cached
were built by the unmutated code. A mutant of the code that builds them would be served those and survive
for no fault of the tests: for such a mutant the caches are emptied before its tests run.
"""

from __future__ import annotations

import os

# Modules whose functions run while a cached resource is built, and functions named like loaders elsewhere.
BUILDS_CACHED = ("kg.nlp.resources.", "kg.nlp.date_patterns.", "kg.nlp.pos.", "kg.nlp.pipeline.", "kg.nlp.syntax.")
LOADER_WORDS = ("initialize", "load", "words_of")


def _builds_a_cached_resource(mutant: str) -> bool:
    function = mutant.partition("__mutmut_")[0]
    return function.startswith(BUILDS_CACHED) or any(w in function.rsplit(".", 1)[-1] for w in LOADER_WORDS)


def pytest_configure(config) -> None:
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if "__mutmut_" in mutant and _builds_a_cached_resource(mutant):
        from kg.link import offline
        from kg.nlp import pipeline

        pipeline.reset()
        offline._words_of.cache_clear()
