"""How names are compared, keyed and matched: one normaliser for the whole pipeline.

The gazetteer index, coreference, the linkers and IRI minting must agree on when two
spellings are one name: if the gazetteer keys "U.S." as ``us`` while coreference keys it
as ``u s``, a name found by one is never found by the other. So every stage imports
:func:`normalise` and :func:`slug` from here instead of writing its own.

* :func:`normalise` — the lookup key of a name: case, accents, dots, apostrophes,
  hyphens and spacing folded ("U.S." = "US" → ``us``; "Kim Jong-un" → ``kim jong un``).
* :func:`slug` — a name as one path segment of an IRI or key ("Jóko Widodo" → ``joko-widodo``).
* :func:`is_case_sensitive` and :func:`spelling_variants` — how a known name is matched in
  running text (spaCy ``PhraseMatcher`` patterns).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["is_case_sensitive", "normalise", "slug", "spelling_variants", "strip_accents"]

_APOSTROPHES_AND_DOTS = re.compile(r"['’‘ʻʼ`´.]")
_SEPARATORS = re.compile(r"[\s\-‐-―_/,;:()\[\]\"“”]+")
_NON_ALNUM = re.compile(r"[\W_]+")
_INNER_HYPHEN = re.compile(r"(?<=\w)[-‐](?=\w)")


def _without_marks(text: str) -> str:
    """NFKD with the combining marks removed (left decomposed)."""
    if text.isascii():
        return text  # most names: NFKD leaves ASCII as it is and it has no marks (and this runs per mention)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def strip_accents(text: str) -> str:
    """Remove combining marks ("São Paulo" → "Sao Paulo"); other characters are kept (recomposed, NFC)."""
    return unicodedata.normalize("NFC", _without_marks(text))


# Remembered: the same names are normalised again and again (the gazetteer's index and word lists, the name
# finder's word sets, each language's patterns, every mention's lookup): 5 % of a build's per-document CPU and
# ~0.03 s of its start-up. A pure function of a string; 32 k answers are a few MB.
@functools.lru_cache(maxsize=1 << 15)
def normalise(text: str) -> str:
    """The comparison key of a name: case, accents, hyphens, dots, apostrophes and spacing folded.

    "Kim Jong-un" and "Kim Jong Un" → ``kim jong un``; "U.S." and "US" → ``us``;
    "Xi'an" → ``xian``; "São Paulo" → ``sao paulo``; "Washington, D.C." → ``washington dc``.
    Dots and apostrophes are removed rather than spaced, so an abbreviation written with
    dots is the same word as without them.
    """
    text = strip_accents(text).casefold()
    text = _APOSTROPHES_AND_DOTS.sub("", text)
    return " ".join(_SEPARATORS.sub(" ", text).split())


def slug(text: str) -> str:
    """A name as an IRI path segment: accents stripped, casefolded, non-alphanumeric runs → ``-``.

    "Joko Widodo", "JOKO  WIDODO" and "Jóko-Widodo" all give ``joko-widodo``, so one thing
    named slightly differently in two documents gets one IRI. Letters of other scripts are
    kept (an IRI may hold them; :func:`kg.rdf.entity_iri` percent-encodes them). May be empty.
    """
    # left decomposed (no NFC) so that IRIs minted before this module existed keep their spelling
    return _NON_ALNUM.sub("-", _without_marks(text).casefold()).strip("-")


def is_case_sensitive(form: str) -> bool:
    """Whether a known name must match exactly as written, rather than on lowercase.

    True for acronym-like forms without a lowercase letter ("AS", "U.S.", "DK PBB", "NATO":
    "AS" is the United States in Indonesian but the word "as" in English) and for single-word
    forms ("Turkey", "Padang", "Korut": everyday words in some language); False for multi-word
    names ("korea utara"), which are safe to match on lowercase.
    """
    letters = [c for c in form if c.isalpha()]
    if not letters or not any(c.islower() for c in letters):
        return True
    return len(form.split()) == 1


def spelling_variants(form: str) -> list[str]:
    """``form`` and the spellings of it that a token matcher would otherwise miss, ``form`` first.

    Hyphen vs space ("Kim Jong-un" / "Kim Jong un"), accents dropped ("Ōsaka" / "Osaka"),
    straight vs curly apostrophe ("Xi'an" / "Xi’an"), "of the" as "of" ("Republic of Congo").
    """
    out = [form]
    for candidate in list(out):
        stripped = strip_accents(candidate)
        if stripped != candidate:
            out.append(stripped)
    for candidate in list(out):
        spaced = _INNER_HYPHEN.sub(" ", candidate)
        if spaced != candidate:
            out.append(spaced)
    for candidate in list(out):
        if " of the " in candidate:  # the English article after "of" is often left out of a state's or body's name
            out.append(candidate.replace(" of the ", " of ", 1))  # "Democratic Republic of (the) Congo"
    for candidate in list(out):
        if "'" in candidate:
            out.append(candidate.replace("'", "’"))
        elif "’" in candidate:
            out.append(candidate.replace("’", "'"))
    return list(dict.fromkeys(out))
