"""newskg: news articles to a Wikidata-linked, SHACL-validated RDF knowledge graph.

The Python API (documented in ``docs/python.md``)::

    import kg
    extraction = kg.extract_text("French President Emmanuel Macron met Olaf Scholz in Berlin.")
    summary = kg.build(["articles/"], store=".kg/store")          # as `kg build`
    with kg.open_store(".kg/store") as store:                     # a directory or a SPARQL endpoint URL
        leaders = kg.query(store, "leaders")                      # records; .to_dataframe() with pandas
        people = kg.query(store, "entity", entity="Olaf Scholz")  # parameters are bound, never pasted
        graph = kg.to_networkx(store)                             # networkx.MultiDiGraph

The names load on first use, so ``import kg`` stays fast. The stages themselves are modules of
the package (``kg.ingest``, ``kg.extract``, ``kg.rdf``, ``kg.validate``, ``kg.store``; ``kg.builder``
runs them one document at a time).
"""

from __future__ import annotations

import sys
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
