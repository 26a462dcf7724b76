"""The web plumbing of the explorer: requests and responses over WSGI, links, redirects and static files."""

from __future__ import annotations

import mimetypes
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any

__all__ = ["MAX_BODY", "STATIC_DIR", "HttpError", "Request", "Response", "entity_url", "page_url", "redirect",
           "static_file", "vendored", "with_charset"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_FILES = ("cytoscape.min.js", "yasgui.min.js", "yasgui.min.css")
MAX_BODY = 10 * 1024 * 1024  # a SPARQL request or update larger than this is refused


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    form: dict[str, list[str]] = field(default_factory=dict)

    def get(self, name: str, default: str = "") -> str:
        values = self.form.get(name) or self.params.get(name)
        return values[0] if values else default

    def all(self, name: str) -> list[str]:
        return self.form.get(name, []) + self.params.get(name, [])

    @classmethod
    def from_environ(cls, environ: dict[str, Any]) -> Request:
        headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
        headers["content-type"] = environ.get("CONTENT_TYPE", "")
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        request = cls(environ["REQUEST_METHOD"].upper(), environ.get("PATH_INFO", "/") or "/", params, headers)
        if request.method == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > MAX_BODY:
                raise HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            request.body = environ["wsgi.input"].read(length) if length else b""
            if request.headers["content-type"].split(";")[0].strip() == "application/x-www-form-urlencoded":
                request.form = urllib.parse.parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
        return request


@dataclass
class Response:
    body: bytes
    status: HTTPStatus = HTTPStatus.OK
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


class HttpError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def page_url(path: str, **params: Any) -> str:
    """A link with query parameters (lists repeat the parameter; None and "" are left out)."""
    pairs = []
    for key, value in params.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            if item not in (None, ""):
                pairs.append((key, str(item)))
    return path + ("?" + urllib.parse.urlencode(pairs) if pairs else "")


def entity_url(iri: str) -> str:
    return page_url("/entity", iri=iri)



def redirect(location: str) -> Response:
    return Response(b"", HTTPStatus.SEE_OTHER, "text/plain", [("Location", location)])


def vendored() -> bool:
    """Whether scripts/vendor_js.sh has put the browser libraries in place."""
    return all((STATIC_DIR / "vendor" / name).is_file() for name in VENDOR_FILES)


def static_file(relative: str) -> Response:
    root = STATIC_DIR.resolve()
    path = (root / urllib.parse.unquote(relative)).resolve()
    if root not in path.parents or not path.is_file():
        raise HttpError(HTTPStatus.NOT_FOUND, f"no static file {relative}")
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type == "application/javascript":
        content_type += "; charset=utf-8"
    return Response(path.read_bytes(), content_type=content_type, headers=[("Cache-Control", "max-age=3600")])


def with_charset(media_type: str) -> str:
    return media_type if "+xml" in media_type or media_type.endswith("xml") else f"{media_type}; charset=utf-8"
