"""The spaCy pipeline per language: ``spacy.blank(lang)`` plus our own components.

sentencizer → kg_sentence_quotes → kg_gazetteer → kg_names → kg_coref. No trained
pipeline is downloaded: every resource is data in this repository.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from kg import language
from kg.nlp import coref, gazetteer_matcher, names, resources, sentences  # noqa: F401  (registers the factories)


@cache
def make_pipeline(lang: str) -> Language:
    resources.load(lang)  # fails early, with a hint, for a language we have no resources for
    nlp = spacy.blank(language.get(lang).spacy)
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "。", "…"]})
    nlp.add_pipe("kg_sentence_quotes")
    nlp.add_pipe("kg_gazetteer", config={"lang": lang})
    nlp.add_pipe("kg_names", config={"lang": lang})
    nlp.add_pipe("kg_coref")
    return nlp
