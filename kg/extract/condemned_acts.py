"""What a condemnation or accusation is of when no one named is its object: an act named by its noun, whose doer
follows "by" ("condemned the attack by X") or was told before ("condemned the attack"); and, with no one to accuse,
the speaker alone — "Peru condemned the attack", "X accused the junta of …" record no accusation, but the accuser
spoke, a Statement as "X accused Y" also is (``EventKind`` trait ``speech_act``). Part of
:class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, EventDraft, FinderState
from kg.model import EventKind
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import match_phrase_at

UNNAMED_TARGET_CONFIDENCE = 0.7  # the speaker is the verb's subject, as in "X accused Y"; what was said is unnamed


class CondemnedActs(FinderState):
    def _act_doer_after(self, end: int, sent: Span, reach: int = 3) -> str | None:
        """Who did the act whose noun follows the verb ending at ``end``, named after the agent preposition: "the
        (deadly) attack by X", "serangan oleh X"; None when no act noun and "by" follow."""
        doc, res = self.view.doc, self.res
        k = end
        while k < sent.end and k - end <= reach and k not in self.view.at and doc[k].is_lower \
                and not match_phrase_at(doc, k, res.act_nouns, 3, sent.end):
            k += 1  # an article and modifiers: "the deadly"
        n = match_phrase_at(doc, k, res.act_nouns, 3, sent.end) if k < sent.end else 0
        if not n:
            return None
        by = self._agent_prep_after(k + n, sent)
        if by is None:
            return None
        # "strikes by Myanmar's military": the act of a country's body is the country's
        by = self.view.object_right(by + 1, sent, frozenset(), direct=True, slack=0, owner=True)
        return self._resolve(by, sent, agent=True) if by is not None and by.type in AGENT_TYPES else None

    def _act_noun_after(self, end: int, sent: Span) -> bool:
        """An act noun referring back follows the verb ending at ``end``: "the (deadly) attack", "serangan itu"."""
        doc, res = self.view.doc, self.res
        k = end
        if not res.head_initial:
            if k >= sent.end or doc[k].lower_ not in res.definite_determiners:
                return False
            k += 1
            while k < sent.end and k - end <= 3 and k not in self.view.at and doc[k].is_lower \
                    and not match_phrase_at(doc, k, res.act_nouns, 3, sent.end):
                k += 1  # "the deadly attack", "the latest strikes"
        n = match_phrase_at(doc, k, res.act_nouns, 3, sent.end) if k < sent.end else 0
        if not n:
            return False
        return not res.head_initial or (k + n < sent.end and doc[k + n].lower_ in res.anaphoric_tails)

    def _speaker_at_no_one(self, trig: Trigger, start: int, end: int, sent: Span) -> list[EventDraft]:
        """The Statement of the subject of a speech-act verb (``trig``, tokens [start, end)) that found no one
        named to accuse: an object no name is ("condemned the attack", "accused the junta of …"). Not a
        participle ("…, condemning the attack": the main clause's speaker is read there) nor a verb with a
        name ahead that the act did not take."""
        if not trig.kind.traits.speech_act or trig.frame is not Frame.VERB or trig.participle \
                or self._target_ahead(trig, start, end, sent):
            return []
        agents = self._subjects(start, sent, kind=trig.kind)
        rule = f"{self.res.lang}:{EventKind.STATEMENT.lower()}:{trig.kind.lower()}:{'_'.join(trig.form)}:no_one_named"
        draft = self._draft(EventKind.STATEMENT, agents, [], sent, rule, UNNAMED_TARGET_CONFIDENCE)
        return [draft] if draft is not None else []
