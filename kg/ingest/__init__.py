"""Read news texts from files and folders into :class:`~kg.model.Document` values.

Inputs are plain-text files (one article each), saved web pages (``.html``/``.htm``, or a
``.txt`` that is clearly markup), WARC archives of web pages (``.warc``, ``.warc.gz``),
JSON Lines files (one article per line: ``id``, ``text`` and optional ``lang``,
``title``, ``url``, ``published``) and folders of them. Reading is split in two steps so
the CLI can show a progress bar with a total before any file is opened:

* :func:`plan` expands the given paths into :class:`InputItem` values (cheap: a directory
  walk and ``stat`` calls, no reads), and
* :func:`read` turns one item into documents.

:func:`read_inputs` chains both and is what most callers want.

Nothing here raises on bad input. A file, line or record that cannot be read becomes a
:class:`Problem` (with its file, its line or record number and a code, see
:data:`kg.errors.PROBLEM_CODES`) and the run continues; something repaired on the way
(a legacy encoding, lone surrogates) becomes a :class:`Notice`. The caller counts both
and chooses the exit code. Only a bad ``lang`` override raises
(:class:`~kg.errors.LanguageError`): a usage error, not a property of one input.

Text handling, and why:

* Bytes are decoded by :mod:`kg.ingest.decode`: a byte-order mark (UTF-8/16/32), else
  UTF-8, else a declared or detected legacy encoding (with a warning that names it).
* Then :func:`kg.ingest.text.clean`: LF line ends, lone surrogates replaced, Unicode NFC,
  control characters → space. **All character offsets in later stages refer to this
  cleaned text** (``Document.text``), not to the bytes on disk.
* Folders are walked by :mod:`kg.ingest.files`: symbolic links are not followed inside a
  folder, only regular files are read, nothing blocks on a FIFO.
* Ids are stable: the ``id`` given in JSON Lines, else the first 16 hex digits of the
  SHA-256 of the cleaned text, so the same text gets the same id wherever it lives. A
  second document with an id already seen in the run is reported and skipped (two
  documents under one id would merge in the graph).
* A text longer than ``max_chars`` is reported and skipped (``--max-chars``).
* Language: the ``lang`` argument wins, else the JSON Lines ``lang`` field, else
  :func:`kg.language.detect` on the text's first 100,000 characters.
"""

from __future__ import annotations

import hashlib
import os
import stat
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from kg import language
from kg.ingest import files
from kg.ingest.items import InputItem, Kind, Notice, Problem, Result
from kg.ingest.reader import Reader, content_id
from kg.ingest.text import normalise_newlines
from kg.model import Document

__all__ = [
    "MAX_CHARS",
    "Document",
    "InputItem",
    "Notice",
    "Problem",
    "content_id",
    "count_documents",
    "count_inputs",
    "normalise_newlines",
    "plan",
    "read",
    "read_inputs",
]

TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
WARC_SUFFIXES = (".warc", ".warc.gz")

MAX_CHARS = 10_000_000
"""Default ``--max-chars``: longer texts are skipped. Generous: a 4 MB article archive is read."""


# --------------------------------------------------------------------------- planning


def _kind(name: str) -> Kind:
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = Path(lower).suffix
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def _wanted(name: str) -> bool:
    lower = name.lower()
    suffix = Path(lower).suffix
    return suffix in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES or lower.endswith(WARC_SUFFIXES)


def plan(paths: Iterable[Path | str]) -> list[InputItem | Problem]:
    """Expand ``paths`` into the files to read, without reading them.

    A folder contributes its ``.txt``, ``.jsonl``, ``.html``/``.htm`` and ``.warc(.gz)`` files
    (recursively, sorted, links not followed); a file named explicitly is read whatever its
    suffix (anything unknown as plain text). A path that does not exist, a FIFO or a link loop
    becomes a :class:`Problem`. A file reached twice (e.g. named and inside a given folder)
    is planned once.
    """
    result: list[InputItem | Problem] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        found = files.inspect(path)
        if isinstance(found, files.Refused):
            result.append(Problem(found.path, None, found.message, found.code))
            continue
        candidates: Iterable[InputItem | files.Refused]
        if found.is_dir:
            candidates = (c if isinstance(c, files.Refused) else InputItem(c, _kind(c.name))
                          for c in files.walk(path, _wanted))
        else:
            candidates = [InputItem(path, _kind(path.name), follow_symlinks=True)]
        for candidate in candidates:
            if isinstance(candidate, files.Refused):
                result.append(Problem(candidate.path, None, candidate.message, candidate.code))
                continue
            key = os.path.realpath(candidate.path)
            if key in seen:
                continue
            seen.add(key)
            result.append(candidate)
    return result


def count_inputs(paths: Iterable[Path | str]) -> int:
    """Number of files :func:`read_inputs` will open (for a progress-bar total)."""
    return sum(1 for item in plan(paths) if isinstance(item, InputItem))


# --------------------------------------------------------------------------- documents


# --------------------------------------------------------------------------- public API


def read(item: InputItem, lang: str | None = None, *, max_chars: int = MAX_CHARS) -> Iterator[Result]:
    """Documents (and problems and notices) of one planned file, in file order.

    ``lang`` overrides every document's language (validated with :func:`kg.language.normalise`).
    """
    override = language.normalise(lang) if lang else None
    yield from Reader(override, max_chars).item(item)


def read_inputs(paths: Sequence[Path | str], lang: str | None = None, *,
                max_chars: int = MAX_CHARS) -> Iterator[Result]:
    """All documents under ``paths`` in a stable order, with a :class:`Problem` for each bad input
    and a :class:`Notice` before a document for what was repaired in it.

    Raises :class:`~kg.errors.LanguageError` at once (before reading) when the ``lang``
    override is not a supported language.
    """
    override = language.normalise(lang) if lang else None
    reader = Reader(override, max_chars)
    seen = _SeenIds()
    for number, item in enumerate(plan(paths)):
        if isinstance(item, Problem):
            yield item
            continue
        for result in reader.item(item):
            if isinstance(result, Document):
                line = int(result.source.rsplit(":", 1)[1]) if result.source != item.source else None
                earlier = seen.first(result.id, item.source, number, line)
                if earlier is not None:
                    message = f"duplicate document id {result.id!r} (first read from {earlier}); skipped"
                    yield Problem(item.source, line, message, "E108")
                    continue
            yield result


class _SeenIds:
    """The ids read so far, each as an 8-byte hash beside where it was first read (a file number and a line).

    They are the one thing a build keeps for every document it reads, so they sit in an open-addressing table
    of two arrays of machine words (linear probing, at most three quarters full): 21-43 bytes per document
    whatever the id's length, where a ``dict`` of Python ints took ~100 (5 MB of a driver's growth from 2,000
    to 50,000 documents; docs/benchmarks.md, "Flat memory with the embedded store, round 3").

    Two distinct ids share a hash with probability 2⁻⁶⁴ per pair (for a million documents, about
    3 in 10⁸ that any pair does); the second would be reported as a duplicate.
    """

    _EMPTY = 0  # a key of 0 marks a free slot; a hash of 0 is stored as 1 (one more 2⁻⁶⁴ chance of a clash)

    def __init__(self, slots: int = 1024) -> None:
        self._keys = array("Q", bytes(8 * slots))  # slots: a power of two
        self._where = array("Q", bytes(8 * slots))  # file number << 32 | line, beside its key
        self._count = 0
        self._files: dict[int, str] = {}

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        """The bytes the table holds (both arrays)."""
        return (len(self._keys) + len(self._where)) * self._keys.itemsize

    def first(self, doc_id: str, source: str, file_number: int, line: int | None) -> str | None:
        """``None`` the first time ``doc_id`` is seen, else where it was first read."""
        digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        key = int.from_bytes(digest, "big") or 1
        slot = self._slot(key)
        if self._keys[slot] == key:
            where = self._where[slot]
            earlier_file, earlier_line = self._files[where >> 32], where & 0xFFFFFFFF
            return f"{earlier_file}:{earlier_line}" if earlier_line else earlier_file
        self._keys[slot] = key
        self._where[slot] = file_number << 32 | (line or 0)
        self._files.setdefault(file_number, source)
        self._count += 1
        if 4 * self._count > 3 * len(self._keys):
            self._grow()
        return None

    def _slot(self, key: int) -> int:
        """Where ``key`` is, or the free slot where it goes."""
        keys, mask = self._keys, len(self._keys) - 1
        slot = key & mask
        while keys[slot] != key and keys[slot] != self._EMPTY:
            slot = (slot + 1) & mask
        return slot

    def _grow(self) -> None:
        keys, where = self._keys, self._where
        self._keys = array("Q", bytes(16 * len(keys)))
        self._where = array("Q", bytes(16 * len(keys)))
        for key, place in zip(keys, where, strict=True):
            if key != self._EMPTY:
                slot = self._slot(key)
                self._keys[slot], self._where[slot] = key, place


def count_documents(paths: Iterable[Path | str]) -> int:
    """How many documents :func:`read_inputs` will give, as far as can be told without decoding: the lines of a
    JSON Lines file that are not blank, one for any other file (a WARC file counts as one)."""
    total = 0
    for item in plan(paths):
        if not isinstance(item, InputItem):
            continue
        total += _lines(item) if item.kind == "jsonl" else 1
    return total


def _lines(item: InputItem) -> int:
    """Non-blank lines of a regular file (never waits on a FIFO, never follows a link found in a walk); else 1."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if item.follow_symlinks else getattr(os, "O_NOFOLLOW", 0))
    try:
        fd = os.open(item.path, flags)
    except OSError:
        return 1
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return 1
        try:
            return max(1, sum(1 for line in handle if line.strip()))
        except OSError:
            return 1
