"""Cleaning the aliases of the shared tables: which source aliases are names news would use.

The Natural Earth place names carry encoding damage ("Ciudad de Mdxico", "Brasglia"),
numbered duplicates ("London2"), truncations ("Ciudad de M", "S"), metro-area names
("Osaka-Kobe") and ISO 3166 alpha-3 codes ("IDN", "CHN") that are not how news names a
country. Each rule is in :func:`clean_aliases` and the lists below; every dropped alias is
listed with its reason in ``dropped.tsv`` so the rules can be reviewed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from kg.text import normalise, strip_accents

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


def clean_aliases(
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

