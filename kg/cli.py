"""The ``kg`` command line: build, validate, load, query, stats, export, serve, link, gazetteer.

Exit codes (documented in the README and in ``kg --help``):
  0  everything worked (for ``kg validate``: the graph conforms)
  1  the run finished, but something was skipped, rejected or quarantined (bad input, a
     document that failed, a graph that failed validation, facts dropped; for
     ``kg validate``: the graph does not conform)
  2  an error stopped the command (bad usage, missing resource, store unreachable, output
     unwritable, a query error); checked before a build extracts anything

  130 interrupted (Ctrl-C); 141 the reader of the output went away (``kg export | head``): the
     command stops without a message, like any Unix tool whose pipe closes

Every error prints one line with a code (``[E050]``, one code per kind of error:
:data:`kg.errors.ERROR_CODES`) and a hint; a traceback only with ``kg --debug``. Everything
printed passes through :func:`kg.errors.redact_urls`, so no ``user:password@`` of a store URL
ever reaches the terminal or a log.
"""

from __future__ import annotations

import errno
import logging
import os
import select
import signal
import sys
import threading
import traceback
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import ProgressColumn, Task
from rich.text import Text

from kg import language
from kg.errors import KGError, OutputError, redact_urls

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a service manager, a batch queue's time limit): a build stops as on Ctrl-C."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


DEFAULT_STORE = Path(".kg/store")


class RedactingStream:
    """A text stream that removes the ``user:password@`` of every URL before it writes (stdout or stderr,
    looked up at each write, so pytest's and click's stream swaps are honoured)."""

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def _target(self) -> TextIO:
        return getattr(sys, self.name)

    def write(self, text: str) -> int:
        return self._target.write(redact_urls(text))

    def flush(self) -> None:
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()

    def fileno(self) -> int:
        return self._target.fileno()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)


err = Console(file=RedactingStream("stderr"), soft_wrap=True)  # paths in messages must not be broken across lines
out = Console(file=RedactingStream("stdout"), soft_wrap=True)
stdout = RedactingStream("stdout")
"""Results (tables, CSV, JSON) are written here as they are: no markup, no added line break."""
_debug = {"on": False}

STORE_HELP = "Embedded store directory, or the http(s) URL of a SPARQL 1.1 query endpoint (see docs/stores.md)."


def remote_store_options(command):
    """--user/--password/--update-endpoint/--gsp-endpoint/--auth/--timeout: how to reach a remote --store URL."""
    options = [
        click.option("--user", envvar="NEWSKG_STORE_USER", help="User for a remote store [env NEWSKG_STORE_USER]."),
        click.option("--password", envvar="NEWSKG_STORE_PASSWORD", show_envvar=False,
                     help="Password for a remote store [env NEWSKG_STORE_PASSWORD]; never printed."),
        click.option("--update-endpoint", help="SPARQL Update URL (default: guessed from the store URL)."),
        click.option("--gsp-endpoint", help="Graph Store Protocol URL; \"\" to use SPARQL Update only."),
        click.option("--auth", type=click.Choice(["basic", "digest"]), help="HTTP auth (default: digest on Virtuoso)."),
        click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds per HTTP request."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def open_cli_store(spec: str | Path, remote: dict, *, read_only: bool = False):
    """open_store with the remote options of a command (ignored for a directory)."""
    from kg.store import open_store

    return open_store(spec, read_only=read_only, **remote)


def _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout) -> dict:
    return {"user": user, "password": password, "update_endpoint": update_endpoint, "gsp_endpoint": gsp_endpoint,
            "auth": auth, "timeout": timeout}


def _print_traceback(exc: BaseException) -> None:
    """The traceback of ``exc`` (``--debug`` only), redacted like everything else."""
    if _debug["on"]:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        err.print(text, highlight=False, markup=False, end="")


def _configure_logging(debug: bool) -> None:
    """Library logs and Python warnings go through the redacting stream; shown only from ERROR, or with --debug."""
    handler = logging.StreamHandler(RedactingStream("stderr"))  # type: ignore[arg-type]
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.ERROR)
    for noisy in ("trafilatura", "htmldate", "charset_normalizer", "urllib3", "rdflib", "pyshacl", "courlan"):
        logging.getLogger(noisy).setLevel(logging.INFO if debug else logging.ERROR)
    logging.captureWarnings(True)


def _pipe_closed(exc: BaseException) -> bool:
    """Whether ``exc`` comes from writing to a stdout whose reader went away (``kg export | head``).

    A broken pipe anywhere in the error's chain counts only when stdout's reader is really gone: a
    remote store that drops the connection is a store error, not a reason to stop quietly.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, BrokenPipeError) or (isinstance(seen, OSError) and (
                seen.errno == errno.EPIPE or "Broken pipe" in str(seen))):  # pyoxigraph's writers say it in words
            return _stdout_gone()
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
    return False


def _stdout_gone() -> bool:
    """Whether stdout is a pipe nobody reads any more (poll reports an error on its write end)."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's captured stream)
        return False


def _leave_quietly() -> None:
    """Exit 141 without a word: stdout goes to /dev/null, so nothing left in its buffer fails at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # a stream without a file descriptor (tests)
        pass
    sys.exit(EXIT_PIPE_CLOSED)


class KGGroup(click.Group):
    """Turns any error into one clear message with a code and exit code 2 (a traceback only with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise  # click's own: usage errors exit 2 with click's message
        except Terminated:
            err.print("[bold red]terminated[/]: the store holds every document stored so far; re-running is safe",
                      highlight=False)
            sys.exit(EXIT_TERMINATED)
        except KeyboardInterrupt:
            err.print("[bold red]interrupted[/]: the store holds every document stored so far; re-running is safe",
                      highlight=False)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:
            if _pipe_closed(exc):  # the reader went away: not an error of ours, and nothing to say
                _leave_quietly()
            if isinstance(exc, KGError):
                _print_traceback(exc)
                err.print(f"[bold red]error[/] {escape(str(exc))}", highlight=False)
                sys.exit(EXIT_ERROR)
            self._unexpected(exc)  # a bug: still one message, a code and a hint, not a traceback

    @staticmethod
    def _unexpected(exc: BaseException) -> SystemExit:
        _print_traceback(exc)
        err.print(f"[bold red]error[/] [E000] unexpected {escape(type(exc).__name__)}: {escape(str(exc))}\n"
                  "  hint: this is a bug in newskg; run `kg --debug …` for the traceback and report it",
                  highlight=False)
        sys.exit(EXIT_ERROR)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="newskg")
@click.option("--debug", is_flag=True, envvar="NEWSKG_DEBUG",
              help="Show tracebacks and library logs (URL credentials are still removed) [env NEWSKG_DEBUG].")
def main(debug: bool) -> None:
    """newskg: news articles → a Wikidata-linked, SHACL-validated RDF knowledge graph.

    \b
    Typical use:
      kg build articles/ --store .kg/store      extract, validate and store
      kg query leaders                           who leads what (see `kg query --list`)
      kg stats                                   what the store holds

    \b
    Exit codes: 0 success; 1 finished but something was skipped, rejected or
    quarantined (kg validate: does not conform); 2 an error stopped the command
    (bad usage, store unreachable, output unwritable, query error). Each error
    has a code ([E050] …) and a hint; `kg --debug COMMAND` shows tracebacks.
    """
    _debug["on"] = debug
    _configure_logging(debug)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the graph to FILE; the format follows the suffix. .nq and .trig are written "
                   "document by document (memory stays flat); .ttl (all graphs merged) and .jsonld are held in "
                   "memory until the end. The file appears when the build ends (written as .FILE.part first).")
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@click.option("--no-store", is_flag=True, help="Do not load a store (write --out only).")
@click.option("--lang", help=f"Language of all inputs ({', '.join(language.SUPPORTED)}: the folders of kg/lang); "
              f"default: detected per document among {', '.join(language.DETECTABLE)}.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (faster; for benchmarks).")
@click.option("--strict", is_flag=True,
              help="Reject a document whose graph breaks a shape as a whole (default: drop the facts that break "
                   "it, store the rest, and list the dropped facts in a report).")
@click.option("--max-chars", type=click.IntRange(min=1), default=10_000_000, show_default=True,
              help="Skip (with a message) texts longer than this many characters. Longer texts than spaCy's "
                   "1,000,000 are read in pieces.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True, metavar="X",
              help="Leave out facts (relations, events) whose confidence is below X, a number in [0, 1]; entities "
                   "stay. Confidences are calibrated on the dev set: about X of the facts at confidence X are "
                   "right (docs/accuracy.md).")
@click.option("--reports", "reports_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where validation and quarantine reports go (default: beside --out, else .kg/reports).")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Worker processes that extract, write and validate (default: the machine's cores). An input of "
                   "at most 16 documents is built in this process. With --executor dask: the local cluster's "
                   "workers. The graph is the same for any N.")
@click.option("--executor", type=click.Choice(["processes", "dask"]), default="processes", show_default=True,
              help="processes: local worker processes; dask: a local Dask cluster of --workers processes (needs "
                   "newskg[cluster]).")
@click.option("--cluster", metavar="tcp://HOST:8786",
              help="Send the work to this Dask scheduler and its workers (implies --executor dask); this process "
                   "still reads the inputs and is the one writer of the store and --out (docs/scale.md).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@remote_store_options
def build(inputs: tuple[Path, ...], out: Path | None, store_path: str, no_store: bool, lang: str | None,
          no_validate: bool, strict: bool, max_chars: int, min_confidence: float, reports_dir: Path | None,
          workers: int | None, executor: str, cluster: str | None, quiet: bool, user: str | None,
          password: str | None, update_endpoint: str | None, gsp_endpoint: str | None, auth: str | None,
          timeout: float) -> None:
    """Extract entities and facts from INPUTS into RDF: .txt files, saved web pages (.html, .htm),
    WARC archives (.warc, .warc.gz), JSON Lines (.jsonl: id, text, optional lang, title, url,
    published) and folders of them (recursive; symbolic links inside are not followed).

    Each document becomes one named graph, validated against ontology/shapes.ttl before it
    is stored. Facts that break a shape are dropped (listed in a report), the rest stored;
    --strict rejects such documents whole. Unreadable inputs and documents that fail are
    reported with file, line and code and skipped; the run goes on (exit 1). Re-running the
    same input leaves the store unchanged. The store, --out and the reports folder are
    checked before anything is extracted (exit 2 if unusable). If a remote --store fails
    mid-run, --out is still written and the command exits 2.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from kg import language
    from kg.builder import StoreFailed, explain_store_error, plan_size
    from kg.builder import build as run_build
    from kg.ingest import Notice, Problem

    if no_store and out is None:
        raise click.UsageError("--no-store needs --out, or there is nothing to keep")
    if out is not None and out.suffix not in {".trig", ".nq", ".ttl", ".jsonld"}:
        raise click.UsageError(f"--out {out}: use a .trig, .nq, .ttl or .jsonld file name")
    if lang:
        language.normalise(lang)  # a bad --lang stops the command before anything is opened
    shown_store = redact_urls(str(store_path))
    store = None
    if not no_store:
        store = open_cli_store(store_path, _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout))
        _check_reachable(store)
    total = plan_size(inputs)
    progress = Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                        _RateColumn(), TimeRemainingColumn(), TextColumn("{task.description}"), console=err,
                        disable=quiet or not err.is_terminal, transient=True)

    def on_item(item) -> None:
        """Report a skipped input or a warning; advance the bar once per document (or input that was skipped)."""
        if isinstance(item, Problem):
            err.print(f"[yellow]skipped[/] {escape(str(item))}", highlight=False)
            if _debug["on"] and item.detail:
                err.print(item.detail, highlight=False, markup=False, end="")
        elif isinstance(item, Notice):
            err.print(f"[yellow]warning[/] {escape(str(item))}", highlight=False)
            return
        done = progress.tasks[0].completed + 1
        progress.update(task, completed=done, total=max(total, done), description=escape(_source_file(item.source)))

    pool = _executor(executor, cluster, workers)
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if on_main_thread else None  # stop workers, drop .part
    try:
        with progress:
            task = progress.add_task("", total=total)
            summary = run_build(inputs, lang=lang, out=out, store=store, reports_dir=reports_dir,
                                validate_graphs=not no_validate, strict=strict, max_chars=max_chars,
                                min_confidence=min_confidence, on_document=on_item, workers=workers,
                                executor=pool)
    except StoreFailed as failed:
        if failed.out is not None:
            err.print(f"wrote {escape(str(failed.out))} (the store failed)", highlight=False)
        raise failed.error from None
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
        if pool is not None:
            pool.close()
        if store is not None:
            try:
                store.close()
            except KGError as exc:  # e.g. the final flush of an embedded store on a full or read-only disk
                explain_store_error(exc)
                raise
    extra = f" · [bold]{summary.surrogates_replaced}[/] lone surrogates replaced" if summary.surrogates_replaced else ""
    extra += f" · [bold]{summary.warnings}[/] warnings" if summary.warnings else ""
    err.print(
        f"[bold]{summary.documents}[/] documents · [bold]{summary.entities}[/] entities · "
        f"[bold]{summary.facts}[/] facts · [bold]{summary.triples}[/] triples · "
        f"[bold]{len(summary.rejected)}[/] rejected · [bold]{len(summary.skipped)}[/] skipped · "
        f"[bold]{summary.facts_dropped}[/] facts dropped{extra}",
        highlight=False,
    )
    for rejected in summary.rejected:
        err.print(f"[red]rejected[/] {escape(rejected.source)}: [{rejected.code}] {escape(rejected.reason)}; "
                  f"report: {escape(str(rejected.report))}", highlight=False)
    if summary.rejected.more:
        err.print(f"[red]rejected[/] … and {summary.rejected.more} more (each has a report in the reports folder)",
                  highlight=False)
    for kept in summary.quarantined:
        err.print(f"[yellow]quarantined[/] {escape(kept.source)}: [W103] {kept.facts} facts dropped, the rest "
                  f"stored; report: {escape(str(kept.report))}", highlight=False)
    if summary.quarantined.more:
        err.print(f"[yellow]quarantined[/] … and {summary.quarantined.more} more (each has a report in the reports "
                  f"folder)", highlight=False)
    if out is not None:
        err.print(f"wrote {escape(str(out))}", highlight=False)
    if store is not None:
        err.print(f"stored in {escape(shown_store)}", highlight=False)
    sys.exit(EXIT_OK if summary.ok else EXIT_PARTIAL)


def _executor(kind: str, cluster: str | None, workers: int | None):
    """The Dask executor for --cluster / --executor dask (``None``: local processes, chosen by the build)."""
    if cluster is None and kind != "dask":
        return None
    from kg.cluster import DaskExecutor

    return DaskExecutor(cluster, workers=workers or 2)


def _check_reachable(store) -> None:
    """A remote store must answer before the build extracts anything (an embedded one was opened already)."""
    from kg.store import EmbeddedStore

    if not isinstance(store, EmbeddedStore):
        try:
            store.query("ASK { }")
        except KGError:
            store.close()
            raise


class _RateColumn(ProgressColumn):
    """Documents per second, averaged over the last half minute (blank until the first one is done)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} docs/s")


def _source_file(source: str) -> str:
    """ "data/a.jsonl:12" → "data/a.jsonl": documents of one JSON Lines file share a file."""
    head, sep, tail = source.rpartition(":")
    return head if sep and tail.isdigit() else source


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(file: Path) -> None:
    """Validate an RDF FILE (.trig, .nq, .ttl, .jsonld) against the ontology and SHACL shapes.

    Exit codes follow pySHACL: 0 conforms, 1 does not conform (the report is printed),
    2 the file could not be read or validated.
    """
    from kg.validate import validate_file

    report = validate_file(file)
    if report.conforms:
        out.print(f"{file}: conforms", highlight=False)
        sys.exit(EXIT_OK)
    out.print(report.text, highlight=False, markup=False)
    sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@click.option("--graph", metavar="IRI",
              help="Named graph for a file of triples (.ttl, .nt); default: …/id/graph/loaded/FILE-NAME.")
@remote_store_options
def load(files: tuple[Path, ...], store_path: str, graph: str | None, user: str | None, password: str | None,
         update_endpoint: str | None, gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Load RDF FILES (.trig, .nq, .ttl, .nt, .jsonld) into the store with Oxigraph's bulk loader.

    Named graphs are kept (and replaced if present). A file of triples (.ttl, .nt) has no
    graphs: it goes into a named graph of its own, named after the file (or --graph), which
    loading it again replaces; the shipped queries read it like a document's graph. A remote
    store gets the file through its Graph Store endpoint, else SPARQL Update.
    """
    import time

    from kg.store.base import QUAD_SUFFIXES, graph_name, loaded_graph

    if graph is not None:
        graph_name(graph)  # a bad IRI stops the command before anything is loaded
    with open_cli_store(store_path, _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)) as store:
        for file in files:
            start = time.perf_counter()
            count = store.load_file(file, graph=graph)
            seconds = time.perf_counter() - start
            where = "" if file.suffix.lower() in QUAD_SUFFIXES else f" into graph <{graph or loaded_graph(file)}>"
            err.print(f"loaded {escape(str(file))}: {count} quads{escape(where)} in {seconds:.1f}s", highlight=False)


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
    remote = _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)
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


@main.command()
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@remote_store_options
def stats(store_path: str, user: str | None, password: str | None, update_endpoint: str | None,
          gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Count what the store holds: triples, documents, entities by type, facts by kind."""
    remote = _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote, read_only=True) as store:
        counts = store.stats()
    width = max(len(str(k)) for k in counts) if counts else 0
    for key, value in counts.items():
        if isinstance(value, dict):
            out.print(f"{key}:", highlight=False)
            for sub, n in value.items():
                out.print(f"  {sub:<{width}} {n}", highlight=False)
        else:
            out.print(f"{key:<{width}} {value}", highlight=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"]),
              help="turtle merges all graphs; trig, nquads and jsonld keep them; graphml, gexf and csv are the "
                   "network of who did what to whom (Gephi, NetworkX). Default: from --out's suffix, else trig.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout); .trig .nq .ttl .jsonld .graphml .gexf .csv name the format. "
                   "CSV writes the edges there and the nodes to NAME.nodes.csv.")
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@remote_store_options
def export(fmt: str | None, out: Path | None, store_path: str, user: str | None, password: str | None,
           update_endpoint: str | None, gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Write the whole store out as RDF (streamed), or its network for analysts (GraphML, GEXF, CSV)."""
    from kg.export import NETWORK_FORMATS, export_format, to_networkx, write_network

    fmt = export_format(fmt, out)
    remote = _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    read_only = not str(store_path).startswith(("http://", "https://"))
    with open_cli_store(store_path, remote, read_only=read_only) as store:
        try:
            if fmt in NETWORK_FORMATS:
                graph = to_networkx(store)
                written = write_network(graph, fmt, out if out is not None else sys.stdout.buffer)
                sys.stdout.buffer.flush()
                for path in written:
                    err.print(f"wrote {escape(str(path))} ({graph.number_of_nodes()} nodes, "
                              f"{graph.number_of_edges()} edges)", highlight=False)
            elif out is None:
                store.export(sys.stdout.buffer, fmt)
                sys.stdout.buffer.flush()
            else:
                out.parent.mkdir(parents=True, exist_ok=True)
                store.export(out, fmt)
                err.print(f"wrote {escape(str(out))}", highlight=False)
        except OSError as error:  # a full disk, a folder in the way (a closed pipe ends the command quietly)
            raise OutputError(f"cannot write {out or 'stdout'}: {error.strerror or error}") from error


@main.command()
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port (0: any free one).")
@click.option("--bind", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--writable", is_flag=True, help="Accept SPARQL Update at /update (embedded stores; default: read-only).")
@click.option("--log", "log_requests", is_flag=True, help="Log one line per request on stderr.")
@click.option("--allow-service", "allowed_services", multiple=True, metavar="URL",
              help="Let clients' queries reach this SERVICE endpoint (repeatable). Default: none — a query with "
                   "SERVICE is refused, so the server never fetches a URL a client chose.")
@remote_store_options
def serve(store_path: str, port: int, bind: str, writable: bool, log_requests: bool,
          allowed_services: tuple[str, ...], user: str | None, password: str | None, update_endpoint: str | None,
          gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Serve the explorer (search, entity pages, network, timeline, SPARQL editor) and a SPARQL endpoint.

    \b
    Open the printed URL in a browser. The SPARQL 1.1 Protocol endpoint is /query (GET or POST;
    JSON, XML, CSV or TSV results as the client asks). --store may be a directory or a remote
    SPARQL endpoint URL: every page reads through SPARQL. Read-only unless --writable.
    Ctrl-C or SIGTERM stops the server.
    """
    from kg.explore.server import serve as serve_explorer

    say = lambda message: err.print(message, highlight=False, markup=False, soft_wrap=True)  # noqa: E731
    remote = _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote, read_only=not writable) as store:
        sys.exit(serve_explorer(store, host=bind, port=port, writable=writable, label=redact_urls(str(store_path)),
                                say=say, log=say if log_requests else None, allowed_services=allowed_services))


@main.command()
@click.option("--endpoint", default="https://query.wikidata.org/sparql", show_default=True,
              help="Wikidata SPARQL endpoint to look entities up in.")
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@click.option("--report", "show_report", is_flag=True,
              help="List linked, ambiguous (with candidates and scores) and unlinked entities.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Format of --report.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path(".kg/wikidata-cache"), show_default=True,
              help="Where endpoint answers are kept; a second run asks the endpoint nothing it asked before.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option("--lang", "langs", multiple=True,
              help="Language of the labels to look up (repeatable); default: each document's language and en.")
@click.option("--batch-size", type=click.IntRange(1, 200), default=20, show_default=True, help="Names per query.")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
              help="Retries of a query after a timeout, 429 or 5xx (exponential backoff, Retry-After honoured).")
@click.option("--endpoint-timeout", type=click.FloatRange(0.1, 600), default=65.0, show_default=True,
              help="Seconds to wait for the endpoint's answer to one query. An endpoint that answers none of "
                   "the attempts of one query is given up: the command ends within this × (--retries + 1).")
@click.option("--dry-run", is_flag=True, help="Decide and report, but write nothing to the store.")
@remote_store_options
def link(endpoint: str, store_path: str, show_report: bool, fmt: str, cache_dir: Path, no_cache: bool,
         langs: tuple[str, ...], batch_size: int, retries: int, endpoint_timeout: float, dry_run: bool,
         user: str | None, password: str | None, update_endpoint: str | None, gsp_endpoint: str | None,
         auth: str | None, timeout: float) -> None:
    """Link entities without a Wikidata link by asking a SPARQL endpoint (see docs/linking.md).

    Candidates come by label and alias in the document's language and English, typed
    through P31/P279*; a link is written (owl:sameAs, kg:linkedBy "wikidata-sparql") into
    the entity's document graphs only when one candidate clearly wins, and nodes that
    get the same QID are merged. Every rewritten graph is validated against the shapes
    first; a link that would make it fail is not written (reported as a conflict).
    Exit 0 when every look-up was answered, 1 when some batches failed (their entities
    are skipped), 2 when nothing could be looked up.
    """
    from kg import link as linking
    from kg.errors import LanguageError
    from kg.sparql import is_language_tag

    langs = tuple(part.strip() for value in langs for part in value.split(",") if part.strip())
    for lang in langs:
        if not is_language_tag(lang):
            raise LanguageError(f"--lang {lang!r} is not a language tag", hint="Give --lang like en or id.")
    client = _link_client(endpoint, endpoint_timeout, retries)
    remote = _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote) as store:
        err.print(f"asking {escape(endpoint)} about the unlinked entities: each query waits up to "
                  f"{endpoint_timeout:g} s for an answer, {retries} {'retry' if retries == 1 else 'retries'}",
                  highlight=False)
        run = linking.link_store(store, endpoint=endpoint, cache_dir=None if no_cache else cache_dir,
                                  langs=langs or None, client=client, batch_size=batch_size, dry_run=dry_run)
    if show_report:
        out.print(linking.format_report(run, fmt), highlight=False, markup=False, soft_wrap=True)
    err.print(
        f"[bold]{len(run.decisions)}[/] unlinked entities looked up · [bold]{run.count('linked')}[/] linked · "
        f"[bold]{run.count('ambiguous')}[/] ambiguous · [bold]{run.count('conflict')}[/] conflicts · "
        f"[bold]{run.count('unlinked')}[/] unlinked · [bold]{run.count('skipped')}[/] skipped · "
        f"{run.requests} requests in {run.batches} batches, {run.cache_hits} names from the cache"
        + (" · dry run, nothing written" if dry_run else f" · {run.graphs_written} graphs written"),
        highlight=False,
    )
    for rejected in run.rejected:
        err.print(f"[red]not written[/] {rejected.graph} with {', '.join(rejected.qids)}: it would not conform "
                  f"({rejected.violations[0] if rejected.violations else 'see kg validate'})", highlight=False)
    if not run.ok:
        err.print(f"[yellow]partial[/] {run.failed_batches} batch(es) got no answer: "
                  f"{run.errors[0] if run.errors else 'not sent'}", highlight=False)
    sys.exit(EXIT_OK if run.ok else EXIT_PARTIAL)


def _link_client(endpoint: str, timeout: float, retries: int):
    """The Wikidata client of ``kg link``: it says when it waits, and gives up on a silent endpoint.

    Before each retry it prints what happened and how long it waits. When every attempt of one
    query went unanswered within ``timeout``, the endpoint is taken as down for the rest of the run:
    the next queries fail at once, so the command ends within ``timeout`` × attempts (plus the
    waits between them) instead of that again for every batch.
    """
    import time
    import urllib.error

    from kg import link as linking

    attempts = retries + 1

    class WaitingClient(linking.Client):
        def __init__(self) -> None:
            super().__init__(endpoint, timeout=timeout, retries=retries, sleep=self._pause)
            self.silent: str | None = None
            self._timeouts = 0
            self._first = 0

        def _send(self, query: str):
            try:
                return super()._send(query)
            except (urllib.error.URLError, OSError) as exc:
                reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
                if isinstance(reason, TimeoutError):
                    self._timeouts += 1
                raise

        def _pause(self, seconds: float) -> None:
            attempt = self.requests - self._first
            what = f"no answer within {timeout:g} s" if self._timeouts == attempt else "no usable answer"
            err.print(f"{escape(endpoint)}: {what} (attempt {attempt} of {attempts}); asking again in {seconds:g} s",
                      highlight=False)
            time.sleep(seconds)

        def select(self, query: str):
            if self.silent is not None:
                raise linking.EndpointUnavailable(self.silent)
            self._timeouts, self._first = 0, self.requests
            try:
                return super().select(query)
            except linking.EndpointError:
                sent = self.requests - self._first
                if sent and self._timeouts == sent:
                    self.silent = (f"{endpoint} answered none of {sent} attempt(s) within {timeout:g} s; "
                                   "not asked again in this run")
                    err.print(f"[yellow]giving up[/] on {escape(endpoint)}: {sent} attempt(s) got no answer "
                              f"within {timeout:g} s", highlight=False)
                raise

    return WaitingClient()


@main.command()
@click.option("--source", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("../shared/data/wikidata"), show_default=True,
              help="Folder with countries.tsv, places.tsv, organizations.tsv, people.tsv.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("data/gazetteer"),
              show_default=True, help="Where the built gazetteer goes (commit it).")
def gazetteer(source: Path, out_dir: Path) -> None:
    """Build the gazetteer (data/gazetteer/) from the verified Wikidata tables and our lexicons."""
    from kg import gazetteer as gaz

    report = gaz.build(source, out_dir)
    err.print(str(report), highlight=False)


if __name__ == "__main__":
    main()
