"""Part-of-speech tags from the Indonesian tagger newskg trains and ships (``data/models/id_pos``).

Why: capitalisation alone cannot tell a name from a capitalised common word. Indonesian news
starts sentences with "Agenda", "Kemitraan", "Sebagai" and writes titles and organisations in
title case, while the names we most need are the ones no gazetteer lists ("Yuri Ushakov",
"Kumsusan State Guest House"). A tagger trained on the kumparan POS corpus marks proper nouns
``NNP`` in ``token.tag_``, so runs of ``NNP`` are candidate names.

spaCy's trained pipelines cannot be downloaded here; ``scripts/train_id_tagger.py`` trains this
one and ``data/models/id_pos/NOTICE.md`` holds its licence and measured accuracy.

The tagger carries its own tok2vec (no listener), so it is one self-contained component::

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    add_tagger(nlp)                      # or, by hand:
    # nlp.add_pipe("tagger", source=load_tagger("id"))
    doc = nlp("Menteri Luar Negeri Retno Marsudi bertemu Sergei Lavrov di Moskow.")
    [t.text for t in doc if t.tag_ == "NNP"]
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import caches, language
from kg.errors import ResourceError
from kg.paths import data_dir

PROPER_NOUN = "NNP"
"""The tag for proper nouns (persons, organisations, places, brands, titles in names)."""



def model_path(lang: str) -> Path | None:
    """Where the tagger for ``lang`` would live (``pos_model`` of its registry entry), or None when
    we never train one for it."""
    name = language.get(lang).pos_model if lang in language.SUPPORTED else None
    return None if name is None else data_dir() / "models" / name


def load_tagger(lang: str) -> Language | None:
    """The trained tagger pipeline (tokenizer + ``tagger``) for ``lang``, loaded once per path.

    None when the language has no model or the model folder is absent, so callers fall back to
    capitalisation heuristics instead of failing; a folder that exists but cannot be loaded is
    a broken install and raises :class:`~kg.errors.ResourceError`. The cache is keyed by the
    resolved path, so changing ``NEWSKG_DATA`` (as tests do) loads the other copy.
    """
    path = model_path(lang)
    if path is None or not (path / "config.cfg").is_file():
        return None
    return _load(str(path.resolve()))


def clear_cache() -> None:
    """Forget loaded taggers (part of :func:`kg.nlp.pipeline.reset`)."""
    _load.cache_clear()


caches.register("kg.nlp.pos._load", clear_cache, costly=True)


@cache
def _load(path: str) -> Language:
    try:
        return spacy.load(path)  # a local folder: spaCy never downloads anything here
    except (OSError, ValueError, KeyError) as err:
        raise ResourceError(
            f"cannot load the POS tagger in {path}: {err}",
            hint="Retrain it with `python scripts/train_id_tagger.py`, or restore data/models/ from git.",
        ) from err


def add_tagger(nlp: Language, *, name: str = "tagger", **add_pipe_kwargs: Any) -> bool:
    """Source the trained tagger into ``nlp`` (e.g. a ``spacy.blank("id")`` pipeline).

    Returns False, leaving ``nlp`` untouched, when there is no model for ``nlp.lang``.
    ``add_pipe_kwargs`` go to :meth:`spacy.Language.add_pipe` (``before=``, ``after=`` ...).
    Sourcing copies the weights and the tag strings into ``nlp``; it shares nothing with the
    cached tagger pipeline afterwards.
    """
    tagger_nlp = load_tagger(nlp.lang)
    if tagger_nlp is None:
        return False
    nlp.add_pipe("tagger", name=name, source=tagger_nlp, **add_pipe_kwargs)
    return True


def tag_doc(doc: Doc) -> Doc:
    """Set ``token.tag_`` on a Doc made by another pipeline of the same language, in place.

    For code that already holds a Doc and cannot change its pipeline. The tagger's features are
    hashes of each token's text, so any vocabulary works; the tag strings are added to the
    Doc's vocabulary so ``token.tag_`` can resolve them. Tokens that already have a tag keep
    it. A language without a model returns the Doc unchanged.
    """
    tagger_nlp = load_tagger(doc.lang_)
    if tagger_nlp is None:
        return doc
    tagger = tagger_nlp.get_pipe("tagger")
    for label in tagger.labels:  # type: ignore[attr-defined]
        doc.vocab.strings.add(label)
    return tagger(doc)


def is_proper_noun(token: Token) -> bool:
    """True when the tagger marked the token ``NNP`` (False for untagged Docs)."""
    return token.tag_ == PROPER_NOUN


def proper_noun_runs(doc: Doc) -> list[Span]:
    """Maximal runs of ``NNP`` tokens: the candidate names the tagger proposes.

    Runs are raw material: they include titles written as part of a name ("Menteri Luar
    Negeri Retno Marsudi" is one run) and brands or events, so ``kg_names`` still cleans and
    types them. Runs never cross a sentence boundary when sentences are set.
    """
    runs: list[Span] = []
    start: int | None = None
    has_sents = doc.has_annotation("SENT_START")
    for token in doc:
        boundary = has_sents and token.i > 0 and bool(token.is_sent_start)
        if start is not None and (not is_proper_noun(token) or boundary):
            runs.append(doc[start : token.i])
            start = None
        if start is None and is_proper_noun(token):
            start = token.i
    if start is not None:
        runs.append(doc[start:])
    return runs
