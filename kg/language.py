"""The registry of languages, language-code normalisation and offline language identification.

A language is a folder, ``kg/lang/<code>/``, the way spaCy keeps ``spacy/lang/<code>/``: its
``language.toml`` is the registry entry (codes, spaCy tokenizer, head position, which
py3langid labels vote for it, which gazetteer names apply), the other files are its data
(``lexicon.json``, ``triggers.json``, ``aliases.json``, ``demonyms.json``; see
docs/languages.md). Nothing else in the package lists languages: every question "which
languages, which codes, which fields" is answered here, from those files.

Detection is a choice among the languages that name py3langid labels (``[detection] langid``),
made by py3langid restricted to those labels, after a vote of function words. A language with
no labels is read only when a document or the command line names it: Malay and Indonesian
share most of their vocabulary, and py3langid hears Indonesian news as Malay, so letting
Malay win a vote would misread Indonesian documents. Restricting the label set also keeps a
short text from being classified as some unrelated language we cannot process.

The classifier takes about half a second to build, so it is created once, on first use, as a
module-level singleton (thread-safe). We build our own ``LanguageIdentifier`` instead of calling
``py3langid.set_languages``, which would restrict py3langid's process-wide global model for
every other user.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import LanguageError, ResourceError
from kg.paths import LANG_DIR

if TYPE_CHECKING:  # pragma: no cover - typing only
    from py3langid.langid import LanguageIdentifier

__all__ = [
    "DEFAULT",
    "DETECTABLE",
    "SUPPORTED",
    "LanguageInfo",
    "detect",
    "evidence_words",
    "function_word_vote",
    "get",
    "normalise",
    "registry",
    "scores",
]

REGISTRY_FILE = "language.toml"
"""The file that makes a folder of ``kg/lang/`` a language."""

DEFAULT = "en"
"""Answer of :func:`detect` when the text carries no evidence at all (empty, digits only)."""

# How much of a document the classifier reads: enough for a stable vote, and it
# keeps detection time independent of article length.
_MAX_CHARS = 4000


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    """One registry entry, read from ``kg/lang/<code>/language.toml``."""

    code: str
    name: str
    aliases: tuple[str, ...]  # other codes that mean this language ("ind", "in")
    spacy: str  # the spaCy language of ``spacy.blank`` (tokenizer, stop words)
    head_initial: bool  # the head noun comes first ("perjanjian damai") rather than last ("peace treaty")
    langid: tuple[str, ...]  # py3langid labels that vote for it; empty: only read when named
    gazetteer_names: tuple[str, ...]  # gazetteer entry fields matched in its text ("name_en", "name_id")
    gazetteer_forms: tuple[str, ...]  # whose language-specific gazetteer forms apply ("id": "AS" is the US)
    label_field: str | None  # the entry field that names an entity in its documents, when set
    pos_model: str | None  # folder of a trained tagger under data/models/, if any
    syntax_model: str | None  # folder of the UD tagger + parser under data/models/ (kg.nlp.syntax), if any
    press_country: str | None  # QID of the country whose offices its press titles bare ("Menteri Pertahanan X")
    folder: Path

    @property
    def detectable(self) -> bool:
        return bool(self.langid)


def _read_entry(folder: Path) -> LanguageInfo:
    path = folder / REGISTRY_FILE
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"malformed language registry entry {path}: {exc}") from exc
    try:
        code = data["code"]
        if code != folder.name:
            raise ResourceError(f"{path}: code {code!r} differs from its folder name {folder.name!r}")
        head = data["head"]
        if head not in ("initial", "final"):
            raise ResourceError(f"{path}: head must be 'initial' or 'final', not {head!r}")
        detection = data.get("detection", {})
        gazetteer = data["gazetteer"]
        return LanguageInfo(
            code=code,
            name=data["name"],
            aliases=tuple(data.get("aliases", ())),
            spacy=data["spacy"],
            head_initial=head == "initial",
            langid=tuple(detection.get("langid", ())),
            gazetteer_names=tuple(gazetteer["names"]),
            gazetteer_forms=tuple(gazetteer.get("forms", ())),
            label_field=gazetteer.get("label"),
            pos_model=data.get("pos_model"),
            syntax_model=data.get("syntax_model"),
            press_country=data.get("press_country"),
            folder=folder,
        )
    except KeyError as exc:
        raise ResourceError(f"{path}: missing key {exc}", hint="See docs/languages.md for the keys.") from None


@functools.cache
def registry() -> Mapping[str, LanguageInfo]:
    """Every language of ``kg/lang/``, by code, in code order."""
    entries = [_read_entry(p) for p in sorted(LANG_DIR.iterdir()) if (p / REGISTRY_FILE).is_file()]
    return {entry.code: entry for entry in entries}


@functools.cache
def _by_code() -> dict[str, LanguageInfo]:
    index: dict[str, LanguageInfo] = {}
    for entry in registry().values():
        for code in (entry.code, *entry.aliases):
            if code in index:
                raise ResourceError(f"language code {code!r} is claimed by {index[code].code} and {entry.code}")
            index[code] = entry
    return index


SUPPORTED: tuple[str, ...] = tuple(registry())
"""Every language that has a folder (a pipeline), in code order."""

DETECTABLE: tuple[str, ...] = tuple(code for code, entry in registry().items() if entry.detectable)
"""The languages :func:`detect` chooses among (the others are read only when a document names them)."""


def normalise(code: str) -> str:
    """Map a language code to one of :data:`SUPPORTED`.

    Accepts each language's code and aliases (``ind``, ``in``, ``eng`` …), case-insensitively and
    with an optional region (``en-US``, ``id_ID``). Anything else raises
    :class:`~kg.errors.LanguageError`, because silently running the wrong pipeline would produce a
    plausible-looking but bad graph.
    """
    if not isinstance(code, str) or not code.strip():
        raise LanguageError(f"empty or invalid language code {code!r}", hint=_hint())
    base = code.strip().lower().replace("_", "-").split("-", 1)[0]
    try:
        return _by_code()[base].code
    except KeyError:
        raise LanguageError(f"unsupported language {code!r}; supported: {', '.join(SUPPORTED)}",
                            hint=_hint()) from None


def get(code: str) -> LanguageInfo:
    """The registry entry of ``code`` (any accepted code, see :func:`normalise`)."""
    return registry()[normalise(code)]


def _hint() -> str:
    return (f"Use --lang with one of {', '.join(SUPPORTED)}; a language is a folder of kg/lang/ "
            "(docs/languages.md shows how to add one).")


_identifier: LanguageIdentifier | None = None
_lock = threading.Lock()


def _get_identifier() -> LanguageIdentifier:
    """Build the restricted classifier once (double-checked locking)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages([label for code in DETECTABLE for label in registry()[code].langid])
                _identifier = identifier
    return _identifier


def scores(text: str) -> dict[str, float]:
    """Probabilities of the :data:`DETECTABLE` languages (each the sum of its labels); they sum to 1.

    Exposed so callers can log or threshold the confidence; :func:`detect` simply takes the largest.
    """
    ranked = dict(_get_identifier().rank(text[:_MAX_CHARS]))
    return {code: sum(ranked.get(label, 0.0) for label in registry()[code].langid) for code in DETECTABLE}


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    """Each detectable language's function words, from its ``lexicon.json``."""
    words = {}
    for code in DETECTABLE:
        lexicon = json.loads((registry()[code].folder / "lexicon.json").read_text(encoding="utf-8"))
        words[code] = frozenset(lexicon.get("function_words", ()))
    return words


_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = frozenset(".!?\n")
_OPENING_MARKS = frozenset(" \t\"'“‘«(")  # may stand between a sentence's end and its first word


def evidence_words(text: str) -> list[str]:
    """The words of ``text`` that speak for its language, lowercased: names are left out.

    A word capitalised inside a sentence is taken for a name ("Biden met Xi in San Francisco"):
    names are shared by every language, and a text full of them sounds to a character-n-gram
    classifier like whichever language their letters resemble. A capitalised word that opens a
    sentence is kept ("The", "Dalam"), so function words there still count.
    """
    words = []
    for match in _WORD.finditer(text[:_MAX_CHARS]):
        word = match.group()
        if word.islower() or _opens_sentence(text, match.start()):
            words.append(word.lower())
    return words


def _opens_sentence(text: str, start: int) -> bool:
    """Only opening marks (spaces, quotes, a bracket) stand between the text's start or a sentence's end and the
    word at ``start``. Read backwards from the word: a copy of the text before each word (``rstrip``) made the
    words of a text cost its length squared (the detection of every document is the build's driver's, serial)."""
    k = start - 1
    while k >= 0 and text[k] in _OPENING_MARKS:
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END


def function_word_vote(text: str) -> str | None:
    """The language whose function words clearly dominate ``text``, else ``None``.

    Names fool a character-n-gram classifier on short news sentences ("Indonesia and
    Malaysia agreed …" scores as Indonesian); "and", "agreed to", "said" do not. Only the
    :func:`evidence_words` are counted, so a name that happens to spell a function word of
    another language ("Di", "Dan") casts no vote. Decisive means at least two hits and twice
    as many as any other language, or — in a short text full of names, "Biden met Xi in San
    Francisco" — hits of one language only.
    """
    tokens = evidence_words(text)
    counts = {code: sum(token in words for token in tokens) for code, words in _function_words().items()}
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if not ranked:
        return None
    best = ranked[0]
    second = counts[ranked[1]] if len(ranked) > 1 else 0
    if counts[best] >= 2 and counts[best] >= 2 * second:
        return best
    if counts[best] >= 1 and second == 0:
        return best
    return None


def detect(text: str) -> str:
    """Return the :data:`DETECTABLE` language of ``text``, offline.

    Text without letters (empty, numbers, punctuation) gives :data:`DEFAULT`, since there is
    nothing to decide on and the caller needs a pipeline; so does a tie.
    """
    if not any(ch.isalpha() for ch in text[:_MAX_CHARS]):
        return DEFAULT
    vote = function_word_vote(text)
    if vote is not None:
        return vote
    # the classifier hears the words without the names when any remain ("Widodo visited Canberra" → "visited")
    words = evidence_words(text)
    result = scores(" ".join(words) if words else text)
    best = max(result.values())
    winners = [code for code, p in result.items() if p == best]
    return winners[0] if len(winners) == 1 else DEFAULT
