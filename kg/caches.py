"""The per-process caches of tables derived from the package's files, and one function that empties them all.

Some tables are built once per process, because the files they are read from never change while it runs: a
language's resources (:func:`kg.nlp.resources.load`), its date patterns, the words the event rules read off the
resources (:meth:`kg.extract.event_words.EventWords.of`), the calibration table, the sentence parsers and POS
taggers, and the pipelines themselves. Each such cache registers here how to empty it, next to its definition.

Nothing a user runs needs :func:`clear` (tests that rebuild the data call :func:`kg.nlp.pipeline.reset`). It is
there for mutation testing (``scripts/mutation.py``; the hooks in ``tests/conftest.py``): mutmut forks one worker
per mutant from a process whose caches the unmutated code already filled, so a mutant of the code that builds a
cached table would never run — and survive for no fault of the tests — unless the worker empties the caches
first. Caches of tables built only from modules mutmut does not mutate (the gazetteer, the language registry,
the linker's name keys) are left out: their contents cannot depend on a mutant.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["ProcessCache", "clear", "register", "registered"]


@dataclass(frozen=True)
class ProcessCache:
    """One registered cache: ``clear`` empties it; ``costly`` when rebuilding it loads models (≈ 0.2 s a language)
    rather than reading a table (a few milliseconds)."""

    name: str
    clear: Callable[[], None]
    costly: bool = False


_REGISTERED: dict[str, ProcessCache] = {}


def register(name: str, clear: Callable[[], None], *, costly: bool = False) -> None:
    """Register the cache ``name`` (its module and variable) and the function that empties it; registering a name
    again replaces it (a module reloaded)."""
    _REGISTERED[name] = ProcessCache(name, clear, costly)


def registered() -> tuple[ProcessCache, ...]:
    """The registered caches, in the order they were first registered (the order modules were imported)."""
    return tuple(_REGISTERED.values())


def clear(*, costly: bool = True) -> tuple[str, ...]:
    """Empty the registered caches — without ``costly``, only those that rebuild in milliseconds — and return the
    names of those emptied. The next call that needs a table builds it again from the files."""
    emptied = tuple(c.name for c in _REGISTERED.values() if costly or not c.costly)
    for name in emptied:
        _REGISTERED[name].clear()
    return emptied
