"""newskg: news articles to a Wikidata-linked, SHACL-validated RDF knowledge graph.

The Python API (documented in ``docs/python.md``)::

    import kg
    extraction = kg.extract_text("French President Emmanuel Macron met Olaf Scholz in Berlin.")
    summary = kg.build(["articles/"], store=".kg/store")          # as `kg build`
    with kg.open_store(".kg/store") as store:                     # a directory or a SPARQL endpoint URL
        leaders = kg.query(store, "leaders")                      # records; .to_dataframe() with pandas
        people = kg.query(store, "entity", entity="Olaf Scholz")  # parameters are bound, never pasted
        graph = kg.to_networkx(store)                             # networkx.MultiDiGraph

The names load on first use, so ``import kg`` stays fast. ``kg.build`` is the function above;
the pipeline module of the same name is ``importlib.import_module("kg.build")`` (``from kg.build
import …`` works as always).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Extraction", "Records", "__version__", "build", "extract_text", "open_store", "query", "to_networkx"]

if TYPE_CHECKING:
    from kg.api import Records, build, extract_text, open_store, query, to_networkx
    from kg.model import Extraction

_LAZY = {
    "build": "kg.api", "extract_text": "kg.api", "open_store": "kg.api", "query": "kg.api",
    "to_networkx": "kg.api", "Records": "kg.api", "Extraction": "kg.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    object.__setattr__(sys.modules[__name__], name, value)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """Keeps the API function ``kg.build`` when the submodule ``kg.build`` is first imported.

    Importing a submodule sets it as an attribute of its package; for ``build`` that would hide
    the function. The module stays reachable through ``sys.modules`` and ``from kg.build import``.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
