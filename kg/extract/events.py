"""Events (visit, meeting, agreement, accusation, denial, statement, sanction) and treaty parties.

Each trigger of the language's ``triggers.json`` has a frame saying where its arguments
are (see that file). Arguments are names, resolved through role phrases ("pemimpin Rusia
itu" → the leader of Russia), plural phrases ("kedua pemimpin" → the two leaders last
named), pronouns ("ia", "he" → the last person named) and metonymy (a capital acting in
politics stands for its country). What an event type needs — one agent or every party, a
target, a destination that is not home — and whether negation or modality ("will", a threat)
blocks it comes from its traits (``EventKind`` in ``kg/model.py``), never from its name; the
frame (``Frame``) says where to look, one method each. References (:mod:`kg.extract.anaphora`), travel
(:mod:`kg.extract.journeys`) and treaty parties (:mod:`kg.extract.treaties`) are parts of their own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.anaphora import Anaphora
from kg.extract.context import ExtractionContext
from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, Found, PartyDraft
from kg.extract.grammar import Grammar
from kg.extract.journeys import Journeys
from kg.extract.modality import ModalityReader
from kg.extract.quotes import QuoteIndex
from kg.extract.treaties import TreatyParties
from kg.extract.view import DocView, MentionRef
from kg.model import ANY_ENTITY, EntityType, EventKind, Modality
from kg.nlp.resources import SPEECH_FRAMES, Frame, Side, Trigger
from kg.nlp.tokens import QUOTES, is_modifier, lower_forms, match_phrase_at

__all__ = ["AGENT_TYPES", "FRAME_CONFIDENCE", "EventDraft", "EventFinder", "PartyDraft"]

SUBJECT_REACH = 3  # words between a subject and its verb that the windows trust ("X on Thursday said")
OWNED_REACH = 4  # words of an act between an accusing verb and the name owning it ("uji coba rudal Korea Utara")
BY_REACH = 6  # words from an event noun to the "by" naming its agent: "the visit to Ho Chi Minh City by X"
OWNER_REACH = 2  # words between a subject and an event noun it owns ("X imposed new sanctions")
SPEECH_AFTER_CONFIDENCE = 0.8  # "…, kata Obama": the speaker is named right after the verb
SPEECH_BEFORE_CONFIDENCE = 0.75
DASHES = frozenset({"-", "\u2013", "\u2014"})  # a dateline ends at one: "JERUSALEM (Reuters) - …"


class EventFinder(Anaphora, Journeys, TreatyParties):
    """Reads a document's sentences trigger by trigger; :meth:`find` returns the event and treaty-party drafts."""

    def __init__(self, view: DocView, context: ExtractionContext, grammar: Grammar | None = None) -> None:
        self.view = view
        self.res = view.res
        self.context = context
        self.grammar = grammar or Grammar(view, None)
        self._frames = {Frame.SPEECH_AFTER: self._speech_after, Frame.SPEECH_BEFORE: self._speech_before,
                        Frame.RECIPROCAL: self._reciprocal, Frame.PASSIVE: self._passive,
                        Frame.VERB: self._arguments, Frame.INTRANSITIVE: self._arguments, Frame.NOUN: self._arguments}
        self.by_first = self.res.triggers_by_first  # built once per language, not per document
        self.events: list[EventDraft] = []
        self.parties: list[PartyDraft] = []
        self.modality = ModalityReader(view)
        # first words of the phrases looked for at every token, to skip the others at once
        self.plural_openers = frozenset(p[0] for phrases in self.res.plural_anaphora.values() for p in phrases)
        plural = {p for phrases in self.res.plural_anaphora.values() for p in phrases}
        self.pair_prefixes = frozenset(p for p in plural if any(len(q) > len(p) and q[:len(p)] == p for q in plural))
        self.treaty_openers = frozenset(p[0] for p in self.res.treaty_verbs)
        self.treaties = [m for m in view.mentions if m.type is EntityType.TREATY]
        speech = {frame: {t.form for t in self.res.triggers if t.frame is frame} for frame in SPEECH_FRAMES}
        self.quotes = QuoteIndex(view, speech[Frame.SPEECH_AFTER], speech[Frame.SPEECH_BEFORE],
                                 self.res.first_singular)
        # words that may stand between a subject and its verb ("has also", "juga telah", "to", "not")
        self.before_verb = (self.res.modality | self.res.adverbs_before_verb | self.res.infinitive_markers
                            | self.res.negation)
        self.noun_openers = self.res.articles | (frozenset() if self.res.head_initial else self.res.demonstratives)
        self.carriers = _carrying_verbs(self.res.triggers)
        # "dijatuhkan": a verb the triggers name in a relative passive clause after an event noun ("sanksi yang
        # dijatuhkan") is that event's passive carrier (Indonesian marks the passive on the verb, no auxiliary)
        self.passive_carriers = _passive_carriers(self.res.triggers, self.res.relative)
        self.any_passive_carrier = frozenset(v for verbs in self.passive_carriers.values() for v in verbs)
        self.noun_forms = frozenset((t.kind, t.form) for t in self.res.triggers if t.frame is Frame.NOUN)
        # what a denial verb trigger denies ("rejected charges" → "charges", "charge") and its verbs ("rejected")
        denials = [t.form for t in self.res.triggers if t.kind is EventKind.DENIAL and t.frame is Frame.VERB]
        self.claim_nouns = frozenset(w for f in denials if len(f) > 1
                                     for w in (f[-1], *(f[-1][:-len(x)] for x in self.res.plural_suffixes
                                                        if f[-1].endswith(x))))
        self.denial_verbs = frozenset(f[0] for f in denials)
        # "accusations", "tuduhan": the nouns of accusations, one word (what a denial may name with "by")
        self.accusation_nouns = frozenset(t.form[0] for t in self.res.triggers
                                          if t.kind is EventKind.ACCUSATION and t.frame is Frame.NOUN
                                          and len(t.form) == 1)
        self.nouns_of: dict[EventKind, frozenset[tuple[str, ...]]] = {
            kind: frozenset(form for k, form in self.noun_forms if k is kind) for kind, _ in self.noun_forms}
        # modifiers of an event noun stand between it and its possessor: "kunjungan kenegaraan pertama Putin"
        # (head-initial), or between a genitive and the noun: "Morsi's first state visit" (head-final)
        self.modifiers_after = self.res.event_noun_modifiers if self.res.head_initial else frozenset()
        self.modifiers_before = frozenset() if self.res.head_initial else self.res.event_noun_modifiers

    # -- driver ------------------------------------------------------------------------------------------
    def find(self, sentences: list[Span]) -> tuple[list[EventDraft], list[PartyDraft]]:
        for sent in sentences:
            i = sent.start
            while i < sent.end:
                consumed = self._at(i, sent)
                i += max(1, consumed)
            self._fronted_denials(sent)
            self._treaty_parties(sent)
        self._named_parties(sentences)
        return self.events, self.parties

    def _at(self, i: int, sent: Span) -> int:
        words = lower_forms(self.view.doc)  # called at every token: no Token objects
        candidates = self.by_first.get(words[i], [])
        if not candidates or i in self.view.at:
            return 0
        matched = [t for t in candidates if tuple(words[i : i + len(t.form)]) == t.form
                   and i + len(t.form) <= sent.end]
        if not matched:
            return 0
        longest = len(matched[0].form)
        if any(t.frame in SPEECH_FRAMES for t in matched):
            matched.sort(key=lambda t: (-len(t.form), self._speech_order(t, i, sent)))
        done: set = set()
        for trig in matched:
            if (trig.kind, len(trig.form)) in done or (trig.frame not in SPEECH_FRAMES and trig.kind in done):
                continue  # one reading per trigger; a shorter Statement form may still name another speaker
            trigger = (i, i + len(trig.form))
            drafts = [replace(d, trigger=trigger) for d in self._apply(trig, i, i + len(trig.form), sent)]
            if drafts:
                self.events.extend(drafts)
                if trig.kind.traits.speech_act and trig.frame is Frame.VERB:
                    self.events.extend(replace(d, trigger=trigger) for d in self._speakers(drafts, trig, sent))
                if trig.kind is EventKind.DENIAL:
                    accusations = self._denied_accusers(drafts, trigger, sent)
                    self.events.extend(replace(d, trigger=trigger) for d in accusations)
                done.update({trig.kind, (trig.kind, len(trig.form))})
        return longest

    def _speakers(self, drafts: list[EventDraft], trig: Trigger, sent: Span) -> list[EventDraft]:
        """ "X accused Y of …" reports what X said: X made a statement too."""
        rule = f"{self.res.lang}:{EventKind.STATEMENT.lower()}:{trig.kind.lower()}:{'_'.join(trig.form)}"
        found = (self._draft(EventKind.STATEMENT, list(d.agents), [], sent, rule, SPEECH_BEFORE_CONFIDENCE)
                 for d in drafts if d.kind is trig.kind)
        return [d for d in found if d is not None]

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

    def _speech_order(self, trig: Trigger, i: int, sent: Span) -> int:
        """Right after a closing quote or comma the speaker follows ("…,” said Biden"): try that frame first."""
        prev = self.view.doc[i - 1] if i > sent.start else None
        after_quote = prev is not None and (prev.text in QUOTES or prev.text == ",")
        if trig.frame is Frame.SPEECH_AFTER:
            return 0 if after_quote else 1
        return 1 if after_quote else 0

    # -- frames ------------------------------------------------------------------------------------------
    def _apply(self, trig: Trigger, start: int, end: int, sent: Span) -> list[EventDraft]:
        traits = trig.kind.traits
        blocker = self._blocker(trig, start, sent)
        if blocker is not None and not self._negated_blocker(blocker, start, sent):
            return []  # "lifted sanctions", "threatened sanctions"
        if blocker is None and self._not_asserted(trig.kind, start, sent):
            return []  # a negated lifting ("tidak akan mencabut sanksi") keeps the negation from the fact
        if trig.frame is Frame.NOUN and Modality.NEGATED in traits.blocked_by and self._called_off(end, sent):
            return []  # "Pertemuan antara X dan Y batal digelar", "the visit was postponed"
        if trig.frame in (Frame.VERB, Frame.INTRANSITIVE, Frame.SPEECH_BEFORE) and self._determined(start, sent):
            return []  # "a visit", "his meeting", "Lula's first visit": the noun reading applies
        if trig.frame is Frame.VERB and (trig.kind, trig.form) in self.noun_forms and not any(
                not (t.is_space or t.is_punct or t.text in QUOTES) for t in self.view.doc[sent.start:start]):
            return []  # "Sanctions were lifted …", "Sanctions on X …": a word opening the sentence is its subject
        rule = f"{self.res.lang}:{trig.kind.lower()}:{trig.frame}:{'_'.join(trig.form)}"
        frame = self._frames[trig.frame]
        if trig.frame is Frame.VERB and not traits.symmetric and self._passive_voice(start, end, sent):
            frame = self._passive  # "China was accused by …", "were sanctioned": the subject is the target
        found = frame(trig, start, end, sent, rule)
        return found if isinstance(found, list) else [found] if found is not None else []

    def _speech_after(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "…, kata Obama", "said Biden": the speaker follows."""
        speaker = self._speaker_after(end, sent)
        return self._draft(trig.kind, [speaker] if speaker else [], [], sent, rule, SPEECH_AFTER_CONFIDENCE)

    def _speech_before(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "Obama mengatakan …", "Biden said …": the speaker is the subject, every one of coordinated subjects;
        "both sides said" names no speaker."""
        if self._plural_left(start, sent):
            return None
        agents = self._subjects(start, sent, symmetric=trig.kind.traits.symmetric)
        return self._draft(trig.kind, agents, [], sent, rule, SPEECH_BEFORE_CONFIDENCE)

    def _reciprocal(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "kedua pemimpin membahas …", "Blinken and Wang discussed Taiwan": the parties are the subjects."""
        agents = self._subjects(start, sent, symmetric=True)
        obj = self.view.object_right(end, sent, trig.target_preps, direct=False)
        if obj is not None:
            agents = [*agents, self._resolve(obj, sent, agent=True)]
        if len(set(agents)) < 2:
            return None
        return self._draft(trig.kind, agents, [], sent, rule, FRAME_CONFIDENCE, location=self._location(end, sent))

    def _passive(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> Found:
        """ "Korea Utara dijatuhi sanksi oleh …": the target is the subject, the agent (if any) follows."""
        if trig.kind.traits.symmetric:
            # "Prabowo disambut oleh Menteri Luar Negeri China Wang Yi": both are parties
            left = self.view.subject_left(start, sent)
            right = self.view.object_right(end, sent, self.res.preps.agent, direct=True)
            if right is None:
                return None
            # no name before the verb: a pronoun or a bare title told before ("Ia disambut oleh …", "Presiden
            # diterima …"), which the active frames read the same way
            guests = [self._resolve(left, sent, agent=True)] if left is not None else \
                self._subjects(start, sent, kind=trig.kind)
            if len(guests) != 1:
                return None
            guest, host = guests[0], self._resolve(right, sent, agent=True)
            if guest == host:
                return None
            location = self._location(end, sent)
            meeting = self._draft(trig.kind, [guest, host], [], sent, rule, FRAME_CONFIDENCE, location=location)
            if trig.visitor is None:
                return meeting
            # "X was received by Y": the guest is the passive subject
            return [meeting, *self._guest_visits([guest], [host], location, sent, rule)]
        target = self.view.subject_left(start, sent, any_mention=True)
        # the agent after "oleh" / "by", or right after the verb: "Korea Utara dijatuhi sanksi Dewan Keamanan",
        # "tuduhan itu dibantah Kyiv" (an Indonesian passive needs no preposition before its agent)
        agent = self.view.object_right(end, sent, self.res.preps.agent, direct=False) \
            or self.view.object_right(end, sent, self.res.preps.agent, direct=True, slack=0)
        targets = [self._resolve(x, sent) for x in self.view.coordinated_left(target, sent)] if target else []
        # "was sanctioned by the European Union and Canada": every conjunct imposes
        agents = [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(agent, sent)] \
            if agent else []
        return self._draft(trig.kind, agents, targets, sent, rule, FRAME_CONFIDENCE)

    def _arguments(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> Found:
        """Verb, intransitive and noun frames: the agent left (or the noun's possessor), the target right."""
        frame = trig.frame
        traits = trig.kind.traits
        if frame is Frame.NOUN and end < sent.end and self.view.doc[end].lower_ in self.res.anaphoric_tails \
                and not self._signed_here(start, sent):
            return None  # "kunjungan itu", "the visit": a fact told before, not a new one
        if trig.participle and (start - 1 < sent.start or self.view.doc[start - 1].text != ","):
            return None  # "the statement accusing X": whose statement is unsaid; "…, accusing X of" is the subject's
        if traits.needs_target and not self._target_ahead(trig, start, end, sent):
            if traits.owner_is_target and frame is Frame.VERB:
                return self._act_told_before(trig, start, end, sent, rule)  # "Tehran condemned the move"
            return None  # nothing to accuse, sanction or visit: no need to look for the agent (nor to parse)
        agents = self._subjects(start, sent, symmetric=traits.symmetric, verbal=frame is not Frame.NOUN,
                                kind=trig.kind)
        if trig.participle:  # "X met Y, condemning Z": the main clause's subject, not the object before the comma
            main = self.view.main_subject_left(start - 1, sent)
            agents = [self._resolve(x, sent, agent=True) for x in self.view.coordinated_left(main, sent)] \
                if main is not None else []
        # "opposed mediation in negotiations with Syria": the subject takes no part in them
        unnamed_side = frame is Frame.NOUN and traits.symmetric and not self._after_light_verb(start, sent)
        if unnamed_side and (held := self._held_in(trig.kind, start, sent)):
            agents, unnamed_side = held, False  # "sepakat … dalam pertemuan di Hanoi": who agreed there met
        if unnamed_side and (relative := self._relative_pair(end, sent)):
            agents, unnamed_side = relative, False  # "the agreement they signed": who signed it are its parties
        if trig.go_between and (between := self._between_ahead(end, sent)) is not None:
            return self._go_between(trig, [] if unnamed_side else agents, between, end, sent, rule)
        if unnamed_side:
            agents = []
        after = end
        if frame is Frame.INTRANSITIVE and not agents:
            agents = self._fronted_subject(end, sent)  # "Setibanya di Beijing, Prabowo disambut …"
        if frame is Frame.NOUN:
            owner, after = self._possessor(start, end, sent, place_owns=not traits.destination,
                                           of_owns=traits.destination)
            opener = self.view.sentence_subject(sent)
            if not owner and opener is not None and opener.start < start and self.res.has_possessive_suffix(
                    self.view.doc[start].lower_):
                owner = [self._resolve(opener, sent, agent=True)]  # "X bertemu A dan B dalam kunjungannya": X's
            if owner:
                agents = owner
            elif not agents:
                agents = self._fronted_subject(end, sent) or self._passive_clause_agent(trig, end, sent)
            if not owner and not traits.symmetric and self._another_predicate(start, sent, trig.kind):
                # "condemned the EU's decision to extend sanctions on Russia": the condemner is not the imposer
                parsed = self.grammar.owner(self._head_of(trig, start), sent)
                if parsed is not None:
                    agents = [self._resolve(x, sent, agent=True) for x in parsed]
        if (traits.symmetric and frame is Frame.NOUN and after < sent.end
                and self.view.doc[after].lower_ in self.res.preps.between):
            # "pembicaraan antara X dan Y": the parties are X and Y, not whoever arranged the talks
            obj = self.view.object_right(after + 1, sent, frozenset(), direct=True, slack=0)
            parties = [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(obj, sent)] \
                if obj else self._plural_right(after, sent)
            if len(parties) < 2:
                return None
            return self._draft(trig.kind, parties, [], sent, rule, FRAME_CONFIDENCE,
                               location=self._location(end, sent))
        if frame is Frame.VERB:
            after = self._past_predicative(after, sent)
        if trig.members_only and not self.view.members_at(after, sent):
            return None  # "designated Ana Ruiz as envoy": an appointment, not a sanction
        after = self._past_coordinated_nouns(trig.kind, after, sent)
        # what an accusation is about may be a longer noun phrase its target owns: "mengutuk uji coba rudal Korea Utara"
        obj = self.view.object_right(after, sent, trig.target_preps, direct=frame is Frame.VERB,
                                     owner=traits.owner_is_target, slack=OWNED_REACH if traits.owner_is_target else 2,
                                     members=traits.members_stand_for_owner)
        if obj is not None and traits.symmetric and frame is Frame.VERB and self._owned_object(
                after, obj, sent, trig.target_preps):
            obj = None  # "menerima bantuan Jepang": what was received is Japan's aid; Japan is no party
        if obj is not None and traits.symmetric and obj.type is EntityType.TREATY:
            # "menyepakati Perjanjian Z dengan Y": what they agree on is no party; the partner follows it
            obj = self.view.object_right(obj.end, sent, self.res.preps.partner, direct=False, window=4)
        if obj is not None and trig.urges and self._urged(obj, sent):
            return None  # "called on China to stop the drills": an appeal, not a courtesy call
        if obj is not None:
            obj = self.view.apposed_person(obj, sent) or obj  # "pemimpin Partai X, NAMA": the person
        # "bertemu A dan B", "a trip to A, B and C": every conjunct is a target
        targets = [self._resolve(x, sent, agent=traits.symmetric) for x in self._conjuncts_right(obj, sent)] \
            if obj else []
        if traits.symmetric:
            return self._parties(trig, agents, targets, start, end, sent, rule, borrow=not unnamed_side)
        if traits.destination:
            if not targets:
                targets = self._named_before(after, sent, trig.target_preps, agents)  # "mengunjungi negara itu"
            if not targets and frame is Frame.NOUN:
                targets = self._abroad(agents, start, end, sent)  # "met X in Paris during his state visit"
            if not targets:
                return None  # "arrived", "a two-day state visit": without a destination there is no visit to record
            return self._journey(trig, agents, targets, end, sent, rule)
        return self._draft(trig.kind, agents, targets, sent, rule, traits.confidence)

    def _act_told_before(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "X struck Y. Z condemned the attack", "Teheran mengecam langkah itu": what is condemned is an act
        (``act_nouns``) told before, referred to by a definite article (or a demonstrative after it); its doer is
        the target."""
        told = self._event_noun_after(end, sent)
        if told is not None:
            # "Departemen Keuangan AS menjatuhkan sanksi … Pemerintah China mengecam sanksi itu": the target is
            # who did the event of that noun told before (the imposer, the accuser, the visitor)
            agents = self._subjects(start, sent, kind=trig.kind)
            doers = self._earlier_agents(told, sent, agents) if agents else []
            if not doers:
                return None
            return self._draft(trig.kind, agents, doers, sent, f"{rule}:event_told_before",
                               trig.kind.traits.confidence)
        if not self._act_noun_after(end, sent):
            return None
        agents = self._subjects(start, sent, kind=trig.kind)
        doer = self._earlier_doer(sent, agents) if agents else None
        if doer is None:
            return None
        return self._draft(trig.kind, agents, [doer], sent, f"{rule}:act_told_before", trig.kind.traits.confidence)

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

    def _event_noun_after(self, end: int, sent: Span) -> EventKind | None:
        """The kind of a one-sided event whose noun follows the verb ending at ``end`` and refers back: "sanksi
        itu", "kunjungan tersebut", "the sanctions"; else None."""
        doc, res = self.view.doc, self.res
        k = end
        if not res.head_initial:
            if k >= sent.end or doc[k].lower_ not in res.definite_determiners:
                return None
            k += 1
        for kind, form in self.noun_forms:
            n = len(form)
            if kind.traits.symmetric or k + n > sent.end or tuple(t.lower_ for t in doc[k:k + n]) != form:
                continue
            if not res.head_initial or (k + n < sent.end and doc[k + n].lower_ in res.anaphoric_tails):
                return kind
        return None

    def _earlier_agents(self, kind: EventKind, sent: Span, condemners: list[str], reach: int = 3) -> list[str]:
        """The agents of the nearest event of ``kind`` told in the ``reach`` sentences before ``sent`` — none
        when the condemners did it themselves."""
        earlier = [ev for ev in self.events if ev.kind is kind and ev.agents
                   and sent.start > ev.sentence.start >= self._sentences_back(sent, reach)]
        if not earlier:
            return []
        agents = [a for a in earlier[-1].agents if a not in condemners]
        return agents if len(agents) == len(earlier[-1].agents) else []

    def _sentences_back(self, sent: Span, n: int) -> int:
        at = sent.start
        for _ in range(n):
            if at == 0:
                break
            at = self.view.doc[at - 1].sent.start
        return at

    def _earlier_doer(self, sent: Span, condemners: list[str], reach: int = 3) -> str | None:
        """Who did the act told in the sentences before ``sent`` (nearest first): the name opening a sentence;
        when that sentence reports an accusation by its opener, the accused; sentences that report only what
        their opener said or denied are skipped."""
        doc = self.view.doc
        at = sent.start
        for _ in range(reach):
            if at == 0:
                return None
            prev = doc[at - 1].sent
            at = prev.start
            opener = self._clause_opener(prev)
            if opener is None:
                continue
            key = self._resolve(opener, prev, agent=True)
            said = [ev for ev in self.events if ev.sentence == prev and key in ev.agents
                    and (ev.kind.traits.speech_act or ev.kind in (EventKind.DENIAL, EventKind.STATEMENT))]
            accused = [t for ev in said if ev.kind is EventKind.ACCUSATION for t in ev.targets]
            if len(set(accused)) == 1 and accused[0] not in condemners:
                return accused[0]  # "Kyiv accused Moscow of shelling a town. Berlin condemned the attack"
            if said or key in condemners:
                continue
            return key
        return None

    def _clause_opener(self, sent: Span) -> MentionRef | None:
        """The name a sentence opens with, past a dateline ("JERUSALEM (Reuters) - Israeli forces …") and a short
        adverbial ("Meanwhile, …"): a person, a country, a body (a capital for its country), only determiners before
        it."""
        view, doc = self.view, self.view.doc
        first = sent.start
        for k in range(sent.start, min(sent.end, sent.start + 8)):
            if doc[k].text in DASHES:
                first = k + 1
                break
        comma = next((k for k in range(first, min(sent.end, first + 5)) if doc[k].text == ","), None)
        if comma is not None and comma > first and not any(k in view.at for k in range(first, comma)):
            first = comma + 1  # past a short adverbial naming no one: "Meanwhile, X fired …", "Sementara itu, X …"
        for k in range(first, sent.end):
            m = view.at.get(k)
            if m is None:
                continue
            lead = doc[first:view.np_start(m, sent.start)]
            if m.type in AGENT_TYPES and all(t.is_space or t.is_punct or t.lower_ in view.determiners for t in lead):
                return view.chain_head(m, sent.end)
            return None
        return None

    def _pair_before(self, k: int, sent: Span) -> list[str]:
        """The names coordinated nearest before a plural pronoun at ``k`` in its sentence: "X and Y said they …";
        a parenthesis after the last name ("X and Y (YY) for the deal they signed") adds no name."""
        doc = self.view.doc
        j = k
        while j > sent.start:
            j -= 1
            if doc[j].text == ")":
                j = next((o for o in range(j - 1, max(sent.start, j - 8) - 1, -1) if doc[o].text == "("), j)
                continue
            m = self.view.at.get(j)
            if m is not None:
                group = self.view.coordinated_left(m, sent)
                return [self._resolve(x, sent, agent=True) for x in group] if len(group) > 1 else []
        return []

    def _relative_pair(self, end: int, sent: Span) -> list[str]:
        """A relative clause with a plural pronoun as subject after an event noun: "the deal (that) they signed"."""
        doc = self.view.doc
        j = end + 1 if end < sent.end and doc[end].lower_ in self.res.relative else end
        if j + 1 < sent.end and doc[j].lower_ in self.res.plural_pronouns and doc[j + 1].is_lower \
                and doc[j + 1].is_alpha:
            return self._pair_before(j, sent)
        return []

    def _between_ahead(self, end: int, sent: Span, reach: int = 5) -> int | None:
        """Where "between" follows an event noun, past a time phrase ("a mediation effort on Monday between")."""
        doc = self.view.doc
        for k in range(end, min(sent.end, end + reach)):
            if doc[k].lower_ in self.res.preps.between:
                return k
            if k in self.view.at or doc[k].is_punct:
                return None
        return None

    def _go_between(self, trig: Trigger, mediators: list[str], between: int, end: int, sent: Span,
                    rule: str) -> list[EventDraft]:
        """ "X launched a mediation effort between A and B": X meets A and X meets B; A and B need not meet.

        With no mediator named ("mediation between A and B was offered") nothing is recorded."""
        obj = self.view.object_right(between + 1, sent, frozenset(), direct=True, slack=0)
        if not mediators or obj is None:
            return []
        sides = [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(obj, sent)]
        location = self._location(end, sent)
        drafts = (self._draft(trig.kind, [*mediators, side], [], sent, rule, FRAME_CONFIDENCE, location=location)
                  for side in dict.fromkeys(sides) if side not in mediators)
        return [d for d in drafts if d is not None]

    def _parties(self, trig: Trigger, agents: list[str], targets: list[str], start: int, end: int, sent: Span,
                 rule: str, *, borrow: bool = True) -> Found:
        """A symmetric event: subject and object are all parties, or the two last named, or a visitor and host.

        "X met A and B": X met each of them (the conjuncts sit on one side and did not meet each other).
        A reception or courtesy call (``trig.visitor``) is also the guest's visit.
        """
        traits = trig.kind.traits
        location = self._location(end, sent)
        if len(targets) > 1:
            # "agreed to open talks with A and B": without a subject the other side is a visitor or unnamed
            side = agents or self._recent_visitor(sent)
            # "A dan B bertemu C dan D": each of one side met each of the other, not each other
            groups = [[s, t] for t in targets if t not in side for s in side] if len(side) > 1 \
                else [[*side, t] for t in targets if t not in side]
        else:
            group = list(dict.fromkeys(agents + targets))
            if len(group) < 2 and borrow:
                group = self._plural_left(start, sent) or group
            if len(group) < 2 and not agents and targets:
                group = list(dict.fromkeys(self._recent_visitor(sent) + targets))
            groups = [group]
        drafts = [d for g in groups
                  if (d := self._draft(trig.kind, g, [], sent, rule, traits.confidence, location=location))]
        if trig.visitor is not None and drafts and agents and targets:
            guests, hosts = (agents, targets) if trig.visitor is Side.SUBJECT else (targets, agents)
            drafts += self._guest_visits(guests, hosts, location or self._welcomed_to(end, sent), sent, rule)
        return drafts

    def _passive_voice(self, start: int, end: int, sent: Span) -> bool:
        """An auxiliary before the verb and no object after it: "was accused of", "were sanctioned by" (not
        "was visiting Jakarta")."""
        doc = self.view.doc
        k = start - 1
        while k >= sent.start and doc[k].lower_ in self.res.adverbs_before_verb:
            k -= 1
        if k < sent.start or doc[k].lower_ not in self.res.passive_auxiliaries:
            return False
        return not (end < sent.end and (end in self.view.at or doc[end].lower_ in self.res.all_determiners
                                        or self.view.members_at(end, sent)))  # "is designating two banks"

    def _determined(self, start: int, sent: Span) -> bool:
        """A determiner or a genitive opens a noun phrase that the word at ``start`` heads, past the modifiers of
        an event noun before it: "a visit", "the first visit", "Lula's first visit" (head-final languages)."""
        doc = self.view.doc
        k = start - 1
        while k > sent.start and doc[k].lower_ in self.modifiers_before:
            k -= 1
        return k >= sent.start and (doc[k].lower_ in self.res.noun_markers
                                    or self.res.is_possessive_marker(doc[k].lower_))

    def _signed_here(self, start: int, sent: Span) -> bool:
        """A signing verb right before the event noun: "menandatangani kesepakatan itu" — the agreement told
        before is signed in this sentence, a new act of its signers (as "signed the agreement" is)."""
        words = tuple(t.lower_ for t in self.view.doc[sent.start:start])
        return any(words[len(words) - len(p):] == p for p in self.res.treaty_signing if len(p) <= len(words))

    def _held_in(self, kind: EventKind, start: int, sent: Span) -> list[str]:
        """The parties of an event of another symmetric kind told earlier in the clause, when the event noun at
        ``start`` follows a preposition of place (an article or determiner between): what they did happened in
        it, so they took part ("sepakat … dalam pertemuan di Hanoi", "agreed … at a meeting in Hanoi"). Empty
        otherwise: a subject that only opposes talks takes no part in them ("menentang mediasi dalam
        perundingan dengan X")."""
        doc = self.view.doc
        k = start - 1
        while k > sent.start and doc[k].lower_ in self.noun_openers | self.view.determiners:
            k -= 1
        if not (sent.start < k < start and doc[k].lower_ in self.res.preps.location):
            return []
        earlier = next((d for d in reversed(self.events) if d.trigger is not None and d.kind is not kind
                        and d.kind.traits.symmetric and sent.start <= d.trigger[0] and d.trigger[1] <= k), None)
        if earlier is None or len(earlier.agents) < 2 or any(
                doc[j].is_punct or doc[j].lower_ in self.res.relative for j in range(earlier.trigger[1], k)):
            return []
        return list(earlier.agents)

    def _after_light_verb(self, start: int, sent: Span) -> bool:
        """The subject takes part in the event noun: "held talks", "signed 12 agreements", "spoke after the meeting
        with …"."""
        doc = self.view.doc
        res = self.res
        k = start - 1
        while k >= sent.start and k > start - 4 and (doc[k].lower_ in res.noun_markers or doc[k].like_num or (
                doc[k].is_lower and doc[k].lower_ not in res.light_verbs and doc[k].lower_ not in res.opening_adverbials
                and doc[k].lower_ not in res.preps.blocking)):
            k -= 1
        return k >= sent.start and (doc[k].lower_ in res.light_verbs or doc[k].lower_ in res.opening_adverbials)

    def _of_types(self, keys: list[str], types: frozenset[EntityType]) -> list[str]:
        if types == ANY_ENTITY:
            return keys
        return [k for k in keys if self._entity_type(k) in types]

    def _draft(self, kind: EventKind, agents: list[str], targets: list[str], sent: Span, rule: str, conf: float,
               *, need_agent: bool | None = None, need_target: bool | None = None, location: str | None = None,
               ) -> EventDraft | None:
        """The event, if its arguments satisfy its type: every named agent (coordinated subjects act together)."""
        traits = kind.traits
        need_agent = traits.needs_agent if need_agent is None else need_agent
        need_target = traits.needs_target if need_target is None else need_target
        agents = self._of_types([a for a in dict.fromkeys(agents) if a], traits.agent_types)
        targets = self._of_types([t for t in dict.fromkeys(targets) if t and t not in agents], traits.target_types)
        if need_agent and not agents:
            return None
        if (need_target or not need_agent) and not targets:
            return None
        if traits.symmetric and len(agents) < 2:
            return None  # a meeting or agreement has two parties at least
        return EventDraft(kind, tuple(agents), tuple(targets), sent, rule, conf, location)

    # -- argument resolution ---------------------------------------------------------------------------------
    def _subjects(self, i: int, sent: Span, *, symmetric: bool = False, verbal: bool = True,
                  kind: EventKind | None = None) -> list[str]:
        """Who acts at trigger ``i``: a pronoun, a plural phrase, or the subject name(s) with coordination.

        A verb (``verbal``) whose window subject is far away asks the parse for its subject."""
        view = self.view
        doc = view.doc
        k = i - 1
        # "Ia (kemudian) melakukan kunjungan ke …": an event noun's subject stands before the light verb carrying it
        while k >= sent.start and (doc[k].lower_ in self.before_verb
                                   or (not verbal and doc[k].lower_ in self.res.light_verbs)):
            k -= 1
        if k >= sent.start and doc[k].lower_ in self.res.relative:
            # "resolusi yang menyerukan …", "Amerika Serikat, yang telah mendesak …": the subject is what "yang"
            # refers to, a name or nothing; a dash opens such an aside as a comma does ("X – who arrived on Monday –")
            head = view.at.get(k - 2 if k - 1 >= sent.start and (doc[k - 1].text == "," or doc[k - 1].text in DASHES)
                               else k - 1)
            return [self._resolve(head, sent, agent=True)] if head is not None else []
        aside = self._aside_subject(k, sent)
        if aside is not None:
            return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(aside, sent)]
        quote = self.quotes.at(k) if k >= sent.start else None
        if quote is not None and quote.speaker and doc[k].lower_ in self.res.first_singular:
            return [quote.speaker]  # "Saya …" inside a quotation is its speaker
        if quote is not None and quote.speaker and doc[k].lower_ in self.res.first_plural:
            # "kami telah sepakat": the speaker and whom they named with "saya", for what pairs do
            if symmetric and quote.partner:
                return [quote.speaker, quote.partner]
            return []
        titled = self._title_anaphor(k, sent) if k >= sent.start else None
        if titled is not None:
            return [titled]  # "The Secretary praised …", "Menteri Luar Negeri itu mengatakan …"
        if k >= sent.start and doc[k].lower_ in self.res.person_pronouns:
            previous = self.quotes.speaker_before(k)
            if previous is not None:
                return [previous]  # `"…," he added`: the speaker of the quotation just closed
            person = self._recent_person(k)
            return [person] if person else []
        floated = self._floating(k, sent) if k >= sent.start and doc[k].lower_ in self.res.plural_pronouns else None
        if floated is not None:  # "France and Germany are both parties": "both" floats after the subject
            return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(floated, sent)]
        if k >= sent.start and doc[k].lower_ in self.res.plural_pronouns and (pair := self._pair_before(k, sent)):
            return pair  # "Chile and Peru said they had agreed": the names coordinated before, in its sentence
        if k >= sent.start and doc[k].lower_ in self.res.plural_pronouns:
            # "mereka membahas": a plural pronoun names a pair only for what pairs do
            return self._recent_persons(k, (EntityType.PERSON,)) if symmetric else []
        plural = self._plural_left(i, sent)
        if plural:
            return plural
        if k >= sent.start and doc[k].lower_ in self.res.coordination and (k - 1) not in view.at:
            # "X mengatakan …, dan menuduh Y": a coordinated verb shares the subject of the main clause
            # before it, skipping subjects of embedded clauses ("khawatir Rusia akan …")
            main = view.main_subject_left(k, sent)
            if main is not None:
                return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(main, sent)]
        if verbal and view.bare_subject(i, sent):
            return []  # "…, officials said": the speaker is named nowhere
        m = view.subject_left(i, sent)
        # "terbang … untuk membahas": the subject of a controlled infinitive is the window's, unless the
        # infinitive hangs on the noun of another predicate ("mengkritik keputusan UE untuk menjatuhkan sanksi")
        controlled = any(t.lower_ in self.res.infinitive_markers for t in doc[max(sent.start, k):i])
        if verbal and controlled and kind is not None and self._another_predicate(i, sent, kind):
            owner = self._infinitive_owner(k, sent)
            if owner is not None:
                return [self._resolve(owner, sent, agent=True)]
            parsed = self.grammar.owner(i, sent)
            if parsed is not None:
                return [self._resolve(x, sent, agent=True) for x in parsed]
        elif verbal and not controlled and self._unsure(m, i, sent):
            parsed = self.grammar.subject(i, sent)  # the window's subject is far away: ask the parse
            if parsed is not None:
                return [self._resolve(x, sent, agent=True) for x in parsed]
        members = self._members_of_parties(k, sent) if k >= sent.start else []
        if (symmetric and len(members) > 1) or (members and kind is not None and kind.traits.members_stand_for_owner):
            return members  # "Leaders of Japan and South Korea met", "Officials of the EU imposed sanctions"
        if members and verbal and not symmetric:
            return []  # "Officials from Iran said …": unnamed people speak or accuse, not their country
        if m is None:
            return []
        if view.leader_title_of(m, view.np_start(m, sent.start), sent) is not None \
                and self._resolve(m, sent, agent=True) == m.key:
            return []  # "The President of Brazil arrived": a title with no name, and no leader of it named before
        if verbal and not symmetric and not (kind is not None and kind.traits.members_stand_for_owner) \
                and view.unnamed_members(m, sent):
            return []  # "Israeli officials said …", "Chilean diplomats accused …": as above
        return [self._resolve(x, sent, agent=True) for x in self._conjuncts_left(m, sent)]

    def _conjuncts_right(self, m: MentionRef, sent: Span) -> list[MentionRef]:
        """``m`` and the names coordinated after it, up to one that opens a clause of its own: "Jepang mengunjungi
        Peru dan Brasil mengunjungi Chile" — Brasil is the next clause's subject, no second destination."""
        out = self.view.coordinated_right(m, sent)
        for n, x in enumerate(out[1:], 1):
            if x.end < sent.end and self._verb_follows(x.end):
                return out[:n]
        return out

    def _conjuncts_left(self, m: MentionRef, sent: Span) -> list[MentionRef]:
        """``m`` and the names coordinated before it, from one that a trigger ends right before: in "… mengunjungi
        Peru dan Brasil mengunjungi Chile" Peru is the earlier clause's object, not a subject of this one."""
        out = self.view.coordinated_left(m, sent)
        for n in range(len(out) - 1, 0, -1):
            if self._trigger_ends_at(self.view.np_start(out[n - 1], sent.start) - 1, sent):
                return out[n:]
        return out

    def _trigger_ends_at(self, j: int, sent: Span) -> bool:
        """A trigger taking a name as its object ends at token ``j``: "mengunjungi", "berkunjung ke" — not a verb
        of saying, whose clause has its own subject ("Wong said Australia and Papua New Guinea had agreed")."""
        if j < sent.start:
            return False
        doc = self.view.doc
        words = lower_forms(doc)
        return any(tuple(words[k:j + 1]) == trig.form for k in range(max(sent.start, j - 3), j + 1)
                   for trig in self.by_first.get(words[k], ())
                   if trig.frame not in SPEECH_FRAMES and trig.kind is not EventKind.STATEMENT
                   and not trig.kind.traits.speech_act)

    def _urged(self, obj: MentionRef, sent: Span) -> bool:
        """An infinitive marker follows the object (its coordinated names included): "called on X and Y to …"."""
        last = self.view.coordinated_right(self.view.chain_head(obj, sent.end), sent)[-1]
        return last.end < sent.end and self.view.doc[last.end].lower_ in self.res.infinitive_markers

    def _aside_subject(self, k: int, sent: Span, reach: int = 12) -> MentionRef | None:
        """ "X – who arrived on Monday – will visit Osaka", "X (who arrived on Monday) will visit": an aside closed
        by the dash or bracket at ``k`` right before the verb stands between the verb and its subject, the name
        ending where the aside opens with a relative pronoun. None for anything else (a dateline's "(Reuters) -")."""
        doc = self.view.doc
        if k < sent.start or doc[k].text not in DASHES | {")"}:
            return None
        opening = "(" if doc[k].text == ")" else None
        for o in range(k - 2, max(sent.start, k - reach) - 1, -1):
            if doc[o].text == opening or (opening is None and doc[o].text in DASHES):
                subject = self.view.at.get(o - 1)
                if doc[o + 1].lower_ not in self.res.relative or subject is None or subject.type not in AGENT_TYPES:
                    return None
                return subject
        return None

    def _members_of_parties(self, k: int, sent: Span) -> list[str]:
        """The named countries or bodies whose unnamed members (``member_nouns``) are the subject ending at token
        ``k`` right before the verb: "The foreign ministers of Russia and China (met)", "Officials from Iran and
        Saudi Arabia (held talks)", "Officials of Iran (said)"; else []."""
        view, doc, res = self.view, self.view.doc, self.res
        while k > sent.start and (doc[k].lower_ in res.light_verbs or doc[k].lower_ in self.before_verb):
            k -= 1  # "… held talks": the subject stands before the light verb
        last = view.at.get(k)
        if last is None or last.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return []
        group = [last]  # the owners coordinated: "of Russia and China", "from Iran, Iraq and Syria"
        j = view.np_start(last, sent.start) - 1
        while j > sent.start and (doc[j].lower_ in res.coordination or doc[j].text == ","):
            j -= 1
            while j > sent.start and (doc[j].lower_ in res.coordination or doc[j].text == ","):
                j -= 1
            prev = view.at.get(j)
            if prev is None or prev.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                return []
            group.insert(0, prev)
            j = view.np_start(prev, sent.start) - 1
        link = view.np_start(group[0], sent.start) - 1
        while link > sent.start and doc[link].lower_ in res.articles:
            link -= 1
        if link <= sent.start or doc[link].lower_ not in res.member_links:
            return []
        if len(group) == 1 and view.leader_title_of(last, view.np_start(last, sent.start), sent) is not None:
            return []  # "The prime minister of Australia (said)": a leader's title names the one head, no members
        j = link - 1  # back over the member noun and its modifiers to the clause's start
        while j >= sent.start and j not in view.at and (is_modifier(doc[j]) or doc[j].lower_ in res.articles
                                                        or view.member_noun_at(j, sent)):
            j -= 1
        opens = j < sent.start or doc[j].is_punct or doc[j].lower_ in res.coordination
        if not opens or not any(view.member_noun_at(n, sent) for n in range(j + 1, link)):
            return []
        return [self._resolve(x, sent, agent=True) for x in group]

    def _infinitive_owner(self, k: int, sent: Span) -> MentionRef | None:
        """ "mengecam keputusan Kanada untuk menjatuhkan sanksi", "mendesak Jepang untuk …": in a head-initial
        language a bare name right before the infinitive marker, after a noun or verb it completes, is who the
        infinitive's act is for. Not a name after a preposition ("di PBB untuk …") nor a titled or apposed name."""
        view = self.view
        doc = view.doc
        m = view.at.get(k)
        if not self.res.head_initial or m is None or m.end != k + 1 or m.type not in AGENT_TYPES:
            return None
        before = view.np_start(m, sent.start) - 1
        if before != m.start - 1 or before < sent.start:
            return None
        word = doc[before]
        if not (word.is_alpha and word.is_lower) or word.lower_ in view.closed_words:
            return None
        return m

    def _target_ahead(self, trig: Trigger, start: int, end: int, sent: Span) -> bool:
        """A target may follow the trigger: a name after it (past a possessor), or a destination to infer."""
        if trig.kind.traits.destination and (trig.frame is Frame.NOUN or any(
                match_phrase_at(self.view.doc, k, phrases, 3, sent.end)
                for k in (end, end + 1) if k < sent.end for phrases in self.res.singular_anaphora.values())):
            return True  # "ke negara itu", "during his state visit": the destination is named elsewhere
        after = self._possessor(start, end, sent, place_owns=not trig.kind.traits.destination,
                                of_owns=trig.kind.traits.destination)[1] \
            if trig.frame is Frame.NOUN else self._past_predicative(end, sent)
        after = self._past_coordinated_nouns(trig.kind, after, sent)
        return self.view.object_right(after, sent, trig.target_preps, direct=trig.frame is Frame.VERB,
                                      owner=trig.kind.traits.owner_is_target,
                                      slack=OWNED_REACH if trig.kind.traits.owner_is_target else 2,
                                      members=trig.kind.traits.members_stand_for_owner) is not None

    def _owned_object(self, after: int, obj: MentionRef, sent: Span, preps: frozenset[str]) -> bool:
        """In a head-initial language a common noun between a verb and a name heads the verb's object, and the
        name after it only owns it ("menyambut baik usulan Jepang", "menerima bantuan Jepang"); adverbs
        ("menyambut hangat X") and the words of a name's phrase (titles, demonyms) may stand there. A name
        after one of the trigger's prepositions is its partner, whatever stands before ("mencapai kesepakatan
        dagang dengan Jepang")."""
        if not self.res.head_initial:
            return False
        view = self.view
        start = view.np_start(obj, sent.start)
        if after < start and view.doc[start - 1].lower_ in preps:
            return False

        def free(t: Token) -> bool:
            return view.is_ext_word(t) or t.lower_ in self.res.adverbs_after_verb or t.is_punct or t.text in QUOTES

        # "bertemu mitranya (dari Vietnam), X": the counterpart noun heads the object, the name is in apposition
        if any(all(free(t) for t in view.doc[after:k]) and view.counterpart_apposed(k, sent)
               for k in range(after, start)):
            return False
        # "bertemu pemimpin junta X", "ketua partai X": a title, then up to two lowercase words of what it leads
        title = next((k for k in range(after, start) if view.title_len(k, start)), None)
        if title is not None and all(free(t) for t in view.doc[after:title]):
            rest = view.doc[title + view.title_len(title, start):start]
            if len(rest) <= 2 and all(t.is_lower and t.is_alpha for t in rest):
                return False
        return any(not free(t) for t in view.doc[after:start])

    def _past_coordinated_nouns(self, kind: EventKind, end: int, sent: Span, reach: int = 2) -> int:
        """Past event nouns of the same kind coordinated after the trigger, each with up to ``reach`` lowercase
        modifiers: "menjatuhkan sanksi finansial dan larangan perjalanan kepada X", "sanctions and an embargo on
        X" — the target after them is every conjunct's. ``end`` when none follows."""
        doc = self.view.doc
        nouns = self.nouns_of.get(kind, frozenset())
        longest = max((len(n) for n in nouns), default=0)
        j = end
        while True:
            k = j
            while k < sent.end and k - j < reach and k not in self.view.at and is_modifier(doc[k]) \
                    and doc[k].lower_ not in self.res.coordination and doc[k].lower_ not in self.res.preps.blocking:
                k += 1  # "sanksi finansial", "new"
            if k >= sent.end or doc[k].lower_ not in self.res.coordination:
                return j
            k += 1
            while k < sent.end and doc[k].lower_ in self.res.articles:
                k += 1  # "and an arms embargo"
            n = match_phrase_at(doc, k, nouns, longest, sent.end)
            if not n:
                return j
            j = k + n

    def _past_predicative(self, end: int, sent: Span, reach: int = 5) -> int:
        """Where a verb's object starts after a fronted predicative ("denounced as a grave crime Chile's
        treatment of …", a heavy object shifted to the end): past the "as" phrase, when a name follows it;
        else ``end``."""
        doc = self.view.doc
        if end >= sent.end or doc[end].lower_ not in self.res.preps.predicative:
            return end
        for k in range(end + 1, min(sent.end, end + 1 + reach)):
            if k in self.view.at:
                return k if k > end + 1 else end
            if doc[k].is_punct or not doc[k].is_lower:
                return end
        return end

    def _head_of(self, trig: Trigger, start: int) -> int:
        """The trigger's head word: the first in a head-initial language ("sanksi baru"), else the last
        ("new sanctions")."""
        return start if self.res.head_initial else start + len(trig.form) - 1

    def _another_predicate(self, i: int, sent: Span, kind: EventKind) -> bool:
        """Before the event word at ``i`` in its sentence stands the trigger of another event that is no speech
        verb, with a name after it: "Kremlin mengutuk keputusan UE untuk memperpanjang sanksi", "condemned the
        decision of the EU to extend sanctions". Who acts is then a question for the parse."""
        doc = self.view.doc
        for k in range(sent.start, i):
            for t in self.by_first.get(doc[k].lower_, ()):
                if (t.kind is not kind and t.frame not in SPEECH_FRAMES
                        and tuple(x.lower_ for x in doc[k:k + len(t.form)]) == t.form
                        and any(j in self.view.at for j in range(k + len(t.form), i))):
                    return True
        return False

    def _unsure(self, m: MentionRef | None, i: int, sent: Span, reach: int = SUBJECT_REACH) -> bool:
        """The window's subject ``m`` stands more than ``reach`` words (or a comma) before token ``i``."""
        if m is None:
            return False
        doc = self.view.doc
        between = [t for t in doc[self.view.chain_head(m, sent.end).end:i]
                   if not (t.is_space or t.text in QUOTES or t.lower_ in self.before_verb)]
        return len(between) > reach or any(t.text == "," for t in between)

    def _floating(self, k: int, sent: Span) -> MentionRef | None:
        """The subject a plural pronoun floats after: "X and Y (are) both", "X dan Y keduanya"."""
        j = k - 1
        while j >= sent.start and self.view.doc[j].lower_ in self.before_verb | self.res.passive_auxiliaries:
            j -= 1
        return self.view.at.get(j) if j >= sent.start else None

    def _resolve(self, m: MentionRef, sent: Span, *, agent: bool = False) -> str:
        """Entity key a mention stands for: a leader for "pemimpin Rusia itu", a country for its capital, the
        leader of a country's delegation for the delegation."""
        view = self.view
        doc = view.doc
        if agent and (leader := view.delegation_leader(m, sent)) is not None:
            return leader.key  # "Delegasi Malaysia yang dipimpin Menlu X tiba …": X travels, meets, signs
        unnamed = view.chain_head(m, sent.end) == m and not (m.end < sent.end and (m.end + 1) in view.at
                                                             and doc[m.end].text == ",")
        if m.type is EntityType.COUNTRY and m.end <= sent.end and (
                (m.end < sent.end and doc[m.end].lower_ in self.res.anaphoric_tails) or unnamed):
            # "pemimpin Rusia itu", "perdana menteri Israel", "the Chilean leader" (no name after): that country's
            # leader named before
            title = view.title_before(m, sent) or self._title_after(m, sent)
            if title is not None and tuple(t.lower_ for t in doc[title[0]:title[1]]) in self.res.leader_titles:
                leader = next((p for p, c in self.context.leader_of.items() if c == m.key), None)
                if leader:
                    return leader
        if agent and m.key in self.context.capital_country:
            return self.context.capital_country[m.key]
        return m.key

    def _title_after(self, m: MentionRef, sent: Span) -> tuple[int, int] | None:
        """The title right after a nationality or a possessive, no name after it: "the Chilean leader", "Chile's
        president" (head-final titles)."""
        k = m.end
        if k < sent.end and self.res.is_possessive_marker(self.view.doc[k].lower_):
            k += 1
        n = self.view.title_len(k, sent.end) if k < sent.end else 0
        return (k, k + n) if n and (k + n) not in self.view.at else None

    def _speaker_after(self, end: int, sent: Span) -> str | None:
        view = self.view
        m = view.object_right(end, sent, frozenset(), direct=True, window=6, slack=0)
        if m is None:
            return None
        doc = view.doc
        if m.end < sent.end and (self._verb_follows(m.end) or self._predicate_follows(m.end, sent)):
            return None  # "said Russia must withdraw": the name opens the reported clause, it does not speak
        # "pernyataan penasihat … Putin, Yuri Ushakov": the apposition names the speaker
        if m.end + 1 < sent.end and doc[m.end].text == ",":
            nxt = view.at.get(m.end + 1)
            if nxt is not None and nxt.type is EntityType.PERSON and view.np_start(m, sent.start) < m.start \
                    and not self._opens_clause(nxt.end, sent):
                return nxt.key  # not "Menurut kantor berita X, Kim meninjau …": that name opens the main clause
        return self._resolve(m, sent, agent=True)

    def _opens_clause(self, j: int, sent: Span) -> bool:
        """A name ending before token ``j`` is the subject of a clause: a verb follows it, or a lowercase word that
        is no preposition (an apposition ends at a comma, a preposition or the sentence's end)."""
        if j >= sent.end:
            return False
        tok = self.view.doc[j]
        return self._verb_follows(j) or (tok.is_alpha and tok.is_lower and tok.lower_ not in self.res.preps.blocking)

    def _verb_follows(self, j: int) -> bool:
        """Token ``j`` is an auxiliary, a modal, an adverb before a verb or a trigger: a clause goes on."""
        doc = self.view.doc
        low = doc[j].lower_
        # a whole trigger, not its first word: "di" opens "di bawah sanksi" and also "di Jakarta"
        return (low in self.before_verb or low in self.res.passive_auxiliaries
                or any(tuple(t.lower_ for t in doc[j:j + len(trig.form)]) == trig.form
                       for trig in self.by_first.get(low, ())))

    def _predicate_follows(self, j: int, sent: Span) -> bool:
        """A lowercase word the parse tags as a verb follows the name: "…, said Tokyo rejected the plan" (the
        sentence is parsed only then; "said Biden on Monday", "said Biden, adding" are not)."""
        tok = self.view.doc[j]
        if not (tok.is_alpha and tok.is_lower) or tok.lower_ in self.res.preps.blocking \
                or tok.lower_ in self.res.coordination or tok.lower_ in self.res.relative:
            return False
        return self.grammar.is_verb(j, sent)

    def _possessor(self, start: int, end: int, sent: Span, *, place_owns: bool = False,
                   of_owns: bool = False) -> tuple[list[str], int]:
        """ "kunjungan Putin", "kunjungan pertama Menlu Pompeo", "Morsi's visit"; and where the phrase ends.

        A place right after the noun is its possessor only where ``place_owns`` (no destination to name): "sanksi
        Washington" is Washington's, "kunjungan Jakarta" may be the trip to Jakarta. Where ``of_owns`` (a trip:
        "the accusation of Iran" names whom it accuses), a name after "of" owns the noun: "the visit of President
        X to Japan"."""
        view = self.view
        doc = view.doc
        if of_owns and not self.res.head_initial and end < sent.end and doc[end].lower_ in self.res.preps.of:
            by = view.object_right(end + 1, sent, frozenset(), direct=True, slack=0)
            if by is not None and by.type in AGENT_TYPES and by.type is not EntityType.PLACE:
                group = view.coordinated_right(view.chain_head(by, sent.end), sent)
                return [self._resolve(x, sent, agent=True) for x in group], group[-1].end
        k = end
        while k < sent.end and k - end < 3 and k not in view.at and (view.is_ext_word(doc[k])
                                                                     or doc[k].lower_ in self.modifiers_after):
            k += 1  # "kunjungan kenegaraan pertama Presiden …"
        m = view.at.get(k) if self.res.head_initial else None  # "talks with Ukraine" is no possessor
        if m is not None and m.type in AGENT_TYPES and not (k == end and m.type is EntityType.PLACE and not place_owns):
            head = view.chain_head(m, sent.end)
            group = view.coordinated_right(head, sent)
            return [self._resolve(x, sent, agent=True) for x in group], group[-1].end
        # "a visit here by PLO Chairman Yasser Arafat", "kunjungan oleh …"; after the destination: "the visit to
        # Hanoi by X" (the destination is then read from the trigger on)
        for k in range(end, min(sent.end, end + BY_REACH)):
            if doc[k].lower_ in self.res.preps.agent:
                by = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
                if by is not None and by.type in AGENT_TYPES:
                    carried = k > end and all(t.lower_ in self.any_passive_carrier for t in doc[end:k])
                    # "sanksi dijatuhkan oleh Kanada terhadap Iran": the target follows the passive's agent
                    return [self._resolve(by, sent, agent=True)], by.end if k == end or carried else end
                break
            if doc[k].is_punct or (k - end >= 2 and k not in view.at):
                break  # past two words only a destination's name: "the visit to Hanoi was praised by X" is not X's
        # a genitive before the trigger: "Morsi's first state visit"
        j = start - 1
        while j > sent.start and doc[j].lower_ in self.modifiers_before:
            j -= 1
        if j - 1 >= sent.start and self.res.is_possessive_marker(doc[j].lower_) and (j - 1) in view.at:
            return [self._resolve(view.at[j - 1], sent, agent=True)], end
        return [], end

    def _passive_clause_agent(self, trig: Trigger, end: int, sent: Span) -> list[str]:
        """ "Sanctions were imposed on two banks on Monday by the EU": an event noun as the subject of a passive verb
        that carries it out (``_carrying_verbs``) has the agent that verb's "by" names, however far in its clause —
        past the target and adjuncts of time and place only ("… over the attack by X": X attacked, not imposed)."""
        doc, res = self.view.doc, self.res
        k, passive = end, False
        while k < sent.end and k - end < 4 and doc[k].lower_ in self.before_verb | res.passive_auxiliaries:
            passive = passive or doc[k].lower_ in res.passive_auxiliaries
            k += 1
        if k < sent.end and doc[k].lower_ in self.passive_carriers.get(trig.kind, ()):
            passive = True  # "Sanksi dijatuhkan terhadap Iran pada hari Senin oleh Kanada"
        elif not passive or k >= sent.end or doc[k].lower_ not in self.carriers.get(trig.kind, ()):
            return []
        allowed = trig.target_preps | res.preps.location
        for j in range(k + 1, sent.end):
            low = doc[j].lower_
            if low in res.preps.agent:
                by = self.view.object_right(j + 1, sent, frozenset(), direct=True, slack=0)
                if by is None or by.type not in AGENT_TYPES:
                    return []
                return [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(by, sent)]
            if j in self.view.at:
                continue
            if (doc[j].is_punct or low in self.by_first or low in res.relative or low in res.complementisers
                    or low in res.coordination or low in res.infinitive_markers
                    or (low in res.preps.blocking and low not in allowed
                        and not match_phrase_at(doc, j + 1, res.time_words, 2, sent.end))):  # "sejak pekan lalu"
                return []
        return []

    def _fronted_subject(self, end: int, sent: Span) -> list[str]:
        """ "Pada hari kedua lawatan di Amerika, Presiden Joko Widodo …": the main clause's subject.

        Only for a trigger inside an opening adverbial: the sentence starts with a preposition
        ("Pada", "Dalam", "During", "Setibanya") and no comma stands before the trigger.
        """
        doc = self.view.doc
        first = next((t for t in doc[sent.start:end] if not (t.is_space or t.is_punct)), None)
        opens_adverbial = first is not None and (first.lower_ in self.res.preps.blocking
                                                 or first.i == end - 1 or first.lower_ in self.res.opening_adverbials)
        if not opens_adverbial or any(t.text == "," for t in doc[sent.start:end]):
            return []
        for k in range(end, sent.end):
            if doc[k].text == ",":
                for j in range(k + 1, min(sent.end, k + 8)):
                    m = self.view.at.get(j)
                    if m is not None and self.view.np_start(m, sent.start) > k + 1:
                        return []  # "Kunjungan ke Hanoi, yang dijadwalkan setelah KTT G20, …": no subject here
                    if m is not None and m.type in AGENT_TYPES:
                        head = self.view.chain_head(m, sent.end)
                        return [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(head, sent)]
                return []
            if doc[k].lower_ in self.res.complementisers:
                return []
        return []

    def _location(self, end: int, sent: Span) -> str | None:
        """The place after a locative preposition in the rest of the clause: "received X at the palace"."""
        view = self.view
        doc = view.doc
        res = self.res
        for k in range(end, sent.end):
            low = doc[k].lower_
            if low in res.relative or low in res.complementisers or doc[k].text == ";":
                return None
            if low in res.preps.location:
                m = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
                if m is not None and m.type is EntityType.ORGANIZATION and m.end + 1 < sent.end and (
                        doc[m.end].text == "," or doc[m.end].lower_ in res.preps.location):
                    # "di Kementerian Pertahanan, Jakarta", "at the Foreign Ministry in Hanoi": where the body sits
                    m = view.at.get(m.end + 1)
                if m is not None and m.type is EntityType.PLACE:
                    return m.key
        return None

    # -- checks --------------------------------------------------------------------------------------------
    def _not_asserted(self, kind: EventKind, i: int, sent: Span) -> bool:
        """The trigger at ``i`` is negated, denied, planned … in a way that its type does not report as a fact."""
        return bool(self.modality.of(i, sent) & kind.traits.blocked_by)

    def _called_off(self, end: int, sent: Span, reach: int = 12) -> bool:
        """A word calling the event off follows the event noun ending at ``end`` in its clause: the noun phrase
        ("antara X dan Y", "ke Jepang") stands between; a comma, relative pronoun or complementiser ends the clause."""
        doc = self.view.doc
        res = self.res
        for k in range(end, min(sent.end, end + reach)):
            tok = doc[k]
            if (tok.is_punct and tok.text not in QUOTES and tok.text != "-") or tok.lower_ in res.relative \
                    or tok.lower_ in res.complementisers:
                return False
            if match_phrase_at(doc, k, res.called_off, 3, sent.end):
                return True
        return False

    def _blocker(self, trig: Trigger, i: int, sent: Span) -> int | None:
        """Where a blocker of the trigger's kind stands in the six words before it or is it ("lifted
        sanctions"), the nearest; else None."""
        blockers = self.res.blockers.get(trig.kind)
        if not blockers:
            return None
        doc = self.view.doc
        return next((k for k in range(i, max(sent.start, i - 6) - 1, -1)
                     if match_phrase_at(doc, k, blockers, 3, i + 1)), None)

    def _negated_blocker(self, k: int, i: int, sent: Span) -> bool:
        """The blocker at ``k`` is itself negated or refused, right before it: "will not lift the sanctions",
        "tidak akan mencabut sanksi", "menolak mencabut sanksi" — the sanctions stay in force, a fact. A
        threat or plan is no blocker's negation ("tidak mengancam"), and the blocker must govern the trigger:
        only the trigger's own noun phrase stands between them."""
        if Modality.NEGATED not in self.modality.of(k, sent) \
                or self.modality.of(i, sent) - {Modality.NEGATED, Modality.SCHEDULED}:
            return False  # "tidak mengancam akan menjatuhkan sanksi": still a threat, never a fact
        doc = self.view.doc
        return k < i and not any(doc[j].is_punct or j in self.view.at for j in range(k + 1, i))


def _carrying_verbs(triggers: tuple[Trigger, ...]) -> dict[EventKind, frozenset[str]]:
    """The verbs that carry out an event noun, by kind, read off the verb triggers that name the noun after their
    verb ("imposed sanctions", "imposed an embargo on" → "imposed" for sanctions)."""
    nouns = {(t.kind, t.form[-1]) for t in triggers if t.frame is Frame.NOUN}
    out: dict[EventKind, set[str]] = {}
    for t in triggers:
        if t.frame is Frame.VERB and len(t.form) > 1 and any((t.kind, w) in nouns for w in t.form[1:3]):
            out.setdefault(t.kind, set()).add(t.form[0])
    return {kind: frozenset(verbs) for kind, verbs in out.items()}


def _passive_carriers(triggers: tuple[Trigger, ...], relative: frozenset[str]) -> dict[EventKind, frozenset[str]]:
    """The passive verbs that carry out an event noun, by kind, read off the noun triggers that name one in a
    relative clause ("sanksi yang dijatuhkan" → "dijatuhkan" for sanctions)."""
    out: dict[EventKind, set[str]] = {}
    for t in triggers:
        if t.frame is Frame.NOUN and len(t.form) == 3 and t.form[1] in relative:
            out.setdefault(t.kind, set()).add(t.form[2])
    return {kind: frozenset(verbs) for kind, verbs in out.items()}
