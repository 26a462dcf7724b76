"""``kg serve``: the explorer and the SPARQL endpoint in a browser."""

from __future__ import annotations

import sys

import click

from kg.cli.app import err, main
from kg.cli.options import DEFAULT_STORE, STORE_HELP, open_cli_store, remote_settings, remote_store_options
from kg.errors import redact_urls


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
    remote = remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote, read_only=not writable) as store:
        sys.exit(serve_explorer(store, host=bind, port=port, writable=writable, label=redact_urls(str(store_path)),
                                say=say, log=say if log_requests else None, allowed_services=allowed_services))
