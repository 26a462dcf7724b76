"""Whose "by" it is: a passive event's agent, or the agent of a participle in its complement. Part of
:class:`kg.extract.events.EventFinder`.

"Peru was accused by Chile" names the accuser; "Peru was accused of violating a ceasefire brokered by Qatar" does
not: "brokered by Qatar" is a reduced relative clause on "ceasefire", and Qatar brokered, it did not accuse. The
word window that finds the passive's agent reaches both, so the word before the preposition decides: a participle
inside the act's complement (after a preposition of reason: "of", "for") owns the "by" phrase. A participle in an
adjunct of the act's vehicle keeps it the act's agent ("was sanctioned under an order signed by X"). Tagged by the
parse, asked only when a "by" follows other words.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.extract.grammar import Grammar
from kg.extract.view import MentionRef

# a particle may stand between a phrasal participle and its "by": "an attack carried out by X", "a deal drawn up by X"
PARTICLE_TAGS = frozenset({"ADP", "ADV", "PART"})


class ParticipleAgents(FinderState):
    grammar: Grammar

    def _agent_of_participle(self, end: int, agent: MentionRef, sent: Span) -> bool:
        """The agent preposition before ``agent`` follows a participle standing after the passive trigger that ends
        at ``end``: the "by" phrase is that participle's ("was sanctioned for buying oil sold by Iran": Iran sold, it
        did not sanction). Not the trigger's own "by" ("was accused on Monday by X"), nor a participle coordinated
        with the trigger, which shares its agent ("was accused and sanctioned by X")."""
        doc, res = self.view.doc, self.res
        by = next((k for k in range(agent.start - 1, end - 1, -1) if doc[k].lower_ in res.preps.agent), None)
        if by is None or by <= end:
            return False  # the preposition right after the verb: its own agent
        verb = by - 1
        if verb > end and doc[verb].is_lower and self.grammar.pos_of(verb, sent) in PARTICLE_TAGS:
            verb -= 1  # "carried out by"
        if verb < end or not doc[verb].is_lower or doc[verb - 1].lower_ in res.coordination \
                or doc[verb - 1].is_punct:
            return False
        # the preposition that opens the participle's noun phrase: a reason or charge ("of", "for") is the act's
        # complement; a vehicle ("under an order signed by X", "in a statement issued by X") is the act's own
        opening = next((doc[k].lower_ for k in range(verb - 1, end - 1, -1)
                        if doc[k].lower_ in res.preps.blocking | res.preps.reason), None)
        return opening in res.preps.reason and self.grammar.is_participle(verb, sent)

    def _past_predicative_phrase(self, end: int, sent: Span, reach: int = 8) -> int:
        """Where the passive's agent phrase may start after the trigger ending at ``end``: past a predicative phrase
        right after it, up to the agent preposition, when one follows with no punctuation between — "was designated
        as a foreign terrorist organization by X", "ditetapkan sebagai organisasi teroris oleh X" (what the target
        was listed as, then who listed it); else ``end``."""
        doc, res = self.view.doc, self.res
        if end >= sent.end or doc[end].lower_ not in res.preps.predicative:
            return end
        for k in range(end + 1, min(sent.end, end + reach)):
            if doc[k].lower_ in res.preps.agent:
                return k
            if doc[k].is_punct or k in self.view.at:
                return end
        return end
