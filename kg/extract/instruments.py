"""A sanction noun as the instrument of the verb before it: "targeted X with sanctions", "hit X and Y with new
sanctions" — the verb's object is the target, its subject the agent; the verb itself ("targeted", "hit") is no
sanction without the noun ("the strike targeted X"). Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, FinderState
from kg.nlp.resources import Trigger
from kg.nlp.tokens import is_modifier

MODIFIER_REACH = 2  # lowercase words between "with" and the noun: "with sweeping financial sanctions"


class Instruments(FinderState):
    def _instrument_targets(self, trig: Trigger, start: int, sent: Span, rule: str) -> EventDraft | None:
        """ "(The EU) targeted X (and Y) with (new) sanctions": the noun at ``start`` after a partner preposition
        (``prepositions.partner``: "with"), the names right before it the verb's object, a verb before them;
        None when the words do not stand so."""
        doc, view = self.view.doc, self.view
        k = start - 1
        while k > sent.start and start - k <= MODIFIER_REACH and is_modifier(doc[k]):
            k -= 1  # "with sweeping new sanctions"
        # a partner word that coordinates is no instrument's preposition: "met Peru and discussed sanctions"
        if k - 1 < sent.start or doc[k].lower_ not in self.res.preps.partner or doc[k].lower_ in self.res.coordination:
            return None
        last = view.at.get(k - 1)
        if last is None or last.type not in AGENT_TYPES:
            return None
        objects = view.coordinated_left(view.chain_head(last, sent.end), sent)
        verb = objects[0].start - 1
        while verb > sent.start and doc[verb].lower_ in self.res.articles:
            verb -= 1  # "targeted the Wagner Group with …"
        # a verb, no preposition: "talks in Iran with sanctions experts", "cooperated with X with …" name no target
        if verb <= sent.start or not doc[verb].is_lower or not doc[verb].is_alpha \
                or doc[verb].lower_ in self.res.preps.blocking or verb in view.at:
            return None
        agents = self._subjects(verb, sent, kind=trig.kind)
        targets = [self._resolve(x, sent) for x in objects]
        return self._draft(trig.kind, agents, targets, sent, rule, FRAME_CONFIDENCE)
