"""The words of a Doc as plain Python strings, read once per Doc for the rules that scan it, and the
token classes every rule asks about (capitalised, an acronym, a modifier, sentence-initial).

The rules look words up by position thousands of times per document ("is a title phrase at
token i?", "which trigger starts here?"). ``doc[i]`` makes a new spaCy ``Token`` object on every
call and ``token.lower_`` a string lookup in the vocabulary after it: over a 1 MB corpus that was
3.7 million Token objects, the largest single cost of extraction without validation. The lowercase
forms of a Doc never change once it is tokenised (no component of ours retokenises), so they are
read once into a list kept with the Doc, and a phrase lookup becomes a slice of that list.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from kg.nlp.resources import Phrase

__all__ = ["QUOTES", "capitalised", "first_words", "is_acronym", "is_capitalised", "is_modifier", "lower_forms",
           "match_phrase_at", "member_noun_ahead", "phrase_at", "phrase_starts", "sentence_initial", "texts",
           "words_among"]

_LOWER_FORMS = "kg_lower_forms"  # keys in Doc.user_data
_TEXTS = "kg_texts"


def lower_forms(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, computed on the first call and kept in ``doc.user_data``.

    The length check keeps the list honest should anything ever change the Doc's tokens.
    """
    forms = doc.user_data.get(_LOWER_FORMS)
    if forms is None or len(forms) != len(doc):
        forms = doc.user_data[_LOWER_FORMS] = [t.lower_ for t in doc]
    return forms


def texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``, kept in ``doc.user_data`` as :func:`lower_forms` keeps the lowercase forms (for
    the scans that read every word's case)."""
    forms = doc.user_data.get(_TEXTS)
    if forms is None or len(forms) != len(doc):
        forms = doc.user_data[_TEXTS] = [t.text for t in doc]
    return forms


def phrase_at(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The lowercase words of tokens [start, end): ``tuple(t.lower_ for t in doc[start:end])``.

    Like a slice of the Doc, the bounds are clipped to it (a negative ``start`` counts from the end).
    """
    return tuple(lower_forms(doc)[start:end])


@cache
def first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words the phrases of a set start with: a token that is none of them starts no phrase of the set.

    The phrase sets are the language resources' frozensets, built once per process, so this is computed
    once per set (a frozenset keeps its hash; the cache finds the same set by identity).
    """
    return frozenset(phrase[0] for phrase in phrases if phrase)


def words_among(doc: Doc, start: int, end: int, words: Container[str]) -> list[int]:
    """The tokens of [``start``, ``end``) whose lowercase form is one of ``words``, in order.

    For the scans that ask a rule at every word of a sentence when only a few words can start what it looks for:
    one list lookup and one set lookup per word instead of a call (and its own lookups) per word. Over a 1 MB
    corpus (151 k words) five such scans made ~800 k calls that answered "nothing starts here".
    """
    forms = lower_forms(doc)
    return [k for k in range(max(start, 0), min(end, len(forms))) if forms[k] in words]


def phrase_starts(doc: Doc, start: int, end: int, phrases: frozenset[Phrase]) -> list[int]:
    """The tokens of [``start``, ``end``) at which a phrase of ``phrases`` may start (:func:`first_words`): where a
    scan need ask :func:`match_phrase_at` at all."""
    return words_among(doc, start, end, first_words(phrases))


QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
# a wire dateline ends at one: "JERUSALEM (Reuters) - …"; typewritten copy doubles the hyphen: "TOKYO (Kyodo) -- …"
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


DATELINE_CITY_WORDS = 3  # "JENEWA", "KUALA LUMPUR", "PORT MORESBY": a dateline's city in capitals
DATELINE_AGENCY_WORDS = 3  # "VOA Indonesia", "KOMPAS.com", "CNN Indonesia": the agency between the comma and the dash


def after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where the clause starts in the tokens [start, end) of a sentence: after a wire dateline's dash, the one after
    the agency in parentheses ("KINSHASA, Jan 27 (Reuters) - …") or after the agency a comma puts after a city in
    capitals ("JENEWA, VOA Indonesia - …", "JAKARTA, KOMPAS.com - …"), else at ``start``. Not after a dash inside a
    word ("pro-Russian") nor one of a pair around an aside ("X – who arrived on Monday – said")."""
    words = lower_forms(doc)  # asked for each subject looked for: no Token object per word (a dash is its own lower)
    after = next((k + 1 for k in range(start + 1, end) if words[k] in DASHES and words[k - 1] == ")"), None)
    if after is not None:
        return after
    text = texts(doc)
    comma = next((k for k in range(start + 1, min(end, start + DATELINE_CITY_WORDS + 1)) if text[k] == ","), None)
    if comma is None or not all(w.isalpha() and w.isupper() for w in text[start:comma]):
        return start
    dash = next((k for k in range(comma + 2, min(end, comma + DATELINE_AGENCY_WORDS + 2)) if words[k] in DASHES
                 and doc[k - 1].whitespace_), None)
    return dash + 1 if dash is not None else start
ROMAN_NUMERAL = re.compile(r"^[IVXL]+$")


def is_capitalised(token: Token) -> bool:
    return capitalised(token.text)


def capitalised(text: str) -> bool:
    """:func:`is_capitalised` of a token's text (from :func:`texts`)."""
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def is_acronym(tok: Token) -> bool:
    """ "KCNA", "NLD" — not a regnal number ("Abdullah II") nor initials ("F.W.")."""
    text = tok.text
    return len(text) >= 2 and text.isalpha() and text.isupper() and not ROMAN_NUMERAL.match(text)


def sentence_initial(doc: Doc, i: int, sent_start: int) -> bool:
    """Only spaces, quotes or punctuation stand between the sentence start and token ``i``."""
    return all(t.is_space or t.is_punct or t.text in QUOTES for t in doc[sent_start:i])


def match_phrase_at(doc: Doc, i: int, phrases: frozenset[Phrase], limit: int, end: int) -> int:
    """Length of the longest phrase from ``phrases`` starting at token ``i`` (0 when none)."""
    words = lower_forms(doc)  # read once per Doc: doc[i] makes a new Token object every time
    if 0 <= i < len(words) and words[i] not in first_words(phrases):
        return 0  # most tokens start no phrase: say so without building a tuple per length
    for n in range(min(limit, end - i), 0, -1):
        if tuple(words[i : i + n]) in phrases:
            return n
    return 0


def past_named_compound(doc: Doc, j: int, end: int) -> int:
    """Past a name joined by a hyphen to a lowercase word at ``j`` ("U.S.-brokered", "Russian-backed",
    "Qatar-mediated"): a modifier telling who made or backs what follows, not part of its name; ``j`` when none
    stands there."""
    if j >= end or not doc[j].text[:1].isupper():
        return j
    first, _, last = doc[j].text.rpartition("-")
    if first and last.isalpha() and last.islower():
        return j + 1  # one token: "U.S.-brokered"
    if j + 2 < end and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_ \
            and doc[j + 2].is_alpha and doc[j + 2].is_lower:
        return j + 3  # "Russian - backed"
    return j


def is_modifier(token: Token) -> bool:
    """A lowercase word that may stand before a noun ("state", "senior", "state-owned"), no stop word."""
    return ((token.is_lower and token.is_alpha) or token.text == "-") and not token.is_stop


def member_noun_ahead(doc: Doc, k: int, end: int, member_nouns: frozenset[Phrase], reach: int,
                      names: Container[int] = ()) -> bool:
    """A noun of a country's people or bodies (``member_nouns``) at token ``k`` or past at most ``reach``
    modifiers, before ``end`` and before any token in ``names``: "banks", "state-owned oil companies"."""
    for j in range(k, min(end, k + reach + 1)):
        if match_phrase_at(doc, j, member_nouns, 3, end):
            return True
        if j in names or not is_modifier(doc[j]):
            return False
    return False
