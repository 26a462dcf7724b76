"""Bytes → text: byte-order marks, UTF-8, a declared charset, then detection with charset-normalizer.

The order, and why:

1. A byte-order mark decides (UTF-32, UTF-8 or UTF-16, what Windows tools write). The
   mark is not part of the text.
2. Bytes that are mostly control characters, or hold NUL bytes without a UTF-16/32
   mark, are binary: no encoding is guessed for them.
3. Valid UTF-8 is UTF-8. (Latin-1 text practically never happens to be valid UTF-8.)
4. A charset the container declares (a web page's ``<meta charset>`` or HTTP header)
   is tried next.
5. Otherwise ``charset-normalizer`` picks the legacy encoding whose decoding reads most
   like text (Latin-1 / Windows-1252 from older CMS exports, …); the caller warns and
   names it. Only when nothing fits is the input skipped.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Literal

__all__ = ["Decoded", "binary_reason", "decode"]

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE, whose mark it starts with
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

_WESTERN = "cp1252"

# A file whose first bytes are more than this share of control characters is binary.
_CONTROL_SHARE = 0.30
_SNIFF_BYTES = 65536
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec that decoded it, and how the codec was chosen."""

    text: str
    encoding: str
    how: Literal["bom", "utf-8", "declared", "detected"]

    @property
    def guessed(self) -> bool:
        """True when the bytes were not UTF-8 and carried no byte-order mark (worth a warning)."""
        return self.how in ("declared", "detected")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, length of the mark) when ``data`` starts with a byte-order mark."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` (without a byte-order mark) is not text, or ``None``."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C: JSON Lines are big
    if head and control / len(head) > _CONTROL_SHARE:
        return f"binary file ({control / len(head):.0%} control characters)"
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's choice; among encodings it finds equally plausible, Windows-1252.

    Short texts rarely tell Western from Central European code pages apart (both read "Brasília"),
    and charset-normalizer then picks the first alphabetically, cp1250, which turns "Crème" into
    "Crčme". Windows-1252, the legacy default of Western web content (WHATWG), is preferred on a tie.
    """
    from charset_normalizer import from_bytes  # imported when needed: most inputs are UTF-8

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        return None
    for match in matches:
        if (match.chaos, match.coherence) == (best.chaos, best.coherence) and (
                _WESTERN in (match.encoding, *match.could_be_from_charset)):
            return _WESTERN
    return codecs.lookup(best.encoding).name


def decode(data: bytes, declared: str | None = None) -> Decoded | str:
    """The text of ``data``, or the reason (a message) why no encoding fits it."""
    found = bom_encoding(data)
    if found is not None:
        codec, skip = found
        try:
            return Decoded(data[skip:].decode(codec), codec, "bom")
        except UnicodeDecodeError as error:
            return (f"the byte-order mark says {codec}, but byte offset {skip + error.start} is not valid "
                    f"{codec}; re-save the file")
    reason = binary_reason(data)
    if reason:
        return reason
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex().upper()
        line = data[: error.start].count(b"\n") + 1
        not_utf8 = f"not valid UTF-8 (byte 0x{bad} at byte offset {error.start}, line {line})"
    codec = _codec(declared)
    if codec is not None:
        try:
            return Decoded(data.decode(codec), codec, "declared")
        except UnicodeDecodeError:
            pass
    codec = _detect(data)
    if codec is None:
        return f"{not_utf8}, and no other text encoding fits; re-save the file as UTF-8"
    try:
        return Decoded(data.decode(codec), codec, "detected")
    except UnicodeDecodeError:
        return f"{not_utf8}, and no other text encoding fits; re-save the file as UTF-8"
