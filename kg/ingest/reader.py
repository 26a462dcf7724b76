"""One planned file → its documents, problems and notices (the work behind :func:`kg.ingest.read_inputs`)."""

from __future__ import annotations

import hashlib
import json
import traceback
from collections.abc import Iterator
from typing import BinaryIO

from kg import language
from kg.ingest import files, jsonl, pages
from kg.ingest.decode import Decoded, binary_reason, bom_encoding, decode
from kg.ingest.items import InputItem, Notice, Problem, Result
from kg.ingest.text import clean
from kg.model import Document

__all__ = ["Reader", "content_id"]

BYTES_PER_CHAR = 4  # the most a character takes on disk (UTF-8, UTF-32): a file-size bound for max_chars
MARKUP_PER_CHAR = 20  # a web page holds far more markup than text
DETECT_CHARS = 100_000  # language detection reads this much of a text


def content_id(text: str) -> str:
    """The stable id of a text: first 16 hex digits of SHA-256 over its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Reader:
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
        chosen = self.override or lang or language.detect(text[:DETECT_CHARS])
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
        per_char = MARKUP_PER_CHAR if item.kind == "html" else BYTES_PER_CHAR
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
            for entry in pages.warc_pages(handle, self.max_chars * MARKUP_PER_CHAR):
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
            lines: Iterator[tuple[int, bytes | str]] = jsonl.text_lines(handle, found[0], found[1])
        else:
            reason = binary_reason(head[3:] if found else head)
            if reason:
                yield Problem(item.source, None, reason, "E105")
                return
            lines = jsonl.byte_lines(handle, self.max_chars * BYTES_PER_CHAR + 1024)
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
            yield Problem(item.source, number, f"expected a JSON object, got {jsonl.type_name(record)}", "E107")
            return
        fields = jsonl.record_fields(record)
        if isinstance(fields, str):
            yield Problem(item.source, number, fields, "E107")
            return
        yield from self.document(f"{item.source}:{number}", number, fields["text"] or "", doc_id=fields["id"],
                                 lang=fields["lang"] or "", title=fields["title"], url=fields["url"],
                                 published=fields["published"], decoded=decoded)
