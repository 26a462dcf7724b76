"""Denials and the accusations they name: "X rejected accusations by Y that …" (Y accused X), a denial whose
claim noun stands before its subject ("…, a charge Paris rejected"), and a claim noun rejected with words between
("rejected Chile's latest claims", "dismissed the complaint as …"). Part of
:class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EventKind
from kg.nlp.tokens import QUOTES, lower_forms, match_phrase_at, phrase_starts


class Denials(FinderState):
    accusation_nouns: frozenset[str]  # set by EventFinder.__init__, read off the triggers
    claim_nouns: frozenset[str]
    denial_verbs: frozenset[str]

    def _denied_accusers(self, drafts: list[EventDraft], trigger: tuple[int, int], sent: Span) -> list[EventDraft]:
        """ "X rejected accusations by Y and Z that …", "membantah tuduhan oleh Y", "menolak tuduhan Y": the accusation
        denied names its makers after "by" (or, in a head-initial language, right after the noun: its owner); they
        accused the denier. The accusation noun ends the trigger or follows it (past a manner adverb)."""
        doc, view = self.view.doc, self.view
        k = trigger[1]
        if doc[k - 1].lower_ not in self.accusation_nouns:
            while k < sent.end and (doc[k].lower_ in self.res.articles or doc[k].lower_ in self.res.adverbs_after_verb):
                k += 1
            if k >= sent.end or doc[k].lower_ not in self.accusation_nouns:
                return []
            k += 1
        if k < sent.end and doc[k].lower_ in self.res.preps.agent:
            by = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
        elif self.res.head_initial:
            by = self._owner_after(k, sent)  # "membantah tuduhan Chile": the name after the noun made it
        else:
            return []
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

    def _rebuttals(self, sent: Span, reach: int = 4) -> None:
        """ "X rejected the claim as …", "dismissed Chile's latest allegations", "rejected the criticism": a denial verb
        and a claim noun (both read off the denial triggers) with words of the noun's phrase between them — an article,
        a determiner, a possessor ("Chile's") and, where modifiers precede the noun, lowercase modifiers ("latest").
        The triggers name only the verb and noun side by side; the subject is the denier, as for them."""
        doc = self.view.doc
        words = lower_forms(doc)
        for k in range(sent.start, sent.end - 1):
            if words[k] not in self.denial_verbs or any(ev.kind is EventKind.DENIAL and ev.trigger is not None
                                                        and ev.trigger[0] == k for ev in self.events):
                continue
            # "rejected what it called (\"baseless) accusations\"": the claim named by a free relative's naming verb
            noun, owner = self._claim_noun_after(self._past_naming_clause(k + 1, sent), sent, reach)
            if noun is None or self._not_asserted(EventKind.DENIAL, k, sent):
                continue
            self._claim_denied(k, noun, owner, sent, f"{self.res.lang}:{EventKind.DENIAL.lower()}:rebuttal")

    def _characterised_claims(self, sent: Span, reach: int = 4) -> None:
        """ "X menyebut tuduhan itu tidak berdasar", "called the allegations baseless": a verb that says what a
        thing is (``characterising_verbs``), a claim noun as its object and a word of falsity
        (``falsity_words``) as what it is called, after the noun's demonstrative and an optional "sebagai"/"as"
        or article — X denies the claim. "menyebut tuduhan itu serius" denies nothing."""
        doc, res = self.view.doc, self.res
        for k in phrase_starts(doc, sent.start, sent.end - 2, res.characterising_verbs):
            n = match_phrase_at(doc, k, res.characterising_verbs, 3, sent.end)
            if not n:
                continue
            noun, owner = self._claim_noun_after(k + n, sent, reach)
            if noun is None:
                continue
            called = noun + 1
            after = self.view.at.get(called) if res.head_initial else None
            if after is not None and after.start == called:
                owner, called = after, after.end  # "tuduhan Thailand": a head-initial language names the owner after
            if not self._called_false(called, sent) \
                    or self._not_asserted(EventKind.DENIAL, k, sent):
                continue
            self._claim_denied(k, noun, owner, sent, f"{res.lang}:{EventKind.DENIAL.lower()}:called_false")

    def _claims_said_false(self, sent: Span) -> None:
        """ "X said Y's remarks were \"lies\"", "X mengatakan tuduhan itu tidak berdasar": a claim noun (read off the
        denial triggers) whose predicate is a word of falsity — after a copula in English, right after the noun's
        demonstrative in a head-initial language — in a clause a speaker of the sentence reports: the speaker denies
        the claim. "X said the allegations were serious" denies nothing; with no speaker, no one denies."""
        doc, res = self.view.doc, self.res
        words = lower_forms(doc)
        for c in range(sent.start + 1, sent.end - 1):
            if words[c] not in self.claim_nouns:
                continue  # nearly every token
            j = c + 1
            owner = self.view.at.get(j) if res.head_initial else None
            if owner is not None and owner.start == j:
                j = owner.end  # "tuduhan Thailand itu": a head-initial language names the owner after the noun
            while j < sent.end and words[j] in res.demonstratives:
                j += 1
            if j < sent.end and words[j] in res.passive_auxiliaries:
                j += 1  # the copula: "(the claims) were"
            elif not res.head_initial:
                continue  # "the claims false" is no English clause
            if not self._called_false(j, sent):
                continue
            speaker = self._reporter_of(c, sent)
            if speaker is None or any(ev.kind is EventKind.DENIAL and ev.sentence == sent
                                      and set(ev.agents) & set(speaker.agents) for ev in self.events):
                continue
            rule = f"{res.lang}:{EventKind.DENIAL.lower()}:claim_said_false"
            draft = self._draft(EventKind.DENIAL, list(speaker.agents), [], sent, rule, FRAME_CONFIDENCE)
            if draft is not None:
                self.events.append(replace(draft, trigger=(c, c + 1)))

    def _reporter_of(self, c: int, sent: Span) -> EventDraft | None:
        """The Statement of ``sent`` that reports the clause holding token ``c``: the nearest whose verb stands before
        it ("X said (that) …"), else the first after it ("…, X said")."""
        said = [ev for ev in self.events if ev.kind is EventKind.STATEMENT and ev.sentence == sent and ev.agents
                and ev.trigger is not None]
        before = [ev for ev in said if ev.trigger[1] <= c]
        if before:
            return max(before, key=lambda ev: ev.trigger[1])
        return min((ev for ev in said if ev.trigger[0] > c), key=lambda ev: ev.trigger[0], default=None)

    def _called_false(self, j: int, sent: Span) -> bool:
        """A word of falsity stands at ``j``, past the claim noun's demonstrative and a predicative "sebagai"/"as"
        or an article: "(tuduhan) itu tidak berdasar", "(the claims) as false", "(the charges) a fabrication" — or the
        opening quotation mark of words quoted: "(the accusations) \"a fabricated pretext\""."""
        doc, res = self.view.doc, self.res
        while j < sent.end and (doc[j].lower_ in res.demonstratives or doc[j].lower_ in res.preps.predicative
                                or doc[j].lower_ in res.articles or doc[j].text in QUOTES):
            # a quoted characterisation opens with its mark: (called the charges) "a fabrication"
            j += 1
        return bool(match_phrase_at(doc, j, res.falsity_words, 4, sent.end)) if j < sent.end else False

    def _claim_denied(self, k: int, noun: int, owner: MentionRef | None, sent: Span, rule: str) -> None:
        """The subject of the verb at ``k`` denies the claim noun at ``noun``; whose accusation it is (the name
        after "by", or the ``owner``: "rejected Chile's allegations") accused the denier."""
        doc, res = self.view.doc, self.res
        agents = self._subjects(k, sent, kind=EventKind.DENIAL)
        draft = self._draft(EventKind.DENIAL, agents, [], sent, rule, FRAME_CONFIDENCE)
        if draft is None:
            return
        trigger = (k, noun + 1)
        self.events.append(replace(draft, trigger=trigger))
        self.events.extend(replace(d, trigger=trigger) for d in self._denied_accusers([draft], trigger, sent))
        if owner is not None and doc[noun].lower_ in self.accusation_nouns and owner.type in AGENT_TYPES:
            # "rejected Chile's allegations": whose accusations they are accused the denier
            accusation = self._draft(EventKind.ACCUSATION, [self._resolve(owner, sent, agent=True)],
                                     list(draft.agents), sent, f"{res.lang}:{EventKind.ACCUSATION.lower()}:"
                                     "denied_owned", FRAME_CONFIDENCE)
            if accusation is not None:
                self.events.append(replace(accusation, trigger=trigger))

    def _owner_after(self, k: int, sent: Span) -> MentionRef | None:
        """The name right after a claim noun ending at ``k`` in a head-initial language, its owner: "tuduhan Chile"
        (not "tuduhan terhadap Chile", whose name is the accused)."""
        m = self.view.at.get(k) if k < sent.end else None
        # not a body named by its head word ("tuduhan Pemerintah Indonesia", "Kementerian …"): such a run after the noun
        # is read as a name of its own, where the same body opening a sentence stands for its country — left out
        return m if m is not None and m.start == k and (self.view.doc[k].lower_,) not in self.res.org_heads else None

    def _claim_noun_after(self, j: int, sent: Span, reach: int) -> tuple[int | None, MentionRef | None]:
        """Where a claim noun stands after the verb, at ``j`` or past the words of its noun phrase before it, and the
        name owning it ("Chile's"); no noun when another word comes first ("rejected Chile's bid" is no claim)."""
        doc, view, res = self.view.doc, self.view, self.res
        while j < sent.end and doc[j].lower_ in res.adverbs_after_verb:
            j += 1  # "menolak keras tuduhan …": a manner adverb between the verb and its object
        k = j
        owner = None
        while k < sent.end and k - j <= reach:
            low = doc[k].lower_
            if low in self.claim_nouns:
                if owner is None and res.head_initial:
                    owner = self._owner_after(k + 1, sent)  # "tuduhan Chile": the owner follows the noun
                return k, owner
            m = view.at.get(k)
            if m is not None and m.start == k and m.end < sent.end and res.is_possessive_marker(doc[m.end].lower_):
                owner = m
                k = m.end + 1  # "Chile's"
                continue
            if low in res.articles or low in res.determiners or doc[k].text in QUOTES or (
                    not res.head_initial and doc[k].is_alpha and doc[k].is_lower and low not in res.preps.blocking
                    and low not in res.coordination and low not in res.relative and low not in res.complementisers
                    and low not in self.denial_verbs):
                k += 1
                continue
            return None, None
        return None, None
