"""The ``kg`` command line: build, validate, load, query, stats, export, serve, link, gazetteer.

Exit codes (documented in the README and in ``kg --help``):
  0  everything worked (for ``kg validate``: the graph conforms)
  1  the run finished, but something was skipped, rejected or quarantined (bad input, a
     document that failed, a graph that failed validation, facts dropped; for
     ``kg validate``: the graph does not conform)
  2  an error stopped the command (bad usage, missing resource, store unreachable, output
     unwritable, a query error); checked before a build extracts anything

Every error prints one line with a code (``[E050]``) and a hint; a traceback only with
``kg --debug``. Everything printed passes through :func:`kg.errors.redact_urls`, so no
``user:password@`` of a store URL ever reaches the terminal or a log.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import traceback
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.markup import escape

from kg import language
from kg.errors import KGError, OutputError, redact_urls

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130
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


class KGGroup(click.Group):
    """Turns any error into one clear message with a code and exit code 2 (a traceback only with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise  # click's own: usage errors exit 2 with click's message
        except KGError as exc:
            _print_traceback(exc)
            err.print(f"[bold red]error[/] {escape(str(exc))}", highlight=False)
            sys.exit(EXIT_ERROR)
        except Terminated:
            err.print("[bold red]terminated[/]: the store holds every document stored so far; re-running is safe",
                      highlight=False)
            sys.exit(EXIT_TERMINATED)
        except KeyboardInterrupt:
            err.print("[bold red]interrupted[/]: the store holds every document stored so far; re-running is safe",
                      highlight=False)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:  # a bug: still one message, a code and a hint, not a traceback
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
          no_validate: bool, strict: bool, max_chars: int, reports_dir: Path | None, workers: int | None,
          executor: str, cluster: str | None, quiet: bool, user: str | None, password: str | None,
          update_endpoint: str | None, gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
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
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
                        TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
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
                                on_document=on_item, workers=workers, executor=pool)
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
@remote_store_options
def load(files: tuple[Path, ...], store_path: str, user: str | None, password: str | None,
         update_endpoint: str | None, gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Load RDF FILES (.trig, .nq, .ttl, .nt, .jsonld) into the store with Oxigraph's bulk loader.

    Named graphs are kept (and replaced if present); a .ttl or .nt file goes to the default
    graph. A remote store gets the file through its Graph Store endpoint, else SPARQL Update.
    """
    import time

    with open_cli_store(store_path, _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)) as store:
        for file in files:
            start = time.perf_counter()
            count = store.load_file(file)
            seconds = time.perf_counter() - start
            err.print(f"loaded {file}: {count} quads in {seconds:.1f}s", highlight=False)


@main.command()
@click.argument("query", required=False)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter (repeatable), e.g. --param name=Putin.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@click.option("--list", "list_only", is_flag=True, help="List the shipped queries and their parameters.")
@click.option("--allow-service", "allowed_services", multiple=True, metavar="URL",
              help="Let the query fetch from this SERVICE endpoint (repeatable). Default: no SERVICE is allowed.")
@remote_store_options
def query(query: str | None, params: tuple[str, ...], fmt: str, store_path: str, list_only: bool,
          allowed_services: tuple[str, ...], user: str | None, password: str | None, update_endpoint: str | None,
          gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Run QUERY: the name of a shipped query (queries/NAME.rq) or a path to a .rq file.

    A query that names a SERVICE endpoint (a federated query: the store would fetch from that
    URL) is refused unless the endpoint is given with --allow-service.
    """
    from kg import queries, service_policy

    if list_only or query is None:
        for info in queries.list_queries():
            extra = "  params: " + ", ".join(info.params) if info.params else ""
            out.print(f"[bold]{info.name}[/]  {info.question}{extra}", highlight=False)
        sys.exit(EXIT_OK)
    bound: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--param {item!r}: expected NAME=VALUE")
        bound[name.strip()] = value
    text = queries.load_query(query, bound)
    service_policy.check(text, allowed_services)
    remote = _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote, read_only=True) as store:
        result = store.query(text)
    out.print(queries.format_result(result, fmt), highlight=False, markup=False, soft_wrap=True)


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
    if read_only and not Path(store_path).is_dir():
        raise KGError(f"no store at {store_path}", hint="Build one first with `kg build`, or give --store.")
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
        except OSError as error:  # a full disk, a closed pipe, a folder in the way
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
              help="Seconds to wait for the endpoint's answer to one query.")
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

    langs = tuple(part.strip() for value in langs for part in value.split(",") if part.strip())
    client = linking.Client(endpoint, timeout=endpoint_timeout, retries=retries)
    remote = _remote(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote) as store:
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
