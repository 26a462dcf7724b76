"""``kg query``: the shipped SPARQL queries (or your own) as a table, CSV or JSON, a page at a time."""

from __future__ import annotations

import sys

import click
from rich.markup import escape

from kg.cli.app import EXIT_OK, err, main, out, stdout
from kg.cli.options import DEFAULT_STORE, STORE_HELP, open_cli_store, remote_settings, remote_store_options


@main.command()
@click.argument("query", required=False)
@click.option("-e", "--execute", "text", metavar="SPARQL",
              help="Run this query text (SELECT, ASK, CONSTRUCT or DESCRIBE) instead of a named query or file.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter (repeatable), e.g. --param entity=Putin.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1),
              help="How many facts a page of a listing query holds (default: its page, 100).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many facts first: the next page.")
@click.option("--all", "all_rows", is_flag=True, help="Every row of a listing query, not one page.")
@click.option("--width", type=click.IntRange(min=0),
              help="Fit table lines in this many characters, cutting the widest columns first (0: no limit). "
                   "Default: the terminal's width; no limit when the output is not a terminal.")
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@click.option("--list", "list_only", is_flag=True, help="List the shipped queries and their parameters.")
@click.option("--allow-service", "allowed_services", multiple=True, metavar="URL",
              help="Let the query fetch from this SERVICE endpoint (repeatable). Default: no SERVICE is allowed.")
@remote_store_options
def query(query: str | None, text: str | None, params: tuple[str, ...], fmt: str, limit: int | None, offset: int,
          all_rows: bool, width: int | None, store_path: str, list_only: bool, allowed_services: tuple[str, ...],
          user: str | None, password: str | None, update_endpoint: str | None, gsp_endpoint: str | None,
          auth: str | None, timeout: float) -> None:
    """Run QUERY: the name of a shipped query (kg query --list), a path to a .rq file, or
    query text with -e. Queries only read: an update (INSERT, DELETE …) is refused.

    \b
    Listing queries (leaders, meetings, sources …) show one page, 100 facts, with the
    total under the table: --offset N shows the next, --limit N another size, --all
    every row. Parameters ({{NAME}} in the text) are bound with --param NAME=VALUE as
    escaped values, never pasted into the query. A query that names a SERVICE endpoint
    (the store would fetch from that URL) is refused unless the endpoint is given with
    --allow-service.
    """
    from kg import queries, service_policy
    from kg.errors import UsageError

    if list_only or (query is None and text is None):
        for info in queries.list_queries():
            extra = "  params: " + ", ".join(info.params) if info.params else ""
            extra += "  optional: " + ", ".join(f"{p.name}={p.default}" for p in info.param_info
                                               if not p.required) if info.optional else ""
            out.print(f"[bold]{info.name}[/]  {escape(info.question)}{extra}", highlight=False)
        sys.exit(EXIT_OK)
    if query is not None and text is not None:
        raise click.UsageError("give a QUERY name or file, or -e TEXT, not both")
    if all_rows and (limit is not None or offset):
        raise click.UsageError("--all shows every row: drop --limit and --offset")
    bound: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--param {item!r}: expected NAME=VALUE")
        bound[name.strip()] = value
    info = None
    if text is not None:
        if limit is not None or offset:
            raise UsageError("-e text has no page to turn", hint="Write LIMIT and OFFSET in the query text.")
        sparql = queries.bind(text, bound, name="the -e query")
    else:
        info = queries.find(query)  # type: ignore[arg-type]
        page = None
        if all_rows:
            page = queries.ALL_ROWS
        elif limit is not None or offset:
            page = queries.Page(limit or info.page_size, offset)
        sparql = queries.load_query(info.path, bound, page=page)
    service_policy.check(sparql, allowed_services)
    remote = remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote, read_only=True) as store:
        result = store.query(sparql)
        note = None
        if info is not None and info.page_size is not None and info.total and not all_rows:
            total = int(store.query(info.total).rows[0][0] or 0)
            note = _page_note(len(result), total, info.unit, limit or info.page_size, offset)
    if fmt == "table":
        shown = width if width is not None else (_terminal_width() if stdout.isatty() else 0)
        stdout.write(queries.format_result(result, fmt, width=shown or None, footer=note))
    else:
        stdout.write(queries.format_result(result, fmt))
        if note is not None and "--offset" in note:
            err.print(escape(note), highlight=False)
    stdout.flush()


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size().columns


def _page_note(rows: int, total: int, unit: str, limit: int, offset: int) -> str:
    """The line under a page of a listing: which facts these are, of how many, and how to see more."""
    from kg.queries import rows_note

    if offset == 0 and total <= limit:
        return rows_note(rows)
    first, last = offset + 1, min(offset + limit, total)
    if first > total:
        last_page = max(total - limit, 0)
        return f"{rows_note(rows)[:-1]}: there are {total:,} {unit}; --offset {last_page} shows the last page)"
    more = f"; next page: --offset {last}" if last < total else ""
    return f"{rows_note(rows)[:-1]} for {unit} {first:,}–{last:,} of {total:,}{more}; every row: --all)"
