"""The gazetteer: known countries, places, organisations and people, with Wikidata QIDs.

Two halves:

* :func:`build` turns the shared, verified TSVs (``../shared/data/wikidata``:
  countries, places, organizations, people) plus our own lexicons
  (``kg/lang/<lang>/aliases.json``) into ``data/gazetteer/entries.jsonl``,
  ``stats.json``, ``dropped.tsv`` and ``SOURCES.md``. The output is committed,
  so a fresh clone needs nothing outside the repository. The build is
  deterministic (sorted, no timestamps): rebuilding from the same inputs gives
  the same bytes, and a diff of ``entries.jsonl`` shows exactly what changed.
* :func:`load` reads the committed files into a :class:`Gazetteer` that offers
  lookup by QID or by normalised text and the surface forms that feed a spaCy
  ``PhraseMatcher``.

Why aliases are cleaned at build time: the Natural Earth place names carry
encoding damage ("Ciudad de Mdxico", "Brasglia"), numbered duplicates
("London2"), truncations ("Ciudad de M", "S"), metro-area names
("Osaka-Kobe") and ISO 3166 alpha-3 codes ("IDN", "CHN") that are not how news
names a country. Each rule is in :func:`_clean_aliases` and
:data:`_JUNK_ALIASES`; every dropped alias is listed with its reason in
``dropped.tsv`` so the rules can be reviewed.

Why surface forms carry ``case_sensitive``: "AS" is the United States in
Indonesian but the word "as" in English, "US" is not "us", and single words
such as "Turkey", "Chad", "Nice" or "Padang" are ordinary lowercase words in
English or Indonesian. So acronym-like forms (no lowercase letter) and
single-word forms must match exactly as written, while multi-word names
("korea utara", "united nations security council") can match on lowercase.
Forms can also be language-specific (``lang_forms``): "AS" is Indonesian only. And a
name can be kept out of one language's matching (``blocked``) when it is an everyday
word there: "Lima" is "five" and "Anda" is "you" in Indonesian.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import math
import os
import re
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from kg import paths
from kg.errors import ResourceError
from kg.model import EntityType

SCHEMA_VERSION = 1
ENTRIES_FILE = "entries.jsonl"
STATS_FILE = "stats.json"
SOURCES_FILE = "SOURCES.md"
DROPPED_FILE = "dropped.tsv"
TSV_FILES = ("countries.tsv", "places.tsv", "organizations.tsv", "people.tsv")
# Our verified supplement: QIDs the shared tables lack (regions, seas, former leaders, treaties …),
# each row with the public evidence that pairs the name with the QID (data/wikidata-extra/SOURCES.md).
EXTRA_FILE = paths.PROJECT_DIR / "data" / "wikidata-extra" / "verified.tsv"
EXTRA_SOURCE = "newskg verified supplement data/wikidata-extra/verified.tsv"
SUBTYPES = ("City", "InternationalOrganization", "NewsAgency", "Agency", "Leader")

# Sources whose rows are CC BY-SA 4.0 (the rest is CC0 / public domain, MIT or Unicode License).
CC_BY_SA_SOURCES = ("confirmordeny/supraverden", "open-data-archive/world-leaders-current")

_TYPE_ORDER = {t.value: i for i, t in enumerate(sorted(EntityType, key=lambda t: t.value))}


# --------------------------------------------------------------------------- text helpers


def strip_accents(text: str) -> str:
    """Remove combining marks ("São Paulo" → "Sao Paulo"); other characters are kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


_APOSTROPHES_AND_DOTS = re.compile(r"['’‘ʻʼ`´.]")
_SEPARATORS = re.compile(r"[\s\-‐-―_/,;:()\[\]\"“”]+")


def normalise(text: str) -> str:
    """The lookup key of a name: case, accents, hyphens, dots and spacing normalised.

    "Kim Jong-un" and "Kim Jong Un" → "kim jong un"; "U.S." and "US" → "us";
    "Xi'an" → "xian"; "São Paulo" → "sao paulo".
    """
    text = strip_accents(text).casefold()
    text = _APOSTROPHES_AND_DOTS.sub("", text)
    return " ".join(_SEPARATORS.sub(" ", text).split())


def is_case_sensitive(form: str) -> bool:
    """Whether a surface form must match exactly as written (see the module docstring).

    True for acronym-like forms without a lowercase letter ("AS", "U.S.",
    "DK PBB", "NATO") and for single-word forms ("Turkey", "Padang", "Korut");
    False for multi-word names, which are safe to match on lowercase.
    """
    letters = [c for c in form if c.isalpha()]
    if not letters or not any(c.islower() for c in letters):
        return True
    return len(form.split()) == 1


def slug(text: str) -> str:
    """ASCII slug for the key of an entry without a QID ("White House" → "white-house")."""
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")


def _variants(form: str) -> list[str]:
    """Spellings of one form that a token matcher would otherwise miss.

    Hyphen vs space ("Kim Jong-un" / "Kim Jong un"), accents dropped
    ("Ōsaka" / "Osaka"), straight vs curly apostrophe ("Xi'an" / "Xi’an").
    """
    out = [form]
    for candidate in list(out):
        stripped = strip_accents(candidate)
        if stripped != candidate:
            out.append(stripped)
    for candidate in list(out):
        spaced = re.sub(r"(?<=\w)[-‐](?=\w)", " ", candidate)
        if spaced != candidate:
            out.append(spaced)
    for candidate in list(out):
        if "'" in candidate:
            out.append(candidate.replace("'", "’"))
        elif "’" in candidate:
            out.append(candidate.replace("’", "'"))
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known thing.

    ``qid`` is the verified Wikidata id (``None`` for entries from our own
    lexicons that the shared TSVs do not have). ``aliases`` are language-neutral
    names; ``lang_forms`` are ``(lang, text)`` forms valid in one language only
    (e.g. ``("id", "AS")``); ``blocked`` are ``(lang, text)`` names that are not
    matched in that language's text because they are common words there
    (``("id", "Lima")``); lookup still finds them. ``country`` is the country QID for places, people
    and national bodies where known. ``prior`` in [0, 1] is a popularity prior
    for disambiguation (population for places; sovereign countries and current
    leaders high). ``role``: for people the offices held, as stated by the
    source with its snapshot date; for places the Natural Earth feature class
    ("capital", "admin-1 capital", "city" …). ``source`` names the rows' origin.
    """

    qid: str | None
    type: EntityType
    name_en: str
    name_id: str | None = None
    aliases: tuple[str, ...] = ()
    acronym: str | None = None
    subtype: str | None = None
    country: str | None = None
    prior: float = 0.5
    source: str = ""
    role: str | None = None
    lang_forms: tuple[tuple[str, str], ...] = ()
    blocked: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        """Stable identity: the QID, else ``local:<slug of name_en>``."""
        return self.qid or f"local:{slug(self.name_en)}"

    def names(self, lang: str | None = None) -> tuple[str, ...]:
        """All written forms: English and Indonesian names, aliases, acronym, and
        the ``lang_forms`` of ``lang`` (of every language when ``lang`` is None)."""
        forms = [self.name_en, self.name_id, *self.aliases, self.acronym]
        forms += [text for form_lang, text in self.lang_forms if lang is None or form_lang == lang]
        return tuple(dict.fromkeys(f for f in forms if f))

    def to_json(self) -> dict[str, Any]:
        """JSON object with a fixed key order; empty fields are omitted to keep the file small."""
        record: dict[str, Any] = {
            "qid": self.qid,
            "type": self.type.value,
            "name_en": self.name_en,
            "name_id": self.name_id,
            "aliases": list(self.aliases),
            "acronym": self.acronym,
            "subtype": self.subtype,
            "country": self.country,
            "prior": self.prior,
            "role": self.role,
            "lang_forms": [list(pair) for pair in self.lang_forms],
            "blocked": [list(pair) for pair in self.blocked],
            "source": self.source,
        }
        return {k: v for k, v in record.items() if v not in (None, [], "") or k == "qid"}

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> GazetteerEntry:
        return cls(
            qid=record.get("qid"),
            type=EntityType(record["type"]),
            name_en=record["name_en"],
            name_id=record.get("name_id"),
            aliases=tuple(record.get("aliases", ())),
            acronym=record.get("acronym"),
            subtype=record.get("subtype"),
            country=record.get("country"),
            prior=float(record.get("prior", 0.5)),
            source=record.get("source", ""),
            role=record.get("role"),
            lang_forms=tuple((lang, text) for lang, text in record.get("lang_forms", ())),
            blocked=tuple((lang, text) for lang, text in record.get("blocked", ())),
        )


class SurfaceForm(NamedTuple):
    """A string to match in text. ``text`` is as written; when ``case_sensitive`` is
    False, match it on lowercase (spaCy ``PhraseMatcher(attr="LOWER")``), else on
    ``ORTH``. Lowercase matching is meant for capitalisation variants ("Dewan keamanan
    PBB"); a span that is all lowercase in the text ("tepi barat sungai") is usually an
    ordinary phrase, so a matcher should require the capitals of the form."""

    text: str
    entry: GazetteerEntry
    case_sensitive: bool


class Gazetteer:
    """Loaded gazetteer: lookup by QID, key or text, and surface forms per language."""

    def __init__(self, entries: Iterable[GazetteerEntry], directory: Path | None = None) -> None:
        self.entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self.directory = directory
        self._by_key: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            if entry.key in self._by_key:
                raise ResourceError(f"gazetteer has two entries with key {entry.key}")
            self._by_key[entry.key] = entry
        for entry in self.entries:  # a lexicon entry folded into a verified one keeps its old key
            if entry.qid and "newskg lexicon" in entry.source:
                self._by_key.setdefault(f"local:{slug(entry.name_en)}", entry)
        # normalised text -> entries; lang None = every language
        self._index: dict[str, list[tuple[GazetteerEntry, str | None]]] = defaultdict(list)
        for entry in self.entries:
            seen: set[tuple[str, str | None]] = set()
            for text in (entry.name_en, entry.name_id, *entry.aliases, entry.acronym):
                if text and (normalise(text), None) not in seen:
                    seen.add((normalise(text), None))
                    self._index[normalise(text)].append((entry, None))
            for lang, text in entry.lang_forms:
                if (normalise(text), lang) not in seen:
                    seen.add((normalise(text), lang))
                    self._index[normalise(text)].append((entry, lang))
        self._forms: dict[str, tuple[SurfaceForm, ...]] = {}
        self._words: dict[str, list[GazetteerEntry]] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.entries)} entries from {self.directory})"

    def by_qid(self, qid: str) -> GazetteerEntry | None:
        """The entry with this Wikidata QID, or None."""
        return self._by_key.get(qid) if qid.startswith("Q") else None

    def by_key(self, key: str) -> GazetteerEntry | None:
        """The entry with this :attr:`GazetteerEntry.key` (QID or ``local:…``), or None."""
        return self._by_key.get(key)

    def lookup(self, text: str, lang: str | None = None) -> list[GazetteerEntry]:
        """Entries whose name normalises like ``text``, best prior first.

        Case, accents, hyphens, dots and spacing are ignored ("Kim Jong-un" =
        "Kim Jong Un", "U.S." = "US"); a leading English "the" is tried without
        when nothing matches. With ``lang``, only that language's
        language-specific forms count (so ``lookup("AS", "en")`` finds nothing).
        Case-sensitivity is a matching concern, not a lookup one.
        """
        forms_of: tuple[str, ...] | None = None
        if lang is not None:
            from kg import language

            forms_of = language.get(lang).gazetteer_forms
        key = normalise(text)
        hits = self._index.get(key)
        if not hits and key.startswith("the "):
            hits = self._index.get(key[4:])
        result: dict[str, GazetteerEntry] = {}
        for entry, form_lang in hits or ():
            if forms_of is None or form_lang is None or form_lang in forms_of:
                result.setdefault(entry.key, entry)
        return sorted(result.values(), key=lambda e: (-e.prior, _sort_key(e)))

    def lookup_words(self, word: str) -> list[GazetteerEntry]:
        """Entries with a name containing ``word`` as a whole normalised word, best prior first.

        For partial mentions ("Putin" → Vladimir Putin): the caller checks the rest of
        the name. A multi-word ``word`` finds nothing.
        """
        if self._words is None:
            index: dict[str, dict[str, GazetteerEntry]] = defaultdict(dict)
            for entry in self.entries:
                for name in entry.names():
                    for token in normalise(name).split():
                        index[token].setdefault(entry.key, entry)
            self._words = {
                token: sorted(found.values(), key=lambda e: (-e.prior, _sort_key(e)))
                for token, found in index.items()
            }
        key = normalise(word)
        return list(self._words.get(key, ())) if key and " " not in key else []

    def surface_forms(self, lang: str) -> Iterator[SurfaceForm]:
        """Everything to match in ``lang`` text, for a spaCy ``PhraseMatcher``.

        Per entry: the names of the language's registry entry (``[gazetteer] names``: the English
        name, and the Indonesian one in Indonesian), the neutral aliases, the acronym and the
        forms of the languages in ``[gazetteer] forms``, each with spelling variants (hyphen/space,
        accents, apostrophes). One-character forms are skipped.
        """
        from kg.language import normalise as normalise_lang

        lang = normalise_lang(lang)
        if lang not in self._forms:
            self._forms[lang] = tuple(self._make_forms(lang))
        return iter(self._forms[lang])

    def _make_forms(self, lang: str) -> Iterator[SurfaceForm]:
        from kg import language

        info = language.get(lang)
        for entry in self.entries:
            texts = [text for name in info.gazetteer_names if (text := getattr(entry, name))]
            texts += list(entry.aliases)
            if entry.acronym:
                texts.append(entry.acronym)
            texts += [text for form_lang, text in entry.lang_forms if form_lang in info.gazetteer_forms]
            seen: set[str] = {text for form_lang, text in entry.blocked if form_lang in info.gazetteer_forms}
            for text in texts:
                sensitive = is_case_sensitive(text)
                for variant in _variants(text):
                    if len(variant) < 2 or variant in seen:
                        continue
                    seen.add(variant)
                    yield SurfaceForm(variant, entry, sensitive)

    def demonyms(self, lang: str) -> dict[str, GazetteerEntry]:
        """Nationality words of ``lang`` ("Russian" → Russia) from ``kg/lang/<lang>/demonyms.json``."""
        from kg.language import normalise as normalise_lang

        return _load_demonyms(self, paths.LANG_DIR / normalise_lang(lang) / "demonyms.json")


def _sort_key(entry: GazetteerEntry) -> tuple[int, int, str]:
    """Type, then numeric QID, then (entries without QID, last) English name."""
    qid_number = int(entry.qid[1:]) if entry.qid else 1 << 62
    return (_TYPE_ORDER[entry.type.value], qid_number, entry.name_en if not entry.qid else "")


def _load_demonyms(gazetteer: Gazetteer, path: Path) -> dict[str, GazetteerEntry]:
    """``{"demonyms": {word: QID}, "countries": {QID: English name}}``; the names guard the QIDs."""
    data = _read_json(path)
    guard = data.get("countries", {})
    result: dict[str, GazetteerEntry] = {}
    for form, qid in data.get("demonyms", {}).items():
        entry = gazetteer.by_qid(qid)
        if entry is None or entry.type is not EntityType.COUNTRY:
            raise ResourceError(f"{path}: {form!r} → {qid}, which is not a country of the gazetteer")
        if qid in guard and normalise(guard[qid]) not in {normalise(n) for n in entry.names()}:
            raise ResourceError(f"{path}: {qid} is {entry.name_en!r}, not {guard[qid]!r}; wrong QID?")
        result[form] = entry
    return result


# --------------------------------------------------------------------------- loading


def load(directory: Path | str | None = None) -> Gazetteer:
    """The gazetteer in ``directory`` (default :func:`kg.paths.gazetteer_dir`), cached per path.

    Raises :class:`~kg.errors.ResourceError` when it is missing or malformed.
    """
    path = Path(directory) if directory is not None else paths.gazetteer_dir()
    return _load_cached(path.resolve())


@functools.lru_cache(maxsize=4)
def _load_cached(directory: Path) -> Gazetteer:
    entries_path = directory / ENTRIES_FILE
    if not entries_path.is_file():
        raise ResourceError(
            f"gazetteer not found: {entries_path}",
            hint="Build it with `kg gazetteer --source ../shared/data/wikidata --out data/gazetteer` "
            "(or `make gazetteer`), or point NEWSKG_DATA at a data folder that has gazetteer/.",
        )
    entries = []
    with entries_path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                entries.append(GazetteerEntry.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                raise ResourceError(f"{entries_path}:{number}: malformed gazetteer entry ({error})") from None
    return Gazetteer(entries, directory)


def clear_cache() -> None:
    """Forget loaded gazetteers (tests, or after a rebuild in the same process)."""
    _load_cached.cache_clear()


# --------------------------------------------------------------------------- building


@dataclass(frozen=True)
class BuildReport:
    """What :func:`build` did; ``seconds`` is wall time (not written to the output)."""

    out_dir: Path
    entries: int
    by_type: dict[str, int]
    from_lexicons: int
    surface_forms: dict[str, int]
    dropped_aliases: dict[str, int]
    bytes_written: int
    seconds: float
    files: tuple[Path, ...] = field(default=())
    from_supplement: int = 0  # entries added by the verified supplement (included in ``by_type``)

    def __str__(self) -> str:
        return self.summary()

    def summary(self) -> str:
        types = ", ".join(f"{count} {name}" for name, count in self.by_type.items())
        forms = ", ".join(f"{lang}: {count}" for lang, count in self.surface_forms.items())
        dropped = sum(self.dropped_aliases.values())
        return (
            f"gazetteer: {self.entries} entries ({types}; {self.from_lexicons} of them from our lexicons, "
            f"{self.from_supplement} from the verified supplement)\n"
            f"surface forms: {forms}\n"
            f"aliases dropped: {dropped} (see {self.out_dir / DROPPED_FILE})\n"
            f"wrote {self.bytes_written / 1e6:.2f} MB to {self.out_dir} in {self.seconds:.2f}s"
        )


# Aliases from the sources that are encoding damage or wrong, found by review of places.tsv
# (Natural Earth 4.0 NAME/NAMEALT fields) and not caught by the general rules below.
_JUNK_ALIASES = frozenset(
    {
        "Ciudad de Mdxico",
        "Th nh Pho Ho Chy Minh",
        "Thanh Pho Ho Cha Minh",
        "Athnnai",
        "Hh Noi",
        "Phrto Alegre",
        "Cramqi",
        "Zarrich",
        "Zarich",
        "Kaln",
        "Mhnchen",
        "Ciudad Jugrrez",
        "Yaound",
        "Grande S o Luss",
        "Ciudad de Panam",
        "N'Djamnna",
        "N'Djam-na",
        "F-s",
        "Hai Phnng",
        "Grande Vitaria",
        "El Djazacr",
        "El Djazasr",
        "Kuybyskev",
    }
)
# (QID, alias) pairs that name something else (a neighbouring city, a region).
_WRONG_ALIASES = frozenset(
    {
        ("Q891", "Novgorod"),  # Nizhny Novgorod ≠ Veliky Novgorod
        ("Q71323", "Jianmen"),
        ("Q71323", "Tianmen"),  # Jingmen ≠ Tianmen
        ("Q39121", "West Yorkshire"),  # Leeds ≠ the county
        ("Q38545", "Seyhan"),  # Adana ≠ its district
        ("Q61092", "Pinang"),
        ("Q61092", "Penang"),  # George Town ≠ the state of Penang
    }
)
# Parenthesised qualifiers that are not names ("Congo (Republic)", "Sint Maarten (Dutch part)").
_QUALIFIERS = frozenset({"republic", "republik", "french part", "dutch part", "kingdom of the"})


def _is_latin(text: str) -> bool:
    """Only Latin letters, combining accents, modifier apostrophes, digits, punctuation."""
    for char in text:
        if char.isalpha():
            if "LATIN" not in unicodedata.name(char, "") and unicodedata.category(char) != "Lm":
                return False
        elif unicodedata.category(char) == "Mn" and not 0x0300 <= ord(char) <= 0x036F:
            return False
    return True


_FOLD = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ħ": "h"})


def _ascii_fold(char: str) -> str:
    return strip_accents(char).translate(_FOLD)


def _accent_damaged(alias: str, references: Iterable[str]) -> bool:
    """True when ``alias`` equals a reference except at accented letters of the reference
    that it replaces by some *other* letter: the signature of Natural Earth's broken
    transliteration ("Brasglia" for "Brasília"), as opposed to plain accent stripping
    ("Vitoria" for "Vitória"), which is kept."""
    for reference in references:
        if len(reference) != len(alias) or reference == alias:
            continue
        diffs = [(a, r) for a, r in zip(alias, reference, strict=True) if a != r]
        if diffs and all(ord(r) > 127 for _, r in diffs) and any(a != _ascii_fold(r) for a, r in diffs):
            return True
    return False


def _metro_area(alias: str, own_names: set[str], aliases: set[str]) -> bool:
    """Metro-area names ("New York-Newark", "Osaka-Kobe"): the place's name (or another alias of it) joined by
    a hyphen to another capitalised name of 3+ letters ("Ad-Dammam", "Pare-Pare" are kept)."""
    if normalise(alias) in own_names:
        return False
    known = own_names | aliases
    for match in re.finditer("-", alias):
        left, right = alias[: match.start()].strip(), alias[match.end() :].strip()
        for mine, other in ((left, right), (right, left)):
            if normalise(mine) in known and len(other) >= 3 and other[:1].isupper():
                return True
    return False


def _split_alias(alias: str, file: str) -> list[str]:
    """Split "A/B" (places, countries) and "A (B)" into separate forms."""
    parts = [alias]
    if file in ("places", "countries") and "/" in alias:
        parts = [p.strip() for p in alias.split("/")]
    out: list[str] = []
    for part in parts:
        match = re.fullmatch(r"(.+?)\s*\((.+)\)", part)
        if match:
            out += [g.strip() for g in match.groups() if g.strip().lower() not in _QUALIFIERS]
        else:
            out.append(part)
    return out


def _clean_aliases(
    row_aliases: Sequence[str], entry_names: Sequence[str], file: str, qid: str, iso3: str | None
) -> tuple[list[str], list[tuple[str, str]]]:
    """Source aliases → (kept, [(alias, reason) dropped]). Rules, in order:

    split "A/B" and "A (B)"; strip NE's numeric suffix ("London2" → "London",
    places only); drop ISO alpha-3 codes; known junk; non-Latin characters;
    shorter than 2 characters, or 2 characters that are not capitals ("Le");
    truncations ending in a lone capital ("Ciudad de M"); places: forms that
    start lowercase ("rumqi"), are "City, Province" qualified, or are metro
    areas joining the name to another ("New York-Newark"); accent damage; known
    wrong (QID, alias) pairs; duplicates of the entry's own names.
    """
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    references = [*entry_names, *row_aliases]
    own = {normalise(n) for n in entry_names if n}
    for raw in row_aliases:
        for alias in _split_alias(raw.strip(), file):
            if file == "places":
                alias = re.sub(r"(?<=[A-Za-z])\d+$", "", alias).strip()
            reason = None
            letters = [c for c in alias if c.isalpha()]
            if iso3 and alias == iso3:
                reason = "ISO 3166 alpha-3 code"
            elif alias in _JUNK_ALIASES:
                reason = "encoding damage (listed)"
            elif not _is_latin(alias):
                reason = "non-Latin or stray characters"
            elif len(alias) < 2 or (len(alias) == 2 and not all(c.isupper() for c in letters)):
                reason = "too short"
            elif re.search(r"\s[A-Z]$", alias):
                reason = "truncated"
            elif file == "places" and alias[:1].islower():
                reason = "truncated (starts lowercase)"
            elif file == "places" and "," in alias:
                reason = "qualified 'City, Province' form"
            elif file == "places" and _metro_area(alias, own, {normalise(a) for a in row_aliases}):
                reason = "metro-area name"
            elif file in ("places", "countries") and _accent_damaged(alias, references):
                reason = "encoding damage (accented letter replaced)"
            elif (qid, alias) in _WRONG_ALIASES:
                reason = "names another place (listed)"
            elif alias in entry_names or alias in kept:
                continue  # exact duplicate; spelling variants ("U.S." next to "US") are kept
            if reason:
                dropped.append((alias if alias == raw else f"{alias} (in '{raw}')", reason))
            else:
                kept.append(alias)
    return kept, dropped


def _read_tsv(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    if not path.is_file():
        raise ResourceError(
            f"gazetteer source file missing: {path}",
            hint="Pass --source the folder with countries.tsv, places.tsv, organizations.tsv and "
            "people.tsv (../shared/data/wikidata).",
        )
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise ResourceError(f"{path}: missing columns {missing}")
        rows = []
        for number, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                raise ResourceError(f"{path}:{number}: wrong number of columns")
            rows.append({k: v.strip() for k, v in row.items()})
    return rows


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _place_prior(population: str, feature: str) -> float:
    try:
        people = max(float(population), 1.0)
    except ValueError:
        people = 1.0
    prior = min(1.0, max(0.3, math.log10(people) / 8))
    if feature.startswith("capital (dependency"):
        prior = max(prior, 0.7)
    elif feature.startswith("capital"):
        prior = max(prior, 0.85)
    elif "province" in feature:
        prior = max(prior, 0.6)
    return round(prior, 3)


def _org_subtype(kind: str) -> str | None:
    if kind == "news agency":
        return "NewsAgency"
    if kind.startswith("international organisation"):
        return "InternationalOrganization"
    return None


def _person_prior_and_subtype(source: str, role: str) -> tuple[float, str | None]:
    segments = [s.strip() for s in role.split(" | ")]
    head_of_indonesia = any(re.match(r"President( of Indonesia)? \(", s) for s in segments)
    if "world-leaders-current" in source:
        return 0.85, "Leader"
    if "world-leaders-2021" in source:
        return 0.75, "Leader"
    if head_of_indonesia:
        return 0.75, "Leader"
    if re.search(r"Minister|President|Governor|Chief|Commander|Attorney|Speaker", role):
        return 0.6, None
    return 0.35, None


class _Builder:
    """Holds the state of one build; see :func:`build`."""

    def __init__(self, source_dir: Path, lexicon_dir: Path) -> None:
        self.source_dir = source_dir
        self.lexicon_dir = lexicon_dir
        self.entries: dict[str, GazetteerEntry] = {}
        self.dropped: list[tuple[str, str, str, str]] = []  # file, qid, alias, reason
        self.merged_places: list[str] = []
        self.lexicon_entries = 0
        self.lexicon_hashes: dict[str, str] = {}
        self.extra_entries = 0
        self.extra_hash = ""

    # ---- TSV rows
    def add(self, entry: GazetteerEntry) -> None:
        self.entries[entry.key] = entry

    def drop(self, file: str, qid: str, dropped: Iterable[tuple[str, str]]) -> None:
        self.dropped += [(file, qid, alias, reason) for alias, reason in dropped]

    def countries(self) -> None:
        cols = ("qid", "iso2", "iso3", "name_en", "name_id", "formal_en", "aliases", "source")
        for row in _read_tsv(self.source_dir / "countries.tsv", cols):
            names = [row["name_en"], row["name_id"]]
            aliases, dropped = _clean_aliases(
                [*_split(row["formal_en"]), *_split(row["aliases"])],
                names,
                "countries",
                row["qid"],
                row["iso3"],
            )
            self.drop("countries", row["qid"], dropped)
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.COUNTRY,
                    name_en=row["name_en"],
                    name_id=row["name_id"] or None,
                    aliases=tuple(aliases),
                    prior=0.8 if row["iso2"] else 0.6,
                    source=row["source"],
                )
            )

    def places(self) -> None:
        cols = ("qid", "name_en", "name_id", "country_qid", "feature", "population", "aliases", "source")
        for row in _read_tsv(self.source_dir / "places.tsv", cols):
            if row["qid"] in self.entries:  # city-states (Singapore, Monaco …) are countries
                self.merged_places.append(row["qid"])
                continue
            names = [row["name_en"], row["name_id"]]
            aliases, dropped = _clean_aliases(_split(row["aliases"]), names, "places", row["qid"], None)
            self.drop("places", row["qid"], dropped)
            feature = row["feature"]
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.PLACE,
                    name_en=row["name_en"] or row["name_id"],
                    name_id=row["name_id"] or None,
                    aliases=tuple(aliases),
                    subtype="City" if ("capital" in feature or "city" in feature) else None,
                    country=row["country_qid"] or None,
                    prior=_place_prior(row["population"], feature),
                    source=row["source"],
                    role=feature or None,
                )
            )

    def organizations(self) -> None:
        cols = ("qid", "name_en", "name_id", "acronym", "aliases", "kind", "source")
        for row in _read_tsv(self.source_dir / "organizations.tsv", cols):
            names = [row["name_en"], row["name_id"], row["acronym"]]
            aliases, dropped = _clean_aliases(
                _split(row["aliases"]), names, "organizations", row["qid"], None
            )
            self.drop("organizations", row["qid"], dropped)
            kind = row["kind"]
            subtype = _org_subtype(kind)
            if subtype == "NewsAgency":
                prior = 0.6
            elif kind.startswith("cabinet"):
                prior = 0.3
            else:
                prior = 0.75 if row["name_id"] else 0.55 if row["acronym"] else 0.45
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.ORGANIZATION,
                    name_en=row["name_en"],
                    name_id=row["name_id"] if row["name_id"] and row["name_id"] != row["name_en"] else None,
                    aliases=tuple(aliases),
                    acronym=row["acronym"] if row["acronym"] and row["acronym"] != row["name_en"] else None,
                    subtype=subtype,
                    country="Q252" if "government of Indonesia" in kind else None,
                    prior=prior,
                    source=row["source"],
                )
            )

    def extra(self, path: Path) -> None:
        """Add the verified supplement; rows whose QID the shared tables already have are skipped.

        Why skipped rather than merged: the shared tables are the reviewed source, and a
        supplement row must never change what they say about an entity.
        """
        cols = ("qid", "type", "subtype", "name_en", "name_id", "aliases", "country", "role", "evidence")
        rows = _read_tsv(path, cols)
        self.extra_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        for number, row in enumerate(rows, start=2):
            where = f"{path}:{number}"
            if not re.fullmatch(r"Q[1-9][0-9]*", row["qid"]) or not row["evidence"]:
                raise ResourceError(f"{where}: needs a QID and its evidence")
            if row["qid"] in self.entries:
                continue
            try:
                entry_type = EntityType(row["type"])
            except ValueError:
                raise ResourceError(f"{where}: unknown type {row['type']!r}") from None
            subtype = row["subtype"] or None
            if subtype is not None and subtype not in SUBTYPES:
                raise ResourceError(f"{where}: subtype {subtype!r} not one of {SUBTYPES}")
            country = row["country"] or None
            if country is not None and self._entry_of_type(country, EntityType.COUNTRY) is None:
                raise ResourceError(f"{where}: country {country} is not a country QID of the gazetteer")
            prior = {EntityType.PERSON: 0.75 if subtype == "Leader" else 0.5,
                     EntityType.PLACE: 0.7, EntityType.COUNTRY: 0.6}.get(entry_type, 0.6)
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=entry_type,
                    name_en=row["name_en"],
                    name_id=row["name_id"] or None,
                    aliases=tuple(a for a in _split(row["aliases"]) if a != row["name_en"]),
                    subtype=subtype,
                    country=country,
                    prior=prior,
                    source=EXTRA_SOURCE,
                    role=row["role"] or None,
                )
            )
            self.extra_entries += 1

    def _country_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for entry in self.entries.values():
            if entry.type is EntityType.COUNTRY:
                for name in entry.names():
                    index.setdefault(normalise(name), entry.qid or "")
        return index

    def people(self) -> None:
        countries = self._country_index()
        cols = ("qid", "name_en", "aliases", "role", "source")
        for row in _read_tsv(self.source_dir / "people.tsv", cols):
            aliases, dropped = _clean_aliases(
                _split(row["aliases"]), [row["name_en"]], "people", row["qid"], None
            )
            self.drop("people", row["qid"], dropped)
            prior, subtype = _person_prior_and_subtype(row["source"], row["role"])
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.PERSON,
                    name_en=row["name_en"],
                    aliases=tuple(aliases),
                    subtype=subtype,
                    country=self._person_country(row, countries),
                    prior=prior,
                    source=row["source"],
                    role=row["role"] or None,
                )
            )

    @staticmethod
    def _person_country(row: dict[str, str], countries: dict[str, str]) -> str | None:
        """Country from the role text ("President of the United States (…)", "[Indonesia, …]")."""
        if "indonesia-ministers" in row["source"] and "world-leaders" not in row["source"]:
            return "Q252"
        for segment in row["role"].split(" | "):
            candidates = re.findall(r"\bof (?:the )?([A-Z][^()\[\]|]*?)\s*(?:\(|\[|$)", segment)
            candidates += re.findall(r"\[([A-Z][^,\]]*),", segment)
            for candidate in candidates:
                words = candidate.split()
                for size in range(len(words), 0, -1):  # longest country name at the end
                    qid = countries.get(normalise(" ".join(words[-size:])))
                    if qid:
                        return qid
        return None

    def ambiguity(self) -> None:
        """Drop source aliases that name another entry, or that two places/countries share.

        An alias equal to another entry's *name* belongs to that entry ("Kuwait"
        is the country, not Kuwait City's alias). Two geographic entries sharing
        an alias ("Congo") cannot be told apart by it, so neither keeps it (the
        shared TSVs applied the same rule to countries). Organisations' shared
        acronyms and people's namesakes are kept: they are real, and context
        decides.
        """
        names: dict[str, set[str]] = defaultdict(set)
        geo_aliases: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries.values():
            for name in (entry.name_en, entry.name_id, entry.acronym):
                if name:
                    names[normalise(name)].add(entry.key)
            if entry.type in (EntityType.COUNTRY, EntityType.PLACE):
                for alias in entry.aliases:
                    geo_aliases[normalise(alias)].add(entry.key)
        for key, entry in list(self.entries.items()):
            kept = []
            for alias in entry.aliases:
                norm = normalise(alias)
                owners = names.get(norm, set()) - {key}
                if owners:
                    reason = f"name of {', '.join(sorted(owners))}"
                elif entry.type in (EntityType.COUNTRY, EntityType.PLACE) and len(geo_aliases[norm]) > 1:
                    reason = f"shared with {', '.join(sorted(geo_aliases[norm] - {key}))}"
                else:
                    kept.append(alias)
                    continue
                file = {"Country": "countries", "Place": "places", "Organization": "organizations"}.get(
                    entry.type.value, "people"
                )
                self.dropped.append((file, key, alias, f"ambiguous: {reason}"))
            if len(kept) != len(entry.aliases):
                self.entries[key] = replace(entry, aliases=tuple(kept))

    # ---- our lexicons
    def lexicons(self) -> None:
        loaded = []
        from kg.language import SUPPORTED

        for lang in SUPPORTED:
            path = self.lexicon_dir / lang / "aliases.json"
            if not path.is_file():
                continue
            self.lexicon_hashes[f"kg/lang/{lang}/aliases.json"] = hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
            data = _read_json(path)
            if data.get("lang") != lang:
                raise ResourceError(f"{path}: 'lang' must be {lang!r}")
            loaded.append((lang, path, data))
        for lang, path, data in loaded:  # new entries first, so forms in any file can refer to them
            for number, item in enumerate(data.get("entries", [])):
                self._lexicon_entry(lang, path, number, item)
        for lang, path, data in loaded:
            for number, item in enumerate(data.get("forms", [])):
                self._lexicon_forms(lang, path, number, item)

    def _lexicon_entry(self, lang: str, path: Path, number: int, item: dict[str, Any]) -> None:
        where = f"{path} entries[{number}]"
        unknown = set(item) - {
            "type", "name_en", "name_id", "aliases", "acronym", "subtype", "country", "prior", "role",
            "forms", "note",
        }  # fmt: skip
        if unknown:
            raise ResourceError(f"{where}: unknown fields {sorted(unknown)}")
        try:
            entry_type = EntityType(item["type"])
            name_en = item["name_en"]
        except (KeyError, ValueError) as error:
            raise ResourceError(f"{where}: needs a valid 'type' and 'name_en' ({error})") from None
        subtype = item.get("subtype")
        if subtype is not None and subtype not in SUBTYPES:
            raise ResourceError(f"{where}: subtype {subtype!r} not one of {SUBTYPES}")
        country = item.get("country")
        if country is not None and self._entry_of_type(country, EntityType.COUNTRY) is None:
            raise ResourceError(f"{where}: country {country} is not a country QID of the shared TSVs")
        forms = tuple((lang, form) for form in item.get("forms", []))
        entry = GazetteerEntry(
            qid=None,
            type=entry_type,
            name_en=name_en,
            name_id=item.get("name_id"),
            aliases=tuple(item.get("aliases", [])),
            acronym=item.get("acronym"),
            subtype=subtype,
            country=country,
            prior=float(item.get("prior", 0.7)),
            source=f"newskg lexicon kg/lang/{lang}/aliases.json",
            role=item.get("role"),
            lang_forms=forms,
        )
        if entry.key in self.entries:
            raise ResourceError(f"{where}: an entry with key {entry.key} already exists")
        self.entries[entry.key] = entry
        self.lexicon_entries += 1

    def _entry_of_type(self, qid: str, entry_type: EntityType) -> GazetteerEntry | None:
        entry = self.entries.get(qid)
        return entry if entry is not None and entry.type is entry_type else None

    def _lexicon_forms(self, lang: str, path: Path, number: int, item: dict[str, Any]) -> None:
        where = f"{path} forms[{number}]"
        unknown = set(item) - {"qid", "key", "name", "forms", "aliases", "exclusive", "block", "note"}
        if unknown:
            raise ResourceError(f"{where}: unknown fields {sorted(unknown)}")
        target = item.get("qid") or item.get("key")
        entry = self.entries.get(target or "")
        if entry is None:
            raise ResourceError(
                f"{where}: {target!r} is not in the gazetteer",
                hint="Use only QIDs of the shared TSVs, or 'key' (local:…) of an entry defined in a lexicon.",
            )
        if item.get("qid") and entry.source.startswith("newskg lexicon"):
            raise ResourceError(f"{where}: {target} is not a QID")
        name = item.get("name")
        if not name or normalise(name) not in {normalise(n) for n in entry.names()}:
            raise ResourceError(
                f"{where}: 'name' {name!r} is not a name of {target} ({entry.name_en}); wrong QID?",
                hint="'name' guards against a mistyped QID: give one of the entry's names.",
            )
        forms = list(item.get("forms", []))
        aliases = list(entry.aliases)
        if item.get("exclusive"):
            aliases = [a for a in aliases if a not in forms]
        for alias in item.get("aliases", []):
            if alias not in aliases and alias not in entry.names():
                aliases.append(alias)
        neutral = {entry.name_en, entry.name_id, entry.acronym, *aliases}
        lang_forms = list(entry.lang_forms)
        for form in forms:
            if form not in neutral and (lang, form) not in lang_forms:
                lang_forms.append((lang, form))
        extra = f" + newskg lexicon kg/lang/{lang}/aliases.json"
        source = (
            entry.source
            if extra in entry.source or entry.source.startswith("newskg")
            else entry.source + extra
        )
        blocked = list(entry.blocked)
        for form in item.get("block", []):
            if form not in entry.names():
                raise ResourceError(f"{where}: cannot block {form!r}: not a name of {target}")
            if (lang, form) not in blocked:
                blocked.append((lang, form))
        self.entries[entry.key] = replace(
            entry, aliases=tuple(aliases), lang_forms=tuple(lang_forms), blocked=tuple(blocked), source=source
        )

    def fold_lexicon_into_supplement(self) -> None:
        """A lexicon entry (no QID) named like a supplement entry of the same type is that entry.

        Why: our lexicons defined "ASEAN Regional Forum", "Asia" … before their QIDs were
        verified; left side by side, the two would be rival candidates for every mention and
        the linker would abstain. The lexicon's forms, aliases and blocks are kept on the QID entry.
        """
        by_name: dict[tuple[str, EntityType], GazetteerEntry] = {}
        for entry in self.entries.values():
            if entry.source == EXTRA_SOURCE:
                by_name[(normalise(entry.name_en), entry.type)] = entry
        for key, local in list(self.entries.items()):
            if local.qid or not local.source.startswith("newskg lexicon"):
                continue
            target = by_name.get((normalise(local.name_en), local.type))
            if target is None:
                continue
            target = self.entries[target.key]
            names = set(target.names())
            self.entries[target.key] = replace(
                target,
                name_id=target.name_id or local.name_id,
                aliases=tuple(dict.fromkeys([*target.aliases, *(a for a in local.aliases if a not in names)])),
                acronym=target.acronym or local.acronym,
                subtype=target.subtype or local.subtype,
                country=target.country or local.country,
                prior=max(target.prior, local.prior),
                lang_forms=tuple(dict.fromkeys([*target.lang_forms, *local.lang_forms])),
                blocked=tuple(dict.fromkeys([*target.blocked, *local.blocked])),
                source=f"{target.source} + {local.source}",
            )
            del self.entries[key]
            self.lexicon_entries -= 1

    def leaders_raise_country_priors(self) -> None:
        """Countries that have a head of state/government in the data are sovereign: prior 0.95."""
        governed = {e.country for e in self.entries.values() if e.subtype == "Leader" and e.country}
        for qid in governed:
            entry = self._entry_of_type(qid, EntityType.COUNTRY)
            if entry is not None:
                self.entries[qid] = replace(entry, prior=0.95)

    def sorted_entries(self) -> list[GazetteerEntry]:
        return sorted(self.entries.values(), key=_sort_key)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"lexicon not found: {path}") from None
    except (OSError, ValueError) as error:
        raise ResourceError(f"{path}: cannot read JSON ({error})") from None
    if not isinstance(data, dict):
        raise ResourceError(f"{path}: expected a JSON object")
    return data


def _licence_of(entry: GazetteerEntry) -> str:
    if any(s in entry.source for s in CC_BY_SA_SOURCES):
        return "CC BY-SA 4.0"
    if entry.source.startswith("newskg lexicon"):
        return "MIT (newskg)"
    return "CC0 / public domain, MIT, Unicode License"


def _write_atomic(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp creates 0600; the files are committed and shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)


def build(
    source_dir: Path | str,
    out_dir: Path | str,
    lexicon_dir: Path | str | None = None,
    extra: Path | str | None = EXTRA_FILE,
) -> BuildReport:
    """Build the gazetteer from the shared TSVs in ``source_dir`` and our lexicons.

    Writes ``entries.jsonl``, ``stats.json``, ``dropped.tsv`` and ``SOURCES.md``
    to ``out_dir`` (each atomically). ``lexicon_dir`` defaults to ``kg/lang``. ``extra`` is the
    verified supplement (default :data:`EXTRA_FILE`; ``None`` builds without one).
    Raises :class:`~kg.errors.ResourceError` on a missing or malformed source, on a
    lexicon entry that does not resolve (e.g. a QID not in the TSVs) and on a supplement
    row whose country the build lacks.
    """
    started = time.perf_counter()
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    if not source_dir.is_dir():
        raise ResourceError(
            f"gazetteer source folder not found: {source_dir}",
            hint="Pass --source ../shared/data/wikidata (the folder with the four TSVs).",
        )
    builder = _Builder(source_dir, Path(lexicon_dir) if lexicon_dir is not None else paths.LANG_DIR)
    builder.countries()
    builder.places()
    builder.organizations()
    builder.people()
    if extra is not None:
        builder.extra(Path(extra))
    builder.ambiguity()
    builder.leaders_raise_country_priors()
    builder.lexicons()
    builder.fold_lexicon_into_supplement()
    entries = builder.sorted_entries()
    gazetteer = Gazetteer(entries)
    from kg.language import SUPPORTED

    forms = {lang: sum(1 for _ in gazetteer.surface_forms(lang)) for lang in SUPPORTED}

    lines = [json.dumps(e.to_json(), ensure_ascii=False, separators=(",", ":")) for e in entries]
    dropped_rows = sorted(set(builder.dropped))
    reasons = Counter(re.sub(r":.*", "", reason) for *_, reason in dropped_rows)
    by_type = Counter(e.type.value for e in entries)
    licences = Counter(_licence_of(e) for e in entries)
    stats = {
        "schema": SCHEMA_VERSION,
        "entries": len(entries),
        "by_type": dict(sorted(by_type.items())),
        "by_subtype": dict(sorted(Counter(e.subtype or "-" for e in entries).items())),
        "with_qid": sum(1 for e in entries if e.qid),
        "from_lexicons": builder.lexicon_entries,
        "from_verified_supplement": builder.extra_entries,
        "by_licence": dict(sorted(licences.items())),
        "surface_forms": forms,
        "aliases_dropped": dict(sorted(reasons.items())),
        "places_merged_into_countries": sorted(builder.merged_places),
        "people_with_country": sum(1 for e in entries if e.type is EntityType.PERSON and e.country),
        "lexicon_sha256": dict(sorted(builder.lexicon_hashes.items())),
        "supplement_sha256": builder.extra_hash,
        "source_sha256": {
            name: hashlib.sha256((source_dir / name).read_bytes()).hexdigest() for name in TSV_FILES
        },
    }
    dropped_tsv = "file\tqid\talias\treason\n" + "".join("\t".join(row) + "\n" for row in dropped_rows)
    written = 0
    files = (out_dir / ENTRIES_FILE, out_dir / STATS_FILE, out_dir / DROPPED_FILE, out_dir / SOURCES_FILE)
    written += _write_atomic(files[0], "\n".join(lines) + "\n")
    written += _write_atomic(files[1], json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    written += _write_atomic(files[2], dropped_tsv)
    written += _write_atomic(files[3], _sources_markdown(source_dir, entries, stats))
    clear_cache()
    return BuildReport(
        out_dir=out_dir,
        entries=len(entries),
        by_type=dict(sorted(by_type.items())),
        from_lexicons=builder.lexicon_entries,
        from_supplement=builder.extra_entries,
        surface_forms=forms,
        dropped_aliases=dict(sorted(reasons.items())),
        bytes_written=written,
        seconds=time.perf_counter() - started,
        files=files,
    )


def build_command(source: Path | str, out: Path | str, extra: Path | str | None = EXTRA_FILE) -> BuildReport:
    """CLI hook for ``kg gazetteer --source DIR --out DIR``: build, print a summary, return the report."""
    import click

    report = build(Path(source), Path(out), extra=extra)
    click.echo(report.summary())
    return report


# --------------------------------------------------------------------------- SOURCES.md

_LICENCE_TEXTS = """\
### MIT notices

michaelwittig/node-i18n-iso-countries (country name variants), LICENSE.md:

    Copyright (c) 2016 widdix GmbH

    Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
    associated documentation files (the "Software"), to deal in the Software without restriction,
    including without limitation the rights to use, copy, modify, merge, publish, distribute,
    sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all copies or
    substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
    NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
    NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
    OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
    CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

impresso/newsagency-classification (news-agency QIDs) is MIT-licensed as recorded in the shared
SOURCES.md; the same permission notice applies, copyright the impresso project authors.

### Unicode License (CLDR territory names)

    COPYRIGHT AND PERMISSION NOTICE

    Copyright © 1991-2016 Unicode, Inc. All rights reserved. Distributed under the Terms of Use in
    http://www.unicode.org/copyright.html.

    Permission is hereby granted, free of charge, to any person obtaining a copy of the Unicode data
    files and any associated documentation (the "Data Files") or Unicode software and any associated
    documentation (the "Software") to deal in the Data Files or Software without restriction,
    including without limitation the rights to use, copy, modify, merge, publish, distribute, and/or
    sell copies of the Data Files or Software, and to permit persons to whom the Data Files or Software
    are furnished to do so, provided that (a) the above copyright notice(s) and this permission notice
    appear with all copies of the Data Files or Software, (b) both the above copyright notice(s) and
    this permission notice appear in associated documentation, and (c) there is clear notice in each
    modified Data File or in the Software as well as in the documentation associated with the Data
    File(s) or Software that the data or software has been modified.

    THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
    PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR
    HOLDERS INCLUDED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL
    DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
    ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE
    USE OR PERFORMANCE OF THE DATA FILES OR SOFTWARE.

    Except as contained in this notice, the name of a copyright holder shall not be used in
    advertising or otherwise to promote the sale, use or other dealings in these Data Files or
    Software without prior written authorization of the copyright holder.

(Text as in unicode-org/cldr-json LICENSE; the CLDR 37 snapshot's own LICENSE, raw/cldr37/LICENSE
in the shared build, carries the copyright years of that release.) **Modification notice** (clause c):
the CLDR names were joined to Natural Earth rows by ISO code, deduplicated and cleaned; they appear
here as `name_id` or `aliases` of country entries.
"""


def _provenance_table(source_dir: Path) -> str:
    """The provenance/licence table of the shared SOURCES.md, copied verbatim."""
    shared = source_dir / "SOURCES.md"
    if not shared.is_file():
        return "_(shared SOURCES.md not found next to the TSVs; see the source folder.)_\n"
    lines = shared.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("| #")), None)
    if start is None:
        return "_(no provenance table found in the shared SOURCES.md.)_\n"
    table = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        table.append(line)
    return "\n".join(table) + "\n"


def _sources_markdown(source_dir: Path, entries: Sequence[GazetteerEntry], stats: dict[str, Any]) -> str:
    by_sa = [e for e in entries if _licence_of(e) == "CC BY-SA 4.0"]
    supra = [e for e in by_sa if "confirmordeny/supraverden" in e.source]
    leaders = [e for e in by_sa if "open-data-archive/world-leaders-current" in e.source]
    rows = "\n".join(
        f"| {e.qid} | {e.type.value} | {e.name_en} | "
        + ", ".join(s for s in ("SupraVerden", "world-leaders-current") if _cites(e, s))
        + " |"
        for e in by_sa
    )
    dropped = "\n".join(f"  * {reason}: {count}" for reason, count in stats["aliases_dropped"].items())
    licence_rows = [
        ("licence", "applies to", "rows"),
        ("---", "---", "---"),
        (
            "CC0 1.0 / public domain",
            "Natural Earth (via rOpenSci, CC0); Wikidata query results (world-leaders-2021, "
            "indonesia-ministers)",
            "most country, place and people rows",
        ),
        (
            "CC BY-SA 4.0",
            "SupraVerden (confirmordeny/supraverden, data/general_list.yaml); world-leaders-current "
            "(open-data-archive/world-leaders-current)",
            f"{len(by_sa)} rows: {len(supra)} SupraVerden organisations, {len(leaders)} "
            "world-leaders-current people (listed below)",
        ),
        (
            "MIT",
            "node-i18n-iso-countries (country name variants); impresso newsagency-classification "
            "(news-agency QIDs); the newskg lexicons",
            "aliases; news agencies; lexicon entries",
        ),
        ("Unicode License", "CLDR territory names (English/Indonesian)", "country `name_id` and aliases"),
    ]
    licence_table = "\n".join("| " + " | ".join(row) + " |" for row in licence_rows)
    lexicon_names = [f"`{name}`" for name in stats["lexicon_sha256"]]
    lexicons = " and ".join([", ".join(lexicon_names[:-1]), *lexicon_names[-1:]] if len(lexicon_names) > 1
                            else lexicon_names)
    return f"""# Gazetteer: sources, licences, build rules

Generated by `kg gazetteer` (`kg/gazetteer.py`); do not edit by hand. Rebuild with
`kg gazetteer --source ../shared/data/wikidata --out data/gazetteer`.

## What this is derived from

`entries.jsonl` is derived from the verified gazetteer tables of the shared data folder
(`../shared/data/wikidata/{{countries,places,organizations,people}}.tsv`, described in its
SOURCES.md) plus the project's own lexicons {lexicons}.
Every QID comes from those tables or from our verified supplement
(`data/wikidata-extra/verified.tsv`, {stats["from_verified_supplement"]} entries: each row records the public
file that pairs the name with the QID; see `data/wikidata-extra/SOURCES.md`). Entries from our lexicons
that neither has carry no QID.
Each entry's `source` field names the upstream rows it comes from (repository@commit:path).

{stats["entries"]} entries ({", ".join(f"{n} {t}" for t, n in stats["by_type"].items())}),
{stats["with_qid"]} with a Wikidata QID, {stats["from_lexicons"]} defined by our lexicons.

## Licences

{licence_table}

Because `entries.jsonl` contains adapted CC BY-SA 4.0 material, **distribute the file as a whole
under CC BY-SA 4.0** (ShareAlike), with the attributions here. The CC BY-SA rows are changed only by
selection, alias cleaning and format conversion. Attribution: "SupraVerden" by confirmordeny
(https://github.com/confirmordeny/supraverden), CC BY-SA 4.0; "world-leaders-current" by
open-data-archive (https://github.com/open-data-archive/world-leaders-current), CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/). QIDs themselves are Wikidata identifiers (CC0).

## Upstream provenance (copied from the shared SOURCES.md)

{_provenance_table(source_dir)}
## Build rules

* Countries, places, organisations and people become entries keyed by QID; the six city-states that
  are both a country and a place (Singapore, Monaco …) stay countries only.
* `subtype`: "City" for capitals, admin-1 capitals and cities; "InternationalOrganization" and
  "NewsAgency" from the organisation kind; "Leader" for heads of state/government (world-leaders
  sources, presidents of Indonesia); "Agency" etc. from our lexicons.
* `country`: the place's country; for people parsed from the role ("President of X", "[X, as of …]");
  Indonesian office-holders → Indonesia.
* `prior`: places log10(population)/8 clipped to [0.3, 1], capitals ≥ 0.85; countries 0.95 when a
  head of state/government in the data belongs to them, else 0.8 (0.6 without ISO code);
  organisations 0.75 with an Indonesian name, 0.55 with an acronym, else 0.45, news agencies 0.6,
  cabinets 0.3; people 0.85 (current leaders), 0.75 (2021–22 leaders, Indonesian presidents), 0.6
  (ministers, governors …), 0.35 (members of parliament); lexicon entries 0.7 unless set.
* Alias cleaning (each dropped alias is in `dropped.tsv` with its reason):
{dropped}
  Rules: split "A/B" and "A (B)" into separate forms (qualifiers like "(Dutch part)" dropped);
  strip Natural Earth's numeric suffixes ("London2"); drop ISO 3166 alpha-3 codes ("IDN": not how news
  names a country, and some are words); drop listed encoding damage ("Ciudad de Mdxico") and forms
  equal to a name except where that name has an accented letter ("Brasglia" for "Brasília"); drop
  non-Latin or stray characters, one-letter forms and two-letter forms that are not capitals ("Le");
  drop truncations ("Ciudad de M"), "City, Province" forms and metro-area names ("New York-Newark");
  drop an alias that is another entry's name ("Kuwait" is the country, not Kuwait City) or that two
  places/countries share ("Congo").
* Short capitals such as "AS", "US", "UK", "UN" are kept; matching is case-sensitive for forms
  without lowercase letters and for single words, and "AS"/"A.S." are Indonesian-only forms.

## Rows under CC BY-SA 4.0

| qid | type | name | source |
|---|---|---|---|
{rows}

## Licence texts

{_LICENCE_TEXTS}"""


def _cites(entry: GazetteerEntry, name: str) -> bool:
    marker = {"SupraVerden": "confirmordeny/supraverden", "world-leaders-current": "world-leaders-current"}
    return marker[name] in entry.source
