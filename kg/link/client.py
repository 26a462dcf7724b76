"""The Wikidata SPARQL client: polite SELECT queries (User-Agent, timeouts, bounded retries).

Wikidata etiquette: one descriptive User-Agent, a timeout on every request, bounded retries
with exponential backoff that honour ``Retry-After`` (429 and 5xx) — the retry loop is
:func:`kg.transport.retrying`, shared with the remote store.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from kg.errors import KGError
from kg.transport import RequestFailed, RetryPolicy, Wrapper, retrying

__all__ = ["CONTACT", "DEFAULT_ENDPOINT", "Client", "EndpointError", "EndpointUnavailable", "user_agent"]

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
CONTACT = "https://w3id.org/newskg; mailto:newskg-maintainers@example.org"
"""Placeholder contact for the User-Agent (Wikidata's policy asks for one); ``NEWSKG_CONTACT`` overrides it."""
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class EndpointError(KGError):
    """The SPARQL endpoint could not be reached or did not answer usefully."""

    code = "E070"
    hint = ("Check --endpoint and the network; linking can be re-run later: answers already received "
            "are cached (--cache) and nothing is written for entities that were not looked up.")


class EndpointUnavailable(EndpointError):
    """The endpoint refused the connection or its host is unknown: retrying now would not help."""


def user_agent(contact: str | None = None) -> str:
    """The User-Agent Wikidata's policy asks for: tool name and version plus a way to reach us."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("newskg")
    except PackageNotFoundError:  # running from a source tree without installing
        ours = "0"
    try:
        wrapper = version("SPARQLWrapper")
    except PackageNotFoundError:
        wrapper = "?"
    contact = contact or os.environ.get("NEWSKG_CONTACT") or CONTACT
    return f"newskg/{ours} (+{contact}) SPARQLWrapper/{wrapper}"


class Client:
    """Sends SELECT queries through SPARQLWrapper, politely.

    ``retries`` extra attempts after a timeout, a dropped connection, 429 or 5xx,
    waiting ``backoff · 2^attempt`` seconds or what ``Retry-After`` asks, whichever is
    longer; a wait above ``max_wait`` means the endpoint wants us gone for now, so
    the client gives up instead. A refused connection or an unknown host is not
    retried (:class:`EndpointUnavailable`). ``requests`` counts HTTP requests sent,
    ``waited`` the seconds spent between them.
    """

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, *, timeout: float = 60.0, retries: int = 3,
                 backoff: float = 1.0, max_wait: float = 120.0, agent: str | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise EndpointError(f"not an http(s) SPARQL endpoint URL: {endpoint!r}",
                                hint="Give --endpoint like https://query.wikidata.org/sparql.")
        self.endpoint = endpoint
        self.timeout = timeout
        self.retry = RetryPolicy(retries=max(0, retries), backoff=backoff, retry_status=RETRY_STATUS,
                                 retry_refused=False, max_wait=max_wait)
        self.agent = agent or user_agent()
        self.sleep = sleep
        self.requests = 0
        self.waited = 0.0

    def _send(self, query: str) -> dict[str, Any]:
        wrapper = Wrapper(self.endpoint, timeout=self.timeout, agent=self.agent)
        wrapper.setQuery(query)
        self.requests += 1
        result = wrapper.query().convert()
        if not isinstance(result, dict) or "results" not in result:
            raise ValueError("not a SPARQL JSON SELECT result")
        return result

    def _wait(self, seconds: float) -> None:
        self.sleep(seconds)
        self.waited += seconds

    def select(self, query: str) -> list[dict[str, Any]]:
        """The bindings of a SELECT; raises :class:`EndpointError` once the retries are spent."""
        try:
            answer = retrying(lambda: self._send(query), self.retry, timeout=self.timeout, sleep=self._wait)
        except RequestFailed as failed:
            if failed.kind == "status":
                detail = failed.text.strip().splitlines()
                raise EndpointError(f"{self.endpoint} answered HTTP {failed.status}"
                                    + (f": {detail[0][:200]}" if detail else "")) from None
            if failed.kind == "refused":
                raise EndpointUnavailable(f"cannot reach {self.endpoint}: {failed.why}") from None
            if failed.kind == "wait":
                raise EndpointError(f"{self.endpoint} asks to wait {failed.delay:g} s ({failed.why}); "
                                    "giving up for now") from None
            raise EndpointError(f"{self.endpoint}: gave up after {failed.attempts} attempt(s), "
                                f"last: {failed.why}") from None
        except ValueError as exc:  # JSON that does not parse, or not a SELECT result
            raise EndpointError(f"{self.endpoint} did not answer with SPARQL JSON results: {exc}") from None
        return list(answer["results"].get("bindings", []))
