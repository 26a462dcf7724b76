"""HTTP for the clients of SPARQL endpoints (a remote store, the Wikidata endpoint): one transport, one retry loop.

* :func:`open_request` sends one request: loopback addresses bypass any proxy the
  environment names (local servers and test fixtures), credentials go along (basic at
  once, digest on the server's challenge), and an HTTP error status becomes an
  :class:`HTTPStatusError` that keeps the headers and body (``Retry-After`` lives there).
* :class:`Wrapper` is SPARQLWrapper — which builds SPARQL protocol requests — sending
  through :func:`open_request`.
* :func:`retrying` is the one retry loop of the package: a bounded number of attempts after
  a timeout, a dropped connection or a retryable status, with exponential backoff that
  honours ``Retry-After``. It ends in one :class:`RequestFailed` that says why; callers turn
  it into their own error (:class:`~kg.errors.StoreError`, the linker's ``EndpointError``).
"""

from __future__ import annotations

import base64
import http.client
import math
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

from SPARQLWrapper import JSON, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper

__all__ = ["Credentials", "HTTPStatusError", "RequestFailed", "RetryPolicy", "Wrapper", "fetch",
           "open_request", "retry_after", "retrying"]

T = TypeVar("T")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True, slots=True)
class Credentials:
    """A user and password for an endpoint; ``scheme`` is ``basic`` (sent at once) or ``digest``."""

    user: str
    password: str = field(repr=False)
    scheme: str = "basic"

    def basic_token(self) -> str:
        """The ``Authorization: Basic`` token (also what a message must never show)."""
        return base64.b64encode(f"{self.user}:{self.password}".encode()).decode()


class HTTPStatusError(Exception):
    """An HTTP error status with its headers and body kept (urllib's error drops them once read)."""

    def __init__(self, status: int, headers: Any, body: bytes) -> None:
        super().__init__(status)
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def open_request(request: urllib.request.Request, *, timeout: float,
                 credentials: Credentials | None = None) -> http.client.HTTPResponse:
    """Open ``request``; raises :class:`HTTPStatusError` for an error status, urllib's errors otherwise."""
    handlers: list[urllib.request.BaseHandler] = []
    if (urlsplit(request.full_url).hostname or "") in _LOOPBACK:
        handlers.append(urllib.request.ProxyHandler({}))
    if credentials is not None:
        if credentials.scheme == "digest":
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, request.full_url, credentials.user, credentials.password)
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        else:  # pre-emptive: no 401 round trip
            request.add_header("Authorization", f"Basic {credentials.basic_token()}")
    opener = urllib.request.build_opener(*handlers)
    try:
        return opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        try:
            body = exc.read()
        except OSError:
            body = b""
        raise HTTPStatusError(exc.code, exc.headers, body) from None


def fetch(url: str, *, method: str = "GET", body: bytes | None = None, content_type: str | None = None,
          accept: str | None = None, timeout: float, credentials: Credentials | None = None) -> bytes:
    """One plain request (Graph Store Protocol, CONSTRUCT results): the whole response body."""
    request = urllib.request.Request(url, data=body, method=method)
    if content_type:
        request.add_header("Content-Type", content_type)
    if accept:
        request.add_header("Accept", accept)
    with open_request(request, timeout=timeout, credentials=credentials) as response:
        return response.read()


class Wrapper(SPARQLWrapper):
    """SPARQLWrapper for one query or update, POSTed, sent through :func:`open_request`.

    Through our transport the timeout may be a fraction of a second (``setTimeout`` rounds to
    whole seconds), loopback skips proxies, digest auth does not install a process-wide
    opener (SPARQLWrapper's own way), and every error status keeps its headers.
    """

    def __init__(self, endpoint: str, *, update: bool = False, timeout: float,
                 credentials: Credentials | None = None, agent: str | None = None) -> None:
        options = {"agent": agent} if agent else {}
        super().__init__(endpoint, updateEndpoint=endpoint if update else None, **options)
        self.http_timeout = timeout
        self.credentials = credentials
        self.setMethod(POST)  # long VALUES lists do not fit every URL length limit
        self.setRequestMethod(POSTDIRECTLY if update else URLENCODED)
        self.setReturnFormat(JSON)
        self.setOnlyConneg(True)  # the Accept header only, no format=json parameter

    def _query(self) -> tuple[Any, str]:  # SPARQLWrapper's hook that sends the request
        response = open_request(self._createRequest(), timeout=self.http_timeout, credentials=self.credentials)
        return response, self.returnFormat


# --------------------------------------------------------------------------- retries


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How :func:`retrying` retries.

    ``retries`` extra attempts after a timeout, a dropped connection or a status in
    ``retry_status``, waiting ``backoff · 2^attempt`` seconds or what ``Retry-After`` asks,
    whichever is longer; a wait above ``max_wait`` means the server wants us gone for now,
    so the loop gives up instead. A refused connection or an unknown host is retried only
    with ``retry_refused`` (a store restarting may come back; a public endpoint will not).
    """

    retries: int = 2
    backoff: float = 0.5
    retry_status: frozenset[int] = frozenset({502, 503, 504})
    retry_refused: bool = True
    max_wait: float = math.inf


class RequestFailed(Exception):
    """A request that failed for good.

    ``kind``: ``status`` (an error status that is not retried), ``refused`` (no connection,
    not retried), ``exhausted`` (the retries are spent; ``why`` is the last failure) or
    ``wait`` (the server asked for a wait longer than the policy allows, ``delay`` seconds).
    ``status`` and ``body`` are those of the last HTTP error, if the last failure was one.
    """

    def __init__(self, kind: Literal["status", "refused", "exhausted", "wait"], why: str, *, attempts: int,
                 status: int | None = None, body: bytes = b"", delay: float = 0.0) -> None:
        super().__init__(why)
        self.kind = kind
        self.why = why
        self.attempts = attempts
        self.status = status
        self.body = body
        self.delay = delay

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def retry_after(headers: Any, now: float) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), if any."""
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def retrying(call: Callable[[], T], policy: RetryPolicy, *, timeout: float | None = None,
             sleep: Callable[[float], None] = time.sleep) -> T:
    """``call()``, retried as ``policy`` says; raises :class:`RequestFailed` when it cannot succeed.

    ``timeout`` only words the message of a timed-out attempt. Exceptions that are not about
    the transport (a bad answer, a parse error) pass through untouched, unretried.
    """
    attempt = 0
    while True:
        status: int | None = None
        body = b""
        asked: float | None = None
        try:
            return call()
        except HTTPStatusError as exc:
            status, body = exc.status, exc.body
            if status not in policy.retry_status:
                raise RequestFailed("status", f"HTTP {status}", attempts=attempt + 1, status=status,
                                    body=body) from None
            why = f"HTTP {status}"
            asked = retry_after(exc.headers, time.time())
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            if isinstance(reason, TimeoutError):
                why = f"no answer within {timeout:g} s" if timeout is not None else "timed out"
            elif isinstance(reason, ConnectionRefusedError | socket.gaierror):
                if not policy.retry_refused:
                    raise RequestFailed("refused", str(reason), attempts=attempt + 1) from None
                why = f"connection failed ({reason})"
            elif isinstance(exc, urllib.error.URLError):
                why = f"connection failed ({reason})"
            else:
                why = f"connection dropped ({exc.__class__.__name__}: {exc})"
        if attempt >= policy.retries:
            raise RequestFailed("exhausted", why, attempts=attempt + 1, status=status, body=body)
        delay = max(asked or 0.0, policy.backoff * 2**attempt)
        if delay > policy.max_wait:
            raise RequestFailed("wait", why, attempts=attempt + 1, status=status, body=body, delay=delay)
        sleep(delay)
        attempt += 1
