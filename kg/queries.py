"""The shipped SPARQL queries (``queries/*.rq``): listing, safe parameter binding, result formatting.

A query file starts with ``# <the question it answers>``; ``# param: NAME — meaning``
lines declare its parameters, and the body names each one as ``{{NAME}}`` where
a single RDF term goes (typically ``VALUES ?key { {{NAME}} }``). Binding never
pastes user text into SPARQL: a value becomes one escaped string literal, or one
IRI (both written by :mod:`kg.sparql`), so quotes, braces, ``>`` or
newlines in a value cannot change the query.

``# param: NAME (decimal, default 0) — meaning`` declares a typed or optional parameter:
``decimal`` values must be numbers and are written as SPARQL numbers; a parameter with a
default may be left out (``min_confidence`` of the listing queries).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.errors import QueryError
from kg.paths import queries_dir
from kg.sparql import iri_ref, string_literal
from kg.store import QueryResult, Store, Value

__all__ = [
    "FORMATS",
    "QueryInfo",
    "QueryParam",
    "decimal_term",
    "format_result",
    "list_queries",
    "load_query",
    "query_info",
    "query_template",
    "run_query",
    "sparql_term",
]

FORMATS = ("table", "csv", "json")

_PARAM_LINE = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*(?:[—–:-]+\s*(.*?))?\s*$")
_TYPES = ("term", "decimal")  # term: an IRI or a string literal (sparql_term); decimal: a number
_PLACEHOLDER = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")
_QUERY_NAME = re.compile(r"[A-Za-z0-9_-]+")
_BARE_IRI = re.compile(r"(https?|urn):\S+")
_CELL_WIDTH = 60


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One declared parameter: its name, what it means, its type and its default (None: it must be given)."""

    name: str
    meaning: str
    type: str = "term"
    default: str | None = None

    @property
    def required(self) -> bool:
        return self.default is None

    def bind(self, value: str) -> str:
        """The SPARQL term for ``value``: a number for a decimal parameter, else :func:`sparql_term`."""
        return decimal_term(self.name, value) if self.type == "decimal" else sparql_term(value)


@dataclass(frozen=True, slots=True)
class QueryInfo:
    """A shipped query: ``name`` (file stem), the ``question`` it answers, its parameter names, its file.

    ``params`` are the names a caller must give (``", ".join(info.params)`` works), ``optional`` those
    with a default; ``param_info`` adds meanings, types and defaults for both.
    """

    name: str
    question: str
    params: tuple[str, ...]
    path: Path
    param_info: tuple[QueryParam, ...] = ()
    optional: tuple[str, ...] = ()

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
            params.append(_param(path, match.group(1), match.group(2) or "", match.group(3) or ""))
    return QueryInfo(path.stem, question, tuple(p.name for p in params if p.required), path, tuple(params),
                     tuple(p.name for p in params if not p.required))


def _param(path: Path, name: str, spec: str, meaning: str) -> QueryParam:
    """A ``# param:`` line's parameter; ``spec`` is what its parentheses hold: a type and/or ``default X``."""
    kind, default = "term", None
    for item in (part.strip() for part in spec.split(",") if part.strip()):
        if item.startswith("default "):
            default = item[len("default "):].strip()
        elif item in _TYPES:
            kind = item
        else:
            raise QueryError(f"query {path}: parameter {name!r} has an unknown type or option {item!r} "
                             f"(types: {', '.join(_TYPES)}; options: default VALUE)")
    param = QueryParam(name, meaning, kind, default)
    if default is not None:
        param.bind(default)  # a default the type refuses is the query's mistake: say so when it is read
    return param


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


def sparql_term(value: str) -> str:
    """One SPARQL term for a parameter value: ``<iri>`` or an escaped string literal.

    ``<…>`` must hold a valid absolute IRI; a bare ``http(s):``/``urn:`` value that is
    a valid IRI is taken as one; anything else is a string literal (whitespace trimmed).
    """
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        try:
            return iri_ref(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"invalid IRI parameter: {exc}") from None
    if _BARE_IRI.fullmatch(value):
        try:
            return iri_ref(value)
        except ValueError:
            pass
    try:
        return string_literal(value)
    except ValueError as exc:
        raise QueryError(f"invalid parameter value: {exc}") from None


def decimal_term(name: str, value: str) -> str:
    """A decimal parameter's value as a SPARQL number (``0.8``); anything but a finite number is refused."""
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise QueryError(f"parameter {name!r} must be a number, e.g. 0.8 (got {value!r})")
    return format(number, "f")


def load_query(name_or_path: str | Path, params: Mapping[str, str] | None = None) -> str:
    """The SPARQL text of a query with every ``{{param}}`` bound (a parameter left out takes its default);
    raises :class:`QueryError` naming any missing, unknown or ill-typed parameter."""
    path = _resolve(name_or_path)
    info = query_info(path)
    given = dict(params or {})
    declared = {p.name: p for p in info.param_info}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        takes = ", ".join(declared) or "no parameters"
        raise QueryError(f"query {info.name!r} has no parameter {', '.join(unknown)}; it takes: {takes}")
    missing = [name for name in info.params if name not in given]
    if missing:
        meaning = info.meaning(missing[0]) or "no description"
        raise QueryError(f"query {info.name!r} needs parameter {missing[0]!r}: {meaning}")
    text = _checked_text(path, declared)
    terms = {name: p.bind(given.get(name, p.default or "")) for name, p in declared.items()}
    return _PLACEHOLDER.sub(lambda m: terms[m.group(1)], text)


def query_template(name_or_path: str | Path) -> str:
    """The query's text with its optional parameters at their defaults and its required ones left as
    ``{{NAME}}`` (what the explorer's SPARQL editor loads, to fill in)."""
    path = _resolve(name_or_path)
    declared = {p.name: p for p in query_info(path).param_info}
    text = _checked_text(path, declared)
    return _PLACEHOLDER.sub(lambda m: m.group(0) if declared[m.group(1)].required
                            else declared[m.group(1)].bind(declared[m.group(1)].default or ""), text)


def _checked_text(path: Path, declared: Mapping[str, QueryParam]) -> str:
    text = path.read_text(encoding="utf-8")
    undeclared = sorted({m.group(1) for m in _PLACEHOLDER.finditer(text)} - set(declared))
    if undeclared:
        raise QueryError(f"query {path} uses undeclared parameter(s) {', '.join(undeclared)}")
    return text


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
