"""Serving the explorer: a WSGI server (stdlib ``wsgiref``) whose requests run in a thread pool.

:func:`serve` runs in the foreground until Ctrl-C or SIGTERM and stops cleanly either way (the
socket is closed, requests in flight finish, the store is closed by the caller).
:class:`ExplorerServer` runs the same server in a background thread, for tests, benchmarks and
notebooks.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from kg.errors import ServeError
from kg.explore.app import ExplorerApp
from kg.store import Store

__all__ = ["ExplorerServer", "ServeError", "serve"]


class _PooledServer(WSGIServer):
    """wsgiref's server with each request handled by a bounded pool of threads.

    Closing it stops reading from every open connection (a client that connected and sent nothing,
    or is sending slowly, gets end-of-file), lets the requests being answered finish, and waits for
    the pool: nothing is left running. Without that, one idle connection kept a worker blocked in a
    read forever and `kg serve` never exited on Ctrl-C or SIGTERM.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], workers: int) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-explore")
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _QuietHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        self._pool.submit(self._handle, request, client_address)

    def _handle(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)
            self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:  # readers get end-of-file; answers being written still go out
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RD)
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._open_lock:
            for connection in self._open:  # requests that were queued, never started
                with contextlib.suppress(OSError):
                    connection.close()
            self._open.clear()


class _QuietHandler(WSGIRequestHandler):
    """Logs one line per request through the server's ``log`` callback (none: silent).

    A client that sends nothing for :attr:`timeout` seconds is dropped, so idle connections cannot
    hold every worker of the pool.
    """

    timeout = 60

    def log_message(self, format: str, *args: Any) -> None:
        log = getattr(self.server, "log", None)
        if log is not None:
            log(f"{self.address_string()} {format % args}")


def _bind(app: ExplorerApp, host: str, port: int, workers: int, log: Callable[[str], None] | None) -> _PooledServer:
    try:
        server = _PooledServer((host, port), workers)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    server.set_app(app)
    server.log = log  # type: ignore[attr-defined]
    return server


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _Stop(Exception):
    """Raised by the SIGTERM handler to leave serve_forever the way Ctrl-C does."""


def serve(store: Store, *, host: str = "127.0.0.1", port: int = 7878, writable: bool = False, label: str = "",
          workers: int = 8, say: Callable[[str], None] = print, log: Callable[[str], None] | None = None,
          allowed_services: Sequence[str] = ()) -> int:
    """Serve the explorer and the SPARQL endpoint on ``store`` until Ctrl-C or SIGTERM; returns exit code 0.

    ``say`` gets the start and stop messages, ``log`` one line per request (None: quiet).
    The caller closes the store afterwards. ``allowed_services``: the SERVICE endpoints clients' queries
    may reach (none by default; :mod:`kg.service_policy`).
    """
    app = ExplorerApp(store, writable=writable, label=label, log=say, allowed_services=allowed_services)
    server = _bind(app, host, port, workers, log)
    url = _url(host, server.server_address[1])
    mode = "read-write" if writable else "read-only"
    say(f"serving {label or repr(store)} ({mode}) at {url}/ — explorer {url}/, SPARQL endpoint {url}/query"
        + (f", update {url}/update" if writable else "") + "; Ctrl-C stops")

    def on_sigterm(signum: int, frame: Any) -> None:
        raise _Stop

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        server.serve_forever(poll_interval=0.5)
    except (KeyboardInterrupt, _Stop):
        say("stopping")
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
    return 0


class ExplorerServer:
    """The explorer in a background thread: ``with ExplorerServer(store) as server: server.url``.

    ``port=0`` picks a free port. Stopping waits for requests in flight.
    """

    def __init__(self, store: Store, *, host: str = "127.0.0.1", port: int = 0, writable: bool = False,
                 workers: int = 8, log: Callable[[str], None] | None = None,
                 allowed_services: Sequence[str] = ()) -> None:
        self.app = ExplorerApp(store, writable=writable, log=log, allowed_services=allowed_services)
        self._server = _bind(self.app, host, port, workers, log)
        self.url = _url(host, self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="kg-explore-server", daemon=True)

    def __enter__(self) -> ExplorerServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()
