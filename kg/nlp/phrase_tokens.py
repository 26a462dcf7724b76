"""The token sequences of phrase patterns, as a pipeline's tokenizer splits them, cached on disk between runs.

A spaCy ``PhraseMatcher`` matches token attributes (``ORTH`` or ``LOWER``): a pattern is the
sequence of those values, which spaCy usually takes from a ``Doc`` made by the tokenizer.
Tokenizing the gazetteer's ~6,500 surface forms per language costs 0.3–0.5 s of CPU at every
start-up (affix regexes and a lexeme per new word), always with the same result. So the
sequences are kept in :func:`kg.paths.cache_dir`, one JSON file per language and attribute
(``[key, [[token, ...], ...]]``), under a key that changes whenever the result could: the spaCy
version, the language, the tokenizer's affix patterns and special cases, the attribute and the
pattern texts themselves (in order). Anything else (a missing, unreadable, foreign or damaged file, a cache folder that
cannot be written) means tokenizing as before; the matches are the same either way.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from kg import paths
from kg.nlp.keyed_cache import read_keyed, write_keyed

__all__ = ["ATTRS", "cache_key", "phrase_tokens"]

FORMAT = 1
"""Bump when the file layout or what it means changes: older files are then ignored."""
ATTRS = ("ORTH", "LOWER")
"""The token attributes a pattern can be given in (those of our ``PhraseMatcher``s)."""


def cache_key(nlp: Language, texts: Sequence[str], attr: str) -> str:
    """What decides the token sequences of ``texts`` under ``nlp``'s tokenizer, as a SHA-256 hex digest."""
    tokenizer = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None) or {}
    parts: list[object] = [FORMAT, spacy.__version__, nlp.lang, type(tokenizer).__qualname__, attr]
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        function = getattr(tokenizer, name, None)
        bound = getattr(function, "__self__", None)  # the compiled expression of a bound search/match method
        parts.append(bound.pattern if isinstance(bound, re.Pattern) else (function is not None and name))
    parts.append(hashlib.sha256(json.dumps(sorted(rules)).encode()).hexdigest())
    digest = hashlib.sha256(json.dumps(parts).encode())
    digest.update(json.dumps(list(texts)).encode())  # ASCII: any text, even a lone surrogate, encodes
    return digest.hexdigest()


def phrase_tokens(nlp: Language, texts: Sequence[str], attr: str) -> list[list[str]]:
    """Per text, the ``attr`` value (``"ORTH"`` or ``"LOWER"``) of each token ``nlp``'s tokenizer makes of it."""
    if attr not in ATTRS:
        raise ValueError(f"phrase_tokens: attr must be one of {ATTRS}, not {attr!r}")
    folder = paths.cache_dir()
    if folder is None:
        return _tokenize(nlp, texts, attr)
    key = cache_key(nlp, texts, attr)
    path = folder / f"phrase-tokens-{nlp.lang}-{attr.lower()}-{key[:16]}.json"
    cached = _read(path, key, len(texts))
    if cached is not None:
        return cached
    tokens = _tokenize(nlp, texts, attr)
    write_keyed(path, key, tokens)
    return tokens


def _tokenize(nlp: Language, texts: Sequence[str], attr: str) -> list[list[str]]:
    if attr == "ORTH":
        return [[token.orth_ for token in nlp.make_doc(text)] for text in texts]
    return [[token.lower_ for token in nlp.make_doc(text)] for text in texts]


def _read(path: Path, key: str, count: int) -> list[list[str]] | None:
    tokens = read_keyed(path, key)
    if not isinstance(tokens, list) or len(tokens) != count:
        return None
    if not all(isinstance(words, list) and all(isinstance(word, str) for word in words) for words in tokens):
        return None
    return tokens
