"""Session hooks shared by all tests.

Mutation runs (``make mutation``, scripts/mutation.py) only: the per-process caches of pipelines, resources, date
patterns, event words, taggers and the calibration table (:mod:`kg.caches`) would serve a mutant's tests tables
the unmutated code built; ``tests/mutation_caches.py`` says how these hooks prevent it. Outside a mutation run
(no ``MUTANT_UNDER_TEST``) they do nothing.
"""

from __future__ import annotations

import pytest
from mutation_caches import (
    MUTANT_MARK,
    RECORDING,
    add_builders_if_text_was_read,
    empty_for_mutant,
    mutant_under_test,
    record_builders,
)

from kg import caches

_builders: frozenset[str] = frozenset()  # while mutmut records: what built the costly caches


def pytest_configure(config: pytest.Config) -> None:
    global _builders
    mutant = mutant_under_test()
    if mutant == RECORDING:
        _builders = record_builders()
    elif MUTANT_MARK in mutant:
        empty_for_mutant(mutant)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if mutant_under_test() == RECORDING:
        caches.clear(costly=False)


@pytest.hookimpl(tryfirst=True)  # before mutmut's own teardown hook reads what the test called
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    if mutant_under_test() == RECORDING:
        from mutmut.state import state

        add_builders_if_text_was_read(state()._stats, _builders)
