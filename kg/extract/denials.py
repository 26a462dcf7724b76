"""Denials and the accusations they name: "X rejected accusations by Y that …" (Y accused X), and a denial whose
claim noun stands before its subject ("…, a charge Paris rejected"). Part of :class:`kg.extract.events.EventFinder`
(moved verbatim from :mod:`kg.extract.events`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, FinderState
from kg.model import EventKind
from kg.nlp.tokens import lower_forms


class Denials(FinderState):
    accusation_nouns: frozenset[str]  # set by EventFinder.__init__, read off the triggers
    claim_nouns: frozenset[str]
    denial_verbs: frozenset[str]

    def _denied_accusers(self, drafts: list[EventDraft], trigger: tuple[int, int], sent: Span) -> list[EventDraft]:
        """ "X rejected accusations by Y and Z that …", "membantah tuduhan oleh Y": the accusation denied names its
        makers after "by"; they accused the denier. The accusation noun ends the trigger or follows it."""
        doc, view = self.view.doc, self.view
        k = trigger[1]
        if doc[k - 1].lower_ not in self.accusation_nouns:
            while k < sent.end and doc[k].lower_ in self.res.articles:
                k += 1
            if k >= sent.end or doc[k].lower_ not in self.accusation_nouns:
                return []
            k += 1
        if k >= sent.end or doc[k].lower_ not in self.res.preps.agent:
            return []
        by = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
        if by is None or by.type not in AGENT_TYPES:
            return []
        accusers = [self._resolve(x, sent, agent=True) for x in view.coordinated_right(by, sent)]
        rule = f"{self.res.lang}:{EventKind.ACCUSATION.lower()}:denied_by"
        found = (self._draft(EventKind.ACCUSATION, accusers, list(d.agents), sent, rule, FRAME_CONFIDENCE)
                 for d in drafts if d.kind is EventKind.DENIAL)
        return [d for d in found if d is not None]

    def _fronted_denials(self, sent: Span) -> None:
        """ "…, a charge (that) Paris rejected", "claims Moscow dismissed as false": a denial whose object, a claim noun
        (read off the denial triggers: "charge", "claims"), stands before its subject, the verb closing the
        clause. Not "a charge Paris rejected the ruling": that verb has an object of its own."""
        doc, view = self.view.doc, self.view
        words = lower_forms(doc)
        for c in range(sent.start + 1, sent.end - 2):
            if words[c] not in self.claim_nouns:
                continue  # nearly every token
            j = c + 1
            while j < sent.end and (words[j] in self.res.relative or words[j] in self.res.articles):
                j += 1  # "a charge that (the) Kremlin rejected"
            m = view.at.get(j)
            if m is None or m.start != j or m.end >= sent.end or m.type not in AGENT_TYPES:
                continue
            k = m.end
            while k < sent.end and doc[k].lower_ in self.res.adverbs_before_verb:
                k += 1
            if k >= sent.end or doc[k].lower_ not in self.denial_verbs:
                continue
            nxt = doc[k + 1] if k + 1 < sent.end else None
            if nxt is not None and not (nxt.is_punct or nxt.lower_ in self.res.preps.blocking
                                        or nxt.lower_ in self.res.preps.predicative):
                continue
            agent = self._resolve(m, sent, agent=True)
            if any(ev.kind is EventKind.DENIAL and ev.sentence == sent and agent in ev.agents for ev in self.events):
                continue
            rule = f"{self.res.lang}:{EventKind.DENIAL.lower()}:fronted_object"
            draft = self._draft(EventKind.DENIAL, [agent], [], sent, rule, FRAME_CONFIDENCE)
            if draft is not None:
                self.events.append(replace(draft, trigger=(k, k + 1)))
