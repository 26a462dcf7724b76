"""Where graphs are kept and queried: a ``Store`` protocol, an embedded Oxigraph store and remote stores.

The protocol (:mod:`kg.store.base`) is what the CLI talks to, so callers never care where
the data lives. :class:`EmbeddedStore` (:mod:`~kg.store.embedded`) keeps a dataset in a
local directory with pyoxigraph (RocksDB); :class:`SparqlStore` (:mod:`~kg.store.remote`)
talks to any SPARQL 1.1 endpoint (Oxigraph server, Virtuoso, Fuseki, …), whose update and
Graph Store URLs :func:`endpoints_for` (:mod:`~kg.store.endpoints`) guesses from the query
URL. Either way one named graph per document is replaced as a whole on every build, so
re-running the same input leaves the same store. :mod:`~kg.store.server` runs
``oxigraph serve`` for ``kg serve``.
"""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path

from kg.errors import StoreError, UsageError
from kg.store.base import EXPORT_FORMATS, QueryResult, Store, Value
from kg.store.embedded import EmbeddedStore
from kg.store.endpoints import Endpoints, endpoints_for, is_url, redact
from kg.store.remote import SparqlStore
from kg.store.server import OxigraphServer, oxigraph_binary, serve_store

__all__ = ["EXPORT_FORMATS", "EmbeddedStore", "Endpoints", "OxigraphServer", "QueryResult", "SparqlStore", "Store",
           "Value", "endpoints_for", "open_store", "oxigraph_binary", "serve_store"]


def open_store(spec: str | Path, *, read_only: bool = False, user: str | None = None, password: str | None = None,
               update_endpoint: str | None = None, gsp_endpoint: str | None = None, auth: str | None = None,
               timeout: float = 30.0) -> Store:
    """The store ``--store`` names: a directory → :class:`EmbeddedStore`, an http(s) URL → :class:`SparqlStore`.

    Credentials come from the arguments, else ``NEWSKG_STORE_USER``/``NEWSKG_STORE_PASSWORD``,
    else a ``user:password@`` part of the URL (which is then removed from the URL).
    """
    if isinstance(spec, Path) and is_url(str(spec)):  # click's Path type: "http://x" became "http:/x"
        spec = str(spec)
    if isinstance(spec, str) and is_url(spec):
        parts = urllib.parse.urlsplit(spec)
        if parts.scheme not in {"http", "https"}:
            raise StoreError(f"cannot open {redact(spec)}: only http(s) SPARQL endpoints are supported")
        url_user = urllib.parse.unquote(parts.username) if parts.username else None
        url_password = urllib.parse.unquote(parts.password) if parts.password else None
        clean = redact(spec) + (f"?{parts.query}" if parts.query else "")
        endpoints = endpoints_for(clean, update=update_endpoint, gsp=gsp_endpoint, auth=auth)
        return SparqlStore(
            endpoints,
            user=user or os.environ.get("NEWSKG_STORE_USER") or url_user,
            password=password or os.environ.get("NEWSKG_STORE_PASSWORD") or url_password,
            timeout=timeout,
        )
    if read_only is False and (update_endpoint or gsp_endpoint):
        raise UsageError("--update-endpoint and --gsp-endpoint need a remote store (an http(s) URL for --store)")
    return EmbeddedStore(Path(spec), read_only=read_only)
