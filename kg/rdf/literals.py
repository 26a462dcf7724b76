"""Literals as the shapes want them: ISO dates typed (``xsd:date``, ``xsd:gYearMonth``, ``xsd:dateTime``),
confidences as 4-place decimals, texts language-tagged and cleaned of invisible characters."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import XSD

__all__ = ["clean", "confidence_literal", "date_literal", "event_date_literal", "text_literal"]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


_ISO_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")


@lru_cache(maxsize=4096)  # rdflib parses a typed literal's text on every Literal(); a document repeats its dates
def date_literal(text: str) -> Literal:
    """``xsd:date``/``xsd:dateTime``/``xsd:gYearMonth`` for a valid ISO date, date-time or year-month
    (``2024-06``), else the date as written (``xsd:string``)."""
    value = text.strip()
    if _ISO_YEAR_MONTH.fullmatch(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _ISO_DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    if _ISO_DATETIME.fullmatch(value):
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
            return Literal(value, datatype=XSD.dateTime)
        except ValueError:
            pass
    return Literal(value)


_EVENT_DATE_TYPES = (XSD.date, XSD.gYearMonth, XSD.dateTime)


def event_date_literal(date_text: str) -> Literal:
    """An event's ``kg:date``: ``xsd:date`` for a day, ``xsd:gYearMonth`` for a month (or an ``xsd:dateTime``).

    ``Event.date`` holds what :mod:`kg.extract.dates` resolved; text that names no day or month
    ("Monday", "2024") is a programming error here, not something to write as it stands.
    """
    literal = date_literal(date_text)
    if literal.datatype not in _EVENT_DATE_TYPES:
        raise ValueError(f"event date {date_text!r} is not an ISO day (YYYY-MM-DD) or month (YYYY-MM); "
                         "resolve it with kg.extract.dates first")
    return literal


@lru_cache(maxsize=4096)  # a few hundred distinct confidences; a Decimal and a typed Literal each time otherwise
def confidence_literal(confidence: float) -> Literal:
    """An ``xsd:decimal`` rounded to 4 places: readable and stable across float printing. A whole number is
    written without a fraction ("1", not "1.0"), as SPARQL stores give it back, so that a graph read from the store
    is the graph written."""
    value = Decimal(str(round(float(confidence), 4)))
    return Literal(value.quantize(Decimal(1)) if value == value.to_integral_value() else value, datatype=XSD.decimal)


def text_literal(text: str, lang: str | None) -> Literal:
    """A language-tagged literal (tag lowercased: tags are case-insensitive), or a plain one without a tag.

    A plain literal is what an unknown language gives; the shapes reject it on names.
    """
    return Literal(text, lang=lang.lower() if lang else None)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Bidi controls (ALM, LRM, RLM, embeddings, overrides, isolates), zero-width space and BOM: invisible, they
make two spellings of one name differ and can reorder how a label is displayed. Removed; control
characters (NUL, tab, …) become a space."""


def clean(text: str) -> str:
    """A label or headline as written: invisible characters removed, whitespace runs → one space."""
    return " ".join(_CONTROL.sub(" ", _INVISIBLE.sub("", text)).split())
