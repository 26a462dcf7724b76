"""The words of a Doc as plain Python strings, read once per Doc for the rules that scan it.

The rules look words up by position thousands of times per document ("is a title phrase at
token i?", "which trigger starts here?"). ``doc[i]`` makes a new spaCy ``Token`` object on every
call and ``token.lower_`` a string lookup in the vocabulary after it: over a 1 MB corpus that was
3.7 million Token objects, the largest single cost of extraction without validation. The lowercase
forms of a Doc never change once it is tokenised (no component of ours retokenises), so they are
read once into a list kept with the Doc, and a phrase lookup becomes a slice of that list.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

__all__ = ["first_words", "lower_forms", "phrase_at"]

_LOWER_FORMS = "kg_lower_forms"  # key in Doc.user_data


def lower_forms(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, computed on the first call and kept in ``doc.user_data``.

    The length check keeps the list honest should anything ever change the Doc's tokens.
    """
    forms = doc.user_data.get(_LOWER_FORMS)
    if forms is None or len(forms) != len(doc):
        forms = doc.user_data[_LOWER_FORMS] = [t.lower_ for t in doc]
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
