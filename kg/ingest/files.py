"""Files as they are: walking folders and opening files without hanging, looping or leaving the input.

Rules, and why:

* **Symbolic links inside a folder are never followed** (each is reported and skipped):
  following them can loop forever, read the same article twice, or leave the input
  folder altogether (run as root, a link to ``/etc/shadow`` would be read as a
  document). A path named on the command line is the user's choice and is followed;
  a link loop there is reported, not raised.
* **Only regular files are read.** A FIFO named ``x.txt`` would block a plain ``open``
  forever, so files are opened with ``O_NONBLOCK`` and checked with ``fstat`` on the
  open descriptor (no race between check and read); FIFOs, sockets and devices are
  reported and skipped.
* A file larger than the caller's byte limit is skipped before it is read.
* The walk is iterative (no recursion limit) and sorted, so runs are reproducible.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["Found", "Refused", "inspect", "open_regular", "read_regular", "walk"]


@dataclass(frozen=True, slots=True)
class Refused:
    """Why a path is not read: ``code`` (see :data:`kg.errors.PROBLEM_CODES`) and a message."""

    path: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Found:
    """A regular file or a folder to walk."""

    path: Path
    is_dir: bool


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _os_message(error: OSError) -> str:
    return error.strerror or str(error)


def inspect(path: Path) -> Found | Refused:
    """What a path named by the user is (links followed): a folder, a regular file, or refused."""
    try:
        info = os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return Refused(str(path), "E102", "symbolic link loop")
        if error.errno == errno.ENOENT:
            return Refused(str(path), "E101", "no such file or folder")
        return Refused(str(path), "E103", f"cannot read: {_os_message(error)}")
    if stat.S_ISDIR(info.st_mode):
        return Found(path, True)
    if stat.S_ISREG(info.st_mode):
        return Found(path, False)
    return Refused(str(path), "E102", f"{_kind_of(info.st_mode)}, not read")


def walk(root: Path, wanted: Callable[[str], bool]) -> Iterator[Path | Refused]:
    """Regular files under ``root`` whose name ``wanted(name)`` accepts, in sorted path order.

    Hidden files and folders (a name starting with ".") are skipped silently, like editors'
    swap files and ``.git``; so are files whose name is not wanted (notes, images). Links,
    FIFOs and unreadable folders are reported as :class:`Refused`. Depth-first with an
    explicit stack of open folders, entries in name order: the order of sorting all paths.
    """
    stack: list[Iterator[os.DirEntry[str]]] = []
    listing = _list(root)
    if isinstance(listing, Refused):
        yield listing
        return
    stack.append(iter(listing))
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_symlink():
                if wanted(entry.name) or _points_to_dir(entry.path):
                    yield Refused(entry.path, "E102", "symbolic link, not followed inside a folder "
                                  "(name its target on the command line to read it)")
            elif entry.is_dir(follow_symlinks=False):
                listing = _list(Path(entry.path))
                if isinstance(listing, Refused):
                    yield listing
                else:
                    stack.append(iter(listing))
            elif not wanted(entry.name):
                continue
            elif entry.is_file(follow_symlinks=False):
                yield Path(entry.path)
            else:
                mode = entry.stat(follow_symlinks=False).st_mode
                yield Refused(entry.path, "E102", f"{_kind_of(mode)}, not read")
        except OSError as error:
            yield Refused(entry.path, "E103", f"cannot read: {_os_message(error)}")


def _list(folder: Path) -> list[os.DirEntry[str]] | Refused:
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda e: e.name)
    except OSError as error:
        return Refused(str(folder), "E103", f"cannot read folder: {_os_message(error)}")


def _points_to_dir(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def open_regular(path: Path, *, follow_symlinks: bool, max_bytes: int | None = None) -> BinaryIO | Refused:
    """Open ``path`` for reading if it is a regular file (never blocks on a FIFO); else say why not."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return Refused(str(path), "E102", "symbolic link, not followed inside a folder")
        if error.errno in (errno.EACCES, errno.EPERM):
            return Refused(str(path), "E103", "cannot read file: permission denied")
        return Refused(str(path), "E103", f"cannot read file: {_os_message(error)}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            return Refused(str(path), "E102", f"{_kind_of(info.st_mode)}, not read")
        if max_bytes is not None and info.st_size > max_bytes:
            os.close(fd)
            return Refused(str(path), "E109", f"file of {info.st_size:,} bytes is larger than the "
                           f"{max_bytes:,} bytes --max-chars allows")
        if hasattr(os, "O_NONBLOCK"):  # a regular file never blocks; reads below are ordinary
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError as error:
        os.close(fd)
        return Refused(str(path), "E103", f"cannot read file: {_os_message(error)}")


def read_regular(path: Path, *, follow_symlinks: bool, max_bytes: int | None = None) -> bytes | Refused:
    """The bytes of a regular file (see :func:`open_regular`)."""
    handle = open_regular(path, follow_symlinks=follow_symlinks, max_bytes=max_bytes)
    if isinstance(handle, Refused):
        return handle
    try:
        with handle:
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    except OSError as error:
        return Refused(str(path), "E103", f"cannot read file: {_os_message(error)}")
    if max_bytes is not None and len(data) > max_bytes:  # grew while we read it
        return Refused(str(path), "E109", f"file is larger than the {max_bytes:,} bytes --max-chars allows")
    return data
