"""Read news texts from files and folders into :class:`~kg.model.Document` values.

Inputs are plain-text files (one article each), JSON Lines files (one article
per line: ``id``, ``text`` and optional ``lang``, ``title``, ``url``,
``published``) and folders of them. Reading is split in two steps so the CLI can
show a progress bar with a total before any file is opened:

* :func:`plan` expands the given paths into :class:`InputItem` values (cheap:
  a directory walk and ``stat`` calls, no reads), and
* :func:`read` turns one item into documents.

:func:`read_inputs` chains both and is what most callers want.

Nothing here raises on bad input. A file or line that cannot be read becomes a
:class:`Problem` (with its file and, for JSON Lines, its line number) and the
run continues; the caller counts problems and chooses the exit code. Only a bad
``lang`` override raises (:class:`~kg.errors.LanguageError`), because that is a
usage error, not a property of one input.

Text handling, and why:

* Encoding is UTF-8, strictly. A UTF-8 byte-order mark is removed. Anything
  else is reported with the byte offset of the first invalid byte; we never
  guess an encoding, since a wrong guess silently corrupts names.
* Line ends are normalised: CRLF and lone CR become LF. **All character
  offsets in later stages refer to this normalised text** (``Document.text``),
  not to the bytes on disk. No other change is made (no Unicode normalisation,
  no trimming), so offsets stay easy to reason about.
* Ids are stable: the ``id`` given in JSON Lines, else the first 16 hex digits
  of the SHA-256 of the normalised text, so the same text gets the same id
  wherever it lives. A second document with an id already seen in the run is
  reported as a problem and skipped (two documents under one id would merge in
  the graph).
* Language: the ``lang`` argument wins, else the JSON Lines ``lang`` field,
  else :func:`kg.language.detect`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kg import language
from kg.errors import LanguageError
from kg.model import Document

TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl"})
OPTIONAL_FIELDS = ("lang", "title", "url", "published")

# A file whose first bytes are more than this share of control characters is binary.
_CONTROL_SHARE = 0.30
_SNIFF_BYTES = 65536
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}
_UTF16_32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read as a document; it is skipped.

    ``source`` is the path as the user gave it (joined with the folder walk),
    ``line`` the 1-based line number inside a JSON Lines file, else ``None``.
    """

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class InputItem:
    """One file to read: ``kind`` is ``"text"`` (one document) or ``"jsonl"`` (one per line)."""

    path: Path
    kind: Literal["text", "jsonl"]

    @property
    def source(self) -> str:
        return str(self.path)


def content_id(text: str) -> str:
    """The stable id of a text: first 16 hex digits of SHA-256 over its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR → LF (the only change ingest makes to a text)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- planning


def _kind(path: Path) -> Literal["text", "jsonl"]:
    return "jsonl" if path.suffix.lower() in JSONL_SUFFIXES else "text"


def _walk(root: Path) -> Iterator[InputItem | Problem]:
    """Files under ``root`` with a known suffix, recursively, in sorted path order.

    Hidden files and folders (name starting with ".") are skipped, like editors'
    swap files and ``.git``. Other suffixes are ignored silently: a folder of
    articles often also holds notes or gold annotations.
    """
    found: list[Path] = []
    problems: list[Problem] = []

    def on_error(error: OSError) -> None:
        where = error.filename if error.filename else str(root)
        problems.append(Problem(str(where), None, f"cannot read folder: {error.strerror or error}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix in TEXT_SUFFIXES or suffix in JSONL_SUFFIXES:
                found.append(Path(dirpath) / name)
    yield from problems
    for path in sorted(found, key=lambda p: p.relative_to(root).parts):
        yield InputItem(path, _kind(path))


def plan(paths: Iterable[Path | str]) -> list[InputItem | Problem]:
    """Expand ``paths`` into the files to read, without reading them.

    A folder contributes its ``.txt`` and ``.jsonl`` files (recursively, sorted);
    a file named explicitly is read whatever its suffix (``.jsonl`` as JSON
    Lines, anything else as plain text). A path that does not exist becomes a
    :class:`Problem`. A file reached twice (e.g. named and inside a given folder)
    is planned once.
    """
    result: list[InputItem | Problem] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates: Iterable[InputItem | Problem] = _walk(path)
        elif path.exists():
            candidates = [InputItem(path, _kind(path))]
        else:
            result.append(Problem(str(path), None, "no such file or folder"))
            continue
        for candidate in candidates:
            if isinstance(candidate, InputItem):
                key = candidate.path.resolve()
                if key in seen:
                    continue
                seen.add(key)
            result.append(candidate)
    return result


def count_inputs(paths: Iterable[Path | str]) -> int:
    """Number of files :func:`read_inputs` will open (for a progress-bar total)."""
    return sum(1 for item in plan(paths) if isinstance(item, InputItem))


# --------------------------------------------------------------------------- reading


def _load_bytes(item: InputItem) -> bytes | Problem:
    try:
        return item.path.read_bytes()
    except PermissionError:
        return Problem(item.source, None, "cannot read file: permission denied")
    except OSError as error:
        return Problem(item.source, None, f"cannot read file: {error.strerror or error}")


def _sniff_binary(data: bytes) -> str | None:
    """Why ``data`` is not text, or ``None``."""
    if data.startswith(_UTF16_32_BOMS):
        return "UTF-16/UTF-32 text (byte-order mark found); convert the file to UTF-8"
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    control = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and control / len(head) > _CONTROL_SHARE:
        return f"binary file ({control / len(head):.0%} control characters)"
    return None


def _undecodable(data: bytes, error: UnicodeDecodeError, base: int) -> str:
    offset = base + error.start
    bad = data[error.start : error.start + 1].hex().upper()
    return f"not valid UTF-8: byte 0x{bad} at byte offset {offset}; re-save the file as UTF-8"


def _read_text(item: InputItem, data: bytes) -> Document | Problem:
    if not data:
        return Problem(item.source, None, "empty file")
    reason = _sniff_binary(data)
    if reason:
        return Problem(item.source, None, reason)
    base = 0
    if data.startswith(_UTF8_BOM):
        data, base = data[len(_UTF8_BOM) :], len(_UTF8_BOM)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return Problem(item.source, None, f"{_undecodable(data, error, base)} (line {line})")
    text = normalise_newlines(text)
    if not text.strip():
        return Problem(item.source, None, "file contains only whitespace")
    return Document(id=content_id(text), text=text, lang="", source=item.source)


def _type_name(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _document_from_record(record: dict[str, Any], source: str) -> Document | str:
    """Validate one JSON Lines object; return a Document (lang unset) or an error message."""
    errors: list[str] = []
    text = record.get("text")
    if "text" not in record or text is None:
        errors.append("missing 'text' field")
    elif not isinstance(text, str):
        errors.append(f"field 'text' must be a string, got {_type_name(text)}")
    elif not text.strip():
        errors.append("field 'text' is empty")
    given_id = record.get("id")
    if given_id is not None and not isinstance(given_id, str):
        errors.append(f"field 'id' must be a string, got {_type_name(given_id)}")
    elif isinstance(given_id, str) and not given_id.strip():
        errors.append("field 'id' is empty")
    extra: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            errors.append(f"field {name!r} must be a string, got {_type_name(value)}")
        else:
            extra[name] = value or None
    lang: str = ""
    if not errors and extra["lang"]:
        try:
            lang = language.normalise(extra["lang"])
        except LanguageError as error:
            errors.append(str(error.args[0]))
    if errors:
        return "; ".join(errors)
    assert isinstance(text, str)
    text = normalise_newlines(text)
    return Document(
        id=given_id if isinstance(given_id, str) else content_id(text),
        text=text,
        lang=lang,
        source=source,
        title=extra["title"],
        url=extra["url"],
        published=extra["published"],
    )


def _read_jsonl(item: InputItem, data: bytes) -> Iterator[tuple[Document | Problem, int | None]]:
    """Each line's document or problem, with its 1-based line number."""
    if not data:
        yield Problem(item.source, None, "empty file"), None
        return
    if data.startswith(_UTF16_32_BOMS) or b"\x00" in data[:_SNIFF_BYTES]:
        yield Problem(item.source, None, _sniff_binary(data) or "binary file"), None
        return
    base = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    offset = base
    any_content = False
    for number, raw in enumerate(data[base:].split(b"\n"), start=1):
        line_start, offset = offset, offset + len(raw) + 1
        if not raw.strip():
            continue
        any_content = True
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Problem(item.source, number, _undecodable(raw, error, line_start)), number
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"malformed JSON: {error.msg} (column {error.colno})"
            yield Problem(item.source, number, message), number
            continue
        if not isinstance(record, dict):
            yield Problem(item.source, number, f"expected a JSON object, got {_type_name(record)}"), number
            continue
        result = _document_from_record(record, f"{item.source}:{number}")
        yield (Problem(item.source, number, result) if isinstance(result, str) else result), number
    if not any_content:
        yield Problem(item.source, None, "file contains only whitespace"), None


def _with_language(document: Document, override: str | None) -> Document:
    lang = override or document.lang or language.detect(document.text)
    return Document(
        id=document.id,
        text=document.text,
        lang=lang,
        source=document.source,
        title=document.title,
        url=document.url,
        published=document.published,
    )


def _read_item(item: InputItem, override: str | None) -> Iterator[tuple[Document | Problem, int | None]]:
    data = _load_bytes(item)
    if isinstance(data, Problem):
        yield data, None
        return
    results: Iterable[tuple[Document | Problem, int | None]]
    results = _read_jsonl(item, data) if item.kind == "jsonl" else [(_read_text(item, data), None)]
    for result, line in results:
        yield (result if isinstance(result, Problem) else _with_language(result, override)), line


def read(item: InputItem, lang: str | None = None) -> Iterator[Document | Problem]:
    """Documents (and problems) of one planned file, in file order.

    ``lang`` overrides every document's language (validated with
    :func:`kg.language.normalise`).
    """
    override = language.normalise(lang) if lang else None
    for result, _line in _read_item(item, override):
        yield result


def read_inputs(paths: Sequence[Path | str], lang: str | None = None) -> Iterator[Document | Problem]:
    """All documents under ``paths`` in a stable order, with a :class:`Problem` for each bad input.

    Raises :class:`~kg.errors.LanguageError` at once (before reading) when the
    ``lang`` override is not a supported language.
    """
    override = language.normalise(lang) if lang else None
    first_seen: dict[str, str] = {}
    for item in plan(paths):
        if isinstance(item, Problem):
            yield item
            continue
        for result, line in _read_item(item, override):
            if isinstance(result, Document):
                earlier = first_seen.setdefault(result.id, result.source)
                if earlier != result.source:
                    message = f"duplicate document id {result.id!r} (first read from {earlier}); skipped"
                    yield Problem(item.source, line, message)
                    continue
            yield result
