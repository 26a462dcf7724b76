"""Modality and polarity of a trigger: what its clause, before it, says about the fact.

"Canada did not sign", "will sign … next year", "if they meet", "plans to visit", "threatened to
impose", "membantah telah bertemu": the cue words stand between the start of the trigger's clause and
the trigger, a few words at most. The clause starts after punctuation, a relative pronoun, or a
conjunction that a new subject follows ("Japan did not attend and Korea signed"); a complementiser
opens it and belongs to it ("if they meet"), and the verb just before a complementiser governs it
("denied that the two met"). Which cue words mean what is each language's data
(``modality`` in ``kg/lang/<code>/lexicon.json``); which modalities block which event type is the type's
``blocked_by`` trait (``kg.model.EventKind``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.view import DocView
from kg.model import Modality
from kg.nlp.tokens import QUOTES, match_phrase_at

WINDOW = 5  # words before the trigger that may carry its modality: "did not formally sign", "akan segera bertemu"
GOVERNING = 2  # words before a complementiser that may govern its clause: "denied that", "membantah bahwa"


class ModalityReader:
    """Answers :meth:`of`: the modalities the words before a trigger put it under."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        res = view.res
        self.cues = tuple((modality, frozenset(cues)) for modality, cues in res.modality_cues.items())
        self.longest = max((len(p) for _, cues in self.cues for p in cues), default=1)
        self.clause_openers = res.complementisers
        self.boundaries = res.relative

    def of(self, i: int, sent: Span) -> frozenset[Modality]:
        """The modalities of a trigger at token ``i`` of ``sent`` (empty: asserted as a fact)."""
        doc = self.view.doc
        start = self._clause_start(i, sent)
        found = self._cues_in(start, i, sent)
        opener = start - 1
        if opener >= sent.start and doc[opener].lower_ in self.clause_openers:
            found |= self._cues_in(opener, opener + 1, sent)  # "if they meet", "jika mereka bertemu"
            # the verb that governs the clause: "denied that", "threatened that", "membantah bahwa"
            lo = max(sent.start, opener - GOVERNING)
            found |= {m for m in self._cues_in(lo, opener, sent) if m is not Modality.SCHEDULED}
        found |= self._condition_opening(sent, start)
        found |= self._sentence_adverb(sent, start)
        return frozenset(found)

    def _sentence_adverb(self, sent: Span, start: int) -> set[Modality]:
        """A cue word opening the sentence as an adverb of it — set off by a comma, or made one by a possessive
        suffix ("Rencananya, …", "Rencananya kedua negara …", "Perhaps, …") — puts the clauses after it under
        its modality; a negation there does not ("Tidak lama kemudian, …": not long after)."""
        doc = self.view.doc
        first = next((t for t in doc[sent.start:start] if not (t.is_space or t.text in QUOTES)), None)
        if first is None or first.is_punct or first.i + 1 >= sent.end:
            return set()
        adverb = doc[first.i + 1].text == "," or self.view.res.has_possessive_suffix(first.lower_)
        if not adverb:
            return set()
        return {m for m in self._cues_in(first.i, first.i + 1, sent) if m is not Modality.NEGATED}

    def _condition_opening(self, sent: Span, start: int) -> set[Modality]:
        """A sentence that opens with a condition ("If they meet, they will sign …", "Jika …") makes its
        main clause hypothetical too."""
        doc = self.view.doc
        first = next((t for t in doc[sent.start:start] if not (t.is_space or t.is_punct or t.text in QUOTES)), None)
        if first is None or first.lower_ not in self.clause_openers:
            return set()
        return {m for m in self._cues_in(first.i, first.i + 1, sent) if m is Modality.HYPOTHETICAL}

    def _clause_start(self, i: int, sent: Span) -> int:
        doc = self.view.doc
        k = i
        while k > sent.start and i - k < WINDOW:
            prev = doc[k - 1]
            if self._ends_clause(prev) or (prev.lower_ in self.view.res.coordination and k in self.view.at):
                break  # "… and Korea signed": a new subject opens a new clause
            k -= 1
        return k

    def _ends_clause(self, tok: Token) -> bool:
        low = tok.lower_
        if tok.is_punct and tok.text not in QUOTES and tok.text != "-":
            return True
        return low in self.clause_openers or low in self.boundaries

    def _cues_in(self, start: int, end: int, sent: Span) -> set[Modality]:
        """Cue phrases that start in [start, end) and end before ``end``: none capitalised inside a sentence
        ("in May" is a month, not "may")."""
        doc = self.view.doc
        found: set[Modality] = set()
        for k in range(start, end):
            tok = doc[k]
            if k > sent.start and tok.text[:1].isupper() and not self._after_opening(k, sent):
                continue
            for modality, cues in self.cues:
                if match_phrase_at(doc, k, cues, self.longest, end):
                    found.add(modality)
        return found

    def _after_opening(self, k: int, sent: Span) -> bool:
        """Token ``k`` opens the sentence, or stands right after an opening quote."""
        return all(t.is_space or t.is_punct or t.text in QUOTES for t in self.view.doc[sent.start:k])
