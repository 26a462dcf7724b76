"""JSON Lines: numbered lines read with bounded memory, and the fields of one record checked.

A record is an object with ``text`` (a non-empty string) and optional ``id``, ``lang``, ``title``,
``url``, ``published`` (strings). Lines are read one at a time, so a file of any size streams;
a line longer than the caller's limit is skipped (its bytes are read past, never held) and
reported, and the lines after it are read as usual.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from kg import language
from kg.errors import LanguageError

__all__ = ["OPTIONAL_FIELDS", "byte_lines", "record_fields", "text_lines", "type_name"]

OPTIONAL_FIELDS = ("lang", "title", "url", "published")


def byte_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
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


def text_lines(handle: BinaryIO, codec: str, skip: int) -> Iterator[tuple[int, str]]:
    handle.read(skip)
    stream = io.TextIOWrapper(handle, encoding=codec, errors="strict", newline="")
    yield from enumerate(stream, start=1)


def type_name(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def record_fields(record: dict[str, Any]) -> dict[str, str | None] | str:
    """The fields of one JSON Lines object (lang normalised), or an error message."""
    errors: list[str] = []
    text = record.get("text")
    if "text" not in record or text is None:
        errors.append("missing 'text' field")
    elif not isinstance(text, str):
        errors.append(f"field 'text' must be a string, got {type_name(text)}")
    elif not text.strip():
        errors.append("field 'text' is empty")
    given_id = record.get("id")
    if given_id is not None and not isinstance(given_id, str):
        errors.append(f"field 'id' must be a string, got {type_name(given_id)}")
    elif isinstance(given_id, str) and not given_id.strip():
        errors.append("field 'id' is empty")
    fields: dict[str, str | None] = {"text": text if isinstance(text, str) else None,
                                     "id": given_id if isinstance(given_id, str) else None}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            errors.append(f"field {name!r} must be a string, got {type_name(value)}")
        else:
            fields[name] = value or None
    if not errors and fields["lang"]:
        try:
            fields["lang"] = language.normalise(fields["lang"])
        except LanguageError as error:
            errors.append(str(error.args[0]))
    return "; ".join(errors) if errors else fields
