"""Linking entities to Wikidata: offline from the gazetteer while extracting, online through SPARQL after.

* **Offline** (:mod:`kg.link.offline`): :func:`choose` picks one gazetteer entry for an
  entity found in a document, or abstains; used by :mod:`kg.extract` at build time. What the
  words around a mention say (:class:`Cues`) is read with each language's linking words
  (``kg/lang/<code>/linking.json``, :mod:`~kg.link.cues`).
* **Online** (``kg link``): :func:`link_store` looks up the store's still unlinked entities
  at a Wikidata SPARQL endpoint — the polite client (:mod:`~kg.link.client`), an on-disk
  cache (:mod:`~kg.link.cache`), candidates (:mod:`~kg.link.candidates`), ranking
  (:mod:`~kg.link.ranking`) — and writes the links into the documents' graphs, each
  rewritten graph validated first (:mod:`~kg.link.rewrite`). :mod:`~kg.link.online` runs it all.

A wrong link is worse than none: both linkers abstain unless one candidate of the right type
clearly wins. See docs/linking.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kg.link.cues import NO_CUES, Cues, LinkingData
from kg.link.offline import THRESHOLD, Link, choose

if TYPE_CHECKING:
    from kg.link.cache import DEFAULT_CACHE_DIR, Cache
    from kg.link.candidates import BATCH_SIZE, ROW_LIMIT, TYPE_CLASSES, Candidate, Lookup, build_query, parse_rows
    from kg.link.client import DEFAULT_ENDPOINT, Client, EndpointError, EndpointUnavailable, user_agent
    from kg.link.online import LinkRun, format_report, link_store
    from kg.link.ranking import MARGIN, Decision, Scored, rank
    from kg.link.rewrite import LINKED_BY, LINKED_BY_VALUE, Rejected, apply_links
    from kg.link.stored import StoredEntity, document_context, document_languages, unlinked_entities

# The online linker's names, imported at their first use: a build links offline only (choose, Cues), and the online
# side imports an HTTP client, SSL and the store's queries (~0.015 s of CPU serial before a build's workers fork).
_ONLINE = {
    "kg.link.cache": ("DEFAULT_CACHE_DIR", "Cache"),
    "kg.link.candidates": ("BATCH_SIZE", "ROW_LIMIT", "TYPE_CLASSES", "Candidate", "Lookup", "build_query",
                           "parse_rows"),
    "kg.link.client": ("DEFAULT_ENDPOINT", "Client", "EndpointError", "EndpointUnavailable", "user_agent"),
    "kg.link.online": ("LinkRun", "format_report", "link_store"),
    "kg.link.ranking": ("MARGIN", "Decision", "Scored", "rank"),
    "kg.link.rewrite": ("LINKED_BY", "LINKED_BY_VALUE", "Rejected", "apply_links"),
    "kg.link.stored": ("StoredEntity", "document_context", "document_languages", "unlinked_entities"),
}
_MODULE_OF = {name: module for module, names in _ONLINE.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = [
    "BATCH_SIZE",
    "DEFAULT_CACHE_DIR",
    "DEFAULT_ENDPOINT",
    "LINKED_BY",
    "LINKED_BY_VALUE",
    "MARGIN",
    "NO_CUES",
    "ROW_LIMIT",
    "THRESHOLD",
    "TYPE_CLASSES",
    "Cache",
    "Candidate",
    "Client",
    "Cues",
    "Decision",
    "EndpointError",
    "EndpointUnavailable",
    "Link",
    "LinkRun",
    "LinkingData",
    "Lookup",
    "Rejected",
    "Scored",
    "StoredEntity",
    "apply_links",
    "build_query",
    "choose",
    "document_context",
    "document_languages",
    "format_report",
    "link_store",
    "parse_rows",
    "rank",
    "unlinked_entities",
    "user_agent",
]
