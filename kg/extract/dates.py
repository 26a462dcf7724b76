"""When things happened: date expressions in news text, resolved against the document's date.

Three steps, each a pure function of its input (no spaCy needed, though spaCy spans are accepted):

1. :func:`find_dates` finds date expressions — "19 Juni 2024", "June 19, 2024", "Rabu (19/6)",
   "kemarin", "last week", "on Wednesday" — with their character offsets, using the language's
   data in ``kg/lang/<code>/dates.json`` (compiled by :mod:`kg.nlp.date_patterns`).
2. :func:`resolve` turns one into a :class:`DateValue` — a day, or a year and month when only the
   month is known — against a reference date (the document's), or ``None`` when it cannot be known.
3. :func:`document_date` finds that reference: the JSON Lines ``published`` field, else a dateline
   in the text ("JAKARTA, 19 Juni 2024 —", "WASHINGTON (Reuters) - June 19, 2024 -", a date line
   under the headline), else none.

The resolution rules (docs/dates.md has the full table and the reasons):

* Nothing is guessed without a reference: a weekday, "kemarin" or "19 Juni" with no document date
  (and no year written) resolves to ``None``.
* A bare weekday ("on Wednesday", "Rabu") is the nearest such day **on or before** the reference —
  news mostly reports the past week — unless the tense is :attr:`Tense.FUTURE` (then on or after).
  "last/next Wednesday", "Rabu lalu/depan" are strictly before/after the reference;
  "Rabu pekan lalu", "Wednesday of next week" the weekday of that calendar week.
* A day and month without a year ("19 Juni", "Rabu (19/12)") or a month alone ("in June",
  "pada Desember") take the year that fits the tense: the latest occurrence not after the
  reference for :attr:`Tense.PAST`, the earliest not before it for :attr:`Tense.FUTURE`, the
  nearest when the tense is unknown; one day of grace either way absorbs time zones between the
  publication timestamp and the writer's calendar. A written weekday picks the year first when
  only one of the candidate years has that date on that weekday.
* "last week" / "pekan lalu" is a month when the whole calendar week lies in one month, else
  ``None``; "last month" is a month; a year alone ("pada 2023", "last year") is a
  :class:`DateValue` of precision ``year`` that :meth:`DateValue.event_date` does not write:
  a year is too coarse to date an event or to tell two events apart.
"""

from __future__ import annotations

import calendar
import email.utils
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from kg.nlp.date_patterns import TOKEN, DatePatterns, Pattern, Unit, date_languages, load_patterns

__all__ = [
    "DateMention",
    "DateValue",
    "Precision",
    "Tense",
    "Unit",
    "document_date",
    "find_dateline",
    "find_dates",
    "find_dates_in_span",
    "mention_tokens",
    "parse_published",
    "resolve",
]


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Tense(StrEnum):
    """The time of the clause a date is in, when the caller knows it (``None`` = unknown)."""

    PAST = "past"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar day, month or year: ``DateValue(2024, 6, 19)``, ``DateValue(2024, 6)``, ``DateValue(2024)``."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} outside 1…12")
        if self.day is not None:
            date(self.year, self.month or 1, self.day)  # raises ValueError for 31 June

    @classmethod
    def of(cls, day: date) -> DateValue:
        return cls(day.year, day.month, day.day)

    @classmethod
    def from_iso(cls, text: str) -> DateValue:
        """``2024-06-19``, ``2024-06`` or ``2024``; anything else is a ValueError."""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not match:
            raise ValueError(f"not an ISO date, year-month or year: {text!r}")
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year, month, day)  # type: ignore[arg-type]

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def iso(self) -> str:
        """``2024-06-19`` (xsd:date), ``2024-06`` (xsd:gYearMonth) or ``2024`` (xsd:gYear)."""
        parts = [f"{self.year:04d}"] + [f"{v:02d}" for v in (self.month, self.day) if v is not None]
        return "-".join(parts)

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def compatible(self, other: DateValue) -> bool:
        """Could both describe the same day? Calendar periods nest, so: one contains the other."""
        return self.first_day() <= other.last_day() and other.first_day() <= self.last_day()

    def event_date(self) -> str | None:
        """What ``Event.date`` holds: the ISO day or month; ``None`` for a year alone."""
        return self.iso() if self.precision is not Precision.YEAR else None

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a text: where it is, what it says, and how to resolve it.

    An absolute mention (``unit is None``) carries what was written (year, month, day, weekday);
    a relative one its ``unit``, ``offset`` and ``within`` (see :class:`~kg.nlp.date_patterns.Pattern`)
    and the weekday or month it names.
    """

    start: int
    end: int
    text: str
    lang: str
    template: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: Unit | None = None
    offset: int = 0
    within: int | None = None

    @property
    def explicit(self) -> bool:
        """Written out with its year: resolvable without a reference date."""
        return self.unit is None and self.year is not None


# --------------------------------------------------------------------------- finding


def find_dates(text: str, lang: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """The date expressions in ``text[start:end]``, in text order, offsets into ``text``.

    Overlapping candidates are settled like spaCy's ``filter_spans``: the longest wins ("19 Juni 2024"
    over "19 Juni", "Rabu lalu" over "Rabu"); equal lengths go to the absolute templates, then to the
    order of the language's data.
    """
    patterns = load_patterns(lang)
    stop = len(text) if end is None else end
    candidates: list[tuple[int, int, DateMention]] = []
    for token in TOKEN.finditer(text, start, stop):  # a match starts at a token its template can start with
        for pattern in patterns.candidates(token.group(0)):
            match = pattern.regex.match(text, token.start(), stop)
            mention = _mention(match, pattern, patterns) if match else None
            if mention is not None:
                candidates.append((mention.start - mention.end, pattern.rank, mention))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    chosen: list[DateMention] = []
    for _, _, mention in candidates:
        if all(mention.end <= kept.start or kept.end <= mention.start for kept in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


class SpanLike(Protocol):
    """What :func:`find_dates_in_span` needs of a spaCy ``Span`` (or ``Doc``-like sentence)."""

    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...
    @property
    def doc(self) -> DocLike: ...


class DocLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def lang_(self) -> str: ...
    def char_span(self, start: int, end: int, *, alignment_mode: str) -> TokenSpanLike | None: ...


class TokenSpanLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def find_dates_in_span(span: SpanLike, lang: str | None = None) -> list[DateMention]:
    """The date expressions of a spaCy sentence or span; offsets are into ``span.doc.text``."""
    doc = span.doc
    return find_dates(doc.text, lang or doc.lang_, span.start_char, span.end_char)


def mention_tokens(doc: DocLike, mention: DateMention) -> tuple[int, int]:
    """The token range ``[start, end)`` of ``doc`` that covers a mention (expanded to whole tokens)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:  # pragma: no cover - "expand" always finds tokens inside the text
        raise ValueError(f"mention {mention.text!r} at {mention.start} is outside the document")
    return span.start, span.end


def _mention(match: re.Match[str], pattern: Pattern, patterns: DatePatterns) -> DateMention | None:
    """The mention a regex match stands for, or ``None`` when its numbers make no date (31/6, 19-12 June)."""
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    year = int(groups["year"]) if "year" in groups else 2000 + int(groups["yy"]) if "yy" in groups else None
    month_name = groups.get("month") or groups.get("mon")
    month = patterns.month(month_name) if month_name else int(groups["mm"]) if "mm" in groups else None
    day = int(groups["day"]) if "day" in groups else None
    weekday_name = groups.get("weekday") or groups.get("wday")
    weekday = patterns.weekday(weekday_name) if weekday_name else None
    if day is not None and month is not None:
        last = calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: 29 February is a date
        if day > last:
            return None
    if "day_end" in groups and not (day or 0) < int(groups["day_end"]) <= 31:
        return None
    offset = pattern.offset
    if "n" in groups:
        count = groups["n"]
        offset *= int(count) if count.isdigit() else patterns.numbers[count.casefold()]
    return DateMention(
        start=match.start(), end=match.end(), text=match.group(0), lang=patterns.lang, template=pattern.template,
        year=year, month=month, day=day, weekday=weekday, unit=pattern.unit, offset=offset, within=pattern.within,
    )


# --------------------------------------------------------------------------- resolving


def resolve(mention: DateMention, reference: date | None, tense: Tense | None = None) -> DateValue | None:
    """The day, month or year ``mention`` stands for, read on ``reference``; ``None`` when unknowable."""
    if mention.unit is None:
        return _absolute(mention, reference, tense)
    if reference is None:
        return None
    match mention.unit:
        case Unit.DAY:
            return DateValue.of(reference + timedelta(days=mention.offset))
        case Unit.WEEK:
            monday = _week_start(reference, mention.lang) + timedelta(weeks=mention.offset)
            sunday = monday + timedelta(days=6)
            return DateValue(monday.year, monday.month) if (monday.year, monday.month) == (
                sunday.year, sunday.month) else None
        case Unit.MONTH:
            year, month = divmod(reference.year * 12 + reference.month - 1 + mention.offset, 12)
            return DateValue(year, month + 1)
        case Unit.YEAR:
            return DateValue(reference.year + mention.offset)
        case Unit.WEEKDAY:
            day = _weekday(mention, reference, tense)
            return DateValue.of(day) if day is not None else None
        case Unit.MONTH_NAME:
            return _month_name(mention, reference, tense)


def _week_start(day: date, lang: str) -> date:
    return day - timedelta(days=(day.weekday() - load_patterns(lang).first_weekday) % 7)


def _weekday(mention: DateMention, reference: date, tense: Tense | None) -> date | None:
    weekday = mention.weekday
    if weekday is None:  # pragma: no cover - the data checks guarantee a weekday name
        return None
    if mention.within is not None:
        start = _week_start(reference, mention.lang) + timedelta(weeks=mention.within)
        return start + timedelta(days=(weekday - start.weekday()) % 7)
    back = (reference.weekday() - weekday) % 7  # 0: the reference day itself
    ahead = (weekday - reference.weekday()) % 7
    if mention.offset < 0:
        return reference - timedelta(days=back or 7)
    if mention.offset > 0:
        return reference + timedelta(days=ahead or 7)
    return reference + timedelta(days=ahead) if tense is Tense.FUTURE else reference - timedelta(days=back)


def _month_name(mention: DateMention, reference: date, tense: Tense | None) -> DateValue | None:
    month = mention.month
    if month is None:  # pragma: no cover - the data checks guarantee a month name
        return None
    if mention.within is not None:
        return DateValue(reference.year + mention.within, month)
    if mention.offset < 0:
        return DateValue(reference.year if month < reference.month else reference.year - 1, month)
    if mention.offset > 0:
        return DateValue(reference.year if month > reference.month else reference.year + 1, month)
    return _pick_year([DateValue(y, month) for y in _years_around(reference)], reference, tense)


def _absolute(mention: DateMention, reference: date | None, tense: Tense | None) -> DateValue | None:
    if mention.year is not None:
        return DateValue(mention.year, mention.month, mention.day)
    if reference is None or mention.month is None:
        return None
    candidates = []
    for year in _years_around(reference):
        try:
            candidates.append(DateValue(year, mention.month, mention.day))
        except ValueError:  # 29 February in a common year
            continue
    if mention.weekday is not None and mention.day is not None:
        agreeing = [c for c in candidates if c.first_day().weekday() == mention.weekday]
        if len(agreeing) == 1:
            return agreeing[0]
    return _pick_year(candidates, reference, tense)


def _years_around(reference: date) -> range:
    return range(reference.year - 1, reference.year + 2)


_GRACE = timedelta(days=1)


def _pick_year(candidates: list[DateValue], reference: date, tense: Tense | None) -> DateValue | None:
    """Of the same day or month in consecutive years, the one the tense points to (see the module doc)."""
    if tense is Tense.PAST:
        fitting = [c for c in candidates if c.first_day() <= reference + _GRACE]
        return max(fitting, key=DateValue.first_day, default=None)
    if tense is Tense.FUTURE:
        fitting = [c for c in candidates if c.last_day() >= reference - _GRACE]
        return min(fitting, key=DateValue.first_day, default=None)

    def distance(candidate: DateValue) -> tuple[int, date]:
        if candidate.first_day() <= reference <= candidate.last_day():
            return 0, candidate.first_day()
        gap = min(abs((candidate.first_day() - reference).days), abs((candidate.last_day() - reference).days))
        return gap, candidate.first_day()

    return min(candidates, key=distance, default=None)


# --------------------------------------------------------------------------- the document's date

_HEAD_LINES = 4  # a headline, a byline or date line, then the first paragraph
_DATELINE_REACH = 80  # a dateline's date starts this close to the start of its line
_SEPARATOR = re.compile(r"\s*(?:--|[-‐‑‒–—])\s")
_WORD = re.compile(r"[^\W\d_][\w.'’]*")
_CLOCK_OPENER = re.compile(r"^\s*[^\W\d_]+(?=\s+\d{1,2}[:.]\d{2}\b)")  # "pukul", "at" before "10:30"
_ISO_START = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def find_dateline(text: str, lang: str) -> DateMention | None:
    """The date a news text carries at its top, or ``None``.

    A dateline is a fully written date (day, month and year) in one of the first four non-empty
    lines, starting within 80 characters of the line's start, with
    (a) nothing before it on the line but a few capitalised words (a city, an agency: "JAKARTA,",
        "WASHINGTON (Reuters) -", "Published"), and
    (b) after it either the end of the line within three short or capitalised words (a date line:
        "10:30 WIB") or a dash or an opening parenthesis (the dateline of the first paragraph:
        "— Presiden …", "(ANTARA) -").
    A date inside a sentence ("On June 19, 2024, the president …") is not a dateline.
    """
    for line_start, line in _head_lines(text):
        for mention in find_dates(text, lang, line_start, line_start + len(line)):
            if not (mention.explicit and mention.day is not None):
                continue
            before = line[: mention.start - line_start]
            after = line[mention.end - line_start:]
            if mention.start - line_start > _DATELINE_REACH:
                continue
            words_before = _WORD.findall(before)
            if len(words_before) > 5 or not all(w[0].isupper() for w in words_before):
                continue
            rest = after.strip()
            if _SEPARATOR.match(after) or rest.startswith("(") or _date_line_tail(rest):
                return mention
    return None


def _date_line_tail(rest: str) -> bool:
    """What may follow the date on a date line: up to three short or capitalised words ("10:30 WIB",
    "10:30 a.m. ET"), never a sentence going on (", the president said …"). The word introducing the clock time
    right after the date is the time's own ("pukul 10:30 WIB", "at 10:30 a.m.")."""
    words = _WORD.findall(_CLOCK_OPENER.sub("", rest, count=1))
    return not rest.startswith(",") and len(words) <= 3 and all(w[0].isupper() or len(w) <= 4 for w in words)


def _head_lines(text: str) -> Iterable[tuple[int, str]]:
    count = 0
    for match in re.finditer(r"[^\n]+", text):
        if match.group(0).strip():
            yield match.start(), match.group(0)
            count += 1
            if count == _HEAD_LINES:
                return


def parse_published(value: str, lang: str | None = None) -> date | None:
    """The day a ``published`` field names: ISO date or datetime (its date as written, i.e. in the
    publisher's time zone), RFC 2822 ("Wed, 19 Jun 2024 10:00:00 +0700"), or a written date in
    ``lang`` (or any language with date data). ``None`` when it names no day."""
    text = value.strip()
    iso = _ISO_START.match(text)
    if iso:
        try:
            return date(*(int(g) for g in iso.groups()))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for code in [lang] if lang else date_languages():
        for mention in find_dates(text, code):
            if mention.explicit and mention.day is not None:
                return date(mention.year, mention.month, mention.day)  # type: ignore[arg-type]
    return None


def document_date(text: str, lang: str, published: str | None = None) -> date | None:
    """The reference date of a document: ``published`` when it names a day, else its dateline, else ``None``."""
    if published:
        day = parse_published(published, lang)
        if day is not None:
            return day
    mention = find_dateline(text, lang)
    if mention is None:
        return None
    value = resolve(mention, None)
    return value.first_day() if value is not None else None
