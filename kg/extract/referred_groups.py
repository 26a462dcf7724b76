"""Groups referred to across sentences. A group named before, referred to by the subject of a passive act: "The
Treasury removed A and B from its list. Both companies were placed on the list in 2013", "… sanctioned A and B. They
were also listed by Britain", "The two firms were previously designated" — the subject is a plural pronoun or a
definite plural noun of members (``member_nouns``), the names it stands for those coordinated last in the sentences
just before. And a group counted before, named by an apposition to its noun: "The UK sanctioned two Russian
insurers. The insurers, A and B, provided cover …". Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType, EventKind
from kg.nlp.resources import Trigger
from kg.nlp.tokens import match_phrase_at

GROUP_SENTENCES = 2  # sentences back where the group a plural subject refers to may be named
SAME_GROUP_SENTENCES = 3  # "the same N" names its group more surely than a pronoun: a sentence further back
GROUP_TYPES = (EntityType.PERSON, EntityType.ORGANIZATION)  # what a noun of members may stand for


class ReferredGroups(FinderState):
    modifiers_before: frozenset[str]  # the finder's modifiers of a noun before it ("new", "latest")

    def _group_subject_before(self, start: int, sent: Span) -> tuple[list[str], list[str]]:
        """The names a plural subject opening ``sent`` refers to, when only adverbs and auxiliaries stand between
        it and the passive verb at ``start``, and who lifted their sanctions in the sentence naming them (see
        :meth:`_lifter`); ([], []) when no such subject stands there or no group was named before."""
        doc, res = self.view.doc, self.res
        k = sent.start
        while k < start and (doc[k].is_space or doc[k].is_punct):
            k += 1
        end = self._plural_subject_end(k, start)
        if end is None:
            return [], []
        between = res.adverbs_before_verb | res.passive_auxiliaries | res.perfect_auxiliaries
        if end == k or not all(doc[j].lower_ in between for j in range(end, start)):
            return [], []  # "They said X was sanctioned": the pronoun is another verb's subject
        group = self._group_named_before(sent)
        if not group:
            return [], []
        keys = [self._resolve(x, sent) for x in group]
        lifter = self._lifter(group[0])
        return keys, [self._resolve(lifter, sent, agent=True)] if lifter is not None and lifter.key not in keys else []

    def _plural_subject_end(self, k: int, stop: int) -> int | None:
        """Where a plural subject at ``k`` ends — a plural pronoun ("They", "Both"), or a definite article or
        demonstrative, a count, modifiers and a noun of members ("Both companies", "The two firms", "These
        entities"); None when none stands there."""
        doc, res, view = self.view.doc, self.res, self.view
        if k >= stop:
            return None
        pronoun = doc[k].lower_ in res.plural_pronouns
        if not pronoun and doc[k].lower_ not in res.definite_determiners | res.demonstratives:
            return None
        j = k + 1
        if j < stop and doc[j].like_num:
            j += 1  # "the two firms", "the three banks"
        while j < stop and doc[j].lower_ in self.modifiers_before:
            j += 1
        if n := view.member_noun_at(j, doc[k].sent):
            return j + n
        return k + 1 if pronoun else None

    def _group_named_before(self, sent: Span, back: int = GROUP_SENTENCES) -> list[MentionRef]:
        """The people or bodies coordinated last in the ``back`` sentences before ``sent``: the group a plural
        subject refers to."""
        view = self.view
        since = self._sentences_back(sent, back)
        for m in reversed(view.mentions):
            if m.start >= sent.start or m.type not in GROUP_TYPES:
                continue
            if m.start < since:
                break
            group = view.coordinated_left(m, view.doc[m.start].sent)
            if len(group) >= 2 and all(x.type in GROUP_TYPES for x in group):
                return group
        return []

    def _lifter(self, first: MentionRef) -> MentionRef | None:
        """Who lifts a sanction (a verb of the language's sanction blockers: "removed", "lifted") before the group
        starting with ``first`` in its sentence — its subject: only who imposed a sanction can lift it ("The
        Treasury removed A and B from its list. Both were placed on the list in 2013": by the Treasury)."""
        doc, view = self.view.doc, self.view
        sent = doc[first.start].sent
        lifting = self.res.blockers.get(EventKind.SANCTION, frozenset())
        for k in range(first.start - 1, sent.start, -1):
            if match_phrase_at(doc, k, lifting, 3, first.start):
                subject = view.subject_left(k, sent)
                return subject if subject is not None and subject.type in AGENT_TYPES else None
        return None

    def _group_apposed_after_told(self, sent: Span) -> None:
        """ "(The UK sanctioned 20 tankers and two Russian insurers.) The insurers, Ingosstrakh and Alfastrakhovanie,
        provided cover …": a sentence opening with a definite noun of members and, between commas, the names apposed
        to it — the members the act told in the sentences just before counted with that noun, its targets by its
        agents."""
        doc, res, view = self.view.doc, self.res, self.view
        k = sent.start
        while k < sent.end and (doc[k].is_space or doc[k].is_punct):
            k += 1
        if k >= sent.end or doc[k].lower_ not in res.definite_determiners:
            return
        j = k + 1
        while j < sent.end and doc[j].lower_ in self.modifiers_before:
            j += 1
        n = view.member_noun_at(j, sent)
        comma = j + n
        if not n or comma + 1 >= sent.end or doc[comma].text != ",":
            return
        first = view.at.get(comma + 1)
        if first is None or first.start != comma + 1:
            return
        names = view.coordinated_right(first, sent)
        if names[-1].end >= sent.end or doc[names[-1].end].text != ",":
            return  # "The insurers, A and B said …": no apposition closes
        noun = doc[comma - 1].lower_
        since = self._sentences_back(sent, GROUP_SENTENCES)
        told = [ev for ev in (*self.events, *self.acts_without_target)
                if ev.kind.traits.members_stand_for_owner and ev.agents and since <= ev.sentence.start < sent.start
                and any(t.lower_ == noun for t in ev.sentence)]  # the act counted members with that noun
        targets = [self._resolve(x, sent) for x in names if x.type in GROUP_TYPES]
        if not told or not targets:
            return
        act = max(told, key=lambda ev: ev.sentence.start)
        rule = f"{res.lang}:{act.kind.lower()}:apposed_group:{noun}"
        draft = self._draft(act.kind, list(act.agents), targets, sent, rule, FRAME_CONFIDENCE)
        if draft is not None:
            self.events.append(replace(draft, trigger=(j, comma)))

    def _same_group_object(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "(Britain sanctioned A and B.) The United States sanctioned the same two companies", "said it had
        designated the same individuals": a definite article, a word of likeness (``likeness_words``: "same"), a
        count and a noun of members as the object of the verb ending at ``end`` stand for the people or bodies
        coordinated last in the sentences before; the verb's subject acted on them. None otherwise, or when the
        subject is one of them."""
        doc, res, view = self.view.doc, self.res, self.view
        if end + 1 >= sent.end or doc[end].lower_ not in res.definite_determiners \
                or (doc[end + 1].lower_,) not in res.likeness_words:
            return None
        j = end + 2
        if j < sent.end and doc[j].like_num:
            j += 1  # "the same two companies"
        while j < sent.end and doc[j].lower_ in self.modifiers_before:
            j += 1
        group = self._group_named_before(sent, SAME_GROUP_SENTENCES) if view.member_noun_at(j, sent) else []
        targets = [self._resolve(x, sent) for x in group]
        agents = self._subjects(start, sent, kind=trig.kind) if targets else []
        if not agents or set(agents) & set(targets):
            return None
        return self._draft(trig.kind, agents, targets, sent, f"{rule}:same_group", FRAME_CONFIDENCE)
