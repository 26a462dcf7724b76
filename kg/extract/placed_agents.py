"""The agent of a passive told after where it happened: "X was welcomed at the airport by Y", "X was received in
Tokyo by Y" — the host follows a locative phrase, which the window after the verb reads as the end of the clause.
Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.extract.view import MentionRef

PLACE_PHRASE_REACH = 6  # words of the locative phrase between the verb and "by": "at the presidential palace"


class PlacedAgents(FinderState):
    def _agent_after_place(self, end: int, sent: Span) -> MentionRef | None:
        """The name after the agent preposition that follows a locative phrase opening right after the passive verb
        ending at ``end``: the phrase holds names and words only (a name the gazetteer does not know among them), no
        punctuation or clause word."""
        view = self.view
        doc = view.doc
        res = self.res
        if end >= sent.end or doc[end].lower_ not in res.preps.location:
            return None
        k = end + 1
        limit = min(sent.end, k + PLACE_PHRASE_REACH)
        while k < limit and doc[k].lower_ not in res.preps.agent:
            m = view.at.get(k)
            if m is not None:
                k = m.end
                continue
            tok = doc[k]
            if not tok.is_alpha or tok.lower_ in res.relative or tok.lower_ in res.complementisers:
                return None  # "was received in Tokyo, where …", "received at the palace and then by"
            k += 1
        if k >= limit or k == end + 1:
            return None
        return view.object_right(k + 1, sent, res.preps.agent, direct=False)

    def _auxiliary_before(self, start: int, sent: Span) -> int:
        """Where the passive verb at ``start`` begins with its auxiliary ("the minister was received at …"), so that
        the subject is read before both, as a passive form with "by" is read."""
        before = start - 1
        if before >= sent.start and self.view.doc[before].lower_ in self.res.passive_auxiliaries:
            return before
        return start
