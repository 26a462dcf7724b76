"""The `kg` command as a user meets it in a terminal: progress, queries, serve, make run, load, link, errors, output.

Each test runs the real command (a subprocess, a pseudo-terminal where the terminal matters, a real
socket for servers and endpoints) on a store built from the bundled samples.
"""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import termios
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SAMPLE_DOCUMENTS = 6  # four text files and a JSON Lines file of two documents
COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }"


def kg(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def in_terminal(args: list[str], cwd: Path, columns: int = 200) -> tuple[int, str]:
    """Run ``args`` with stdin, stdout and stderr on a pseudo-terminal ``columns`` wide: (exit code, what it showed)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns)}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(args, cwd=cwd, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the last holder of the terminal closed it
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return process.wait(timeout=60), shown.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(work folder, store of the samples, what `kg build` showed in a terminal while building it)."""
    tmp = tmp_path_factory.mktemp("behaviour")
    store = tmp / "store"
    code, shown = in_terminal([sys.executable, "-m", "kg.cli", "build", str(SAMPLES), "--store", str(store)], tmp)
    assert code == 0, shown
    return tmp, store, shown


# -- progress -----------------------------------------------------------------------------------------------


def test_the_progress_bar_counts_documents_with_rate_and_time_left(built: tuple[Path, Path, str]) -> None:
    _, _, shown = built
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)
    # the JSON Lines file's two documents count as two: 6 documents, not 5 files
    assert f"{SAMPLE_DOCUMENTS}/{SAMPLE_DOCUMENTS} documents" in plain, plain
    assert f"/{SAMPLE_DOCUMENTS - 1} " not in plain
    assert re.search(r"\d+\.\d docs/s", plain), plain  # rate
    assert re.search(r"docs/s \d:\d\d:\d\d", plain), plain  # time left, right after the rate
    assert f"{SAMPLE_DOCUMENTS} documents ·" in plain  # the summary stays after the bar is gone


# -- kg query ----------------------------------------------------------------------------------------------


def test_query_runs_inline_text_with_e(built: tuple[Path, Path, str]) -> None:
    tmp, store, _ = built
    proc = kg("query", "-e", COUNT_GRAPHS, "--store", str(store), "--format", "csv", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert list(csv.DictReader(io.StringIO(proc.stdout))) == [{"graphs": str(SAMPLE_DOCUMENTS)}]
    both = kg("query", "leaders", "-e", COUNT_GRAPHS, "--store", str(store), cwd=tmp)
    assert both.returncode == 2 and "not both" in both.stderr


def test_query_runs_a_users_rq_file_without_a_header(built: tuple[Path, Path, str]) -> None:
    tmp, store, _ = built
    mine = tmp / "mine.rq"
    mine.write_text(COUNT_GRAPHS + "\n", encoding="utf-8")
    proc = kg("query", str(mine), "--store", str(store), "--format", "json", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [{"graphs": SAMPLE_DOCUMENTS}]


def test_a_mistyped_query_name_suggests_the_nearest(built: tuple[Path, Path, str]) -> None:
    tmp, store, _ = built
    proc = kg("query", "leaderz", "--store", str(store), cwd=tmp)
    assert proc.returncode == 2
    assert "[E060]" in proc.stderr and "did you mean leaders?" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("how", ["file", "-e"])
def test_a_read_command_refuses_an_update_and_the_store_is_unchanged(built: tuple[Path, Path, str],
                                                                     how: str) -> None:
    tmp, store, _ = built
    update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }"
    if how == "file":
        path = tmp / "update.rq"
        path.write_text("# an update saved as a query\n" + update + "\n", encoding="utf-8")
        proc = kg("query", str(path), "--store", str(store), cwd=tmp)
    else:
        proc = kg("query", "-e", update, "--store", str(store), cwd=tmp)
    assert proc.returncode == 2
    assert "[E061]" in proc.stderr and "SPARQL Update" in proc.stderr
    count = kg("query", "-e", COUNT_GRAPHS, "--store", str(store), "--format", "csv", cwd=tmp)
    assert count.stdout.split() == ["graphs", str(SAMPLE_DOCUMENTS)]


# -- kg serve ----------------------------------------------------------------------------------------------


def _start_serve(store: Path, cwd: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0"],
                               cwd=cwd, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    line = process.stderr.readline()
    found = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
    if not found:
        process.kill()
        pytest.fail(f"kg serve did not start: {line}{process.communicate()[1]}")
    return process, found.group(1)


def _descendants(pid: int) -> set[int]:
    """Every live process whose chain of parents leads to ``pid``."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_serve_stops_on_sigterm_even_with_idle_connections_and_leaves_no_process(
        built: tuple[Path, Path, str]) -> None:
    tmp, store, _ = built
    process, base = _start_serve(store, tmp)
    idle = half = None
    try:
        with urllib.request.urlopen(base + "/", timeout=30) as response:
            assert response.status == 200
        host, port = base.removeprefix("http://").split(":")
        idle = socket.create_connection((host, int(port)))  # a browser's spare connection: sends nothing
        half = socket.create_connection((host, int(port)))
        half.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # a request cut off half way
        time.sleep(0.5)
        children = _descendants(process.pid)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0  # as Ctrl-C: stops, exit 0
        assert "stopping" in process.stderr.read()  # type: ignore[union-attr]
        assert not [child for child in children if Path(f"/proc/{child}").exists()]  # nothing orphaned
        with pytest.raises(OSError):
            socket.create_connection((host, int(port)), timeout=2).close()  # nobody listens any more
    finally:
        for connection in (idle, half):
            if connection is not None:
                connection.close()
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_build_into_the_store_a_server_reads_is_refused_by_the_lock(built: tuple[Path, Path, str]) -> None:
    """The lock, not a reopen: `kg serve` holds a shared lock on the directory, `kg build` needs it exclusive,
    so a read-only server never serves a store being rewritten under it (docs/stores.md)."""
    tmp, store, _ = built
    process, base = _start_serve(store, tmp)
    try:
        proc = kg("build", str(SAMPLES / "mixed.jsonl"), "--store", str(store), "-q", cwd=tmp, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert "[E050]" in proc.stderr and "locked" in proc.stderr and "kg serve" in proc.stderr
        with urllib.request.urlopen(base + "/", timeout=30) as response:
            assert response.status == 200  # the server goes on serving
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


# -- make run ----------------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_builds_its_own_demo_store_and_keeps_the_users_store(tmp_path: Path) -> None:
    """`make run` in a checkout where the user has a .kg/store of their own (the venv and the vendored
    libraries taken as up to date: -o)."""
    (tmp_path / "data").mkdir()
    shutil.copytree(SAMPLES, tmp_path / "data" / "samples")
    users = tmp_path / ".kg" / "store"
    users.mkdir(parents=True)
    (users / "mine.txt").write_text("the user's own store", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}  # under make test
    proc = subprocess.run(["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "run",
                           "-o", ".venv/.installed", "-o", "kg/explore/static/vendor/VERSIONS.txt",
                           f"BIN={Path(sys.executable).parent}"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=900, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (users / "mine.txt").read_text(encoding="utf-8") == "the user's own store"
    assert sorted(p.name for p in users.iterdir()) == ["mine.txt"]
    assert (tmp_path / ".kg" / "demo").is_dir()
    last = proc.stdout.strip().splitlines()[-1]
    assert re.search(r"kg serve --store \.kg/demo\b", last), last
    assert "Joko Widodo" in proc.stdout  # the leaders it lists


# -- kg load -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt,suffix", [("turtle", ".ttl"), ("nquads", ".nt")])
def test_a_loaded_file_of_triples_is_read_by_the_shipped_queries(built: tuple[Path, Path, str], fmt: str,
                                                                 suffix: str, tmp_path: Path) -> None:
    tmp, store, _ = built
    exported = kg("export", "--format", fmt, "--store", str(store), cwd=tmp)
    assert exported.returncode == 0, exported.stderr
    triples = tmp_path / ("samples" + suffix)
    if suffix == ".nt":  # N-Triples: the N-Quads without their graph names
        lines = (re.sub(r"\s+<[^>]*>\s*\.\s*$", " .", line) for line in exported.stdout.splitlines() if line)
        triples.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    else:
        triples.write_text(exported.stdout, encoding="utf-8")
    loaded = tmp_path / "loaded"
    proc = kg("load", str(triples), "--store", str(loaded), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    original = kg("query", "leaders", "--store", str(store), "--format", "csv", cwd=tmp)
    answered = kg("query", "leaders", "--store", str(loaded), "--format", "csv", cwd=tmp_path)
    assert answered.returncode == 0, answered.stderr

    def pairs(text: str) -> set[tuple[str, str]]:
        return {(row["leader"], row["leads"]) for row in csv.DictReader(io.StringIO(text))}

    assert pairs(answered.stdout) == pairs(original.stdout) and pairs(original.stdout)
    assert "into graph <" in proc.stderr  # where it went: a named graph named after the file


# -- kg link -----------------------------------------------------------------------------------------------


def test_link_gives_up_on_an_endpoint_that_never_answers_and_says_so(built: tuple[Path, Path, str]) -> None:
    """A socket that accepts connections and never answers: every query times out. The command ends within
    --endpoint-timeout × attempts (and the wait between them), not that again for every batch."""
    tmp, store, _ = built
    timeout, retries = 3, 1
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)  # the kernel completes the handshakes; nobody reads
    try:
        start = time.monotonic()
        proc = kg("link", "--endpoint", f"http://127.0.0.1:{silent.getsockname()[1]}/sparql", "--store", str(store),
                  "--endpoint-timeout", str(timeout), "--retries", str(retries), "--batch-size", "1", "--no-cache",
                  "--dry-run", cwd=tmp, timeout=300)
        elapsed = time.monotonic() - start
    finally:
        silent.close()
    attempts = retries + 1
    backoff = 1.0  # the client's wait before its one retry
    assert proc.returncode == 2, proc.stderr
    assert elapsed < timeout * attempts + backoff + 10, (elapsed, proc.stderr)  # 10 s: start-up, store, imports
    assert f"each query waits up to {timeout} s" in proc.stderr
    assert f"no answer within {timeout} s (attempt 1 of {attempts})" in proc.stderr
    assert "giving up" in proc.stderr
    assert proc.stderr.count("attempt 1 of") == 1  # one query's attempts, not one round per batch


# -- errors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["query", "leaders"], ["export", "--format", "trig"], ["stats"]])
def test_a_store_path_that_is_a_file_gets_a_hint_that_fits(tmp_path: Path, command: list[str]) -> None:
    triples = tmp_path / "graph.ttl"
    triples.write_text("<urn:x:s> <urn:x:p> <urn:x:o> .\n", encoding="utf-8")
    proc = kg(*command, "--store", str(triples), cwd=tmp_path)
    assert proc.returncode == 2
    assert "[E050]" in proc.stderr and "is a file, not a store directory" in proc.stderr
    assert "kg load" in proc.stderr  # the hint: a file of RDF is loaded into a store
    assert triples.read_text(encoding="utf-8") == "<urn:x:s> <urn:x:p> <urn:x:o> .\n"


def test_export_into_a_pipe_closed_early_exits_quietly(built: tuple[Path, Path, str]) -> None:
    """`kg export | head -1`: the reader goes away; the command stops with 141 (as a shell shows for SIGPIPE)
    and writes nothing on stderr."""
    tmp, store, _ = built
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "export", "--format", "nquads", "--store",
                                str(store)], cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # the output is far larger than a pipe's buffer: the next writes fail
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141, stderr
    assert first.endswith(b" .\n")
    assert stderr == ""


# -- output ------------------------------------------------------------------------------------------------


def test_tables_fit_the_width_asked_and_show_everything_without_a_limit(built: tuple[Path, Path, str]) -> None:
    tmp, store, _ = built
    narrow = kg("query", "leaders", "--store", str(store), "--width", "72", cwd=tmp)
    assert narrow.returncode == 0, narrow.stderr
    lines = narrow.stdout.splitlines()
    assert len(lines) > 3 and max(len(line) for line in lines) <= 72
    assert lines[0].split()[:2] == ["leader", "leads"]
    sentences = [row["sentence"] for row in csv.DictReader(io.StringIO(
        kg("query", "leaders", "--store", str(store), "--format", "csv", cwd=tmp).stdout))]
    longest = max(sentences, key=len)
    assert len(longest) > 60
    whole = kg("query", "leaders", "--store", str(store), "--width", "0", cwd=tmp)
    assert longest in whole.stdout  # no blind cut at 60 characters
    code, shown = in_terminal([sys.executable, "-m", "kg.cli", "query", "leaders", "--store", str(store)], tmp,
                              columns=90)
    assert code == 0
    assert max(len(line) for line in shown.replace("\r", "").splitlines()) <= 90  # the terminal's width


def test_csv_ends_with_one_line_break(built: tuple[Path, Path, str]) -> None:
    tmp, store, _ = built
    proc = kg("query", "leaders", "--store", str(store), "--format", "csv", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.endswith("\n") and not proc.stdout.endswith("\n\n") and "\n\n" not in proc.stdout
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert all(rows) and rows[0][:2] == ["leader", "leads"]


def test_json_ld_export_has_a_context_with_our_prefixes(built: tuple[Path, Path, str]) -> None:
    tmp, store, _ = built
    proc = kg("export", "--format", "jsonld", "--store", str(store), cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    context = document["@context"]
    assert context["kg"].startswith("https://w3id.org/newskg/") and "wd" in context
    text = json.dumps(document)
    assert '"kg:' in text  # compacted: our terms as prefixed names, not full IRIs everywhere
