"""No URL with user info is ever printed: every output of builds and queries against a password-bearing URL.

A real `oxigraph serve` on 127.0.0.1 is the store; its URL carries `user:password@`. Every byte any command
prints (success messages, progress bar, skipped inputs, --debug tracebacks and logs, the error when the
store dies) and every file the build writes is searched for the password, in clear and in Basic-auth form.
"""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.virtuoso import free_port

from kg.errors import redact_urls
from kg.store import OxigraphServer, oxigraph_binary

USER, SECRET = "alice", "s3cr3t-Pa55-w0rd"
FORBIDDEN = (SECRET, base64.b64encode(f"{USER}:{SECRET}".encode()).decode(), f"{USER}:{SECRET}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[OxigraphServer]:
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph CLI is not installed")
    with OxigraphServer(tmp_path / "served", port=free_port(), writable=True) as running:
        yield running


def kg(*args: str, cwd: Path, env: dict | None = None) -> str:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})})
    return f"[exit {proc.returncode}]\n{proc.stdout}\n{proc.stderr}"


def test_redact_urls_removes_user_info_wherever_it_is() -> None:
    text = (f"stored in http://{USER}:{SECRET}@host:7878/query; see https://{USER}@example.org/x?y=1 "
            f"and 'ftp://a:b@c/' or http://h/p@not-userinfo")
    assert redact_urls(text) == ("stored in http://host:7878/query; see https://example.org/x?y=1 "
                                 "and 'ftp://c/' or http://h/p@not-userinfo")


def test_no_output_of_a_build_against_a_password_url_shows_the_password(tmp_path: Path,
                                                                        server: OxigraphServer) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("President Joko Widodo visited Tokyo on Monday.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")  # a skipped input: its message goes through the same printer
    url = f"http://{USER}:{SECRET}@127.0.0.1:{server.port}/query"
    outputs = [
        kg("build", "in", "--store", url, "--out", "out/a.nq", cwd=tmp_path),
        # --debug (library logs) with the progress bar drawn as on a terminal
        kg("--debug", "build", "in", "--store", url, "--out", "out/b.trig", cwd=tmp_path, env={"FORCE_COLOR": "1"}),
        kg("--debug", "query", "leaders", "--store", url, cwd=tmp_path),
        kg("--debug", "query", "no-such-query", "--store", url, cwd=tmp_path),  # an error path
    ]
    assert "stored in http://127.0.0.1:" in outputs[0]  # the store is named, without its user info
    assert "[exit 1]" in outputs[0] and "[E104]" in outputs[0]
    os.kill(server.process.pid, signal.SIGKILL)  # the store dies: the error messages, with --debug
    outputs.append(kg("--debug", "build", "in", "--store", url, "--timeout", "2", cwd=tmp_path))
    assert "[exit 2]" in outputs[-1] and "cannot reach SPARQL store at http://127.0.0.1:" in outputs[-1]
    assert "Traceback" in outputs[-1]  # --debug shows the traceback, redacted like everything else
    files = [p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.rglob("*")
             if p.is_file() and "served" not in p.parts]
    for text in [*outputs, *files]:
        for secret in FORBIDDEN:
            assert secret not in text
