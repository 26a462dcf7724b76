"""``kg serve``: Oxigraph's own server (``oxigraph serve``) on a store directory, as a managed process."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import StoreError

__all__ = ["OxigraphServer", "oxigraph_binary", "serve_store"]

def oxigraph_binary() -> str | None:
    """The ``oxigraph`` CLI (pip package ``oxigraph``): beside this Python first, then on PATH."""
    import shutil
    import sys

    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    return shutil.which("oxigraph")


class OxigraphServer:
    """``oxigraph serve`` (or ``serve-read-only``) on a store directory, as a context manager.

    Starting waits until the port answers, so the caller can query at once; a server
    that exits during start-up (the directory is locked by another process, the port
    is taken) becomes a :class:`StoreError` that quotes Oxigraph's reason.
    """

    def __init__(self, path: Path | str | None, *, port: int, bind: str = "127.0.0.1", writable: bool = False,
                 startup_timeout: float = 20.0) -> None:
        self.path = Path(path) if path is not None else None
        self.port = port
        self.bind = bind
        self.writable = writable
        self.startup_timeout = startup_timeout
        self.process: Any = None
        self._log: Any = None

    @property
    def url(self) -> str:
        host = f"[{self.bind}]" if ":" in self.bind else self.bind
        return f"http://{host}:{self.port}"

    def start(self) -> OxigraphServer:
        import socket
        import subprocess
        import tempfile

        binary = oxigraph_binary()
        if binary is None:
            raise StoreError("the oxigraph server is not installed",
                             hint="pip install oxigraph (it is in the project's [test] extra).")
        if self.path is not None and not self.writable and not self.path.is_dir():
            raise StoreError(f"no store at {self.path}", hint="Build one with `kg build`, or pass --writable.")
        command = [binary, "serve" if self.writable else "serve-read-only", "--bind", f"{self.bind}:{self.port}"]
        if self.path is not None:
            command += ["--location", str(self.path)]
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 -- lives as long as the server process
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._log.seek(0)
                reason = " ".join(self._log.read().decode("utf-8", "replace").split())[-500:]
                self.process = None
                if "lock" in reason.lower():
                    raise StoreError(
                        f"cannot serve {self.path}: another process has the store open, and Oxigraph allows only "
                        f"one process per directory ({reason})",
                        hint="Stop the other `kg` command or server first, or serve a copy of the directory.")
                if "in use" in reason.lower():
                    raise StoreError(f"cannot serve on {self.bind}:{self.port}: the port is taken ({reason})",
                                     hint="Give another --port.")
                raise StoreError(f"oxigraph serve exited at start-up: {reason}")
            try:
                with socket.create_connection((self.bind, self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise StoreError(f"oxigraph serve did not answer on {self.bind}:{self.port} in {self.startup_timeout:g}s")

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after 10 s) and wait for it."""
        import subprocess

        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_store(path: Path | str, *, port: int = 7878, bind: str = "127.0.0.1", writable: bool = False,
                say: Callable[[str], None] = print) -> int:
    """``kg serve``: run Oxigraph's server on the store until Ctrl-C; returns the exit code (0 on Ctrl-C)."""
    server = OxigraphServer(path, port=port, bind=bind, writable=writable)
    server.start()
    mode = "read-write" if writable else "read-only"
    say(f"serving {path} ({mode}) at {server.url}/  — SPARQL query endpoint {server.url}/query"
        + (f", update {server.url}/update, graph store {server.url}/store" if writable else "")
        + "; Ctrl-C stops")
    try:
        assert server.process is not None
        code = server.process.wait()
        return 0 if code == 0 else 2
    except KeyboardInterrupt:
        say("stopping")
        return 0
    finally:
        server.stop()
