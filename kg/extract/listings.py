"""Targets listed after a participle that names them as a group: a press release's "Among those designated today
are X and Y", "Those sanctioned include X" — X and Y are the targets of the act told before, by its agent.
Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FRAME_CONFIDENCE, EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.resources import Trigger

LIST_REACH = 3  # words between the participle and the verb opening the list: "those designated today are"


class Listings(FinderState):
    def _list_opening(self, trig: Trigger, start: int, end: int, sent: Span) -> int | None:
        """ "(Among) those designated are", "Those sanctioned include", "Mereka yang dijatuhi sanksi termasuk": a
        demonstrative pronoun (in a head-initial language the relative pronoun, which makes the passive verb a
        headless relative clause: "yang dijatuhi sanksi", those sanctioned) before the participle at ``[start,
        end)``, then a copula or a listing verb (``listing_verbs``) — where the list of names starts; None when
        the words do not stand so."""
        doc, res = self.view.doc, self.res
        pronouns = res.demonstratives | (res.relative if res.head_initial else frozenset())
        if trig.kind.traits.symmetric or start - 1 < sent.start or doc[start - 1].lower_ not in pronouns:
            return None
        k = end
        while k < sent.end and k - end < LIST_REACH and (doc[k].lower_,) in res.time_words:
            k += 1  # "those designated today are"
        if k >= sent.end or doc[k].lower_ not in res.passive_auxiliaries | res.listing_verbs:
            return None
        return k + 1

    def _listed_targets(self, trig: Trigger, first: int, sent: Span, rule: str) -> EventDraft | None:
        """The names listed from ``first`` (:meth:`_list_opening`) are the targets of the nearest act of the same
        kind told in the sentences before, whose agent did this one; None when no such act or no name follows
        ("Those sanctioned include X" with nothing sanctioned before names no one's act)."""
        targets = [self._resolve(x, sent) for x in self._listed(first, sent)]
        if not targets:
            return None
        agents = self._earlier_agents(trig.kind, sent, targets)
        return self._draft(trig.kind, agents, targets, sent, rule, FRAME_CONFIDENCE) if agents else None

    def _listed(self, k: int, sent: Span) -> list[MentionRef]:
        """The people and bodies named from ``k`` to the end of the list: up to a relative or a preposition that
        opens what they did ("which shipped …", "for supplying …"); a place only saying where one is based
        ("Tehran-based X") is none of them."""
        doc, view, res = self.view.doc, self.view, self.res
        out: list[MentionRef] = []
        j = k
        while j < sent.end and doc[j].lower_ not in res.relative and doc[j].lower_ not in res.preps.blocking:
            m = view.at.get(j)
            if m is None:
                j += 1
                continue
            if m.type in (EntityType.PERSON, EntityType.ORGANIZATION) or (
                    m.type is EntityType.COUNTRY and not (m.end < sent.end and doc[m.end].text == "-")):
                out.append(view.chain_head(m, sent.end))
            j = m.end
        return out

    def _designated_again(self, trig: Trigger, agents: list[str], after: int, sent: Span) -> bool:
        """ "OFAC also designated X": where the same agent's act of this kind was told in the sentences before,
        naming one more person or body does it again — but "designated X as envoy" names an office (an
        appointment), as any predicative after the object does."""
        doc = self.view.doc
        if not agents or any(doc[k].lower_ in self.res.preps.predicative for k in range(after, sent.end)):
            return False
        return bool(set(agents) & set(self._earlier_agents(trig.kind, sent, [])))
