"""Verbs of an event that also name or appeal: "called X" is a phone call, but "called X 'the butcher of Y'" and
"called X a liar" say what X is, and "called for talks" asks for them. Part of
:class:`kg.extract.events.EventFinder`; the triggers that read so carry ``naming_reading`` (``triggers.json``)."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.extract.view import MentionRef
from kg.nlp.resources import Trigger
from kg.nlp.tokens import QUOTES


class NamingReadings(FinderState):
    def _names_or_appeals(self, trig: Trigger, end: int, obj: MentionRef | None, sent: Span) -> bool:
        """The trigger ending at ``end`` names its object or appeals, so it reports no event: a preposition that is
        not the trigger's own right after it ("called for an emergency meeting"), or a predicative complement —
        a quotation or a noun phrase opened by an article — right after its object ("called Kurti 'the main
        culprit'", "called the minister a liar")."""
        if not trig.naming:
            return False
        doc, res = self.view.doc, self.res
        if end < sent.end and doc[end].lower_ in res.preps.blocking and doc[end].lower_ not in trig.target_preps:
            return True
        if obj is None:
            return False
        last = self.view.coordinated_right(self.view.chain_head(obj, sent.end), sent)[-1]
        k = last.end
        return k < sent.end and (doc[k].text in QUOTES or doc[k].lower_ in res.articles)
