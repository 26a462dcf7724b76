"""What ``kg build`` does not do before its first document: import spaCy's own command line, and search every
installed package's entry points at each look-up in spaCy's registries.

``import spacy`` runs ``from .cli.info import info`` (spaCy 3.8, ``spacy/__init__.py``), and that module imports
spaCy's whole command line: typer, weasel, httpx, requests, jinja2 and spaCy's 30 CLI commands, ~0.1-0.2 s of CPU
(``scripts/bench_startup.py``: 0.56-0.63 → 0.38-0.44 s for ``import spacy``), serial before a build's workers fork. A
build never calls any of it (spaCy's lazy import of its CLI, explosion/spaCy#12962, was reverted in #13040).

:func:`spacy_cli_deferred` is scoped: only while ``kg build`` imports spaCy for the first time, ``spacy.cli`` and
``spacy.cli.info`` are placeholder modules whose one name, ``info``, imports and calls the real function. When the
block ends the placeholders leave ``sys.modules``, so any later ``import spacy.cli`` (a script, a test in the same
process) gets spaCy's real command line. Nothing of spaCy is changed; nothing happens when spaCy was imported before.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["registry_entry_points_indexed", "spacy_cli_deferred"]

_PLACEHOLDERS = ("spacy.cli.info", "spacy.cli")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def spacy_cli_deferred() -> Iterator[None]:
    """Within the block, a first ``import spacy`` does not import ``spacy.cli`` (see the module's text)."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _PLACEHOLDERS):
        yield
        return
    spacy_spec = importlib.util.find_spec("spacy")  # a top-level name: found, not imported
    if spacy_spec is None or not spacy_spec.submodule_search_locations:
        yield
        return
    package = types.ModuleType("spacy.cli", "spaCy's command line, not imported by kg build (kg.cli.startup).")
    # spaCy's own folder: a module that imports one of the CLI's modules (a plugin, say) still gets the real one
    package.__path__ = [str(Path(folder) / "cli") for folder in spacy_spec.submodule_search_locations]
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    placeholders = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(placeholders)
    try:
        yield
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        spacy = sys.modules.get("spacy")
        if spacy is not None and getattr(spacy, "cli", None) is package:
            delattr(spacy, "cli")  # `spacy.cli` is then spaCy's real package, once something imports it


def registry_entry_points_indexed() -> bool:
    """Let spaCy's registries (``catalogue``) find a group's entry points in one look-up; True when it was needed.

    ``catalogue`` reads the installed packages' entry points once, at its import, into
    ``catalogue.AVAILABLE_ENTRY_POINTS``: on Python 3.10-3.11 a ``SelectableGroups``, a dict of group → entry
    points. But it asks it with ``select(group=…)``, which rebuilds the list of every entry point of every
    package and filters it, at each look-up of each registry: ~200 look-ups while a build makes its two
    pipelines and parsers (factories, architectures, layers …), ~0.3 ms each, serial before the workers fork.
    A plain dict of the same groups gives ``catalogue`` its other branch, ``.get(group, [])``: the same entry
    points in the same order, one look-up each (what ``select`` filters is the dict's own values, chained).
    ``catalogue`` reads the table only at its import, so nothing else changes; a table that is already a dict
    (or another type, on other versions) is left alone.
    """
    import importlib.metadata

    import catalogue

    selectable = getattr(importlib.metadata, "SelectableGroups", None)  # Python 3.10-3.11 only
    table = catalogue.AVAILABLE_ENTRY_POINTS
    if selectable is None or type(table) is not selectable:
        return False
    catalogue.AVAILABLE_ENTRY_POINTS = dict(table)
    return True
