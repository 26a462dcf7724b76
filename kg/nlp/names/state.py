"""What the parts of :class:`kg.nlp.names.NameFinder` share (:class:`NameState`): the language's resources and
the word sets :meth:`~kg.nlp.names.NameFinder.initialize` derives from them, and two readings every part makes
(is a word a nationality; a typed span with the rule that found it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.model import EntityType

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer, GazetteerEntry
    from kg.nlp.resources import LangResources, Phrase


class NameState:
    """Set by the name finder's ``initialize`` (the sets) and ``__call__`` (``_inner_runs``, per Doc); read by its
    parts: the runs (:mod:`~kg.nlp.names.runs`), nationalities before titles (:mod:`~kg.nlp.names.demonyms`),
    the typing of a run (:mod:`~kg.nlp.names.classify`) from its shape (:mod:`~kg.nlp.names.shapes`) and the
    words around it (:mod:`~kg.nlp.names.cues`), and treaties named by common nouns
    (:mod:`~kg.nlp.names.treaty_phrases`)."""

    name: str
    res: LangResources
    gazetteer: Gazetteer
    lang: str
    demonyms: Mapping[str, str]  # a nationality word → its country's QID
    demonym_entries: dict[Phrase, GazetteerEntry]
    demonym_phrases: frozenset[Phrase]
    demonym_len: int
    head_len: int
    time_len: int
    honorific_len: int
    common: frozenset[str]  # words that, capitalised at a sentence start, are not names
    time_openers: frozenset[str]
    corpus_only: frozenset[str]
    title_words: frozenset[str]
    speech_verbs: frozenset[str]
    trigger_words: frozenset[str]
    speaker_phrases: frozenset[Phrase]
    speaker_phrase_len: int
    meeting_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    sanction_nouns: frozenset[Phrase]  # "sanctions", "restrictions": a nationality before them may impose them
    sanction_objects: frozenset[Phrase]  # "sanctioned", "sanctions on": a name right after them is what is sanctioned
    sanction_object_len: int
    person_words: frozenset[str]
    surnames: frozenset[str]
    given_names: frozenset[str]
    _inner_runs: frozenset[tuple[str, ...]]

    def _nationality(self, tok: Token) -> bool:
        """ "Russian", "Libyans", "Serbs": a demonym or its plural (never a name here)."""
        low = tok.lower_
        if low in self.res.nationalities_without_country:
            return True
        return low in self.demonyms or self.res.singular(low) in self.demonyms or any(
            low.endswith(suffix) and low[: -len(suffix)] in self.demonyms for suffix in self.res.plural_suffixes)

    @staticmethod
    def _span(doc: Doc, start: int, end: int, etype: EntityType, method: str = "names") -> Span:
        span = Span(doc, start, end, label=etype.value)
        span._.kg_method = method
        return span
