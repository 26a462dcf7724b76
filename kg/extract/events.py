"""Events (visit, meeting, agreement, accusation, denial, statement, sanction) and treaty parties.

Each trigger of the language's ``triggers.json`` has a frame saying where its arguments are (see that file).
Arguments are names, resolved through role phrases ("pemimpin Rusia itu" → the leader of Russia), plural phrases
("kedua pemimpin" → the two leaders last named), pronouns ("ia", "he" → the last person named) and metonymy (a
capital acting in politics stands for its country). What an event type needs — one agent or every party, a target, a
destination that is not home — and whether negation or modality ("will", a threat) blocks it comes from its traits
(``EventKind`` in ``kg/model.py``), never from its name; the frame (``Frame``) says where to look, one method each.
The argument search and the checks that block a fact (:mod:`kg.extract.arguments`), references
(:mod:`kg.extract.anaphora`), travel (:mod:`kg.extract.journeys`) and treaty parties (:mod:`kg.extract.treaties`)
are parts of their own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.anaphora import Anaphora
from kg.extract.arguments import OWNED_REACH, ArgumentSearch
from kg.extract.assertion import AssertionChecks
from kg.extract.clause_parties import ClauseParties
from kg.extract.comitatives import CoAgents
from kg.extract.commitments import TreatyCommitments
from kg.extract.condemned_acts import CondemnedActs
from kg.extract.context import ExtractionContext
from kg.extract.denials import Denials
from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, Found, PartyDraft
from kg.extract.event_words import EventWords
from kg.extract.grammar import Grammar
from kg.extract.instruments import Instruments
from kg.extract.journeys import Journeys
from kg.extract.judged_acts import JudgedActs
from kg.extract.list_additions import ListAdditions
from kg.extract.listings import Listings
from kg.extract.modality import ModalityReader
from kg.extract.naming import NamingReadings
from kg.extract.participle_agents import ParticipleAgents
from kg.extract.placed_agents import PlacedAgents
from kg.extract.quotes import QuoteIndex
from kg.extract.reciprocals import Reciprocals
from kg.extract.reduced_relatives import ReducedRelatives
from kg.extract.referred_groups import ReferredGroups
from kg.extract.referred_objects import ReferredObjects
from kg.extract.reported_acts import ReportedActs
from kg.extract.sanctions_in_force import SanctionsInForce
from kg.extract.talk_manners import TalkManners
from kg.extract.told_events import ToldEvents
from kg.extract.treaties import TreatyParties, WitnessedSigning
from kg.extract.view import DocView
from kg.model import ANY_ENTITY, EntityType, EventKind, Modality
from kg.nlp.resources import SPEECH_FRAMES, Frame, Side, Trigger
from kg.nlp.tokens import QUOTES, lower_forms

__all__ = ["AGENT_TYPES", "FRAME_CONFIDENCE", "EventDraft", "EventFinder", "PartyDraft"]

OWNER_REACH = 2  # words between a subject and an event noun it owns ("X imposed new sanctions")
SPEECH_AFTER_CONFIDENCE = 0.8  # "…, kata Obama": the speaker is named right after the verb
SPEECH_BEFORE_CONFIDENCE = 0.75


class EventFinder(Anaphora, Journeys, TreatyParties, TreatyCommitments, Reciprocals, Listings, ListAdditions, Denials,
                  Instruments, ToldEvents, ReferredObjects, ReferredGroups, NamingReadings, CondemnedActs,
                  ClauseParties, AssertionChecks, CoAgents, TalkManners, PlacedAgents, SanctionsInForce,
                  ReducedRelatives, ReportedActs, ParticipleAgents, JudgedActs, ArgumentSearch):
    """Reads a document's sentences trigger by trigger; :meth:`find` returns the event and treaty-party drafts."""

    def __init__(self, view: DocView, context: ExtractionContext, grammar: Grammar) -> None:
        self.view = view
        self.res = view.res
        self.context = context
        self.grammar = grammar  # the caller's: with the parser, or Grammar(view, None) when syntax is switched off
        self._frames = {Frame.SPEECH_AFTER: self._speech_after, Frame.SPEECH_BEFORE: self._speech_before,
                        Frame.RECIPROCAL: self._reciprocal, Frame.PASSIVE: self._passive,
                        Frame.VERB: self._arguments, Frame.INTRANSITIVE: self._arguments, Frame.NOUN: self._arguments}
        self.by_first = self.res.triggers_by_first  # built once per language, not per document
        self.events: list[EventDraft] = []
        self.acts_without_target: list[EventDraft] = []
        self.parties: list[PartyDraft] = []
        self.prospective: list[PartyDraft] = []
        self.witnessed: list[WitnessedSigning] = []
        self.modality = ModalityReader(view, self.grammar)
        # the language's words the rules look for (plural openers, carrying verbs, claim nouns …), built once
        self.__dict__.update(vars(EventWords.of(self.res)))
        self.treaties = [m for m in view.mentions if m.type is EntityType.TREATY]
        self.quotes = QuoteIndex(view, self.speech_after, self.saying_verbs, self.res.first_singular)

    # -- driver ------------------------------------------------------------------------------------------
    def find(self, sentences: list[Span]) -> tuple[list[EventDraft], list[PartyDraft]]:
        words = lower_forms(self.view.doc)
        for sent in sentences:
            i = sent.start
            while i < sent.end:
                # most words start no trigger: skip them here, not in a call per word
                consumed = self._at(i, sent) if words[i] in self.by_first else 0
                i += max(1, consumed)
            self._fronted_denials(sent)
            self._rebuttals(sent)
            self._characterised_claims(sent)
            self._claims_said_false(sent)
            self._judged_acts(sent)
            self._reported_acts(sent)
            self._targets_listed_after_told(sent)
            self._group_apposed_after_told(sent)
            self._treaty_parties(sent)
            self._committed_parties(sent)
        self._named_parties(sentences)
        self._signings_witnessed_by_a_pair()
        self._prospective_parties()
        self._agreed_instrument_parties()
        return self.events, self.parties

    def _at(self, i: int, sent: Span) -> int:
        words = lower_forms(self.view.doc)  # called at every token: no Token objects
        candidates = self.by_first.get(words[i], [])
        if not candidates or i in self.view.at:
            return 0
        matched = [t for t in candidates if tuple(words[i : i + len(t.form)]) == t.form
                   and i + len(t.form) <= sent.end]
        gap = 0
        if not matched and i + 1 < sent.end and words[i + 1] in self.inner_adverbs:
            # an adverb inside the phrase: "was warmly welcomed by", "spoke separately with", "met privately with"
            gap = 1
            matched = [t for t in candidates if len(t.form) > 1 and i + len(t.form) + 1 <= sent.end
                       and tuple(words[i + 2 : i + len(t.form) + 1]) == t.form[1:]
                       and (words[i] in self.res.passive_auxiliaries or t.form[1] in self.res.preps.blocking)]
        if not matched:
            return 0
        longest = len(matched[0].form) + gap
        if any(t.frame in SPEECH_FRAMES for t in matched):
            matched.sort(key=lambda t: (-len(t.form), self._speech_order(t, i, sent)))
        done: set = set()
        for trig in matched:
            if (trig.kind, len(trig.form)) in done or (trig.frame not in SPEECH_FRAMES and trig.kind in done):
                continue  # one reading per trigger; a shorter Statement form may still name another speaker
            trigger = (i, i + len(trig.form) + gap)
            drafts = [replace(d, trigger=trigger) for d in self._apply(trig, *trigger, sent)]
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

    def _speech_order(self, trig: Trigger, i: int, sent: Span) -> int:
        """Right after a closing quote or comma the speaker follows ("…,” said Biden"): try that frame first."""
        prev = self.view.doc[i - 1] if i > sent.start else None
        after_quote = prev is not None and (prev.text in QUOTES or prev.text == ",") \
            and not self._closes_apposition(i - 1, sent)
        if trig.frame is Frame.SPEECH_AFTER:
            return 0 if after_quote else 1
        return 1 if after_quote else 0

    def _closes_apposition(self, comma: int, sent: Span) -> bool:
        """The comma at ``comma`` closes a name set off by commas: "The ambassador, Ana Ruiz, said Washington …" —
        the name is the subject of the verb after it, which reports a clause, not a speaker after it."""
        view, doc = self.view, self.view.doc
        if doc[comma].text != ",":
            return False
        if self._closes_office_apposition(comma, sent):
            return True  # "Ana Ruiz, the ambassador (of Peru),"
        m = view.at.get(comma - 1)
        if m is None:
            return False
        head = view.chain_head(m, sent.end).start
        if head - 2 >= sent.start and doc[head - 1].lower_ in self.res.preps.of and (head - 2) in view.at:
            m = view.at[head - 2]  # "The envoy, Ana Ruiz of Peru,": the name the of-phrase qualifies
            head = view.chain_head(m, sent.end).start
        # the opening comma stands before the name's noun phrase, or inside it after a title ("The envoy, X,")
        start = max(sent.start, view.np_start(m, sent.start) - 1)
        opening = next((k for k in range(head - 1, start - 1, -1) if view.doc[k].text == ","), None)
        # a preposition after the opening comma: an adverbial ("Peru met X on Monday, in Lima, said Chile": Chile)
        return opening is not None and not any(t.lower_ in self.res.preps.blocking for t in view.doc[opening + 1:head])

    def _closes_office_apposition(self, comma: int, sent: Span, reach: int = 6) -> bool:
        """The comma at ``comma`` closes an office apposed to a name: "Ana Ruiz, the ambassador, said Washington …"
        — a comma after a name, a determiner or a title opening a few lowercase words (and names: "the ambassador of
        Peru") that hold a title, and this comma; the name is the subject of the verb after it."""
        view, doc = self.view, self.view.doc
        k = comma - 1
        while k > sent.start and comma - k <= reach and (doc[k].is_lower or k in view.at):
            k -= 1  # "the ambassador of Peru": the office's words and the names they hold
        if k - 1 < sent.start or k + 1 >= comma or doc[k].text != "," or (k - 1) not in view.at:
            return False
        opens = doc[k + 1].lower_ in view.determiners or view.title_len(k + 1, comma) > 0
        return opens and any(view.title_len(j, comma) for j in range(k + 1, comma))

    # -- frames ------------------------------------------------------------------------------------------
    def _apply(self, trig: Trigger, start: int, end: int, sent: Span) -> list[EventDraft]:
        traits = trig.kind.traits
        if (trig.onto_list and not self._list_addition_holds(trig, end, sent)
                and self._list_opening(trig, start, end, sent) is None) or (
                trig.frame in SPEECH_FRAMES and self._adds_to_list(trig, end, sent)):
            return []  # "added X to its sanctions list" sanctions X and says nothing; "added two ships to its fleet"
            # ("Those added are X" lists the targets of the addition told before)
        if self._sanction_noun_subject(trig, start, sent):
            return []  # "The new measures freeze the assets of X": the scope of the sanctions told before
        blocker = self._blocker(trig, start, sent)
        asked = None  # "urged X to lift its sanctions": X's sanctions are in force
        if blocker is not None and not self._negated_blocker(blocker, start, sent) \
                and (asked := self._asked_blocker_owner(blocker, start, sent)) is None:
            return []  # "lifted sanctions", "threatened sanctions"
        if blocker is None and self._not_asserted(trig.kind, start, sent):
            return []  # a negated lifting ("tidak akan mencabut sanksi") keeps the negation from the fact
        if self._frames_told_meeting(trig, start, end, sent):
            return []  # "Usai pertemuan, A dan B menandatangani …": the meeting told before, no new one
        if Modality.NEGATED in traits.blocked_by and self._called_off_event(trig, start, end, sent):
            return []  # "Pertemuan antara X dan Y batal digelar", "the visit was postponed"
        if trig.frame in (Frame.VERB, Frame.INTRANSITIVE, Frame.SPEECH_BEFORE) and self._determined(start, sent) \
                and self._list_opening(trig, start, end, sent) is None:
            return []  # "a visit", "his meeting", "Lula's first visit": the noun reading applies (not "The
            # designated entities include X", a participle)
        if trig.frame is Frame.INTRANSITIVE and self._counted_noun(start, end, sent):
            return []  # "the two heads of state held talks in Luanda": a noun, not "heads to Luanda"
        if trig.frame is Frame.VERB and (trig.kind, trig.form) in self.noun_forms and not any(
                not (t.is_space or t.is_punct or t.text in QUOTES) for t in self.view.doc[sent.start:start]):
            return []  # "Sanctions were lifted …", "Sanctions on X …": a word opening the sentence is its subject
        rule = f"{self.res.lang}:{trig.kind.lower()}:{trig.frame}:{'_'.join(trig.form)}"
        frame = self._frames[trig.frame]
        if trig.frame is Frame.VERB and self._passive_voice(start, end, sent) and (
                not traits.symmetric or self._agent_after_place(end, sent) is not None):
            frame = self._passive  # "China was accused by …", "were sanctioned": the subject is the target; "X was
            # received at the palace by Y": the host after the place (a passive form with "by" is a trigger of its own)
        found = frame(trig, start, end, sent, rule)
        drafts = found if isinstance(found, list) else [found] if found is not None else []
        if not drafts and frame == self._arguments:  # "Peru condemned the attack": no one named, but Peru spoke
            drafts = self._speaker_at_no_one(trig, start, end, sent)
        if asked is not None:
            drafts = [replace(d, agents=(self._resolve(asked, sent, agent=True),)) for d in drafts]
        if trig.onto_list:
            drafts = self._list_agents(trig, end, drafts, sent)  # "X was added to the U.S. sanctions list"
        return drafts

    def _speech_after(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "…, kata Obama", "said Biden": the speaker follows."""
        speaker = self._speaker_after(end, sent)
        return self._draft(trig.kind, [speaker] if speaker else [], [], sent, rule, SPEECH_AFTER_CONFIDENCE)

    def _speech_before(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "Obama mengatakan …", "Biden said …": the speaker is the subject, every one of coordinated subjects;
        "both sides said" names no speaker, unless they spoke together ("In a joint statement, the two governments
        said …": ``joint_modifiers``), the pair told before."""
        if trig.naming and not self._quoted_epithet(end, sent):
            return None  # "called X": a phone call or a naming, unless the epithet is quoted ("called X 'illegal'")
        if self._announces_act(trig, end, sent):
            return None  # "announced new sanctions on X": the act, told by its noun
        if group := self._plural_left(start, sent):
            if not self._spoken_jointly(sent):
                return None
            return self._draft(trig.kind, group, [], sent, rule, SPEECH_BEFORE_CONFIDENCE)
        agents = self._subjects(start, sent, symmetric=trig.kind.traits.symmetric, kind=trig.kind)
        return self._draft(trig.kind, agents, [], sent, rule, SPEECH_BEFORE_CONFIDENCE)

    def _spoken_jointly(self, sent: Span) -> bool:
        """A word of ``joint_modifiers`` ("a joint statement", "konferensi pers bersama") is in ``sent``."""
        return any(t.lower_ in self.res.joint_modifiers for t in sent)

    def _reciprocal(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "kedua pemimpin membahas …", "Blinken and Wang discussed Taiwan": the parties are the subjects."""
        agents = self._subjects(start, sent, symmetric=True, kind=trig.kind)
        obj = self.view.object_right(end, sent, trig.target_preps, direct=False)
        if obj is not None:  # "… with the President of Peru, X": the person
            agents = [*agents, self._resolve(self.view.apposed_person(obj, sent) or obj, sent, agent=True)]
        if len(set(agents)) < 2:
            return None
        return self._draft(trig.kind, agents, [], sent, rule, FRAME_CONFIDENCE, location=self._location(end, sent))

    def _passive(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> Found:
        """ "Korea Utara dijatuhi sanksi oleh …": the target is the subject, the agent (if any) follows."""
        if trig.kind.traits.symmetric:
            # "Prabowo disambut oleh Menteri Luar Negeri China Wang Yi": both are parties
            left = self.view.subject_left(start, sent)
            right = self.view.object_right(end, sent, self.res.preps.agent, direct=True) \
                or self._agent_after_place(end, sent)  # "was welcomed at the airport by Y"
            if right is None:
                return None
            # no name before the verb: a pronoun or a bare title told before ("Ia disambut oleh …", "Presiden
            # diterima …"), which the active frames read the same way
            # "X dan Y diterima oleh Z": every conjunct of the subject is a guest, each meeting the host
            guests = [self._resolve(x, sent, agent=True) for x in self._conjuncts_left(left, sent)] \
                if left is not None else self._subjects(self._auxiliary_before(start, sent), sent, kind=trig.kind)
            if left is None and len(guests) != 1:
                return None
            host = self._resolve(self.view.apposed_person(right, sent) or right, sent, agent=True)
            guests = [g for g in dict.fromkeys(guests) if g != host]
            location = self._location(end, sent)
            meetings = [d for d in (self._draft(trig.kind, [guest, host], [], sent, rule, FRAME_CONFIDENCE,
                                                location=location) for guest in guests) if d is not None]
            if trig.visitor is None:
                return meetings
            # "X was received by Y": the guest is the passive subject
            return [*meetings, *self._guest_visits(guests, [host], location, sent, rule)]
        if (first := self._list_opening(trig, start, end, sent)) is not None:
            return self._listed_targets(trig, first, sent, rule)  # "Mereka yang dijatuhi sanksi termasuk X"
        target = self._passive_subject(start, sent)
        if trig.members_only and target is not None and target.type is EntityType.PERSON \
                and self._names_a_role(end, sent):
            return None  # "X was designated by the president as envoy": an appointment (a body designated "as a
            # terrorist group" is listed)
        # the agent after "oleh" / "by", or right after the verb: "Korea Utara dijatuhi sanksi Dewan Keamanan",
        # "tuduhan itu dibantah Kyiv" (an Indonesian passive needs no preposition before its agent)
        agent = self.view.object_right(self._past_predicative_phrase(end, sent), sent, self.res.preps.agent,
                                       direct=False) \
            or self.view.object_right(end, sent, self.res.preps.agent, direct=True, slack=0)
        if agent is not None and self._agent_of_participle(end, agent, sent):
            agent = None  # "was accused of violating a ceasefire brokered by Qatar": Qatar brokered, it did not accuse
        targets = [self._resolve(x, sent) for x in self.view.coordinated_left(target, sent)] if target else []
        lifters: list[str] = []
        if target is None and trig.kind.traits.members_stand_for_owner:
            targets, lifters = self._group_subject_before(start, sent)  # "Both companies were placed on the list"
        # "was sanctioned by the European Union and Canada": every conjunct imposes
        agents = [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(agent, sent)] \
            if agent else lifters
        return self._draft(trig.kind, agents, targets, sent, rule, FRAME_CONFIDENCE)

    def _arguments(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> Found:
        """Verb, intransitive and noun frames: the agent left (or the noun's possessor), the target right."""
        frame = trig.frame
        traits = trig.kind.traits
        if frame is Frame.NOUN and end < sent.end and self.view.doc[end].lower_ in self.res.anaphoric_tails \
                and not self._signed_here(start, sent):
            # "kunjungan itu", "the visit": a fact told before, not a new one — unless a verb adds to its scope
            return self._scope_of_told(trig, start, end, sent, rule)
        if frame is Frame.NOUN and (relative := self._act_in_reduced_relative(trig, end, sent, rule)):
            return relative  # "the sanctions the EU imposed on X", "the visit Chile paid to Bolivia": the clause's act
        if frame is Frame.NOUN and (under := self._under_sanctions(trig, start, end, sent, rule)) is not None:
            return under  # "X remains under U.S. and EU sanctions": X's imposers modify the noun
        if frame is Frame.NOUN and (trig.told_only or not self.res.head_initial or self._owner_before_scope(end, sent)):
            scoped = self._scope_of_told(trig, start, end, sent, rule)
            if scoped is not None or trig.told_only:  # "The new sanctions target X", "Ottawa's measures target X"
                return scoped or self._like_told(trig, start, end, sent, rule)  # "took similar action": on whom
        progressive = trig.participle and self.view.progressive_auxiliary(start - 1, sent)  # "X was accusing Y"
        if trig.participle and not progressive and (start - 1 < sent.start or self.view.doc[start - 1].text != ","):
            return None  # "the statement accusing X": whose statement is unsaid; "…, accusing X of" is the subject's
        if frame is Frame.VERB and (mutual := self._reciprocal_acts(trig, start, end, sent, rule)):
            return mutual  # "Armenia and Azerbaijan accused each other": each accused the other
        if frame is Frame.VERB and (first := self._list_opening(trig, start, end, sent)) is not None:
            return self._listed_targets(trig, first, sent, rule)  # "Among those designated are X and Y"
        if self._clause_ends_at_copula(trig, end, sent):
            return None  # "Among those who sanctioned were X and Y": X and Y acted
        if frame is Frame.NOUN and traits.members_stand_for_owner and (
                used := self._instrument_targets(trig, start, sent, rule)):
            return used  # "targeted X with sanctions": the verb's object is the target
        if traits.owner_is_target and (act := self._relative_act(trig, start, end, sent, rule)) is not None:
            return act  # "X fired a missile, which Y condemned as a breach of Z": X's act, whatever follows "as"
        if traits.needs_target and not self._target_ahead(trig, start, end, sent):
            if frame in (Frame.NOUN, Frame.VERB) and (like := self._like_told(trig, start, end, sent, rule)):
                return like  # "Inggris dan Kanada mengumumkan sanksi serupa": on whom the act told before was
            if (referred := self._referred_object(trig, start, end, sent, rule)) is not None:
                return referred  # "accused him of …", "Hamas, which Israel accused of …"
            if traits.owner_is_target and frame is Frame.VERB:
                return self._act_told_before(trig, start, end, sent, rule)  # "Tehran condemned the move"
            if traits.members_stand_for_owner and frame is Frame.VERB and (
                    same := self._same_group_object(trig, start, end, sent, rule)) is not None:
                return same  # "sanctioned the same two companies": the group named before
            if traits.members_stand_for_owner:
                self._act_on_unnamed_members(trig, start, end, sent)  # "OFAC sanctioned four entities"
            return None  # nothing to accuse, sanction or visit: no need to look for the agent (nor to parse)
        if frame is Frame.INTRANSITIVE and len(trig.form) > 2 and trig.form[1] in self.res.object_pronouns:
            # "a state visit that also took him to A and B": the traveller is whom the pronoun refers to, not what
            # the trip's relative clause hangs on ("a visit to Brazil that took him to …" is no trip of Brazil's)
            agents = [p] if (p := self._recent_person(start + 1)) else []
        else:
            agents = self._subjects(start, sent, symmetric=traits.symmetric, verbal=frame is not Frame.NOUN,
                                    kind=trig.kind)
        if not agents and frame is Frame.VERB and traits.members_stand_for_owner:
            agents = self._body_subject_told_before(trig.kind, start, sent)  # "The government also sanctioned"
        if trig.participle and not progressive:  # "X met Y, condemning Z": the main clause's subject
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
            # "the visit of X" names the visitor, "a tour of A and B" what is toured (a target preposition)
            owner, after = self._possessor(start, end, sent, place_owns=not traits.destination,
                                           of_owns=traits.destination and not trig.target_preps & self.res.preps.of)
            opener = self.view.sentence_subject(sent)
            if not owner and opener is not None and opener.start < start and self.res.has_possessive_suffix(
                    self.view.doc[start].lower_) and not self.owned_by_judged_non_agent(start, sent):
                owner = [self._resolve(opener, sent, agent=True)]  # "X bertemu A dan B dalam kunjungannya": X's
            if owner:
                agents = owner
            elif self.owned_by_judged_non_agent(start, sent):
                return None  # "criticised the Treaty of Lima for its sanctions": the treaty's, not the critic's
            elif agents and not traits.symmetric and self._reported_subject(trig, start, end, sent):
                agents = []  # "Brazil said sanctions on Russia had failed": the speaker reports, imposes nothing
            elif not agents:
                agents = self._fronted_subject(end, sent) or self._passive_clause_agent(trig, end, sent) \
                    or self._definite_subject_told_before(trig.kind, start, sent)  # "The package … slaps …"
            if not owner and not traits.symmetric and (named := self._owner_before_infinitive(start, sent)):
                agents = [self._resolve(named, sent, agent=True)]  # "praised the decision of Peru to impose sanctions"
            elif not owner and not traits.symmetric and self._another_predicate(start, sent, trig.kind) \
                    and not self._after_light_verb(start, sent):  # "…, yang melakukan kunjungan": that subject's
                # "condemned the EU's decision to extend sanctions on Russia": the condemner is not the imposer
                parsed = self.grammar.owner(self._head_of(trig, start), sent)
                if parsed is not None:
                    agents = [self._resolve(x, sent, agent=True) for x in parsed]
        if traits.symmetric and frame in (Frame.NOUN, Frame.VERB):
            # "perundingan tidak langsung antara X dan Y", "bertemu secara tidak langsung dengan X"
            after = self._past_manner(after, sent)
        if (traits.symmetric and frame is Frame.NOUN and after < sent.end
                and self.view.doc[after].lower_ in self.res.preps.between):
            # "pembicaraan antara X dan Y": the parties are X and Y, not whoever arranged the talks; "perundingan
            # antara delegasi X dan (delegasi) Y": each side's delegation stands for the side that sent it
            first = self._past_delegation_noun(after + 1, sent)
            obj = self.view.object_right(first, sent, frozenset(), direct=True, slack=0)
            parties = [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(
                obj, sent, repeated=self.delegation_words)] if obj else self._plural_right(after, sent)
            if len(parties) < 2:
                return None
            return self._draft(trig.kind, parties, [], sent, rule, FRAME_CONFIDENCE,
                               location=self._location(end, sent))
        if frame is Frame.VERB:
            after = self._past_predicative(after, sent)
        if trig.members_only and not self.view.members_at(after, sent) \
                and not self._designated_again(trig, agents, after, sent) and not self._designated_body(after, sent):
            return None  # "designated Ana Ruiz as envoy": an appointment, not a sanction
        if trig.told_again and not self._designated_again(trig, agents, after, sent):
            return None  # "the strike targeted X": only "(the EU sanctioned Y.) The EU also targeted X" sanctions
        after = self._past_coordinated_nouns(trig.kind, after, sent)
        # what an accusation is about may be a longer noun phrase its target owns: "mengutuk uji coba rudal Korea Utara"
        obj = self.view.object_right(after, sent, trig.target_preps, direct=frame is Frame.VERB,
                                     owner=traits.owner_is_target, slack=OWNED_REACH if traits.owner_is_target else 2,
                                     members=traits.members_stand_for_owner)
        if obj is not None and traits.speech_act and self._victim_of_act(after, obj, sent, trig.target_preps):
            obj = None  # "mengecam serangan terhadap pasukan Chili": Chile's troops were attacked, not accused
        if obj is not None and traits.symmetric and frame is Frame.VERB and self._owned_object(
                after, obj, sent, trig.target_preps):
            obj = None  # "menerima bantuan Jepang": what was received is Japan's aid; Japan is no party
        if obj is not None and traits.symmetric and obj.type is EntityType.TREATY:
            # "menyepakati Perjanjian Z dengan Y": what they agree on is no party; the partner follows it
            obj = self.view.object_right(obj.end, sent, self.res.preps.partner, direct=False, window=4)
        if obj is not None and trig.urges and self._urged(obj, sent):
            return None  # "called on China to stop the drills": an appeal, not a courtesy call
        if self._names_or_appeals(trig, end, obj, sent):
            return None  # "called Kurti 'the main culprit'", "called for talks": no phone call
        if obj is not None:
            obj = self.view.apposed_person(obj, sent) or obj  # "pemimpin Partai X, NAMA": the person
        # "bertemu A dan B", "a trip to A, B and C": every conjunct is a target
        conjuncts = self._conjuncts_right(obj, sent, trig.target_preps) if obj else []
        if conjuncts and traits.members_stand_for_owner:
            conjuncts += self._appended_targets(conjuncts[-1], sent)  # "X, a firm based in Y, and its director, Z"
        # a leader's government whose country is not named stands for no one named: no target
        targets = [key for x in conjuncts if (key := self._resolve(x, sent, agent=traits.symmetric)) != x.key
                   or not self.view.leader_body_after(x, sent)]
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

    def _reported_subject(self, trig: Trigger, start: int, end: int, sent: Span) -> bool:
        """The event noun at ``start`` heads the subject of a clause that a verb of saying reports: "Brazil said
        (that) sanctions on Russia had failed", "Brasil mengatakan (bahwa) sanksi terhadap Rusia gagal". The
        speaker is not the noun's agent. Only a complementiser, or a verb (an auxiliary, a modal, a negation or a
        verb the parse tags) after the noun phrase, makes it a clause: "Brazil announced sanctions on Russia" is
        the announcer's."""
        doc = self.view.doc
        k = start - 1
        while k > sent.start and (doc[k].lower_ in self.noun_openers or doc[k].lower_ in self.modifiers_before):
            k -= 1  # "said the new sanctions …"
        complementiser = k > sent.start and doc[k].lower_ in self.res.complementisers
        verb_end = k - 1 if complementiser else k
        if not any(tuple(t.lower_ for t in doc[verb_end - len(form) + 1:verb_end + 1]) == form
                   for form in self.saying_verbs if verb_end - len(form) + 1 >= sent.start):
            return False
        if complementiser:
            return True
        obj = self.view.object_right(end, sent, trig.target_preps, direct=False)
        j = obj.end if obj is not None else end
        return j < sent.end and (self._verb_follows(j) or self._predicate_follows(j, sent))

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

    def _past_delegation_noun(self, i: int, sent: Span) -> int:
        """Past a delegation noun opening the phrase at ``i`` ("delegasi Rusia"): where the side it stands for is."""
        return i + 1 if i + 1 < sent.end and self.view.doc[i].lower_ in self.delegation_words else i

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
            if len(group) < 2 and agents:
                group = self._partners_before(trig.kind, agents, start, sent) or group  # "met Y and agreed"
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
        k = self._past_noun_modifiers(start - 1, sent)
        return k >= sent.start and (doc[k].lower_ in self.res.noun_markers
                                    or self.res.is_possessive_marker(doc[k].lower_))

    def _counted_noun(self, start: int, end: int, sent: Span) -> bool:
        """A one-word verb form counted by a number and followed by "of" is a plural noun: "the two heads of state",
        "three heads of government" — a verb after its subject "the two" ("the two arrived in Lima") has no "of"."""
        doc = self.view.doc
        return end - start == 1 and sent.start < start and end < sent.end and doc[start - 1].like_num \
            and doc[end].lower_ in self.res.preps.of

    def _signed_here(self, start: int, sent: Span) -> bool:
        """A signing verb right before the event noun: "menandatangani kesepakatan itu" — the agreement told
        before is signed in this sentence, a new act of its signers (as "signed the agreement" is)."""
        words = tuple(t.lower_ for t in self.view.doc[sent.start:start])
        return any(words[len(words) - len(p):] == p for p in self.res.treaty_signing if len(p) <= len(words))

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
