"""A language's date expressions: ``kg/lang/<code>/dates.json`` checked and compiled to regular expressions.

The data names months and weekdays, number words, and two lists of templates:
``absolute`` ("{day} {mon} {year}", "{wday} ({day}/{mm})") and ``relative``
("kemarin", "{weekday} lalu", "last {weekday}", each with a unit and an offset).
A template is written in a small language (docs/dates.md): ``{placeholder}``,
``[optional|alternatives]``, a space for any run of whitespace, ``-`` for any dash,
anything else literal and case-insensitive. Names (months, weekdays) match only
Capitalised or UPPERCASE when ``capitalised_names`` is set, so "May" the month is
never "may" the verb and Indonesian "Minggu" (Sunday) is not "minggu" (a week).

Everything a language needs is data: adding a third language means writing its
``dates.json``, never code. Bad data is a :class:`~kg.errors.ResourceError` that
lists every problem at once.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kg import caches, language
from kg.errors import LanguageError, ResourceError
from kg.paths import LANG_DIR

__all__ = ["DatePatterns", "Pattern", "Unit", "clear_cache", "compile_patterns", "date_languages", "load_patterns"]

FILE_NAME = "dates.json"


class Unit(StrEnum):
    """What a relative expression counts in (an absolute date has no unit)."""

    DAY = "day"  # kemarin, yesterday, 2 days ago
    WEEK = "week"  # pekan lalu, last week
    MONTH = "month"  # bulan depan, last month
    YEAR = "year"  # tahun lalu, last year
    WEEKDAY = "weekday"  # Rabu lalu, next Wednesday, on Wednesday
    MONTH_NAME = "month_name"  # Juni lalu, last June, June last year


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled template. ``rank`` orders equally long matches: absolute first, then list order."""

    template: str
    regex: re.Pattern[str]
    rank: int
    starts: frozenset[str]  # first-token keys a match can begin with (see :func:`start_key`)
    unit: Unit | None = None  # None: an absolute date (day, month and/or year written out)
    offset: int = 0  # units from the reference; for weekday and month_name: -1 before, 0 by tense, 1 after
    within: int | None = None  # weekday/month_name in the week/year this many from the reference's


@dataclass(frozen=True, slots=True)
class DatePatterns:
    """Everything needed to find dates in one language's text."""

    lang: str
    patterns: tuple[Pattern, ...]
    months: Mapping[str, int]  # casefolded name or abbreviation → 1…12
    weekdays: Mapping[str, int]  # casefolded name or abbreviation → 0 (Monday) … 6
    numbers: Mapping[str, int]  # casefolded number word → value
    first_weekday: int  # the day a week starts on (0 = Monday), for "last week"
    by_start: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)  # start key → patterns

    def candidates(self, token: str) -> tuple[Pattern, ...]:
        """The patterns a match starting at ``token`` can belong to (most tokens: none)."""
        return self.by_start.get(start_key(token), ())

    def month(self, name: str) -> int:
        return self.months[_key(name)]

    def weekday(self, name: str) -> int:
        return self.weekdays[_key(name)]


_TOP_KEYS = {"capitalised_names", "first_weekday", "months", "weekdays", "absolute", "relative"}
_OPTIONAL_KEYS = {"ordinal_suffixes", "numbers"}
_NAME_PLACEHOLDERS = {"month": "month", "mon": "month", "weekday": "weekday", "wday": "weekday"}
_PLACEHOLDERS = {"day", "day_end", "mm", "year", "yy", "n", *_NAME_PLACEHOLDERS}
_TOKEN = re.compile(r"\{([^{}\[\]]*)\}|\[([^{}\[\]]*)\]|(\s+)|(-)|([^{}\[\]\s-]+)|(.)")
_DASHES = "[-‐‑‒–—]"
_NAME_END = r"(?![\w-])"  # not inside a longer word or a hyphenated name (Mar-a-Lago)
_MAX_WITHIN = 10


def _key(name: str) -> str:
    return name.casefold().rstrip(".")


TOKEN = re.compile(r"\w+|[^\w\s]")
"""How :func:`kg.extract.dates.find_dates` walks a text: every match starts at one of these tokens."""
_DIGITS = "#"


def start_key(token: str) -> str:
    """The index key of a text token: ``#`` for digits, else its casefolded leading word or character."""
    if token[:1].isdigit():
        return _DIGITS
    match = TOKEN.match(token)
    return match.group(0).casefold() if match else token.casefold()


def date_languages() -> tuple[str, ...]:
    """The language codes that have a ``dates.json``, sorted."""
    return tuple(sorted(p.parent.name for p in LANG_DIR.glob(f"*/{FILE_NAME}")))


@functools.cache
def load_patterns(lang: str) -> DatePatterns:
    """The compiled date patterns of ``lang`` (``id``, ``en``, ``en-GB``, an alias such as ``zsm`` …), read
    once per process; :func:`kg.nlp.pipeline.reset` forgets them.

    A language folder without ``dates.json`` gets patterns that find nothing: its events stay undated
    rather than its documents failing. A code with no folder at all is a :class:`~kg.errors.ResourceError`.
    """
    code = _code(lang)
    path = LANG_DIR / code / FILE_NAME
    if not path.is_file():
        if (LANG_DIR / code).is_dir():
            return DatePatterns(lang=code, patterns=(), months={}, weekdays={}, numbers={}, first_weekday=0)
        raise ResourceError(f"no date data for language {lang!r}: {path} is missing",
                            hint="Write kg/lang/<code>/dates.json (see docs/dates.md).")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot read {path}: {exc}") from exc
    return compile_patterns(data, code, source=str(path))


def clear_cache() -> None:
    """Forget compiled patterns (part of :func:`kg.nlp.pipeline.reset`)."""
    load_patterns.cache_clear()


caches.register("kg.nlp.date_patterns.load_patterns", clear_cache)


def _code(lang: str) -> str:
    """The folder name of ``lang``: the registry's code for a registered code or alias, else its base code."""
    try:
        return language.normalise(lang)
    except LanguageError:
        return lang.strip().lower().replace("_", "-").split("-", 1)[0]


def compile_patterns(data: Any, lang: str, source: str = "dates.json") -> DatePatterns:
    """Check ``data`` (the parsed JSON) and compile it; every problem is reported in one error."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ResourceError(f"{source}: the top level must be a JSON object")
    keys = {k for k in data if not k.startswith("_")}
    problems += [f"missing key {k!r}" for k in sorted(_TOP_KEYS - keys)]
    problems += [f"unknown key {k!r}" for k in sorted(keys - _TOP_KEYS - _OPTIONAL_KEYS)]
    capitalised = data.get("capitalised_names", True)
    if not isinstance(capitalised, bool):
        problems.append("capitalised_names must be true or false")
    first_weekday = data.get("first_weekday", 0)
    if not isinstance(first_weekday, int) or isinstance(first_weekday, bool) or not 0 <= first_weekday <= 6:
        problems.append("first_weekday must be 0 (Monday) … 6 (Sunday)")
    months = _name_table(data.get("months"), "months", 12, problems)
    weekdays = _name_table(data.get("weekdays"), "weekdays", 7, problems)
    numbers = _numbers(data.get("numbers", {}), problems)
    suffixes = _strings(data.get("ordinal_suffixes", []), "ordinal_suffixes", problems)
    if problems:  # the templates need the tables
        raise ResourceError(f"{source}: " + "; ".join(problems))

    patterns = _patterns(data, _Pieces(months, weekdays, numbers, suffixes, capitalised), problems)
    if problems:
        raise ResourceError(f"{source}: " + "; ".join(problems))
    by_start: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for key in sorted(pattern.starts):
            by_start.setdefault(key, []).append(pattern)
    return DatePatterns(
        lang=lang,
        patterns=tuple(patterns),
        by_start={k: tuple(v) for k, v in by_start.items()},
        months={_key(n): i + 1 for i, names in enumerate(months) for n in names[0] + names[1]},
        weekdays={_key(n): i for i, names in enumerate(weekdays) for n in names[0] + names[1]},
        numbers={_key(w): v for w, v in numbers.items()},
        first_weekday=first_weekday,
    )


def _patterns(data: dict[str, Any], pieces: _Pieces, problems: list[str]) -> list[Pattern]:
    """The absolute templates, then the relative forms, compiled in order (their rank)."""
    patterns: list[Pattern] = []
    if not isinstance(data["absolute"], list):
        problems.append("absolute must be a list of templates")
    for template in data["absolute"] if isinstance(data["absolute"], list) else []:
        where = f"absolute template {template!r}"
        compiled = _compile(template, pieces, where, problems)
        if compiled is not None:
            regex, used, starts = compiled
            _check_absolute(used, where, problems)
            patterns.append(Pattern(template, regex, len(patterns), starts))
    if not isinstance(data["relative"], list):
        problems.append("relative must be a list of {form, unit, offset|within} objects")
    for entry in data["relative"] if isinstance(data["relative"], list) else []:
        pattern = _relative(entry, pieces, len(patterns), problems)
        if pattern is not None:
            patterns.append(pattern)
    return patterns


# --------------------------------------------------------------------------- tables


def _strings(value: Any, where: str, problems: list[str]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(s, str) and s.strip() == s and s for s in value):
        problems.append(f"{where} must be a list of non-empty strings without surrounding spaces")
        return []
    return value


def _name_table(value: Any, where: str, size: int, problems: list[str]) -> list[tuple[list[str], list[str]]]:
    """``[{"names": [...], "abbreviations": [...]}, ...]`` with ``size`` entries, every name lowercase and unique."""
    if not isinstance(value, list) or len(value) != size:
        problems.append(f"{where} must list {size} entries")
        return []
    table: list[tuple[list[str], list[str]]] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(value, start=1):
        if not isinstance(entry, dict) or set(entry) != {"names", "abbreviations"}:
            problems.append(f"{where} entry {i} must be {{\"names\": [...], \"abbreviations\": [...]}}")
            table.append(([], []))
            continue
        names = _strings(entry["names"], f"{where} entry {i} names", problems)
        abbreviations = _strings(entry["abbreviations"], f"{where} entry {i} abbreviations", problems)
        if not names:
            problems.append(f"{where} entry {i} needs at least one name")
        for name in names + abbreviations:
            if name != name.lower():
                problems.append(f"{where} entry {i}: write {name!r} in lowercase")
            other = seen.setdefault(_key(name), i)
            if other != i:
                problems.append(f"{where}: {name!r} names both entry {other} and entry {i}")
        table.append((names, abbreviations))
    return table


def _numbers(value: Any, problems: list[str]) -> dict[str, int]:
    valid = isinstance(value, dict) and all(
        isinstance(k, str) and k and isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 100
        for k, v in value.items())
    if not valid:
        problems.append("numbers must map number words to integers 1…100")
        return {}
    return value


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True, slots=True)
class _Pieces:
    """What placeholders expand to in one language."""

    months: list[tuple[list[str], list[str]]]
    weekdays: list[tuple[list[str], list[str]]]
    numbers: dict[str, int]
    ordinal_suffixes: list[str]
    capitalised: bool

    def _words(self, placeholder: str) -> tuple[list[str], list[str]]:
        """The full names and the abbreviations a name placeholder matches ({month}, {weekday}: none)."""
        table = self.months if _NAME_PLACEHOLDERS[placeholder] == "month" else self.weekdays
        full = [n for names, _ in table for n in names]
        short = [a for _, abbreviations in table for a in abbreviations] if placeholder in ("mon", "wday") else []
        return full, short

    def names(self, placeholder: str) -> str:
        full, short = self._words(placeholder)
        alternatives = [self._name(n) + _NAME_END for n in sorted(full, key=len, reverse=True)]
        alternatives += [self._name(a) + r"(?:\.|" + _NAME_END + ")" for a in sorted(short, key=len, reverse=True)]
        return f"(?P<{placeholder}>{'|'.join(alternatives)})"

    def _name(self, name: str) -> str:
        if not self.capitalised:
            return f"(?i:{_literal(name)})"
        variants = dict.fromkeys([name[:1].upper() + name[1:], name.upper()])
        return "(?:" + "|".join(_literal(v) for v in variants) + ")"

    def start_keys(self, name: str) -> set[str]:
        """The keys of the tokens a placeholder's text can start with."""
        if name in _NAME_PLACEHOLDERS:
            full, short = self._words(name)
            return {start_key(n) for n in full + short}
        if name == "n":
            return {_DIGITS} | {start_key(w) for w in self.numbers}
        return {_DIGITS}

    def placeholder(self, name: str) -> str:
        if name in _NAME_PLACEHOLDERS:
            return self.names(name)
        day = r"3[01]|[12]\d|0?[1-9]"
        suffix = "(?i:" + "|".join(re.escape(s) for s in self.ordinal_suffixes) + ")?" if self.ordinal_suffixes else ""
        words = sorted(self.numbers, key=len, reverse=True)
        expansions = {
            "day": rf"(?P<day>{day})(?!\d){suffix}",
            "day_end": rf"(?P<day_end>{day})(?!\d){suffix}",
            "mm": r"(?P<mm>1[0-2]|0?[1-9])(?!\d)",
            "year": r"(?P<year>(?:1[89]|2[01])\d\d)(?!\d)",
            "yy": r"(?P<yy>\d\d)(?!\d)",
            "n": r"(?P<n>\d{1,2}(?!\d)" + "".join(f"|(?i:{_literal(w)})" for w in words) + ")",
        }
        return expansions[name]


def _literal(text: str) -> str:
    """Literal template text: spaces match any whitespace run, '-' any dash."""
    out = []
    for part in re.split(r"(\s+|-)", text):
        if not part:
            continue
        out.append(r"\s+" if part.isspace() else _DASHES if part == "-" else re.escape(part))
    return "".join(out)


def _compile(template: Any, pieces: _Pieces, where: str,
             problems: list[str]) -> tuple[re.Pattern[str], set[str], frozenset[str]] | None:
    """The regex of one template, the placeholders it uses and the keys of the tokens a match can
    start with; ``None`` (and a problem) if the template is malformed."""
    if not isinstance(template, str) or not template.strip():
        problems.append(f"{where}: a template must be a non-empty string")
        return None
    parts: list[str] = []
    used: set[str] = set()
    starts: set[str] = set()
    leading = True  # every element so far was optional: the next one can start a match too
    for match in _TOKEN.finditer(template):
        placeholder, optional, space, dash, text, stray = match.groups()
        if stray is not None:
            problems.append(f"{where}: unbalanced {stray!r}")
            return None
        if placeholder is not None:
            if placeholder not in _PLACEHOLDERS:
                problems.append(f"{where}: unknown placeholder {{{placeholder}}}; known: "
                                + ", ".join(f"{{{p}}}" for p in sorted(_PLACEHOLDERS)))
                return None
            kinds = {_NAME_PLACEHOLDERS.get(u, u) for u in used}
            if _NAME_PLACEHOLDERS.get(placeholder, placeholder) in kinds:
                problems.append(f"{where}: {{{placeholder}}} (or its kind) used twice")
                return None
            used.add(placeholder)
            parts.append(pieces.placeholder(placeholder))
            if leading:
                starts |= pieces.start_keys(placeholder)
            leading = False
        elif optional is not None:
            alternatives = optional.split("|")
            if not all(alternatives):
                problems.append(f"{where}: empty alternative in [{optional}]")
                return None
            parts.append("(?:" + "|".join(f"(?i:{_literal(a)})" for a in alternatives) + ")?")
            if leading:
                starts |= {start_key(a.strip()) for a in alternatives}
        elif space is not None:
            parts.append(r"\s+")
        else:
            parts.append(_DASHES if dash is not None else f"(?i:{re.escape(text)})")
            if leading:
                starts.add(start_key(dash or text))
            leading = False
    if leading:
        problems.append(f"{where}: everything is optional")
        return None
    body = "".join(parts)
    try:
        return re.compile(rf"(?<!\w){body}(?!\w)"), used, frozenset(starts)
    except re.error as exc:  # pragma: no cover - every piece is escaped; kept for a clear message
        problems.append(f"{where}: {exc}")
        return None


def _check_absolute(used: set[str], where: str, problems: list[str]) -> None:
    """An absolute template writes out a date: a day needs a month, a weekday or numeric month a day."""
    month = bool(used & {"month", "mon", "mm"})
    rules = [
        ("n" not in used, "{n} belongs in relative forms"),
        (bool(used & {"year", "yy", "month", "mon"}) or month, "needs a {year}, {month}, {mon} or {mm}"),
        ("day" not in used or month, "a {day} needs a month ({month}, {mon} or {mm})"),
        ("mm" not in used or "day" in used, "a numeric {mm} needs a {day}"),
        ("day_end" not in used or "day" in used, "{day_end} needs a {day}"),
        (not used & {"weekday", "wday"} or "day" in used, "a weekday without a {day} is a relative form"),
        (not {"year", "yy"} <= used, "{year} and {yy} together"),
        ("mm" not in used or not used & {"month", "mon"}, "a month both named and numbered"),
    ]
    problems += [f"{where}: {message}" for ok, message in rules if not ok]


def _relative(entry: Any, pieces: _Pieces, rank: int, problems: list[str]) -> Pattern | None:
    where = f"relative form {entry.get('form')!r}" if isinstance(entry, dict) else "relative entry"
    if not isinstance(entry, dict) or not {"form", "unit"} <= set(entry) or set(entry) - {"form", "unit", "offset",
                                                                                          "within"}:
        problems.append(f"{where}: must be {{\"form\", \"unit\", \"offset\" or \"within\"}}")
        return None
    try:
        unit = Unit(entry["unit"])
    except ValueError:
        problems.append(f"{where}: unknown unit {entry['unit']!r}; known: {', '.join(u.value for u in Unit)}")
        return None
    offset, within = entry.get("offset"), entry.get("within")
    if not all(v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in (offset, within)):
        problems.append(f"{where}: offset and within are integers")
        return None
    compiled = _compile(entry["form"], pieces, where, problems)
    if compiled is None:
        return None
    regex, used, starts = compiled
    named = unit in (Unit.WEEKDAY, Unit.MONTH_NAME)
    needs = {Unit.WEEKDAY: {"weekday", "wday"}, Unit.MONTH_NAME: {"month", "mon"}}.get(unit, set())
    rules = [
        (not used & {"day", "day_end", "mm", "year", "yy"}, "relative forms write no day, month number or year"),
        (bool(used & needs) if named else not used & set(_NAME_PLACEHOLDERS), f"unit {unit.value} and its names"),
        ("n" not in used or not named, "{n} counts days, weeks, months or years"),
        ((offset is None) != (within is None) if named else within is None and offset is not None,
         "give offset (or, for weekday and month_name, within instead)"),
        (offset is None or not named or offset in (-1, 0, 1), "offset of a weekday or month name is -1, 0 or 1"),
        (within is None or abs(within) <= _MAX_WITHIN, f"within is at most {_MAX_WITHIN} weeks or years away"),
    ]
    failed = [message for ok, message in rules if not ok]
    problems += [f"{where}: {message}" for message in failed]
    if failed:
        return None
    return Pattern(entry["form"], regex, rank, starts, unit, offset or 0, within)
