"""Text as it enters the pipeline: LF line ends, NFC, no lone surrogates, no control characters.

Every text, title and id read by ``kg.ingest`` passes through :func:`clean` before
anything else sees it, so **all character offsets in later stages refer to the cleaned
text** (``Document.text``). Why each step:

* Line ends: CRLF and lone CR become LF (Windows and old Mac files read alike).
* Lone surrogates (legal in JSON as ``"\\ud800"``, never valid Unicode) become U+FFFD;
  they cannot be encoded as UTF-8, so one of them used to abort a whole run. The
  number replaced is reported.
* Unicode normalisation form C: "Joséphine" typed with a combining accent (NFD, as
  macOS file systems and some CMS exports write it) and with the precomposed "é" are
  the same name; without NFC only the second is matched by the gazetteer and the
  name rules. ``kg:Document`` records the form (``kg:textNormalization "NFC"``).
* C0/C1 control characters other than tab and newline (NUL, form feed, …) become a
  space: they carry no text, break other RDF tools when they reach a literal, and one
  space for one character keeps offsets simple.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["NORMAL_FORM", "clean", "normalise_newlines"]

NORMAL_FORM = "NFC"

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR → LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean(text: str) -> tuple[str, int]:
    """The cleaned text and how many lone surrogates were replaced (see the module docstring)."""
    text, surrogates = _SURROGATE.subn("\ufffd", text)
    text = unicodedata.normalize(NORMAL_FORM, normalise_newlines(text))
    return _CONTROL.sub(" ", text), surrogates
