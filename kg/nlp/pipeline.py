"""The spaCy pipeline per language: ``spacy.blank`` (with :mod:`kg.nlp.tokenizer`) plus our own components, and its
one cache.

sentencizer → kg_sentence_quotes → kg_gazetteer → kg_names → kg_coref. No trained pipeline is
downloaded: every resource is data in this repository. The components hold no global state: their
resources (the gazetteer, the language whose word lists they read) reach them through the
pipeline's ``[initialize.components]`` config, resolved by the registered loader below when
``nlp.initialize()`` runs, as spaCy's own components get their lookup tables::

    [initialize.components.kg_gazetteer]
    lang = "id"
    [initialize.components.kg_gazetteer.gazetteer]
    @misc = "kg.gazetteer.v1"
    path = null                      # data/gazetteer, or NEWSKG_DATA/gazetteer

    [initialize.components.kg_names]
    lang = "id"
    [initialize.components.kg_names.gazetteer]
    @misc = "kg.gazetteer.v1"
    path = null

Loading is what costs (the gazetteer's surface forms become phrase patterns), so pipelines,
language resources, date patterns and the gazetteer are cached per process. :func:`reset` is the one place that
forgets them all: call it after pointing ``NEWSKG_DATA`` elsewhere or rebuilding the gazetteer.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.util import registry

from kg import caches, language
from kg import gazetteer as gazetteer_data
from kg.nlp import (  # noqa: F401  (registers the factories)
    coref,
    date_patterns,
    gazetteer_matcher,
    names,
    pos,
    resources,
    sentences,
    syntax,
    tokenizer,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    from kg.gazetteer import Gazetteer

__all__ = ["load_gazetteer", "make_pipeline", "reset"]


TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "kg.tokenizer.v1"}}}
"""spaCy's tokenizer with its one-word exceptions served by a set look-up (:mod:`kg.nlp.tokenizer`): the stock
tokens, ~2 s less start-up for Indonesian."""


@registry.misc("kg.gazetteer.v1")
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer in ``path`` (default: :func:`kg.paths.gazetteer_dir`), for a component's ``initialize``."""
    return gazetteer_data.load(path)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the block runs (restored after it, as it was).

    Building a pipeline allocates a few hundred thousand objects that all live as long as the process
    (special cases, lexemes, phrase patterns, word lists) and almost no garbage: the collector, run every
    700 allocations, would traverse them again and again for nothing (measured: ~0.3 s CPU of a
    2-document build).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def make_pipeline(lang: str, gazetteer_path: str | None = None) -> Language:
    """The initialised pipeline for ``lang`` (a code of :data:`kg.language.SUPPORTED`), built once per process."""
    with _collector_paused():
        return _build_pipeline(lang, gazetteer_path)


def _build_pipeline(lang: str, gazetteer_path: str | None) -> Language:
    info = language.get(lang)
    resources.load(info.code)  # fails early, with a hint, for a folder whose data is broken
    nlp = spacy.blank(info.spacy, config=TOKENIZER)
    nlp.add_pipe("kg_abbreviation_ends")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "。", "…"]})
    nlp.add_pipe("kg_sentence_quotes")
    nlp.add_pipe("kg_gazetteer")
    nlp.add_pipe("kg_names")
    nlp.add_pipe("kg_coref")
    nlp.config["initialize"]["components"] = {
        "kg_gazetteer": {"lang": info.code, "gazetteer": {"@misc": "kg.gazetteer.v1", "path": gazetteer_path}},
        "kg_names": {"lang": info.code, "gazetteer": {"@misc": "kg.gazetteer.v1", "path": gazetteer_path}},
        "kg_coref": {"lang": info.code, "gazetteer": {"@misc": "kg.gazetteer.v1", "path": gazetteer_path}},
    }
    nlp.initialize()
    return nlp


def reset() -> None:
    """Forget every cached pipeline, language resource, date pattern, gazetteer, tagger and calibration table of
    this process."""
    make_pipeline.cache_clear()
    resources.clear_cache()
    date_patterns.clear_cache()
    pos.clear_cache()
    syntax.clear_cache()
    gazetteer_data.clear_cache()
    from kg.extract import calibration  # here: kg.extract imports this module

    calibration.clear_cache()


caches.register("kg.nlp.pipeline.make_pipeline", make_pipeline.cache_clear, costly=True)
