"""Instruments a relative clause says were signed (:class:`RelativeInstruments`): "a separate peace agreement
between Congo and Rwanda that was signed in Washington", "perjanjian kerja sama pertahanan kedua negara yang diteken
bersamaan" — the common-noun phrase before the relative pronoun is a Treaty, as it would be after a signing verb.
A bare head ("the agreement that was signed") refers back and names none."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.names.treaty_phrases import TreatyPhrases
from kg.nlp.tokens import match_phrase_at, phrase_starts

MODIFIER_REACH = 4  # lowercase words of an instrument's phrase before the relative pronoun


class RelativeInstruments(TreatyPhrases):
    def _relative_instruments(self, doc: Doc, start: int, end: int, known_at: dict) -> list[Span]:
        """The instrument phrase right before a relative pronoun whose clause opens with a signing verb (an
        auxiliary between at most): "… agreement between A and B that was signed …", "perjanjian … yang diteken"."""
        res, out = self.res, []
        auxiliaries = res.passive_auxiliaries | res.perfect_auxiliaries
        for i in phrase_starts(doc, start + 2, end, res.treaty_signing):
            if not match_phrase_at(doc, i, res.treaty_signing, 3, end):
                continue
            r = i - 1
            while r > start and doc[r].lower_ in auxiliaries:
                r -= 1  # "that was signed", "that had been signed", "yang telah diteken"
            if doc[r].lower_ not in res.relative:
                continue
            span = self._instrument_ending(doc, start, r, known_at)
            if span is not None:
                out.append(span)
        return out

    def _instrument_ending(self, doc: Doc, start: int, e: int, known_at: dict) -> Span | None:
        """The common-noun instrument whose phrase ends right before token ``e`` (past the "between A and B" that
        closes an English one, and the pair a head-initial one ends on: "… kedua negara"), with at least one
        modifier; None when no treaty head is found there."""
        res = self.res
        if not res.head_initial:
            b = e - 1
            while b > start and (b in known_at or doc[b].lower_ in res.coordination or doc[b].lower_ in res.articles
                                 or doc[b].text == ","):
                b -= 1
            if b < e - 1 and doc[b].lower_ in res.preps.between:
                e = b  # "an agreement between Congo and Rwanda that …"
            head = next((h for h in range(max(start, e - self.head_len), e)
                         if match_phrase_at(doc, h, res.treaty_heads, self.head_len, e) == e - h), None)
            if head is None:
                return None
            m = head
            while m - 1 > start and head - m < MODIFIER_REACH and doc[m - 1].is_alpha and doc[m - 1].is_lower \
                    and not self._is_function_word(doc[m - 1]) and not self._counts(doc[m - 1]):
                m -= 1
            return self._span(doc, m, e, EntityType.TREATY, method="treaty-relative") if m < head else None
        collective = {w for words in res.collective_numbers.values() for w in words}
        k = e - 1
        while k >= start and e - k <= MODIFIER_REACH + 2 and doc[k].is_alpha and k not in known_at \
                and (doc[k].is_lower or k == start) and not self._is_function_word(doc[k]):
            if doc[k].lower_ in collective or self._counts(doc[k]) or any(
                    match_phrase_at(doc, k, phrases, 3, e) for phrases in res.plural_anaphora.values()):
                e = k  # "perjanjian … kedua negara yang …": the pair it is between closes the phrase
            h = match_phrase_at(doc, k, res.treaty_heads, self.head_len, e)
            if h:
                return self._span(doc, k, e, EntityType.TREATY, method="treaty-relative") if e - k > h else None
            k -= 1
        return None
