"""What ``kg build`` does not import before its first document: spaCy's own command line.

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

__all__ = ["spacy_cli_deferred"]

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
