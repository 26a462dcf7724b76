"""Instruments told only again after the sentence where they were agreed (:class:`AgreedInstruments`): "Chile and
Peru reached an agreement in Lima … Brazil said the deal was fragile", "Chili dan Peru sepakat menghentikan operasi
militer … Brasil menengahi gencatan senjata tersebut" — no treaty named before it, the first definite instrument
head ("the deal", "kesepakatan itu", "gencatan senjata tersebut") after a sentence where two named parties
agree is the instrument they reached: a Treaty, whose parties the extraction takes from that agreement."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Span

from kg.model import EntityType, EventKind
from kg.nlp.names.treaty_phrases import TreatyPhrases
from kg.nlp.tokens import match_phrase_at

AGREEING_PARTIES = frozenset({EntityType.COUNTRY.value, EntityType.ORGANIZATION.value, EntityType.PERSON.value})


class AgreedInstruments(TreatyPhrases):
    @cached_property
    def _agreeing_forms(self) -> frozenset[tuple[str, ...]]:
        """The forms of the language's agreement triggers: "agreed", "reached an agreement", "sepakat"."""
        return frozenset(t.form for t in self.res.triggers if t.kind is EventKind.AGREEMENT)

    def _agreed_instruments(self, doc: Doc, found: list[Span]) -> list[Span]:
        """The first definite instrument head after a sentence where two named parties agree, no treaty named
        (``found``) before it: one Treaty span, or none."""
        named = min((s.start for s in found if s.label_ == EntityType.TREATY.value), default=len(doc))
        agreed = False
        for sent in doc.sents:
            if sent.start >= named:
                return []  # a named instrument: "the deal" refers to it
            span = self._definite_instrument(doc, sent.start, sent.end) if agreed else None
            if span is not None:
                return [span] if span.start < named else []
            agreed = agreed or self._two_parties_agree(doc, sent.start, sent.end, found)
        return []

    def _two_parties_agree(self, doc: Doc, start: int, end: int, found: list[Span]) -> bool:
        """The sentence holds an agreement trigger after two names of parties and no negation: "Chile and Peru
        reached an agreement", "India dan Pakistan sepakat …"; not "did not reach an agreement"."""
        longest = max((len(f) for f in self._agreeing_forms), default=1)
        for i in range(start, end):
            if doc[i].lower_ in self.res.negation:
                return False
            if match_phrase_at(doc, i, self._agreeing_forms, longest, end):
                parties = {s.start for s in found if start <= s.start and s.end <= i and s.label_ in AGREEING_PARTIES}
                return len(parties) >= 2
        return False

    def _definite_instrument(self, doc: Doc, start: int, end: int) -> Span | None:
        """A bare instrument head told definitely: "the deal" (a definite determiner before it), "kesepakatan itu",
        "gencatan senjata tersebut" (a demonstrative after it); None when the sentence holds none."""
        res = self.res
        for j in range(start, end):
            h = self._head_at(doc, j, end)
            if not h or not (doc[j].is_lower or (j == start and res.head_initial)):
                continue  # "Kesepakatan itu …" opens its sentence
            if res.head_initial:
                told = j + h < end and doc[j + h].lower_ in res.anaphoric_tails
            else:
                told = j > start and doc[j - 1].lower_ in res.definite_determiners \
                    and doc[j - 1].lower_ not in res.demonstratives
            if told:
                return self._span(doc, j, j + h, EntityType.TREATY, method="agreed-instrument")
        return None
