"""Helpers of the fault-injection tests: a corpus, running `kg` as a user would, small disks, file permissions.

Everything a fault needs is real: a killed process, a full tmpfs (or a file-size limit where mounting is
not allowed), permissions that bind even root (by dropping its override capabilities in the child).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

KG = [sys.executable, "-m", "kg.cli"]

SENTENCES = [
    "President Joko Widodo arrived in Tokyo on Monday for a state visit, his office said.",
    "Japanese Prime Minister Fumio Kishida met Joko Widodo at the Akasaka Palace.",
    "The European Union imposed new sanctions on Myanmar.",
    "Russia denied the accusation. China accused the Philippines of provoking tensions at sea.",
    "French President Emmanuel Macron visited Berlin, where he met German Chancellor Olaf Scholz.",
    "Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.",
    "Menteri Luar Negeri Retno Marsudi tiba di Kairo untuk kunjungan kerja.",
    "Amerika Serikat menjatuhkan sanksi baru terhadap Iran pada hari Kamis.",
]


def corpus(path: Path, documents: int, seed: int = 7) -> Path:
    """A JSON Lines file of short articles from the sentences above (ids doc-000 …), the same for a seed."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(documents):
            text = " ".join(rng.sample(SENTENCES, 3)) + f" The talks lasted {number + 2} hours."
            handle.write(json.dumps({"id": f"doc-{number:03d}", "text": text}) + "\n")
    return path


def kg(*args: str, cwd: Path, env: dict | None = None, preexec_fn: Callable[[], None] | None = None,
       timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the `kg` command line in a child process (a fresh interpreter, as a user runs it)."""
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=env, preexec_fn=preexec_fn)


def start_kg(*args: str, cwd: Path, preexec_fn: Callable[[], None] | None = None) -> subprocess.Popen:
    return subprocess.Popen([*KG, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=preexec_fn)


def store_quads(path: Path) -> list[str]:
    """Every quad of an embedded store, sorted: two stores are equal when these lists are."""
    store = ox.Store.read_only(str(path))
    return sorted(str(quad) for quad in store)


def without_permission_override() -> None:
    """preexec_fn: the child loses CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so file permissions bind even
    root (a no-op for an ordinary user, for whom they bind anyway)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP: gone after exec (permissions_bind says if it worked)


@functools.cache
def permissions_bind() -> bool:
    """True when a child started with :func:`without_permission_override` cannot read a mode-000 file."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("x")
        probe.chmod(0)
        proc = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}).read()"], capture_output=True,
                              preexec_fn=without_permission_override)
        probe.chmod(0o600)
        return proc.returncode != 0


def file_size_limit(limit: int) -> Callable[[], None]:
    """preexec_fn: no file the child writes may grow beyond ``limit`` bytes (EFBIG, as a full disk would)."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@contextlib.contextmanager
def small_disk(size: str) -> Iterator[Path | None]:
    """A tmpfs of ``size`` (e.g. "256k") mounted on a fresh folder, or ``None`` where mounting is not allowed."""
    folder = Path(tempfile.mkdtemp(prefix="kg-small-disk-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0 if os.geteuid() == 0 else False
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        with contextlib.suppress(OSError):
            folder.rmdir()


def grow_disk(folder: Path, size: str) -> None:
    """Give a tmpfs from :func:`small_disk` more room (the user freeing space)."""
    subprocess.run(["mount", "-o", f"remount,size={size}", str(folder)], check=True, capture_output=True)
