"""A private Virtuoso Open Source 7 server in a folder, for tests and benchmarks of remote stores.

Virtuoso is one of the SPARQL 1.1 stores newskg writes to (``--store http://…/sparql``, updates
through ``/sparql-auth`` with digest authentication as ``dba``). This starts ``virtuoso-t`` with
an ini file in its own folder, both ports bound to 127.0.0.1, and waits until SPARQL answers;
Debian's ``virtuoso-opensource-7-bin`` provides the binary (``make services`` installs it).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from types import TracebackType

from kg.errors import StoreError

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
CheckpointInterval = 60
DirsAllowed = ., {d}
MaxQueryMem = {query_mem}

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 8
ServerThreads = 8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = {max_seconds}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class VirtuosoServer:
    """``virtuoso-t`` in ``folder``; ``url`` is its SPARQL endpoint. Use as a context manager.

    ``buffers`` sizes the page cache (8 KB pages): the default suits tests; a benchmark of a
    million triples wants about 170,000.
    """

    def __init__(self, folder: Path, *, buffers: int = 20_000, query_mem: str = "200M",
                 max_seconds: int = 120, start_timeout: float = 90.0) -> None:
        self.folder = Path(folder)
        self.http = free_port()
        self.isql = free_port()
        self.buffers = buffers
        self.query_mem = query_mem
        self.max_seconds = max_seconds
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http}/sparql"

    def start(self) -> VirtuosoServer:
        binary = shutil.which("virtuoso-t")
        if binary is None:
            raise StoreError("Virtuoso is not installed (virtuoso-t is not on PATH)",
                             hint="Run `make services` as root (it installs virtuoso-opensource-7-bin).")
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(INI.format(d=self.folder, isql=self.isql, http=self.http, buffers=self.buffers,
                                  dirty=self.buffers * 3 // 4, query_mem=self.query_mem,
                                  max_seconds=self.max_seconds), encoding="utf-8")
        log = (self.folder / "stdout.log").open("wb")
        self.process = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=self.folder,
                                        stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = (self.folder / "stdout.log").read_text(errors="replace")[-300:]
                raise StoreError(f"Virtuoso exited at start-up: {tail}")
            try:
                with urllib.request.urlopen(f"{self.url}?query=ASK%7B%7D", timeout=2):
                    return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise StoreError(f"Virtuoso did not answer on HTTP within {self.start_timeout:.0f} s "
                         f"(log: {self.folder / 'virtuoso.log'})")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> VirtuosoServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
