"""Where a remote store answers: endpoint discovery from the shape of well-known stores' URLs."""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

__all__ = ["Endpoints", "endpoints_for", "is_url", "redact"]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a remote store answers: queries, updates, and (optionally) the Graph Store Protocol.

    ``auth`` is ``basic`` or ``digest``: how credentials are sent when there are any.
    ``flavour`` names the store the defaults were chosen for (oxigraph, fuseki, virtuoso, generic).
    """

    query: str
    update: str
    gsp: str | None = None
    auth: str = "basic"
    flavour: str = "generic"


def is_url(text: str) -> bool:
    """Whether ``text`` starts like a URL (``scheme://``)."""
    return bool(_URL.match(text))


def _with_path(url: str, path: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def endpoints_for(url: str, *, update: str | None = None, gsp: str | None = None,
                  auth: str | None = None) -> Endpoints:
    """Sensible endpoints for a query URL, from the shape of well-known stores' URLs.

    * ``…/query`` at the root → Oxigraph server: ``/update``, Graph Store ``/store``;
    * ``…/<ds>/query`` or ``…/<ds>/sparql`` → Fuseki: ``/<ds>/update``, ``/<ds>/data``;
    * ``…/sparql`` at the root → Virtuoso: updates through ``/sparql-auth`` with digest
      auth, no Graph Store (plain SPARQL Update is atomic per request there);
    * anything else: updates to the same URL (SPARQL 1.1 allows it), no Graph Store.

    ``update``/``gsp``/``auth`` given explicitly always win (``gsp=""`` disables it).
    """
    path = urllib.parse.urlsplit(url).path.rstrip("/")
    segments = [s for s in path.split("/") if s]
    if segments == ["query"]:
        found = Endpoints(url, _with_path(url, "/update"), _with_path(url, "/store"), "basic", "oxigraph")
    elif len(segments) >= 2 and segments[-1] in {"query", "sparql"}:
        base = "/" + "/".join(segments[:-1])
        found = Endpoints(url, _with_path(url, base + "/update"), _with_path(url, base + "/data"), "basic", "fuseki")
    elif segments == ["sparql"]:
        found = Endpoints(url, _with_path(url, "/sparql-auth"), None, "digest", "virtuoso")
    else:
        found = Endpoints(url, url, None, "basic", "generic")
    return Endpoints(
        query=url,
        update=update or found.update,
        gsp=(gsp or None) if gsp is not None else found.gsp,
        auth=auth or found.auth,
        flavour=found.flavour,
    )


def redact(url: str) -> str:
    """A URL fit for a message: no user:password@ part, no query string."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))
