"""What ``kg build`` does not do before its first document: import spaCy's own command line, build rdflib's SPARQL
grammar, and search every installed package's entry points at each look-up in spaCy's registries.

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

__all__ = ["build_imports_deferred", "registry_entry_points_indexed", "spacy_cli_deferred", "sparql_parser_deferred"]

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


SPARQL_PARSER = "rdflib.plugins.sparql.parser"
_PLACEHOLDER_MARK = "__kg_placeholder__"


def _sparql_parser() -> types.ModuleType:
    """rdflib's own SPARQL parser module, imported now if only the placeholder was."""
    module = sys.modules.get(SPARQL_PARSER)
    if module is None or getattr(module, _PLACEHOLDER_MARK, False):
        sys.modules.pop(SPARQL_PARSER, None)
        module = importlib.import_module(SPARQL_PARSER)  # rdflib's package then names it, not the placeholder
    return module


def _parse_query(*args: Any, **kwargs: Any) -> Any:
    """``parseQuery``: rdflib's own, its module imported when first called."""
    return _sparql_parser().parseQuery(*args, **kwargs)


def _parse_update(*args: Any, **kwargs: Any) -> Any:
    """``parseUpdate``: rdflib's own, its module imported when first called."""
    return _sparql_parser().parseUpdate(*args, **kwargs)


def _parser_attribute(name: str) -> Any:
    """Any other name of the placeholder: rdflib's own (its module imported); dunder names are the placeholder's
    (the import system asks for ``__path__`` and the like, which must not import it)."""
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(_sparql_parser(), name)


@contextmanager
def sparql_parser_deferred() -> Iterator[None]:
    """Within the block, a first import of rdflib's SPARQL package does not build its grammar.

    pySHACL imports ``rdflib.plugins.sparql`` (for its operators and query classes), whose ``__init__`` imports
    ``parser``: ~1,000 pyparsing elements built at import, 0.02-0.03 s of CPU serial before a build's workers fork.
    A build parses no SPARQL with rdflib (the shapes' queries are answered by Oxigraph, which query reads which
    predicates is cached: :mod:`kg.validate.oxigraph_sparql`). So while the block runs, ``parser`` is a placeholder
    module whose ``parseQuery`` and ``parseUpdate`` (what rdflib's processor and evaluator call) and any other name
    import the real module and use it. When the block ends the placeholder leaves ``sys.modules`` and rdflib's
    package, so a later ``import rdflib.plugins.sparql.parser`` gets the real one; nothing happens when rdflib's SPARQL
    package was imported before.
    """
    if "rdflib.plugins.sparql" in sys.modules or SPARQL_PARSER in sys.modules:
        yield
        return
    placeholder = types.ModuleType(SPARQL_PARSER, "rdflib's SPARQL parser, imported at its first use (kg.cli.startup).")
    placeholder.parseQuery = _parse_query  # type: ignore[attr-defined]
    placeholder.parseUpdate = _parse_update  # type: ignore[attr-defined]
    placeholder.__getattr__ = _parser_attribute  # type: ignore[method-assign]
    setattr(placeholder, _PLACEHOLDER_MARK, True)
    sys.modules[SPARQL_PARSER] = placeholder
    try:
        yield
    finally:
        if sys.modules.get(SPARQL_PARSER) is placeholder:
            del sys.modules[SPARQL_PARSER]
        package = sys.modules.get("rdflib.plugins.sparql")
        if package is not None and getattr(package, "parser", None) is placeholder:
            delattr(package, "parser")  # `…sparql.parser` is then rdflib's real module, once something imports it


@contextmanager
def build_imports_deferred() -> Iterator[None]:
    """What ``kg build`` imports its modules without: spaCy's command line and rdflib's SPARQL grammar (above)."""
    with spacy_cli_deferred(), sparql_parser_deferred():
        yield


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
