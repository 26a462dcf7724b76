"""The shipped SPARQL queries (``queries/*.rq``): listing, safe parameter binding, result formatting.

A query file starts with ``# <the question it answers>``; ``# param: NAME — meaning``
lines declare its parameters, and the body names each one as ``{{NAME}}`` where
a single RDF term goes (typically ``VALUES ?key { {{NAME}} }``). Binding never
pastes user text into SPARQL: a value becomes one escaped string literal, or one
IRI that :func:`kg.vocab.checked_iri` accepts, so quotes, braces, ``>`` or
newlines in a value cannot change the query.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError
from kg.paths import queries_dir
from kg.store import QueryResult, Store, Value
from kg.vocab import checked_iri

__all__ = [
    "FORMATS",
    "QueryInfo",
    "QueryParam",
    "format_result",
    "list_queries",
    "load_query",
    "query_info",
    "run_query",
    "sparql_term",
]

FORMATS = ("table", "csv", "json")

_PARAM_LINE = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:[—–:-]+\s*(.*?))?\s*$")
_PLACEHOLDER = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")
_QUERY_NAME = re.compile(r"[A-Za-z0-9_-]+")
_BARE_IRI = re.compile(r"(https?|urn):\S+")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_CELL_WIDTH = 60


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One declared parameter: its name and what it means."""

    name: str
    meaning: str


@dataclass(frozen=True, slots=True)
class QueryInfo:
    """A shipped query: ``name`` (file stem), the ``question`` it answers, its parameter names, its file.

    ``params`` are plain names (``", ".join(info.params)`` works); ``param_info`` adds their meanings.
    """

    name: str
    question: str
    params: tuple[str, ...]
    path: Path
    param_info: tuple[QueryParam, ...] = ()

    def meaning(self, param: str) -> str:
        """What a parameter means, from its ``# param:`` line ("" if undeclared)."""
        return next((p.meaning for p in self.param_info if p.name == param), "")


def query_info(path: Path) -> QueryInfo:
    """Read the header comments of one ``.rq`` file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read query {path}: {exc}") from exc
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    question = header[0].lstrip("#").strip() if header else ""
    if not question or _PARAM_LINE.match(header[0]):
        raise QueryError(f"query {path} must start with a '# <question it answers>' comment line")
    params = []
    for line in header[1:]:
        match = _PARAM_LINE.match(line)
        if match:
            params.append(QueryParam(match.group(1), match.group(2) or ""))
    return QueryInfo(path.stem, question, tuple(p.name for p in params), path, tuple(params))


def list_queries(directory: Path | None = None) -> list[QueryInfo]:
    """Every ``.rq`` in the queries folder (:func:`kg.paths.queries_dir`), sorted by name."""
    folder = directory or queries_dir()
    return [query_info(path) for path in sorted(folder.glob("*.rq"))]


def _resolve(name_or_path: str | Path) -> Path:
    """A query name (``leaders``) from the queries folder, or a path to any ``.rq`` file."""
    text = str(name_or_path)
    if isinstance(name_or_path, Path) or "/" in text or text.endswith(".rq"):
        path = Path(name_or_path)
        if not path.is_file():
            raise QueryError(f"no query file {path}")
        return path
    if not _QUERY_NAME.fullmatch(text):
        raise QueryError(f"invalid query name {text!r}")
    path = queries_dir() / f"{text}.rq"
    if not path.is_file():
        known = ", ".join(info.name for info in list_queries()) or "none"
        raise QueryError(f"no query named {text!r}; the shipped queries are: {known}")
    return path


def _string_literal(value: str) -> str:
    """A SPARQL string literal of ``value``. A "u" or "U" right after a backslash is written ``\\U00000075`` /
    ``\\U00000055``: engines that expand ``\\u`` escapes before parsing (rdflib, as the spec says) would
    otherwise read the escaped backslash and the letter as a code point (``\\u0022`` as a quote). Eight
    digits, because rdflib also reads the four hex digits after a four-digit escape as part of it."""
    out = []
    for previous, char in zip(" " + value, value, strict=False):  # (the character before, the character)
        out.append(f"\\U{ord(char):08X}" if previous == "\\" and char in "uU" else _ESCAPES.get(char, char))
    return '"' + "".join(out) + '"'


def sparql_term(value: str) -> str:
    """One SPARQL term for a parameter value: ``<iri>`` or an escaped string literal.

    ``<…>`` must hold a valid absolute IRI; a bare ``http(s):``/``urn:`` value that is
    a valid IRI is taken as one; anything else is a string literal (whitespace trimmed).
    """
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        try:
            return f"<{checked_iri(value[1:-1])}>"
        except ValueError as exc:
            raise QueryError(f"invalid IRI parameter: {exc}") from None
    if _BARE_IRI.fullmatch(value):
        try:
            return f"<{checked_iri(value)}>"
        except ValueError:
            pass
    return _string_literal(value)


def load_query(name_or_path: str | Path, params: Mapping[str, str] | None = None) -> str:
    """The SPARQL text of a query with every ``{{param}}`` bound; raises :class:`QueryError`
    naming any missing or unknown parameter."""
    path = _resolve(name_or_path)
    info = query_info(path)
    given = dict(params or {})
    unknown = sorted(set(given) - set(info.params))
    if unknown:
        takes = ", ".join(info.params) or "no parameters"
        raise QueryError(f"query {info.name!r} has no parameter {', '.join(unknown)}; it takes: {takes}")
    missing = [name for name in info.params if name not in given]
    if missing:
        meaning = info.meaning(missing[0]) or "no description"
        raise QueryError(f"query {info.name!r} needs parameter {missing[0]!r}: {meaning}")
    text = path.read_text(encoding="utf-8")
    undeclared = sorted({m.group(1) for m in _PLACEHOLDER.finditer(text)} - set(info.params))
    if undeclared:
        raise QueryError(f"query {path} uses undeclared parameter(s) {', '.join(undeclared)}")
    return _PLACEHOLDER.sub(lambda m: sparql_term(given[m.group(1)]), text)


def run_query(store: Store, name_or_path: str | Path, params: Mapping[str, str] | None = None) -> QueryResult:
    """Load, bind and run a query on a store."""
    return store.query(load_query(name_or_path, params))


# --------------------------------------------------------------------------- formatting


def _cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _table(result: QueryResult, width: int = _CELL_WIDTH) -> str:
    """Aligned columns for a terminal; long cells cut at ``width`` with "…", newlines flattened."""

    def fit(value: Value) -> str:
        text = " ".join(_cell(value).split())
        return text if len(text) <= width else text[: width - 1] + "…"

    header = list(result.variables)
    rows = [[fit(v) for v in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows([_cell(v) for v in row] for row in result.rows)
    return buffer.getvalue()


def _json(result: QueryResult) -> str:
    return json.dumps(result.records(), ensure_ascii=False, indent=2) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as ``table`` (aligned text), ``csv`` (header row first; unbound = empty)
    or ``json`` (a list of objects, one per row, keyed by variable; unbound = null; numbers and
    booleans as JSON numbers and booleans — not the SPARQL 1.1 JSON results format)."""
    if fmt == "table":
        return _table(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    raise QueryError(f"unknown output format {fmt!r}; use one of: {', '.join(FORMATS)}")
