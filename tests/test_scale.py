"""kg build on Dask distributed: a real scheduler and two worker processes on 127.0.0.1 (no mocks).

The graph equals a single-process build's; a worker killed mid-run loses nothing (its task is
given to the other worker) and no document is stored twice.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import corpus
from support.virtuoso import free_port

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (newskg[cluster])")

BIN = Path(sys.executable).parent
KG = str(BIN / "kg")
DOCUMENTS = 96  # six chunks of 16


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "dask"), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """A scheduler and two single-threaded workers, each in its own process group (to be killed whole)."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
    workers = [start("worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard", "--no-nanny",
                     "--host", "127.0.0.1", "--name", f"w{i}") for i in range(2)]
    with distributed.Client(address, timeout=60) as client:
        client.wait_for_workers(2, timeout=120)
    yield address, workers
    for process in [*workers, scheduler]:
        stop(process)


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    work = tmp_path_factory.mktemp("scale")
    corpus.write(work / "corpus.jsonl", DOCUMENTS)
    proc = subprocess.run([KG, "build", "corpus.jsonl", "--workers", "1", "--no-store", "--out", "single.nq", "-q"],
                          cwd=work, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return work, (work / "single.nq").read_bytes()


def test_a_cluster_build_gives_the_single_process_graph(cluster, single) -> None:
    address, _ = cluster
    work, expected = single
    proc = subprocess.run([KG, "build", "corpus.jsonl", "--cluster", address, "--store", "store", "--out",
                           "cluster.nq", "-q"], cwd=work, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert (work / "cluster.nq").read_bytes() == expected
    exported = subprocess.run([KG, "export", "--store", "store", "--format", "nquads"], cwd=work,
                              capture_output=True, text=True, timeout=120).stdout
    assert sorted(exported.splitlines()) == sorted(expected.decode().splitlines())
    again = subprocess.run([KG, "build", "corpus.jsonl", "--cluster", address, "--store", "store", "-q"],
                           cwd=work, capture_output=True, text=True, timeout=600)  # re-run: graphs replaced
    assert again.returncode == 0, again.stderr
    exported_again = subprocess.run([KG, "export", "--store", "store", "--format", "nquads"], cwd=work,
                                    capture_output=True, text=True, timeout=120).stdout
    assert sorted(exported_again.splitlines()) == sorted(exported.splitlines())


def test_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(cluster, single) -> None:
    address, workers = cluster
    work, expected = single
    build = subprocess.Popen([KG, "build", "corpus.jsonl", "--cluster", address, "--store", "killed", "--out",
                              "killed.nq", "-q"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = False
    with distributed.Client(address, timeout=60) as client:
        names = {info["name"]: worker for worker, info in client.scheduler_info()["workers"].items()}
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and build.poll() is None:
            processing = client.processing()
            if processing.get(names.get("w1"), ()):  # w1 is working on a chunk: kill it now
                stop(workers[1])
                killed = True
                break
            time.sleep(0.05)
    _, stderr = build.communicate(timeout=600)
    assert killed, "the worker never got a chunk"
    assert build.returncode == 0, stderr
    written = (work / "killed.nq").read_bytes()
    assert written == expected  # every document, once, in order
    lines = written.decode().splitlines()
    assert not [line for line, n in Counter(lines).items() if n > 1]
    exported = subprocess.run([KG, "export", "--store", "killed", "--format", "nquads"], cwd=work,
                              capture_output=True, text=True, timeout=120).stdout
    assert sorted(exported.splitlines()) == sorted(expected.decode().splitlines())
