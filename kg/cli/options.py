"""Options shared by the commands that open a store: where it is and how to reach a remote one."""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_STORE = Path(".kg/store")
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


def remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout) -> dict:
    """The remote options of a command as keyword arguments of :func:`kg.store.open_store`."""
    return {"user": user, "password": password, "update_endpoint": update_endpoint, "gsp_endpoint": gsp_endpoint,
            "auth": auth, "timeout": timeout}
