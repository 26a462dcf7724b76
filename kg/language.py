"""Offline language identification and language-code normalisation.

newskg has pipelines for Indonesian and English only, so detection is a
three-way choice made by py3langid restricted to ``id``, ``ms`` and ``en``:
Malay is kept in the candidate set because py3langid often hears standard
Indonesian news prose as Malay (the two share most of their vocabulary), and
every Malay vote is routed to ``id``. Restricting the label set also keeps a
short text from being classified as some unrelated language we cannot process.

The classifier takes about half a second to build, so it is created once, on
first use, as a module-level singleton (thread-safe). We build our own
``LanguageIdentifier`` instead of calling ``py3langid.set_languages``, which
would restrict py3langid's process-wide global model for every other user.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from typing import TYPE_CHECKING

from kg.errors import LanguageError
from kg.paths import LANG_DIR

if TYPE_CHECKING:  # pragma: no cover - typing only
    from py3langid.langid import LanguageIdentifier

SUPPORTED: tuple[str, ...] = ("id", "en")
"""Languages that have a pipeline, in the project's preferred order."""

DEFAULT = "en"
"""Answer of :func:`detect` when the text carries no evidence at all (empty, digits only)."""

# Codes accepted by normalise(): ISO 639-1, the deprecated "in", ISO 639-2/3, and Malay (→ id).
_CODES: dict[str, str] = {
    "id": "id",
    "in": "id",
    "ind": "id",
    "ms": "id",
    "msa": "id",
    "may": "id",
    "zsm": "id",
    "en": "en",
    "eng": "en",
}

# How much of a document the classifier reads: enough for a stable vote, and it
# keeps detection time independent of article length.
_MAX_CHARS = 4000

_identifier: LanguageIdentifier | None = None
_lock = threading.Lock()


def normalise(code: str) -> str:
    """Map a language code to one of :data:`SUPPORTED`.

    Accepts ``id``/``in``/``ind``, ``en``/``eng`` and Malay (``ms`` → ``id``),
    case-insensitively and with an optional region (``en-US``, ``id_ID``).
    Anything else raises :class:`~kg.errors.LanguageError`, because silently
    running the wrong pipeline would produce a plausible-looking but bad graph.
    """
    if not isinstance(code, str) or not code.strip():
        raise LanguageError(f"empty or invalid language code {code!r}")
    base = code.strip().lower().replace("_", "-").split("-", 1)[0]
    try:
        return _CODES[base]
    except KeyError:
        raise LanguageError(
            f"unsupported language {code!r}; supported: {', '.join(SUPPORTED)} (Malay 'ms' is read as 'id')"
        ) from None


def _get_identifier() -> LanguageIdentifier:
    """Build the restricted classifier once (double-checked locking)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages(["id", "ms", "en"])
                _identifier = identifier
    return _identifier


def scores(text: str) -> dict[str, float]:
    """Probabilities for ``id`` (Indonesian + Malay) and ``en``; they sum to 1.

    Exposed so callers can log or threshold the confidence; :func:`detect`
    simply takes the larger one.
    """
    ranked = dict(_get_identifier().rank(text[:_MAX_CHARS]))
    indonesian = ranked.get("id", 0.0) + ranked.get("ms", 0.0)
    return {"id": indonesian, "en": ranked.get("en", 0.0)}


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    """Each supported language's function words, from ``kg/lang/<code>/lexicon.json``."""
    words = {}
    for code in SUPPORTED:
        lexicon = json.loads((LANG_DIR / code / "lexicon.json").read_text(encoding="utf-8"))
        words[code] = frozenset(lexicon.get("function_words", ()))
    return words


def function_word_vote(text: str) -> str | None:
    """The language whose function words clearly dominate ``text``, else ``None``.

    Names fool a character-n-gram classifier on short news sentences ("Indonesia and
    Malaysia agreed …" scores as Indonesian); "and", "agreed to", "said" do not.
    Decisive means at least two hits and twice as many as the other language.
    """
    tokens = re.findall(r"[a-z]+", text[:_MAX_CHARS].lower())
    counts = {code: sum(token in words for token in tokens) for code, words in _function_words().items()}
    ranked = sorted(counts, key=counts.get, reverse=True)
    best, second = ranked[0], ranked[1]
    if counts[best] >= 2 and counts[best] >= 2 * counts[second]:
        return best
    return None


def detect(text: str) -> str:
    """Return ``"id"`` or ``"en"`` for ``text``, offline.

    Text without letters (empty, numbers, punctuation) gives :data:`DEFAULT`,
    since there is nothing to decide on and the caller needs a pipeline.
    """
    if not any(ch.isalpha() for ch in text[:_MAX_CHARS]):
        return DEFAULT
    vote = function_word_vote(text)
    if vote is not None:
        return vote
    result = scores(text)
    if result["id"] == result["en"]:
        return DEFAULT
    return "id" if result["id"] > result["en"] else "en"
