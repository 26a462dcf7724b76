"""An act noun with a relative clause of no pronoun after it, whose subject does the act: "the sanctions the
European Union imposed on Belarus", "the measures Lima imposed on Bolivia", "the visit Chile paid to Bolivia", "the
deal Chile signed with Bolivia". The clause's subject (names, a person, or a capital: for its country where the text
names it, itself where not), its verb — a scope verb of the act (``scope_verbs``: "imposed on", "targeted") or a
light verb ("paid", "held", "signed") — and what follows it name the act; whoever governs the noun phrase ("Russia
condemned …") does not. English writes the construction; Indonesian opens such a clause with "yang" and a passive
verb, which its passive frame reads. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.drafts import FRAME_CONFIDENCE, EventDraft, FinderState, Found
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.resources import Trigger
from kg.nlp.tokens import match_phrase_at

SCOPE_VERB_WORDS = 4  # the longest scope verb: "freeze the assets of"
AUXILIARY_WORDS = 2  # between the clause's subject and its verb: "has also (imposed)"
# who acts in the clause: states, their bodies and persons; a capital stands for its country where the document names
# it (``capital_country``) and acts itself where not, as "Lima imposed sanctions on Bolivia" is read (``capitals``)
SUBJECT_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON)
TARGET_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE)


class ReducedRelatives(FinderState):
    _conjuncts_right: Callable[[MentionRef, Span, frozenset[str]], list[MentionRef]]  # the finder's argument search
    _journey: Callable[..., list[EventDraft]]  # travel to a destination (:mod:`kg.extract.journeys`)

    def _act_in_reduced_relative(self, trig: Trigger, end: int, sent: Span, rule: str) -> Found:
        """The act of the noun ending at ``end`` as its pronoun-less relative clause tells it: the clause's subject
        is the agent, the verb's object (or what its target preposition introduces) the target, the names after a
        partner preposition the other parties of a symmetric act; None where no such clause follows the noun ("the
        sanctions the European Union discussed", "the visit to Lima", "the measures Britain imposed on Crimea": a
        place is sanctioned by no one)."""
        if self.res.head_initial:
            return None  # "sanksi yang dijatuhkan X terhadap Y": a passive relative, read by the passive frame
        view, doc = self.view, self.view.doc
        subjects = self._relative_subjects(end, sent)
        if not subjects:
            return None
        verb = self._past_auxiliaries(subjects[-1].end, sent)
        scope = match_phrase_at(doc, verb, self.res.scope_verbs, SCOPE_VERB_WORDS, sent.end) if verb < sent.end else 0
        light = not scope and verb < sent.end and doc[verb].lower_ in self.res.light_verbs
        if not scope and not light:
            return None
        traits = trig.kind.traits
        after = verb + (scope or 1)
        preps = self.res.preps.partner if traits.symmetric else trig.target_preps
        obj = view.object_right(after, sent, preps, direct=bool(scope), window=4,
                                members=traits.members_stand_for_owner)
        if obj is None or obj.type not in TARGET_TYPES or (obj.type is EntityType.PLACE and not traits.destination):
            return None
        agents = [self._resolve(m, sent, agent=True) for m in subjects]
        targets = [t for t in (self._resolve(x, sent, agent=traits.symmetric)
                               for x in self._conjuncts_right(obj, sent, preps)) if t not in agents]
        rule = f"{rule}:relative"
        if traits.symmetric:
            return self._draft(trig.kind, agents + targets, [], sent, rule, FRAME_CONFIDENCE)
        if traits.destination:
            return self._journey(trig, agents, targets, end, sent, rule) or None
        return self._draft(trig.kind, agents, targets, sent, rule, FRAME_CONFIDENCE) if targets else None

    def _relative_subjects(self, end: int, sent: Span) -> list[MentionRef]:
        """The names coordinated right after the noun ending at ``end`` (an article between at most: "the sanctions
        the EU imposed") that can act: a state, a body, a person or a capital; [] otherwise."""
        view, doc = self.view, self.view.doc
        k = end + (end < sent.end and doc[end].lower_ in self.res.articles)
        first = view.at.get(k)
        if first is None or first.start != k or not self._can_act_in_relative(first):
            return []
        subjects = view.coordinated_right(first, sent)
        return subjects if all(self._can_act_in_relative(m) for m in subjects) else []

    def _can_act_in_relative(self, m: MentionRef) -> bool:
        return m.type in SUBJECT_TYPES or m.key in self.context.capitals

    def _past_auxiliaries(self, k: int, sent: Span) -> int:
        """Past the auxiliaries and adverbs between a clause's subject and its verb ("has also imposed")."""
        doc, res = self.view.doc, self.res
        j = k
        while j < sent.end and j - k < AUXILIARY_WORDS and (
                doc[j].lower_ in res.adverbs_before_verb or doc[j].lower_ in res.perfect_auxiliaries):
            j += 1
        return j
