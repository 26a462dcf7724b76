"""``kg build``: extract, validate and store, with a progress bar and a summary."""

from __future__ import annotations

import gc
import importlib
import signal
import sys
import threading
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import ProgressColumn, Task
from rich.text import Text

from kg import language
from kg.cli.app import EXIT_OK, EXIT_PARTIAL, debugging, err, main, terminate
from kg.cli.options import DEFAULT_STORE, STORE_HELP, open_cli_store, remote_settings, remote_store_options
from kg.cli.startup import build_imports_deferred, registry_entry_points_indexed
from kg.errors import KGError, redact_urls


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

    _import_settled("kg.builder", click.get_current_context())
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
        remote = remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout)
        store = open_cli_store(store_path, remote)
        _check_reachable(store)
    total = plan_size(inputs)
    progress = Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                        _RateColumn(), TimeRemainingColumn(), TextColumn("{task.description}"), console=err,
                        disable=quiet or not err.is_terminal, transient=True)

    def on_item(item) -> None:
        """Report a skipped input or a warning; advance the bar once per document (or input that was skipped)."""
        if isinstance(item, Problem):
            err.print(f"[yellow]skipped[/] {escape(str(item))}", highlight=False)
            if debugging() and item.detail:
                err.print(item.detail, highlight=False, markup=False, end="")
        elif isinstance(item, Notice):
            err.print(f"[yellow]warning[/] {escape(str(item))}", highlight=False)
            return
        done = progress.tasks[0].completed + 1
        progress.update(task, completed=done, total=max(total, done), description=escape(_source_file(item.source)))

    pool = _executor(executor, cluster, workers)
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, terminate) if on_main_thread else None  # stop workers, drop .part
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


def _import_settled(module: str, ctx: click.Context) -> None:
    """Import ``module`` (for a build: spaCy, thinc, numpy, rdflib, pySHACL and our pipeline, ~0.8 s of CPU) with
    the garbage collector paused, then freeze what exists: modules, classes and functions that live as long as the
    process.

    While they are imported the collector would run hundreds of times and traverse them again at each full
    collection, and every full collection after (the warm-up's, each worker's) would once more: measured 0.12–0.15 s
    of CPU less before the first document (``scripts/bench_startup.py``), serial before the workers fork. What the
    warm-up builds is frozen the same way later (:func:`kg.builder._settle`). When the command ends (``ctx``
    closes) the objects go back to the collector, unless someone had frozen objects before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        with build_imports_deferred():  # spaCy's own command line and rdflib's SPARQL grammar: not needed
            importlib.import_module(module)
        registry_entry_points_indexed()
    finally:
        if enabled:
            gc.enable()
    if not gc.get_freeze_count():
        ctx.call_on_close(gc.unfreeze)
    gc.freeze()


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
