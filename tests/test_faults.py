"""Fault injection: kill -9, a full disk for --out and for the store, a store made read-only, a store that dies.

Each fault happens for real (a killed process, a full tmpfs or a file-size limit, file permissions that bind
even root, a server that is killed). What must hold: one clear message with a code, the documented exit
code, no traceback, nothing half-written under the output's name, and a re-run that gives exactly the store a
clean build gives. docs/reliability.md lists these faults and points here.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import stat
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from faults import (
    corpus,
    file_size_limit,
    grow_disk,
    kg,
    permissions_bind,
    small_disk,
    start_kg,
    store_quads,
    without_permission_override,
)
from support.virtuoso import free_port

from kg.builder import CHUNK_DOCUMENTS
from kg.store import OxigraphServer, SparqlStore, oxigraph_binary

# Several chunks of kg.builder.CHUNK_DOCUMENTS: the first chunk is stored while later ones are still being
# built, so a fault injected once documents are being stored meets a build that is still running.
DOCUMENTS = 4 * CHUNK_DOCUMENTS


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], bytes]:
    """The corpus, and the store and N-Quads an undisturbed build gives."""
    work = tmp_path_factory.mktemp("clean")
    path = corpus(work / "corpus.jsonl", DOCUMENTS)
    proc = kg("build", str(path), "--store", "store", "--out", "out.nq", "-q", cwd=work)
    assert proc.returncode == 0, proc.stderr
    return path, store_quads(work / "store"), (work / "out.nq").read_bytes()


def assert_clean_failure(proc: subprocess.CompletedProcess, code: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert f"[{code}]" in proc.stderr and "hint:" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def small_disk_works() -> bool:
    with small_disk("64k") as disk:
        return disk is not None


def sorted_lines(data: bytes) -> list[bytes]:
    return sorted(data.splitlines())


# --------------------------------------------------------------------------- kill -9


def part_file_size(out: Path) -> int:
    """Bytes in the partial --out file (``.NAME.part``, renamed over NAME at the end); -1 while it does not exist."""
    try:
        return (out.parent / f".{out.name}.part").stat().st_size
    except FileNotFoundError:
        return -1


def children(pid: int) -> set[int]:
    """The processes ``pid`` started (its worker processes), from /proc."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):  # the thread ended meanwhile
            found.update(int(child) for child in (task / "children").read_text().split())
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0] != "Z"  # a zombie has ended
    except OSError:
        return False


def kill_when(build: subprocess.Popen, reached: Callable[[], bool], limit: float = 120.0) -> set[int] | None:
    """SIGKILL the build as soon as ``reached()`` holds and give its worker processes of that moment; None when
    the build ended first."""
    deadline = time.monotonic() + limit
    while build.poll() is None and time.monotonic() < deadline:
        if reached():
            workers = children(build.pid)
            build.send_signal(signal.SIGKILL)
            build.wait()
            return workers
        time.sleep(0.005)
    build.wait()
    return None


# The phases of a build, each told by what it has written so far: starting up (the partial output is open and
# still empty: the pipeline is being built, the workers start), the first documents written (the partial
# output holds quads; workers are still extracting), and late (the partial output holds more than half of the
# clean output; the store takes its batches). A kill in any of them must leave nothing a re-run does not replace.
PHASES = {
    "starting up": lambda out, size: part_file_size(out) == 0,
    "first documents written": lambda out, size: part_file_size(out) > 0,
    "most documents written": lambda out, size: part_file_size(out) > size // 2,
}


@pytest.mark.parametrize("phase", list(PHASES))
def test_kill_9_in_each_phase_then_a_rerun_gives_the_clean_store(tmp_path: Path, clean, phase: str) -> None:
    path, clean_quads, clean_out = clean
    out = tmp_path / "out.nq"
    build = start_kg("build", str(path), "--store", "store", "--out", "out.nq", "-q", cwd=tmp_path)
    try:
        killed = kill_when(build, lambda: PHASES[phase](out, len(clean_out)))
    finally:
        build.stdout.close()  # type: ignore[union-attr]
        build.stderr.close()  # type: ignore[union-attr]
    assert killed is not None, f"the build finished before it reached the phase '{phase}'"
    assert not out.exists()  # killed before the rename: nothing under the output's name
    if phase == "most documents written":  # past the driver's warm-up chunk: the workers were running
        assert killed, "no worker process was running although most documents were written"
    deadline = time.monotonic() + 60
    while any(alive(pid) for pid in killed) and time.monotonic() < deadline:  # they end with their driver
        time.sleep(0.05)
    assert not [pid for pid in killed if alive(pid)], "worker processes outlived their killed driver"
    proc = kg("build", str(path), "--store", "store", "--out", "out.nq", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert store_quads(tmp_path / "store") == clean_quads
    assert out.read_bytes() == clean_out  # streamed in input order: byte-identical


@pytest.fixture(scope="module")
def undisturbed_seconds(tmp_path_factory: pytest.TempPathFactory, clean) -> float:
    """How long an undisturbed build of the corpus takes on this machine now: the kills below fall inside it,
    whatever the machine's speed (fixed moments in seconds missed every build once the code got faster)."""
    work = tmp_path_factory.mktemp("timed")
    started = time.monotonic()
    proc = kg("build", str(clean[0]), "--store", "store", "--out", "out.nq", "-q", cwd=work)
    assert proc.returncode == 0, proc.stderr
    return time.monotonic() - started


def test_kill_9_at_random_moments_then_a_rerun_gives_the_clean_store(tmp_path: Path, clean,
                                                                       undisturbed_seconds: float) -> None:
    path, clean_quads, clean_out = clean
    rng = random.Random(20240607)  # the moments are random, and the same share of a build in every run
    killed_after = []
    for _ in range(3):
        build = start_kg("build", str(path), "--store", "store", "--out", "out.nq", "-q", cwd=tmp_path)
        moment = rng.uniform(0.15, 0.85) * undisturbed_seconds
        try:
            build.wait(timeout=moment)
        except subprocess.TimeoutExpired:
            build.send_signal(signal.SIGKILL)
            build.wait()
            killed_after.append(round(moment, 1))
        build.stdout.close()  # type: ignore[union-attr]
        build.stderr.close()  # type: ignore[union-attr]
    assert killed_after, "every build finished before its kill: the corpus is too small to test anything"
    proc = kg("build", str(path), "--store", "store", "--out", "out.nq", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert store_quads(tmp_path / "store") == clean_quads
    assert sorted_lines((tmp_path / "out.nq").read_bytes()) == sorted_lines(clean_out)
    assert (tmp_path / "out.nq").read_bytes() == clean_out  # streamed in input order: byte-identical


# --------------------------------------------------------------------------- full disks


@pytest.mark.parametrize("how", ["tmpfs", "file-size limit"])
def test_a_full_disk_for_out_stops_the_build_with_no_partial_file(tmp_path: Path, clean, how: str) -> None:
    path, _, _ = clean
    with small_disk("64k") as disk:
        if how == "tmpfs":
            if disk is None:
                pytest.skip("mounting a tmpfs needs root (the file-size limit variant runs instead)")
            out, limit = disk / "out.nq", None
        else:  # RLIMIT_FSIZE: the write fails as on a full disk, mounting or not
            out, limit = tmp_path / "out.nq", file_size_limit(64 * 1024)
        proc = kg("build", str(path), "--no-store", "--out", str(out), "-q", cwd=tmp_path, preexec_fn=limit)
        assert_clean_failure(proc, "E080")
        assert f"cannot write {out}" in proc.stderr
        assert not out.exists() and not list(out.parent.glob(".*.part"))


@pytest.mark.parametrize("how", ["tmpfs", "file-size limit"])
def test_a_full_disk_for_the_store_stops_the_build_and_a_rerun_completes_it(tmp_path: Path, clean, how: str) -> None:
    path, clean_quads, _ = clean
    with small_disk("768k") as disk:
        if how == "tmpfs" and disk is None:
            pytest.skip("mounting a tmpfs needs root (the file-size limit variant runs instead)")
        store = (disk if how == "tmpfs" else tmp_path) / "store"
        limit = file_size_limit(96 * 1024) if how != "tmpfs" else None  # below the store's bulk-loaded files
        proc = kg("build", str(path), "--store", str(store), "-q", cwd=tmp_path, preexec_fn=limit)
        assert_clean_failure(proc, "E050")
        assert "No space left on device" in proc.stderr or "File too large" in proc.stderr
        assert "Free space on the store's disk" in proc.stderr
        if how == "tmpfs":
            grow_disk(store.parent, "64m")  # the user frees space
        elif small_disk_works():
            return  # the re-run is shown once, in the tmpfs variant: the suite stays short
        proc = kg("build", str(path), "--store", str(store), "-q", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert store_quads(store) == clean_quads


# --------------------------------------------------------------------------- a read-only store


def set_writable(folder: Path, writable: bool) -> None:
    for item in [folder, *folder.iterdir()]:
        mode = item.stat().st_mode
        item.chmod(mode | stat.S_IWUSR if writable else mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def test_a_store_made_read_only_mid_run_is_one_error_and_a_rerun_completes(tmp_path: Path, clean) -> None:
    if not permissions_bind():
        pytest.skip("file permissions do not bind here (root that cannot drop CAP_DAC_OVERRIDE)")
    path, clean_quads, clean_out = clean
    store = tmp_path / "store"
    part = tmp_path / ".out.nq.part"
    build = start_kg("build", str(path), "--store", str(store), "--out", "out.nq", "-q", cwd=tmp_path,
                     preexec_fn=without_permission_override)
    deadline = time.monotonic() + 300
    while not (part.exists() and part.stat().st_size > 0):  # documents are being stored: now
        assert build.poll() is None and time.monotonic() < deadline, "the build ended before the fault"
        time.sleep(0.05)
    set_writable(store, False)
    try:
        stdout, stderr = build.communicate(timeout=600)
    finally:
        set_writable(store, True)
    proc = subprocess.CompletedProcess(build.args, build.returncode, stdout, stderr)
    assert_clean_failure(proc, "E050")
    assert "Permission denied" in stderr and "restore its permissions" in stderr
    assert sorted_lines((tmp_path / "out.nq").read_bytes()) == sorted_lines(clean_out)  # --out was still written
    proc = kg("build", str(path), "--store", str(store), "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert store_quads(store) == clean_quads


# --------------------------------------------------------------------------- a remote store that dies


def test_a_remote_store_dying_mid_run_costs_no_extraction(tmp_path: Path, clean) -> None:
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph CLI is not installed")
    path, _, clean_out = clean
    server = OxigraphServer(tmp_path / "served", port=free_port(), writable=True).start()
    try:
        build = start_kg("build", str(path), "--store", f"{server.url}/query", "--out", "out.nq", "-q",
                         "--timeout", "5", cwd=tmp_path)
        remote = SparqlStore(f"{server.url}/query", timeout=5)
        deadline = time.monotonic() + 300
        while not remote.query("ASK { GRAPH ?g { ?s ?p ?o } }").rows[0][0]:
            assert build.poll() is None and time.monotonic() < deadline, "the build ended before the fault"
            time.sleep(0.05)
        os.kill(server.process.pid, signal.SIGKILL)  # the store dies after its first document
        stdout, stderr = build.communicate(timeout=600)
    finally:
        server.stop()
    proc = subprocess.CompletedProcess(build.args, build.returncode, stdout, stderr)
    assert_clean_failure(proc, "E050")
    assert "cannot reach SPARQL store" in stderr and "(the store failed)" in stderr
    assert (tmp_path / "out.nq").read_bytes() == clean_out  # every document still in --out
