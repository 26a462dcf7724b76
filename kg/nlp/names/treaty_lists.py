"""Instruments listed after a signing (:class:`TreatyLists`): "signed eight agreements, including a bilateral
investment treaty and a memorandum of understanding on energy cooperation", "Dokumen yang ditandatangani antara
lain nota kesepahaman tentang … dan perjanjian ekstradisi", "Among the documents signed were an agreement on …
and …". Each common-noun instrument of the list is a Treaty, as it would be right after the signing verb; who
signed them is read by :mod:`kg.extract.treaty_lists`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.names.treaty_phrases import TreatyPhrases
from kg.nlp.resources import LangResources
from kg.nlp.tokens import QUOTES, match_phrase_at, words_among

LIST_REACH = 6  # instruments one list names at most
TOPIC_REACH = 14  # words of a named topic: "on the India-Middle East-Europe Economic Corridor"
HYPHENS = frozenset({"-", "–"})
PARTITIVE_REACH = 6  # words between "Among" and its copula: "Among the other documents signed on Friday were"


def instrument_list_start(doc: Doc, i: int, start: int, end: int, res: LangResources, head_len: int) -> int:
    """Where a list of instruments opened at token ``i`` of the sentence [``start``, ``end``) begins; 0 when none
    opens there. A list opener (``list_openers``: "including", "antara lain") or a listing verb ("included",
    "termasuk", "adalah") after an instrument the sentence signs or names ("signed eight agreements, including …",
    "Dokumen yang ditandatangani antara lain …"), or the copula of a sentence a partitive opens ("Among the
    documents were …", "Di antara dokumen yang diteken adalah …")."""
    word = doc[i].lower_
    if word not in res.list_opening_words:
        return 0  # most words open nothing, with no phrase to match (the scans ask only at these words)
    n = match_phrase_at(doc, i, res.list_openers, 3, end)
    if not n and word in res.listing_verbs:
        n = 1
    if not n and (word in res.passive_auxiliaries or word in res.listing_verbs) \
            and (partitive := match_phrase_at(doc, start, res.partitive_openers, 3, end)) \
            and start + partitive < i <= start + partitive + PARTITIVE_REACH:
        n = 1  # "Among the documents were": the copula, after the partitive's noun, opens the list
    if not n or i + n >= end:
        return 0
    for k in range(start, i):
        if (doc[k].lower_ in res.instrument_collectives or match_phrase_at(doc, k, res.instrument_verbs, 3, i)
                or match_phrase_at(doc, k, res.treaty_heads, head_len, i)):
            return i + n
    return 0


class TreatyLists(TreatyPhrases):
    def _listed_instruments(self, doc: Doc, start: int, end: int, known_at: dict) -> list[Span]:
        """The common-noun instruments of a list opened after an instrument signed or named (see
        :func:`instrument_list_start`), each with a modifier or a topic: a bare "an agreement" names none. A name
        in the list ("the Paris Agreement") is found by the gazetteer or the name runs and is stepped over."""
        res, out = self.res, []
        for i in words_among(doc, start, end, res.list_opening_words):
            j = instrument_list_start(doc, i, start, end, res, self.head_len)
            for _ in range(LIST_REACH if j else 0):
                while j < end and (doc[j].text in QUOTES or self._counts(doc[j]) or doc[j].lower_ in res.determiners):
                    j += 1
                if j in known_at:
                    k = known_at[j].end
                else:
                    h, k = self._instrument_phrase(doc, j, end)
                    if not h:
                        break
                    if k - j > h:  # "an agreement" alone is no instrument told
                        out.append(self._span(doc, j, k, EntityType.TREATY, method="treaty-list"))
                k = self._past_named_topic(doc, k, end)
                after = k + (k < end and doc[k].text == ",")
                after += after < end and doc[after].lower_ in res.coordination
                if after == k or after >= end:
                    break
                j = after
        return out

    def _past_named_topic(self, doc: Doc, k: int, end: int) -> int:
        """Past a topic the instrument's phrase did not take in ("an agreement on the India-Middle East-Europe
        Economic Corridor and …": a name after the preposition), up to the comma or coordinator before the next
        instrument; ``k`` when no topic preposition stands there or no next instrument follows soon."""
        if k >= end or doc[k].lower_ not in self.res.preps.topic:
            return k
        for t in range(k + 1, min(end, k + TOPIC_REACH)):
            if doc[t].text == "," or doc[t].lower_ in self.res.coordination:
                return t
            if doc[t].is_punct and doc[t].text not in HYPHENS:
                return k
        return k

