"""spaCy's tokenizer for a language, with its one-word exceptions served by a set look-up: the same tokens, cheaper.

Why: ``spacy.blank("id")`` adds spaCy's 15,963 Indonesian tokenizer exceptions one by one (each validated, its
token made, its affixes searched, split into a ``Doc`` and added to a ``PhraseMatcher``), ~2 s of CPU at every
start-up whatever the route (constructor, ``rules`` setter, ``from_bytes``, unpickling). 15,695 of them
("abu-abu", "Abu-Abu", "ABU-ABU" …) only say "this string is one token", with no norm of their own.

How: :class:`Tokenizer` is spaCy's own ``Tokenizer`` given the other exceptions (multi-token, norm-setting,
or a string with a prefix, a suffix or white space of its own: 268 for Indonesian) as special cases, and the
one-word ones as its ``token_match``. Reading spaCy's ``tokenizer.pyx``, an exception ``w`` of that kind acts in
three places, and ``token_match`` acts in the same ones:

1. the whole white-space-delimited chunk is ``w`` (special case) — ``token_match`` is tried on the chunk
   first thing in ``_split_affixes`` and again in ``_attach_tokens``: one token ``w`` either way;
2. the affix loop stops at ``w``: a special case is looked up on the string and on the string minus one
   prefix or minus one suffix; ``token_match`` on the string only, one round later. The same split,
   because ``w`` has no prefix and no suffix of its own (otherwise it stays a special case);
3. the ``PhraseMatcher`` pass after it: a chunk the affixes split (``abu-abu/merah`` → ``abu - abu / merah``)
   gets ``abu-abu`` merged back when the pieces spell an exception. ``token_match`` has no such pass, so
   :meth:`Tokenizer.__call__` looks for pieces spelling a served exception as spaCy's own affix split of it
   (rare: 0 in the 1 MB corpus) and then tokenizes that text with the stock tokenizer, built on first need.

``tests/test_tokenizer.py`` proves it empirically against the stock tokenizer (every token's text,
whitespace, norm and flags) on text we write and on every exception in context, and
``scripts/compare_tokenizers.py`` does the same on any corpus (the UD treebanks, the 1 MB corpus).

Which exceptions are served is decided by the affix expressions (~0.4 s of CPU for Indonesian), so the
split is kept in :func:`kg.paths.cache_dir` under a key of everything it depends on; so are the prefixes of the
exceptions that the check of step 3 looks pieces up in (~120,000 strings for Indonesian: 0.11 s of CPU to make
at the first document, 0.02 s to read).
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer as SpacyTokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from kg import paths
from kg.nlp.keyed_cache import read_keyed, write_keyed

__all__ = ["ServedExceptions", "Tokenizer", "create_tokenizer", "split_exceptions", "stock_tokenizer"]

FORMAT = 1
"""Bump when the cached split's layout or meaning changes: older files are then ignored."""

Exceptions = Mapping[str, Sequence[Mapping[Any, Any]]]


class ServedExceptions:
    """The ``token_match`` of :class:`Tokenizer`: a string is one token if it is one of ``words`` (or the
    language's own ``token_match`` says so). It also carries what the stock tokenizer needs (``exceptions``,
    ``token_match``) for the rare text that needs it. Picklable (``nlp`` is, with it)."""

    def __init__(self, words: Iterable[str], exceptions: Exceptions, token_match: Callable[[str], Any] | None,
                 cached: tuple[Path, str] | None = None) -> None:
        self.words = frozenset(words)
        self.exceptions = exceptions
        self.token_match = token_match
        self.cached = cached  # the file and key of :attr:`joinable` in the cache folder
        self._joinable: frozenset[str] | None = None

    def __call__(self, text: str) -> bool:
        return text in self.words or bool(self.token_match is not None and self.token_match(text))

    def __reduce__(self) -> tuple[object, ...]:
        return (ServedExceptions, (self.words, dict(self.exceptions), self.token_match, self.cached))

    @property
    def joinable(self) -> frozenset[str]:
        """Every served word and special case and each of their proper prefixes (built on first use: ~0.1 M
        strings, read from the cache when it holds them): what a run of tokens spelling one of them is made of."""
        if self._joinable is None:
            texts = (*self.words, *self.exceptions)
            stored = None if self.cached is None else read_keyed(*self.cached)
            if isinstance(stored, list) and all(isinstance(text, str) for text in stored) and (
                    joinable := frozenset(stored)).issuperset(texts):
                self._joinable = joinable
            else:
                self._joinable = frozenset(text[:end] for text in texts for end in range(1, len(text) + 1))
                if self.cached is not None:
                    write_keyed(*self.cached, sorted(self._joinable))
        return self._joinable


class Tokenizer(SpacyTokenizer):
    """spaCy's ``Tokenizer`` whose ``token_match`` is a :class:`ServedExceptions`: the stock tokens (see the module).

    Constructed like spaCy's (``__reduce__``, ``from_bytes`` and ``to_bytes``/``to_disk`` work: the last two write
    the stock form); :func:`create_tokenizer` is the registered way to get one.
    """

    stock_calls = 0
    """How many texts this tokenizer handed to the stock one (for benchmarks and tests)."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        served = self.token_match
        if isinstance(served, ServedExceptions) and self._spells_served_word(doc, served):
            self.stock_calls += 1
            return self._stock(served)(text)
        return doc

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """spaCy's own serialisation of the stock tokenizer (every exception a special case, the language's own
        ``token_match``), which ``to_disk`` writes too: a saved pipeline's tokenizer loads anywhere spaCy does and
        gives the same tokens (a ``ServedExceptions`` is no regular expression, which spaCy's format needs)."""
        served = self.token_match
        if isinstance(served, ServedExceptions):
            return self._stock(served).to_bytes(exclude=exclude)
        return super().to_bytes(exclude=exclude)

    def _spells_served_word(self, doc: Doc, served: ServedExceptions) -> bool:
        """Whether the stock tokenizer's ``PhraseMatcher`` pass could treat this text otherwise than ours: pieces
        of the affix split spelling a served word (which it merges), or spelling one with spaces between them
        (which it leaves, but which may then keep another special case from applying) next to another match.

        Our ``doc`` is after our own special-case pass, which may have merged pieces into a special case
        ("dll" "." → "dll."): such a token is split back into its pieces here, so every boundary of the
        affix split is seen. A superset of the stock matches is looked at, so in doubt the stock tokenizer
        decides. Most texts stop at the first test: no two neighbouring tokens begin a served word.
        """
        texts = [token.text for token in doc]
        pieces_of = self._special_pieces()
        tokens, from_special = texts, [False] * len(texts)
        if not pieces_of.keys().isdisjoint(texts):
            tokens, from_special = [], []
            for text in texts:
                pieces = pieces_of.get(text, (text,))
                tokens.extend(pieces)
                from_special.extend([text in pieces_of] * len(pieces))
        joinable = served.joinable
        starts = [index for index, pair in enumerate(map(operator.add, tokens, tokens[1:])) if pair in joinable]
        if not starts:
            return False
        spaced: list[bool] = []  # white space after the token
        for token in doc:
            pieces = pieces_of.get(token.text)
            spaced.extend([False] * (len(pieces) - 1) if pieces else [])
            spaced.append(bool(token.whitespace_))
        spellings = self._spellings(tokens, starts, served.words, joinable)
        if not spellings:
            return False
        if any(not any(spaced[start:end - 1]) for start, end in spellings):
            return True  # the stock tokenizer may merge it
        others = self._spellings(tokens, range(len(tokens)), self.rules.keys(), joinable)
        others += [(index, index + 1) for index, special in enumerate(from_special) if special]
        return any(a != b and a[0] < b[1] and b[0] < a[1] for a in spellings for b in spellings + others)

    @staticmethod
    def _spellings(tokens: list[str], starts: Iterable[int], words: Container[str],
                   joinable: frozenset[str]) -> list[tuple[int, int]]:
        """[start, end) of each run of two or more ``tokens`` from one of ``starts`` that spells one of ``words``."""
        found = []
        for start in starts:
            joined = tokens[start]
            for end in range(start + 1, len(tokens)):
                if joined not in joinable:
                    break
                joined += tokens[end]
                if joined in words:
                    found.append((start, end + 1))
        return found

    def _special_pieces(self) -> dict[str, list[str]]:
        """The affix split of every special case the stock ``PhraseMatcher`` pass may have merged."""
        pieces_of = self.__dict__.get("_special_pieces_of")
        if pieces_of is None:
            pieces_of = {text: pieces for text in self.rules if len(pieces := self._pieces(text)) > 1}
            self.__dict__["_special_pieces_of"] = pieces_of
        return pieces_of

    def _pieces(self, word: str) -> list[str]:
        """``word`` as the affix rules alone split it (spaCy's ``_tokenize_affixes(word, False)``)."""
        pieces = self.__dict__.setdefault("_pieces_of", {})
        if word not in pieces:
            bare = self.__dict__.get("_bare_tokenizer")
            if bare is None:  # no exception at all, the language's own token_match
                bare = SpacyTokenizer(self.vocab, None, self.prefix_search, self.suffix_search, self.infix_finditer,
                                      self.token_match.token_match, self.url_match)
                self.__dict__["_bare_tokenizer"] = bare
            pieces[word] = [token.text for token in bare(word)]
        return pieces[word]

    def _stock(self, served: ServedExceptions) -> SpacyTokenizer:
        stock = self.__dict__.get("_stock_tokenizer")
        if stock is None:
            rules = {**served.exceptions, **self.rules}
            stock = SpacyTokenizer(self.vocab, rules, self.prefix_search, self.suffix_search, self.infix_finditer,
                                   served.token_match, self.url_match, faster_heuristics=self.faster_heuristics)
            self.__dict__["_stock_tokenizer"] = stock
        return stock


def is_served(text: str, tokens: Sequence[Mapping[Any, Any]], prefix_search: Callable[[str], Any] | None,
              suffix_search: Callable[[str], Any] | None) -> bool:
    """Whether the exception ``text`` → ``tokens`` only says "``text`` is one token", and may be served by
    ``token_match``: one token, no attribute but its text, no white space, no prefix or suffix of its own."""
    if len(tokens) != 1 or not text or any(character.isspace() for character in text):
        return False
    attributes = tokens[0]
    if set(attributes) - {ORTH, "ORTH"} or attributes.get(ORTH, attributes.get("ORTH")) != text:
        return False
    return not (prefix_search is not None and prefix_search(text)) and not (
        suffix_search is not None and suffix_search(text))


def split_exceptions(nlp: Language, exceptions: Exceptions) -> tuple[set[str], dict[str, Any]]:
    """The served words and the special cases (everything else) of ``exceptions``, cached between runs."""
    served, special_cases, _ = _split(nlp, exceptions)
    return served, special_cases


def _split(nlp: Language, exceptions: Exceptions) -> tuple[set[str], dict[str, Any], tuple[Path, str] | None]:
    """:func:`split_exceptions`, and the cache file and key for the prefixes of ``exceptions`` (none without a
    cache folder)."""
    defaults = nlp.Defaults
    prefix_search = compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None
    suffix_search = compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None
    folder = paths.cache_dir()
    key = _cache_key(nlp, exceptions, prefix_search, suffix_search)
    path = None if folder is None else folder / f"tokenizer-{nlp.lang}-{key[:16]}.json"
    served = None if path is None else _read(path, key)
    if served is None or not served <= exceptions.keys():
        served = {text for text, tokens in exceptions.items() if is_served(text, tokens, prefix_search, suffix_search)}
        if path is not None:
            write_keyed(path, key, sorted(served))
    prefixes = None if folder is None else (folder / f"tokenizer-prefixes-{nlp.lang}-{key[:16]}.json", key)
    return served, {text: tokens for text, tokens in exceptions.items() if text not in served}, prefixes


@registry.tokenizers("kg.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer of the language, its one-word exceptions served by a set (see the module): in a config,
    ``[nlp.tokenizer] @tokenizers = "kg.tokenizer.v1"``."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        exceptions = defaults.tokenizer_exceptions
        served, special_cases, prefixes = _split(nlp, exceptions)
        return Tokenizer(
            nlp.vocab,
            rules=special_cases,
            prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=ServedExceptions(served, exceptions, defaults.token_match, prefixes),
            url_match=defaults.url_match,
        )

    return make


def stock_tokenizer(nlp: Language) -> SpacyTokenizer:
    """spaCy's own tokenizer for ``nlp``'s language (every exception a special case), for comparisons."""
    return registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)


def _cache_key(nlp: Language, exceptions: Exceptions, prefix_search: Callable[[str], Any] | None,
               suffix_search: Callable[[str], Any] | None) -> str:
    patterns = [getattr(getattr(search, "__self__", None), "pattern", None)
                for search in (prefix_search, suffix_search)]
    digest = hashlib.sha256(json.dumps([FORMAT, spacy.__version__, nlp.lang, patterns, ORTH, NORM]).encode())
    digest.update(repr(sorted(exceptions.items())).encode("utf-8", "surrogatepass"))  # the keys are unique
    return digest.hexdigest()


def _read(path: Path, key: str) -> set[str] | None:
    served = read_keyed(path, key)
    if not isinstance(served, list) or not all(isinstance(word, str) for word in served):
        return None
    return set(served)
