"""``kg link`` (Wikidata, online) and ``kg gazetteer`` (the offline tables)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.markup import escape

from kg.cli.app import EXIT_OK, EXIT_PARTIAL, err, main, out
from kg.cli.options import DEFAULT_STORE, STORE_HELP, open_cli_store, remote_settings, remote_store_options


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
    remote = remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout)
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
