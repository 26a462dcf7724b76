"""Co-agents joined to a subject by a comitative (:class:`CoAgents`): "Amerika Serikat bersama Inggris dan Kanada
menjatuhkan sanksi" (all three impose), and a counted group whose members a list names ("Indonesia bersama 14 negara
lain, termasuk Jepang dan Australia, menandatangani …": all sign). The words are each language's ``comitatives``
and ``list_openers``. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FinderState
from kg.extract.view import MentionRef
from kg.nlp.tokens import lower_forms


class CoAgents(FinderState):
    def _comitative_subjects(self, k: int, sent: Span) -> list[str]:
        """The subject ending at token ``k`` and the names a comitative joins before it: "Amerika Serikat bersama
        Inggris dan Kanada menjatuhkan sanksi" — all three impose; [] when no comitative joins them."""
        view, doc, res = self.view, self.view.doc, self.res
        if doc[k].text == "," and k - 1 >= sent.start:
            k -= 1  # "…, termasuk A, B dan C, menandatangani": the list closes with a comma before the verb
        cur = view.at.get(k)
        if cur is None or cur.end != k + 1:
            return []
        words = lower_forms(doc)  # asked for every subject: no Token objects
        comitatives = frozenset(_spelled(c) for c in res.comitatives)
        longest = max((len(c) for c in res.comitatives), default=0)
        names, joined = [cur], False
        while True:
            start = view.np_start(cur, sent.start)
            counted = self._counted_comitative_before(start, sent)
            if counted is not None:
                # "Indonesia bersama 14 negara lain, termasuk A, B dan C": the list names the others of a counted
                # group that a comitative joins to the subject
                names.insert(0, counted)
                joined = True
                break
            j = start - 1
            while j >= sent.start and (words[j] in res.coordination or words[j] == ","):
                j -= 1  # "X, Y dan Z"
            n = 0 if j < start - 1 else next((n for n in range(1, longest + 1) if start - n > sent.start
                                              and _spelled(words[start - n:start]) in comitatives), 0)
            if n:
                j = start - n - 1  # "X bersama Y", "X bersama-sama dengan Y"
                j -= j > sent.start and words[j] == ","  # "X, Y, bersama Z"
            prev = view.at.get(j) if j >= sent.start else None
            if prev is None or prev.end != j + 1 or j == start - 1 \
                    or (words[j + 1] == "," and self._object_of_a_preposition(prev, sent)):
                break
            names.insert(0, prev)
            joined, cur = joined or bool(n), prev
        return [self._resolve(x, sent, agent=True) for x in names] if joined else []

    def _object_of_a_preposition(self, m: MentionRef, sent: Span) -> bool:
        """A preposition or a source word stands right before the noun phrase of ``m``, set off by a comma: "Menurut
        Peru, …", "Di Lima, …" — the name is its object, no subject joined to the one after the comma."""
        start = self.view.np_start(m, sent.start)
        if start <= sent.start:
            return False
        low = self.view.doc[start - 1].lower_
        return low in self.res.preps.blocking or (low,) in self.view.speech_words

    def _counted_comitative_before(self, start: int, sent: Span, reach: int = 4) -> MentionRef | None:
        """The name before "bersama 14 negara lain, termasuk" when that stands right before token ``start``: a
        name, a comitative, a counted group (a number or quantifier and lowercase words), a comma and a list
        opener. None when the words do not stand so ("bersama 14 negara lain" alone adds no one named)."""
        view, doc, res = self.view, self.view.doc, self.res
        opener = next((n for n in range(1, 4) if start - n > sent.start
                       and tuple(t.lower_ for t in doc[start - n:start]) in res.list_openers), 0)
        j = start - opener - 1
        if not opener or doc[j].text != ",":
            return None
        k = j - 1
        while k > sent.start and j - k <= reach and (doc[k].is_lower or doc[k].like_num) and k not in view.at \
                and not any(tuple(t.lower_ for t in doc[k - n + 1:k + 1]) in res.comitatives for n in range(1, 4)):
            k -= 1
        if k == j - 1 or not (doc[k + 1].like_num or doc[k + 1].lower_ in res.quantifiers):
            return None  # the group is counted: "14 negara lain", "sejumlah negara"
        n = next((n for n in range(1, 4) if k - n + 1 > sent.start
                  and tuple(t.lower_ for t in doc[k - n + 1:k + 1]) in res.comitatives), 0)
        named = view.at.get(k - n) if n else None
        return named if named is not None and named.end == k - n + 1 and named.type in AGENT_TYPES else None


def _spelled(words: Sequence[str]) -> str:
    """Words as written, a hyphen glued to its neighbours: the lexicon's "bersama - sama dengan" and the tokens
    "bersama-sama dengan" (the tokenizer keeps a reduplicated word whole) spell the same phrase."""
    return " ".join(words).replace(" - ", "-")
