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
import json
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from kg import language
from kg.errors import LanguageError
from kg.ingest import files, pages
from kg.ingest.decode import Decoded, binary_reason, bom_encoding, decode
from kg.ingest.text import clean, normalise_newlines
from kg.model import Document

__all__ = [
    "MAX_CHARS",
    "InputItem",
    "Notice",
    "Problem",
    "content_id",
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
OPTIONAL_FIELDS = ("lang", "title", "url", "published")

MAX_CHARS = 10_000_000
"""Default ``--max-chars``: longer texts are skipped. Generous: a 4 MB article archive is read."""

_BYTES_PER_CHAR = 4  # the most a character takes on disk (UTF-8, UTF-32): a file-size bound for max_chars
_MARKUP_PER_CHAR = 20  # a web page holds far more markup than text
_DETECT_CHARS = 100_000  # language detection reads this much of a text

Kind = Literal["text", "jsonl", "html", "warc"]


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read as a document, or a document that failed; it is skipped.

    ``source`` is the path as the user gave it (joined with the folder walk), ``line`` the
    1-based line of a JSON Lines file or record of a WARC file, else ``None``; ``code`` is
    one of :data:`kg.errors.PROBLEM_CODES`. ``detail`` (a traceback) is shown with ``--debug``.
    """

    source: str
    line: int | None
    message: str
    code: str = "E103"
    detail: str | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: [{self.code}] {self.message}"


@dataclass(frozen=True, slots=True)
class Notice:
    """Something repaired while reading a document that was kept (a ``W1xx`` code); ``count`` of what."""

    source: str
    line: int | None
    message: str
    code: str
    count: int = 1

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: [{self.code}] {self.message}"


@dataclass(frozen=True, slots=True)
class InputItem:
    """One file to read; ``follow_symlinks`` only for a file the user named (not found in a walk)."""

    path: Path
    kind: Kind
    follow_symlinks: bool = False

    @property
    def source(self) -> str:
        return str(self.path)


Result = Document | Problem | Notice


def content_id(text: str) -> str:
    """The stable id of a text: first 16 hex digits of SHA-256 over its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


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
    import os

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


class _Reader:
    """Reads planned items into documents; one per run, so options are set once."""

    def __init__(self, override: str | None, max_chars: int) -> None:
        self.override = override
        self.max_chars = max_chars

    # -- one document

    def document(self, source: str, line: int | None, text: str, *, doc_id: str | None = None,
                 lang: str = "", title: str | None = None, url: str | None = None,
                 published: str | None = None, decoded: Decoded | None = None) -> Iterator[Result]:
        """Clean a text and its fields into a Document, with notices for what was repaired."""
        file = source if line is None else source.rsplit(":", 1)[0]
        if decoded is not None and decoded.guessed:
            how = "declared by the page" if decoded.how == "declared" else "detected by charset-normalizer"
            yield Notice(file, line, f"not UTF-8: decoded as {decoded.encoding} ({how})", "W101")
        text, surrogates = clean(text)
        fields: dict[str, str | None] = {}
        for name, value in (("id", doc_id), ("title", title), ("url", url), ("published", published)):
            if value is None:
                fields[name] = None
                continue
            cleaned, count = clean(value)
            surrogates += count
            fields[name] = " ".join(cleaned.split()) if name != "id" else cleaned
        if surrogates:
            yield Notice(file, line, f"{surrogates} lone surrogate(s) replaced by U+FFFD", "W102", surrogates)
        if not text.strip():
            yield Problem(file, line, "no text (only whitespace)", "E104")
            return
        if len(text) > self.max_chars:
            yield Problem(file, line, f"text of {len(text):,} characters is longer than --max-chars "
                          f"{self.max_chars:,}", "E109")
            return
        chosen = self.override or lang or language.detect(text[:_DETECT_CHARS])
        yield Document(
            id=fields["id"] or content_id(text),
            text=text,
            lang=chosen,
            source=source,
            title=fields["title"] or None,
            url=fields["url"] or None,
            published=fields["published"] or None,
        )

    # -- one file

    def item(self, item: InputItem) -> Iterator[Result]:
        """Every document, problem and notice of one file; never raises for a bad input."""
        try:
            if item.kind == "jsonl":
                yield from self.jsonl(item)
            elif item.kind == "warc":
                yield from self.warc(item)
            else:
                yield from self.single(item)
        except Exception as error:  # a bug or a library's surprise must cost one file, not the run
            yield Problem(item.source, None, f"cannot read: {type(error).__name__}: {error}", "E103",
                          traceback.format_exc())

    def single(self, item: InputItem) -> Iterator[Result]:
        per_char = _MARKUP_PER_CHAR if item.kind == "html" else _BYTES_PER_CHAR
        data = files.read_regular(item.path, follow_symlinks=item.follow_symlinks,
                                  max_bytes=self.max_chars * per_char + 4)
        if isinstance(data, files.Refused):
            yield Problem(item.source, None, data.message, data.code)
            return
        if not data:
            yield Problem(item.source, None, "empty file", "E104")
            return
        decoded = decode(data, pages.meta_charset(data) if item.kind == "html" else None)
        if isinstance(decoded, str):
            yield Problem(item.source, None, decoded, "E105" if decoded.startswith("binary") else "E106")
            return
        if item.kind == "html" or pages.looks_like_html(decoded.text):
            yield from self.page(item.source, None, decoded)
            return
        if not decoded.text.strip():
            yield Problem(item.source, None, "file contains only whitespace", "E104")
            return
        yield from self.document(item.source, None, decoded.text, decoded=decoded)

    def page(self, source: str, line: int | None, decoded: Decoded, url: str | None = None) -> Iterator[Result]:
        found = pages.extract_page(decoded.text, url)
        if found is None:
            yield Problem(source, line, "no article text found in the web page", "E110")
            return
        doc_source = source if line is None else f"{source}:{line}"
        yield from self.document(doc_source, line, found.text, title=found.title, url=found.url,
                                 published=found.published, decoded=decoded)

    def warc(self, item: InputItem) -> Iterator[Result]:
        handle = files.open_regular(item.path, follow_symlinks=item.follow_symlinks)
        if isinstance(handle, files.Refused):
            yield Problem(item.source, None, handle.message, handle.code)
            return
        any_page = False
        with handle:
            for entry in pages.warc_pages(handle, self.max_chars * _MARKUP_PER_CHAR):
                if isinstance(entry, tuple):
                    number, message = entry
                    yield Problem(item.source, number, message, "E110")
                    continue
                any_page = True
                try:
                    decoded = decode(entry.payload, entry.charset or pages.meta_charset(entry.payload))
                    if isinstance(decoded, str):
                        yield Problem(item.source, entry.record, decoded, "E106")
                        continue
                    yield from self.page(item.source, entry.record, decoded, entry.url)
                except Exception as error:  # one record's surprise costs that record
                    yield Problem(item.source, entry.record, f"cannot read: {type(error).__name__}: {error}",
                                  "E103", traceback.format_exc())
        if not any_page:
            yield Problem(item.source, None, "no HTML page in the WARC file", "E110")

    def jsonl(self, item: InputItem) -> Iterator[Result]:
        handle = files.open_regular(item.path, follow_symlinks=item.follow_symlinks)
        if isinstance(handle, files.Refused):
            yield Problem(item.source, None, handle.message, handle.code)
            return
        with handle:
            yield from self._jsonl_lines(item, handle)

    def _jsonl_lines(self, item: InputItem, handle: BinaryIO) -> Iterator[Result]:
        head = handle.read(65536)
        handle.seek(0)
        if not head:
            yield Problem(item.source, None, "empty file", "E104")
            return
        found = bom_encoding(head)
        if found is not None and found[0] != "utf-8":  # UTF-16/32 JSON Lines: decode the file as a whole
            lines: Iterator[tuple[int, bytes | str]] = _text_lines(handle, found[0], found[1])
        else:
            reason = binary_reason(head[3:] if found else head)
            if reason:
                yield Problem(item.source, None, reason, "E105")
                return
            lines = _byte_lines(handle, self.max_chars * _BYTES_PER_CHAR + 1024)
        any_content = False
        for number, raw in lines:
            if raw is not None and not raw.strip():
                continue
            any_content = True
            try:
                yield from self._jsonl_record(item, number, raw)
            except Exception as error:  # one line's surprise costs that line
                yield Problem(item.source, number, f"cannot read: {type(error).__name__}: {error}", "E103",
                              traceback.format_exc())
        if not any_content:
            yield Problem(item.source, None, "file contains only whitespace", "E104")

    def _jsonl_record(self, item: InputItem, number: int, raw: bytes | str | None) -> Iterator[Result]:
        if raw is None:
            yield Problem(item.source, number, f"line longer than --max-chars {self.max_chars:,} allows", "E109")
            return
        decoded: Decoded | None = None
        if isinstance(raw, bytes):
            result = decode(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw)
            if isinstance(result, str):
                yield Problem(item.source, number, result, "E106")
                return
            decoded, line = result, result.text
        else:
            line = raw
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(item.source, number, f"malformed JSON: {error.msg} (column {error.colno})", "E107")
            return
        except RecursionError:
            yield Problem(item.source, number, "malformed JSON: nested too deeply", "E107")
            return
        if not isinstance(record, dict):
            yield Problem(item.source, number, f"expected a JSON object, got {_type_name(record)}", "E107")
            return
        fields = _record_fields(record)
        if isinstance(fields, str):
            yield Problem(item.source, number, fields, "E107")
            return
        yield from self.document(f"{item.source}:{number}", number, fields["text"] or "", doc_id=fields["id"],
                                 lang=fields["lang"] or "", title=fields["title"], url=fields["url"],
                                 published=fields["published"], decoded=decoded)


def _byte_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary file, at most ``max_bytes`` each held in memory (``None``: longer)."""
    number = 0
    while True:
        line = handle.readline(max_bytes)
        if not line:
            return
        number += 1
        if len(line) >= max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of an over-long line
                line = handle.readline(max_bytes)
            yield number, None
            continue
        yield number, line


def _text_lines(handle: BinaryIO, codec: str, skip: int) -> Iterator[tuple[int, str]]:
    import io

    handle.read(skip)
    stream = io.TextIOWrapper(handle, encoding=codec, errors="strict", newline="")
    yield from enumerate(stream, start=1)


def _type_name(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _record_fields(record: dict[str, Any]) -> dict[str, str | None] | str:
    """The fields of one JSON Lines object (lang normalised), or an error message."""
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
    fields: dict[str, str | None] = {"text": text if isinstance(text, str) else None,
                                     "id": given_id if isinstance(given_id, str) else None}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            errors.append(f"field {name!r} must be a string, got {_type_name(value)}")
        else:
            fields[name] = value or None
    if not errors and fields["lang"]:
        try:
            fields["lang"] = language.normalise(fields["lang"])
        except LanguageError as error:
            errors.append(str(error.args[0]))
    return "; ".join(errors) if errors else fields


# --------------------------------------------------------------------------- public API


def read(item: InputItem, lang: str | None = None, *, max_chars: int = MAX_CHARS) -> Iterator[Result]:
    """Documents (and problems and notices) of one planned file, in file order.

    ``lang`` overrides every document's language (validated with :func:`kg.language.normalise`).
    """
    override = language.normalise(lang) if lang else None
    yield from _Reader(override, max_chars).item(item)


def read_inputs(paths: Sequence[Path | str], lang: str | None = None, *,
                max_chars: int = MAX_CHARS) -> Iterator[Result]:
    """All documents under ``paths`` in a stable order, with a :class:`Problem` for each bad input
    and a :class:`Notice` before a document for what was repaired in it.

    Raises :class:`~kg.errors.LanguageError` at once (before reading) when the ``lang``
    override is not a supported language.
    """
    override = language.normalise(lang) if lang else None
    reader = _Reader(override, max_chars)
    first_seen: dict[str, str] = {}
    for item in plan(paths):
        if isinstance(item, Problem):
            yield item
            continue
        for result in reader.item(item):
            if isinstance(result, Document):
                earlier = first_seen.setdefault(result.id, result.source)
                if earlier != result.source:
                    line = int(result.source.rsplit(":", 1)[1]) if result.source != item.source else None
                    message = f"duplicate document id {result.id!r} (first read from {earlier}); skipped"
                    yield Problem(item.source, line, message, "E108")
                    continue
            yield result
