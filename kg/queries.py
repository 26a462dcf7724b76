"""The shipped SPARQL queries (``queries/*.rq``) and the user's own: loading, safe parameter binding, paging,
result formatting.

A shipped query file starts with ``# <the question it answers>``; ``# param: NAME — meaning``
lines declare its parameters, and the body names each one as ``{{NAME}}`` where a single RDF
term goes (typically ``VALUES ?key { {{NAME}} }``). Binding never pastes user text into
SPARQL: a value becomes one escaped string literal, or one IRI (both written by
:mod:`kg.sparql`), so quotes, braces, ``>`` or newlines in a value cannot change the query.
A user's own ``.rq`` file, or query text given inline, needs no header: its ``{{NAME}}``
placeholders are its parameters.

``# param: NAME (decimal, default 0) — meaning`` declares a typed or optional parameter:
``decimal`` values must be numbers and are written as SPARQL numbers; a parameter with a
default may be left out (``min_confidence`` of the listing queries).

Listing queries (every leader, every meeting …) return **a page at a time**. Their body has one
line ``LIMIT 100  # page`` in the subquery that picks the page's facts in order; the costly
look-ups (sentence, document, names of the other party) run for those rows only, so a page of
a store of a million quads answers in a fraction of a second while every row would take
seconds. :class:`Page` rewrites that line (``kg query --limit``, ``--offset``, ``--all``). A
``# total NOUN: SELECT (COUNT(…) AS ?total) …`` header line is the cheap count of what the query
pages over (``facts``, ``entities`` …), shown under a table: "rows for facts 1–100 of 9,524".
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.errors import QueryError, UsageError
from kg.paths import queries_dir
from kg.sparql import iri_ref, string_literal
from kg.store import QueryResult, Store, Value

__all__ = [
    "ALL_ROWS",
    "FORMATS",
    "Page",
    "QueryInfo",
    "QueryParam",
    "bind",
    "decimal_term",
    "find",
    "format_result",
    "list_queries",
    "load_query",
    "query_info",
    "query_template",
    "rows_note",
    "run_query",
    "sparql_term",
    "total_query",
]

FORMATS = ("table", "csv", "json")

_PARAM_LINE = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*(?:[—–:-]+\s*(.*?))?\s*$")
_TYPES = ("term", "decimal")  # term: an IRI or a string literal (sparql_term); decimal: a number
_TOTAL_LINE = re.compile(r"^#\s*total(?:\s+([A-Za-z][A-Za-z -]*?))?\s*:\s*(SELECT\b.*)$", re.IGNORECASE)
_PAGE_LINE = re.compile(r"^(?P<indent>[ \t]*)LIMIT\s+(?P<limit>\d+)(?:\s+OFFSET\s+\d+)?[ \t]*#[ \t]*page[ \t]*$",
                        re.MULTILINE | re.IGNORECASE)
_PROLOGUE_LINE = re.compile(r"^\s*(PREFIX|BASE)\b.*$", re.MULTILINE | re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")
_QUERY_NAME = re.compile(r"[A-Za-z0-9_-]+")
_BARE_IRI = re.compile(r"(https?|urn):\S+")
_MIN_CELL = 8


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
class Page:
    """Which rows of a listing query to return: ``limit`` of them (None: every row) after ``offset``."""

    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if (self.limit is not None and self.limit < 1) or self.offset < 0:
            raise UsageError(f"a page needs a limit of at least 1 and an offset of at least 0, not "
                             f"{self.limit} and {self.offset}")


ALL_ROWS = Page()
"""Every row of a listing query (``kg query --all``)."""


@dataclass(frozen=True, slots=True)
class QueryInfo:
    """A query file: ``name`` (file stem), the ``question`` it answers ("" for a user's file without a
    header), its parameter names, its file, its page size (None: it returns every row at once) and the
    query counting what it pages over (``total``, with the ``unit`` counted).

    ``params`` are the names a caller must give (``", ".join(info.params)`` works), ``optional`` those
    with a default; ``param_info`` adds meanings, types and defaults for both.
    """

    name: str
    question: str
    params: tuple[str, ...]
    path: Path
    param_info: tuple[QueryParam, ...] = ()
    page_size: int | None = None
    total: str | None = None
    unit: str = "rows"
    optional: tuple[str, ...] = ()

    def meaning(self, param: str) -> str:
        """What a parameter means, from its ``# param:`` line ("" if undeclared)."""
        return next((p.meaning for p in self.param_info if p.name == param), "")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query {path}: {exc}") from exc


def query_info(path: Path) -> QueryInfo:
    """Read the header comments of one ``.rq`` file (a user's file may have none)."""
    text = _read(path)
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    first = header[0] if header else ""
    question = "" if (_PARAM_LINE.match(first) or _TOTAL_LINE.match(first)) else first.lstrip("#").strip()
    params = []
    total = None
    unit = "rows"
    for line in header:
        if match := _PARAM_LINE.match(line):
            params.append(_param(path, match.group(1), match.group(2) or "", match.group(3) or ""))
        elif match := _TOTAL_LINE.match(line):
            unit = (match.group(1) or "rows").strip()
            total = "".join(m.group(0) + "\n" for m in _PROLOGUE_LINE.finditer(text)) + match.group(2).strip()
    if not params:  # a file without declarations: its placeholders are its parameters
        params = [QueryParam(name, "") for name in dict.fromkeys(m.group(1) for m in _PLACEHOLDER.finditer(text))]
    pages = _PAGE_LINE.findall(text)
    if len(pages) > 1:
        raise QueryError(f"query {path} has {len(pages)} lines marked '# page'; a query pages once")
    page_size = int(pages[0][1]) if pages else None
    return QueryInfo(path.stem, question, tuple(p.name for p in params if p.required), path, tuple(params),
                     page_size, total, unit, tuple(p.name for p in params if not p.required))


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
    """Every ``.rq`` in the queries folder (:func:`kg.paths.queries_dir`), sorted by name.

    A shipped query must say what it answers: each file must start with a ``# <question>`` line.
    """
    folder = directory or queries_dir()
    infos = [query_info(path) for path in sorted(folder.glob("*.rq"))]
    for info in infos:
        if not info.question:
            raise QueryError(f"query {info.path} must start with a '# <question it answers>' comment line")
    return infos


def _nearest(name: str, known: list[str]) -> str:
    """" — did you mean leaders?" for a near miss, "" otherwise."""
    close = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.6)
    return f" — did you mean {close[0]}?" if close else ""


def _resolve(name_or_path: str | Path) -> Path:
    """A query name (``leaders``) from the queries folder, or a path to any ``.rq`` file."""
    text = str(name_or_path)
    if isinstance(name_or_path, Path) or "/" in text or text.endswith(".rq"):
        path = Path(name_or_path)
        if not path.is_file():
            raise QueryError(f"no query file {path}",
                             hint="Give the path of a .rq file, or the name of a shipped query (kg query --list).")
        return path
    if not _QUERY_NAME.fullmatch(text):
        raise QueryError(f"invalid query name {text!r}",
                         hint="Give a shipped query's name (kg query --list), a .rq file, or text with -e.")
    path = queries_dir() / f"{text}.rq"
    if not path.is_file():
        known = sorted(p.stem for p in queries_dir().glob("*.rq"))
        raise QueryError(f"no query named {text!r}{_nearest(text, known)} (the shipped queries are: "
                         f"{', '.join(known) or 'none'})")
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


def bind(text: str, params: Mapping[str, str] | None = None, *, name: str = "query text",
         declared: tuple[QueryParam, ...] | None = None) -> str:
    """``text`` with every ``{{param}}`` bound as one term (:meth:`QueryParam.bind`); a declared parameter
    with a default may be left out.

    ``declared``: the parameters a query file declares (default: the placeholders of ``text``, each a
    required term). A missing or unknown parameter, or a placeholder that is not declared, is a
    :class:`QueryError`.
    """
    given = dict(params or {})
    used = list(dict.fromkeys(m.group(1) for m in _PLACEHOLDER.finditer(text)))
    takes = {p.name: p for p in declared} if declared is not None else {n: QueryParam(n, "") for n in used}
    unknown = sorted(set(given) - set(takes))
    if unknown:
        raise QueryError(f"{name} has no parameter {', '.join(unknown)}; it takes: "
                         f"{', '.join(takes) or 'no parameters'}")
    missing = [p for p in takes.values() if p.required and p.name not in given]
    if missing:
        raise QueryError(f"{name} needs parameter {missing[0].name!r}: {missing[0].meaning or 'no description'}",
                         hint=f"Give it with --param {missing[0].name}=VALUE.")
    undeclared = sorted(set(used) - set(takes))
    if undeclared:
        raise QueryError(f"{name} uses undeclared parameter(s) {', '.join(undeclared)}")
    terms = {n: p.bind(given.get(n, p.default or "")) for n, p in takes.items()}
    return _PLACEHOLDER.sub(lambda m: terms[m.group(1)], text)


def query_template(name_or_path: str | Path) -> str:
    """The query's text with its optional parameters at their defaults and its required ones left as
    ``{{NAME}}`` (what the explorer's SPARQL editor loads, to fill in)."""
    path = _resolve(name_or_path)
    declared = {p.name: p for p in query_info(path).param_info}
    text = _read(path)
    undeclared = sorted({m.group(1) for m in _PLACEHOLDER.finditer(text)} - set(declared))
    if undeclared:
        raise QueryError(f"query {path} uses undeclared parameter(s) {', '.join(undeclared)}")
    return _PLACEHOLDER.sub(lambda m: m.group(0) if declared[m.group(1)].required
                            else declared[m.group(1)].bind(declared[m.group(1)].default or ""), text)


def _paged(text: str, info: QueryInfo, page: Page | None) -> str:
    if page is None:
        return text
    if info.page_size is None:
        if page == ALL_ROWS:
            return text
        raise UsageError(f"query {info.name!r} returns every row at once: it has no 'LIMIT n  # page' line",
                         hint="Drop --limit/--offset, or write the LIMIT in the query.")

    def clause(match: re.Match[str]) -> str:
        parts = ([f"LIMIT {page.limit}"] if page.limit is not None else []) + (
            [f"OFFSET {page.offset}"] if page.offset else [])
        return f"{match.group('indent')}{' '.join(parts)}  # page" if parts else f"{match.group('indent')}# page"

    return _PAGE_LINE.sub(clause, text)


def find(name_or_path: str | Path) -> QueryInfo:
    """The query a name (``leaders``) or a path to a ``.rq`` file names; a near miss suggests the nearest name."""
    return query_info(_resolve(name_or_path))


def load_query(name_or_path: str | Path, params: Mapping[str, str] | None = None, *,
               page: Page | None = None) -> str:
    """The SPARQL text of a query with every ``{{param}}`` bound; raises :class:`QueryError` naming any
    missing, unknown or ill-typed parameter (one left out takes its default). ``page``: which rows of a
    listing query (default: as the file says — its first page; :data:`ALL_ROWS` for every row)."""
    path = _resolve(name_or_path)
    info = query_info(path)
    text = bind(_read(path), params, name=f"query {info.name!r}", declared=info.param_info)
    return _paged(text, info, page)


def total_query(name_or_path: str | Path) -> tuple[str, str] | None:
    """The query that counts what a listing query pages over, and the unit counted; None when it has none."""
    info = query_info(_resolve(name_or_path))
    return (info.total, info.unit) if info.total else None


def run_query(store: Store, name_or_path: str | Path, params: Mapping[str, str] | None = None, *,
              page: Page | None = None) -> QueryResult:
    """Load, bind and run a query on a store (``page`` as in :func:`load_query`)."""
    return store.query(load_query(name_or_path, params, page=page))


# --------------------------------------------------------------------------- formatting


def _cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fit(widths: list[int], budget: int) -> list[int]:
    """Column widths whose sum is at most ``budget``: the widest columns give up characters first,
    none below :data:`_MIN_CELL` (or its own width)."""
    if sum(widths) <= budget:
        return widths
    cap = max(widths)
    while cap > _MIN_CELL and sum(min(w, cap) for w in widths) > budget:
        cap -= 1
    return [min(w, cap) for w in widths]


def rows_note(count: int) -> str:
    """"(1 row)", "(12 rows)": the line under a table."""
    return f"({count:,} row{'' if count == 1 else 's'})"


def _table(result: QueryResult, width: int | None = None, footer: str | None = None) -> str:
    """Aligned columns, newlines flattened; with ``width``, lines fit in it: the widest columns are cut
    (with "…") until the table fits, the narrow ones stay whole. ``footer`` (default: the row count) ends it."""
    header = list(result.variables)
    rows = [[" ".join(_cell(v).split()) for v in row] for row in result.rows]
    natural = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    gaps = 2 * max(len(header) - 1, 0)
    widths = natural if width is None else _fit(natural, max(width - gaps, 0))

    def cut(text: str, size: int) -> str:
        return text if len(text) <= size else text[: max(size - 1, 0)] + "…"

    def line(cells: list[str]) -> str:
        return "  ".join(cut(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    lines = [line(header), line(["-" * w for w in widths])]
    lines += [line(r) for r in rows]
    lines.append(rows_note(len(rows)) if footer is None else footer)
    return "\n".join(lines) + "\n"


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows([_cell(v) for v in row] for row in result.rows)
    return buffer.getvalue()


def _json(result: QueryResult) -> str:
    return json.dumps(result.records(), ensure_ascii=False, indent=2) + "\n"


def format_result(result: QueryResult, fmt: str = "table", *, width: int | None = None,
                  footer: str | None = None) -> str:
    """Render a result as ``table`` (aligned text; ``width`` characters at most per line, None: no limit),
    ``csv`` (header row first; unbound = empty; ends with one line break) or ``json`` (a list of objects, one
    per row, keyed by variable; unbound = null; numbers and booleans as JSON numbers and booleans — not the
    SPARQL 1.1 JSON results format). ``footer`` replaces the table's last line, "(3 rows)"."""
    if fmt == "table":
        return _table(result, width, footer)
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    raise QueryError(f"unknown output format {fmt!r}; use one of: {', '.join(FORMATS)}")
