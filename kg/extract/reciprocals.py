"""One-sided acts done to each other: "Armenia and Azerbaijan accused each other", "Armenia dan Azerbaijan saling
menuduh" is two accusations, each side accusing the other. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import EventDraft, FinderState
from kg.nlp.resources import Trigger
from kg.nlp.tokens import match_phrase_at

RECIPROCAL_REACH = 3  # words between the verb and "each other": "accused each other", "blamed on Monday each other"


class Reciprocals(FinderState):
    def _reciprocal_acts(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> list[EventDraft]:
        """A directed act (accuse, condemn, sanction) whose object is a reciprocal pronoun, its subject two or
        more coordinated names: each did it to each other one. [] when no reciprocal follows the verb, or
        fewer than two names act ("X accused each other" is no sentence; "they accused each other" names
        nobody in its sentence). The reciprocal may stand before the verb instead ("saling menuduh"), or be the
        verb phrase's meaning ("traded accusations": a ``mutual`` trigger)."""
        reciprocal = trig.mutual or self._reciprocal_after(end, sent) or (
            start > sent.start and self.view.doc[start - 1].lower_ in self.res.reciprocal_before)
        if trig.kind.traits.symmetric or not reciprocal:
            return []
        sides = self._subjects(start, sent, kind=trig.kind)
        partner = self.view.object_right(end, sent, self.res.preps.partner, direct=False) if trig.mutual else None
        if partner is not None and len(set(sides)) == 1:
            sides.append(partner.key)  # "X traded accusations with Y"
        if len(set(sides)) < 2:
            return []
        drafts = (self._draft(trig.kind, [agent], [target], sent, rule, trig.kind.traits.confidence)
                  for agent in sides for target in sides if target != agent)
        return [d for d in drafts if d is not None]

    def _reciprocal_after(self, end: int, sent: Span) -> bool:
        """A reciprocal pronoun ("each other") follows the verb ending at ``end``, past a few adverbs."""
        doc = self.view.doc
        for k in range(end, min(sent.end, end + RECIPROCAL_REACH)):
            if match_phrase_at(doc, k, self.res.reciprocal_pronouns, 3, sent.end):
                return True
            if k in self.view.at or doc[k].is_punct or doc[k].lower_ not in self.res.adverbs_after_verb:
                return False
        return False
