"""Objects of a one-sided act told by reference, not by a name after the verb (branch en11). Part of
:class:`kg.extract.events.EventFinder`.

- A person pronoun as the object ("X, a critic of Y, accused him of fraud", "… called Y a butcher and accused him
  of genocide"): a non-reflexive object pronoun never refers to its own clause's subject, so it is the nearest
  person named before it who is not the act's agent.
- A free relative naming the object ("condemned what he described as Russia's campaign", "what it called X's
  attack"): the object starts after it.
- A body's pronoun with the charge after it ("after Peru accused it of spying"): the one country or body named
  before it in the sentence that is not the act's agent (with several, "it" may be any: no one).
- A pronoun of a body or of several as the object ("imposed sanctions on A and B, accusing them of …",
  "menjatuhkan sanksi terhadap A, dan menuduh mereka …"): the targets of the one-sided act told just before in the
  sentence.
- A relative pronoun as the object ("two commanders of Hamas, which Israel accused of …"): the subject after the
  relative pronoun acts on the name the relative clause hangs on.
- A relative pronoun standing for an act ("Iran fired a missile, which Chile condemned", "Peru's rocket launch, which
  both leaders condemned as a breach of …"): judging the act judges its doer — the subject of the clause the relative
  hangs on, or the owner of the act noun; a name after a predicative "as" only says what the act was called (branch
  en17a).
- A definite state body as the object ("accused the army of shelling markets", "blamed the military"): the country
  whose body of that name was told before — "Mali's army", "the Malian army", "the army of Mali" (branch en17a).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import match_phrase_at

BODY_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION)  # what "it" as an accused refers to
PRONOUN_REACH = 2  # sentences back for the person an object pronoun refers to
NAMING_REACH = 4  # words between a free relative's opener and its naming verb: "what the ministry called"


class ReferredObjects(FinderState):
    def _referred_object(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """The act at ``[start, end)`` whose object is a person pronoun right after the verb, or the name a relative
        pronoun before its subject refers to; None when neither stands there."""
        if trig.frame is not Frame.VERB or trig.kind.traits.symmetric or trig.kind.traits.destination:
            return None
        doc = self.view.doc
        if end < sent.end and doc[end].lower_ in self.res.object_pronouns and self._pronoun_alone(end + 1, sent):
            agents = self._coordinated_verb_subjects(start, sent) or self._subjects(start, sent, kind=trig.kind)
            target = self._person_before(end, agents) if agents else None
            return self._draft(trig.kind, agents, [target], sent, f"{rule}:pronoun_object",
                               trig.kind.traits.confidence) if target else None
        if end + 1 < sent.end and doc[end].lower_ in self.res.body_pronouns \
                and doc[end + 1].lower_ in self.res.preps.of:
            # "Chile recalled its envoy after Peru accused it of spying": "it" with its charge after it is a country
            # or body named before, never the clause's own subject
            agents = self._subjects(start, sent, kind=trig.kind)
            target = self._only_body_before(end, sent, agents) if agents else None
            return self._draft(trig.kind, agents, [target], sent, f"{rule}:pronoun_object",
                               trig.kind.traits.confidence) if target else None
        shares_subject = doc[start - 1].text == "," or doc[start - 1].lower_ in self.res.coordination
        if shares_subject and self._other_object_at(end, sent):
            # "…, accusing them of", "… dan menuduh mereka melakukan …": a participle or a coordinated verb with no
            # subject of its own shares the told act's agents, and "them" is what that act was done to
            told = self._last_act_in(start, sent)
            targets = [t for t in told.targets if t not in told.agents] if told is not None else []
            return self._draft(trig.kind, list(told.agents), targets, sent, f"{rule}:pronoun_object",
                               trig.kind.traits.confidence) if told is not None and targets else None
        if end - start == 1 and self.res.has_possessive_suffix(doc[start].lower_):
            # "X memuji Y dan menuduhnya …": the object suffix refers to the object of the verb coordinated before
            agents = self._coordinated_verb_subjects(start, sent) or self._subjects(start, sent, kind=trig.kind)
            target = self._suffix_referent(start, sent, agents) if agents else None
            return self._draft(trig.kind, agents, [target], sent, f"{rule}:suffixed_object",
                               trig.kind.traits.confidence) if target else None
        if (country := self._state_body_object(end, sent)) is not None:
            # "The group accused the army of shelling markets": the country whose army was named before
            agents = self._subjects(start, sent, kind=trig.kind)
            return self._draft(trig.kind, agents, [country], sent, f"{rule}:state_body_object",
                               trig.kind.traits.confidence) if agents and country not in agents else None
        antecedent = self._relative_antecedent(start, sent)
        if antecedent is None:
            return None
        agents = self._subjects(start, sent, kind=trig.kind)
        target = self._resolve(antecedent, sent)
        if not agents or target in agents:
            return None
        return self._draft(trig.kind, agents, [target], sent, f"{rule}:relative_object", trig.kind.traits.confidence)

    def _relative_act(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "X fired a missile, which Y condemned (as …)": the judging verb at ``[start, end)`` whose object is a
        relative pronoun standing for an act, not a name, accuses the act's doer; None elsewhere (a name before the
        relative pronoun is :meth:`_relative_antecedent`'s; "which Y blamed on Z" puts the blame on Z)."""
        doc, res = self.view.doc, self.res
        if trig.frame is not Frame.VERB or not trig.kind.traits.owner_is_target:
            return None
        if end < sent.end and doc[end].lower_ in res.preps.blocking and doc[end].lower_ not in res.preps.predicative:
            return None  # "which Warsaw blamed on a navigation error": what the act is put down to follows
        relative = self._object_relative_before(start, sent)
        if relative is None or relative - 2 < sent.start or relative - 2 in self.view.at:
            return None
        agents = self._subjects(start, sent, kind=trig.kind)
        doer = self._act_owner_ending_at(relative - 2, sent)
        if doer is None and not self._act_noun_ending_at(relative - 2, sent):
            subject = self.view.main_subject_left(relative - 1, sent)  # the clause the relative hangs on
            doer = self._resolve(subject, sent, agent=True) if subject is not None else None
            if any(ev.sentence == sent and doer in ev.agents and ev.kind.traits.symmetric for ev in self.events):
                return None  # "X met Y in Tokyo, which Z condemned": a meeting is no act of X's alone
        if doer is None or not agents or doer in agents:
            return None
        return self._draft(trig.kind, agents, [doer], sent, f"{rule}:relative_act", trig.kind.traits.confidence)

    def _object_relative_before(self, start: int, sent: Span, reach: int = 6) -> int | None:
        """The relative pronoun (not a complementiser), after a comma, opening the clause whose subject — names, their
        coordination, or a plural phrase ("both leaders") — stands right before the verb at ``start``: the pronoun is
        the verb's object; None otherwise ("X, which condemned Y": the pronoun is the subject)."""
        view, doc = self.view, self.view.doc
        k = start - 1
        while k > sent.start and doc[k].lower_ in self.before_verb:
            k -= 1
        subject_end = k
        while k > sent.start and subject_end - k < reach and not doc[k].is_punct \
                and doc[k].lower_ not in self.res.relative:
            m = view.at.get(k)
            k = (m.start if m is not None else k) - 1
        if k == subject_end or k - 1 <= sent.start or doc[k].lower_ not in self.res.relative \
                or doc[k].lower_ in self.res.complementisers or doc[k - 1].text != ",":
            return None
        return k

    def _act_noun_ending_at(self, k: int, sent: Span, reach: int = 3) -> int | None:
        """Where the act noun ending at token ``k`` starts ("the launch", "the missile test"); None when none does."""
        for j in range(k, max(sent.start, k - reach) - 1, -1):
            n = match_phrase_at(self.view.doc, j, self.res.act_nouns, 3, k + 1)
            if n and j + n == k + 1:
                return j
        return None

    def _act_owner_ending_at(self, k: int, sent: Span, reach: int = 3) -> str | None:
        """The name owning the act noun that ends at token ``k``: "Peru's (rocket) launch"; None without one."""
        view, doc, res = self.view, self.view.doc, self.res
        j = self._act_noun_ending_at(k, sent)
        if j is None:
            return None
        m = j - 1
        while m > sent.start and j - m <= reach and doc[m].is_lower and not res.is_possessive_marker(doc[m].lower_):
            m -= 1  # the act's modifiers: "Peru's rocket launch", "Chile's latest missile test"
        if m <= sent.start or not res.is_possessive_marker(doc[m].lower_):
            return None
        owner = view.at.get(m - 1)
        if owner is None or owner.end != m or owner.type not in (*BODY_TYPES, EntityType.PERSON):
            return None
        return self._resolve(view.chain_head(owner, sent.end), sent, agent=True)

    def _state_body_object(self, end: int, sent: Span, reach: int = 3) -> str | None:
        """The country a definite state body right after the verb ending at ``end`` refers back to ("the army", "the
        security forces", then a preposition or the clause's end): the last country named with a body of the same
        words in this sentence or the ``reach`` before; None when there is none."""
        view, doc, res = self.view, self.view.doc, self.res
        if end + 1 >= sent.end or doc[end].lower_ not in res.definite_determiners:
            return None
        n = match_phrase_at(doc, end + 1, res.state_bodies, 3, sent.end)
        after = end + 1 + n
        if not n or (after < sent.end and not (doc[after].is_punct or doc[after].lower_ in res.preps.blocking)):
            return None  # "the army chief", "the army's commander": someone else
        words = tuple(t.lower_ for t in doc[end + 1:after])
        for k in range(end - 1, self._sentences_back(sent, reach) - 1, -1):
            if tuple(t.lower_ for t in doc[k:k + n]) != words:
                continue
            owner = view.at.get(k - 1)  # "the Malian army"
            if owner is None and k - 2 >= 0 and res.is_possessive_marker(doc[k - 1].lower_):
                owner = view.at.get(k - 2)  # "Mali's army"
            if owner is None and k + n + 1 < len(doc) and doc[k + n].lower_ in res.preps.of:
                owner = view.at.get(k + n + 1)  # "the army of Mali"
            if owner is not None and owner.type is EntityType.COUNTRY:
                return self._resolve(owner, doc[k].sent)
        return None

    def _coordinated_verb_subjects(self, start: int, sent: Span) -> list[str]:
        """ "X praised Y and accused him of …": a verb right after a coordination shares the main clause's subject,
        whatever name ends the verb phrase before it (Y is an object, never a subject conjunct); else empty."""
        view, doc = self.view, self.view.doc
        k = start - 1
        while k > sent.start and doc[k].lower_ in self.before_verb:
            k -= 1
        if k <= sent.start or doc[k].lower_ not in self.res.coordination:
            return []
        main = view.main_subject_left(k, sent)
        return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(main, sent)] if main else []

    def _other_object_at(self, k: int, sent: Span) -> bool:
        """"it", "them", "mereka" at ``k`` is a whole object that its complement follows ("accusing them of …",
        "menuduh mereka melakukan …") — not "criticised them.", where "them" may be the things told."""
        doc = self.view.doc
        if k + 1 >= sent.end or doc[k].lower_ not in self.res.other_object_pronouns:
            return False
        after = doc[k + 1]
        return after.lower_ in self.res.preps.blocking or (self.res.head_initial and after.is_alpha)

    def _last_act_in(self, start: int, sent: Span) -> EventDraft | None:
        """The last one-sided act with targets told in this sentence before token ``start`` ("imposed sanctions on
        A and B, accusing them of …"): its targets are what "it" or "them" after a later verb refers to."""
        told = [d for d in self.events if d.sentence == sent and d.targets and d.trigger is not None
                and d.trigger[1] <= start and not d.kind.traits.symmetric]
        return told[-1] if told else None

    def _pronoun_alone(self, k: int, sent: Span) -> bool:
        """The pronoun before ``k`` is a whole object, not a possessive opening one ("accused her of …", not
        "accused her government"): a preposition, a punctuation mark or the sentence's end follows. A head-initial
        language puts a possessor after its noun, so a pronoun right after the verb is its object there ("menuduh
        dia melakukan …")."""
        doc = self.view.doc
        return self.res.head_initial or k >= sent.end or doc[k].is_punct or doc[k].lower_ in self.res.preps.blocking

    def _suffix_referent(self, k: int, sent: Span, agents: list[str]) -> str | None:
        """The nearest person, country or body named before token ``k`` in its sentence that is none of ``agents``:
        what an object suffix ("-nya") refers to."""
        for m in reversed(self.view.mentions):
            if sent.start <= m.start < k and m.type in (EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION):
                key = self._resolve(m, sent)
                if key not in agents:
                    return key
        return None

    def _only_body_before(self, k: int, sent: Span, agents: list[str]) -> str | None:
        """The one country or body named before token ``k`` in its sentence that is none of ``agents``; None where
        there are none or several ("Britain imposed sanctions on Chile, and France accused it …": either)."""
        keys = {self._resolve(m, sent) for m in self.view.mentions
                if sent.start <= m.start < k and m.type in BODY_TYPES} - set(agents)
        return keys.pop() if len(keys) == 1 else None

    def _person_before(self, k: int, agents: list[str],
                       types: tuple[EntityType, ...] = (EntityType.PERSON,)) -> str | None:
        """The nearest person (or name of ``types``) named before token ``k`` (in its sentence or the one before) who
        is none of ``agents``."""
        view = self.view
        first = self._sentences_back(view.doc[k].sent, PRONOUN_REACH - 1)
        for m in reversed(view.mentions):
            if m.start >= k or m.type not in types:
                continue
            if m.start < first:
                return None
            key = self._resolve(m, view.doc[m.start].sent)
            if key not in agents:
                return key
        return None

    def _relative_antecedent(self, start: int, sent: Span) -> MentionRef | None:
        """ "Hamas, which Israel accused …": the name before an object relative pronoun (and its comma) that
        opens the clause whose subject stands right before the verb at ``start``; None otherwise."""
        view, doc = self.view, self.view.doc
        subject = view.subject_left(start, sent)
        if subject is None or any(t.lower_ not in self.before_verb for t in doc[subject.end:start]):
            return None
        k = view.np_start(subject, sent.start) - 1
        if k <= sent.start or doc[k].lower_ not in self.res.relative or doc[k].lower_ in self.res.complementisers:
            return None
        k -= 1
        if doc[k].text == ",":
            k -= 1
        antecedent = view.at.get(k)
        return antecedent if antecedent is not None and antecedent.end == k + 1 else None

    def _past_naming_clause(self, end: int, sent: Span) -> int:
        """Where an act's object starts after a free relative whose verb names it (``free_relatives``,
        ``naming_verbs``): "condemned what he described as Russia's campaign", "what Kyiv called X's attack",
        "mengecam apa yang disebutnya sebagai serangan X" — past the naming verb and a predicative "as"; else
        ``end``."""
        doc, res = self.view.doc, self.res
        n = match_phrase_at(doc, end, res.free_relatives, 2, sent.end) if end < sent.end else 0
        if not n:
            return end
        for k in range(end + n, min(sent.end, end + n + NAMING_REACH)):
            if doc[k].is_punct:
                return end
            if doc[k].lower_ in res.naming_verbs:
                k += 1
                return k + 1 if k < sent.end and doc[k].lower_ in res.preps.predicative else k
        return end
