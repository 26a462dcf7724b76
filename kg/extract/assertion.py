"""Whether the text asserts an event its trigger names: part of :class:`kg.extract.events.EventFinder`.

A trigger found is not yet a fact: it may be negated, denied, planned or asked for (the modality the event's type
is blocked by), called off ("the visit … was cancelled"), or undone by a blocker ("lifted sanctions") — unless the
blocker is itself negated ("will not lift the sanctions") or only asked of someone whose sanctions stay in force
("urged Washington to lift its sanctions on X")."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FinderState
from kg.extract.view import MentionRef
from kg.model import EventKind, Modality
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import QUOTES, lower_forms, match_phrase_at


class AssertionChecks(FinderState):
    modifiers_before: frozenset[str]  # the finder's modifiers of a noun before it ("new", "latest")

    def _not_asserted(self, kind: EventKind, i: int, sent: Span) -> bool:
        """The trigger at ``i`` is negated, denied, planned … in a way that its type does not report as a fact."""
        blocked_by = kind.traits.blocked_by
        modal = self.modality.of(i, sent, blocked_by) & blocked_by
        if modal == {Modality.SCHEDULED} and kind.traits.members_stand_for_owner and self._announced_decision(i, sent):
            return False
        return bool(modal) or (kind is EventKind.AGREEMENT and self._provisional(i, sent))

    def _announced_decision(self, i: int, sent: Span) -> bool:
        """A sanction in the future, its schedule cue ("will", "would", "akan") right before the verb at ``i`` (past
        adverbs, or before the verb of a sanction noun: "will impose new sanctions"), in a sentence a speech verb
        reports: "Japan will freeze the assets of X, Hayashi said", "Seoul said it would freeze …" — a government
        announcing its decision, which news reports as taken (not "is expected to impose", "will discuss new
        sanctions", a condition after it, nor a sanction in the future no one announces)."""
        doc, res = self.view.doc, self.res
        k = i - 1
        while k > sent.start and doc[k].lower_ in self.modifiers_before:
            k -= 1  # "will impose new sanctions"
        if match_phrase_at(doc, k, res.scope_verbs, 1, k + 1):
            k -= 1  # "will impose sanctions": a verb of sanctions (``scope_verbs``) before the noun
        while k > sent.start and doc[k].lower_ in res.adverbs_before_verb:
            k -= 1  # "would also freeze"
        if k < sent.start or not self.modality.scheduled_cue_at(k, k + 1) \
                or self.modality.cues_after(i, sent) - {Modality.SCHEDULED}:
            return False  # "will impose sanctions if it tests another missile": a condition, no decision
        return any((tok.lower_,) in self.view.speech_words for tok in sent if tok.i < k or tok.i > i)

    def _provisional(self, i: int, sent: Span, reach: int = 8, before: int = 3) -> bool:
        """A word making an agreement provisional stands right before its trigger at ``i`` ("pada prinsipnya
        sepakat") or follows it in the clause ("reached an agreement in principle on …", "sepakat secara
        prinsip"): not yet agreed, as a plan is not. A comma, a relative pronoun or a complementiser ends the
        clause ("agreed on trade, which in principle …" is agreed)."""
        doc, res = self.view.doc, self.res
        if any((n := match_phrase_at(doc, k, res.provisional, 3, i)) and k + n == i
               for k in range(max(sent.start, i - before), i)):
            return True
        for k in range(i + 1, min(sent.end, i + reach)):
            tok = doc[k]
            if (tok.is_punct and tok.text != "-") or tok.lower_ in res.relative or tok.lower_ in res.complementisers:
                return False
            if match_phrase_at(doc, k, res.provisional, 3, sent.end):
                return True
        return False

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

    def _called_off_event(self, trig: Trigger, start: int, end: int, sent: Span) -> bool:
        """The event of the trigger at [start, end) is called off: an event noun by the words after it or the verb
        it is the subject of; a planned event by a later noun referring back to it."""
        if trig.frame is Frame.NOUN:
            return self._called_off(end, sent) or self._called_off_subject(start, end, sent)
        scheduled = frozenset({Modality.SCHEDULED})
        planned = bool(self.modality.of(start, sent, scheduled) & scheduled)
        return planned and self._called_off_later(trig.kind, end, sent)

    def _called_off_subject(self, i: int, end: int, sent: Span) -> bool:
        """The event noun at ``i`` is, by the parse, the subject of a verb calling it off, past what the word
        window stops at — an aside or a relative clause: "X's visit to Nairobi, scheduled for Tuesday, was
        cancelled", "Kunjungan X ke Tokyo yang dijadwalkan pekan depan dibatalkan". The parse is asked only
        when a phrase calling an event off follows in the sentence ("was cancelled", not "was" alone)."""
        doc = self.view.doc
        openers = self.called_off_openers
        words = lower_forms(doc)  # no Token object per word to the sentence's end
        if not any(words[k] in openers and match_phrase_at(doc, k, self.res.called_off, 3, sent.end)
                   for k in range(end, sent.end)):
            return False
        verb = self.grammar.predicate_of_subject(i, sent)
        if verb is None:
            return False
        # the phrase holds the verb itself: "was cancelled", "called off" — not a word before it ("yang sempat
        # ditunda, berlangsung": took place, once postponed)
        return any(k + match_phrase_at(doc, k, self.res.called_off, 3, sent.end) > verb
                   for k in range(max(end, verb - 2), verb + 1))

    def _called_off_later(self, kind: EventKind, end: int, sent: Span) -> bool:
        """A planned event that the rest of its sentence, or the next one, calls off through a noun referring
        back to it: "X was expected to travel to Hanoi, but China said the trip had been postponed", "X
        dijadwalkan berkunjung ke Hanoi, tetapi … kunjungan itu ditunda"."""
        doc = self.view.doc
        res = self.res
        stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        nouns = self.nouns_of.get(kind, frozenset())
        for k in range(end, stop):
            n = max((len(f) for f in nouns if match_phrase_at(doc, k, frozenset({f}), len(f), stop)), default=0)
            if not n:
                continue
            if res.head_initial:
                refers_back = k + n < stop and doc[k + n].lower_ in res.anaphoric_tails
                noun_end = k + n + 1 if refers_back else k + n
            else:
                refers_back = k > 0 and doc[k - 1].lower_ in res.definite_determiners
                noun_end = k + n
            if refers_back and self._called_off(noun_end, doc[k].sent):
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
        return self._governs(k, i)

    def _asked_blocker_owner(self, k: int, i: int, sent: Span) -> MentionRef | None:
        """Who is asked to lift their own sanctions: "urged Washington to lift its sanctions on X", "asked the
        EU to ease its sanctions" — the addressee before the infinitive marker, when a determiner makes the
        sanctions someone's; they are in force, the addressee's (lifting is only asked for). "called for the
        lifting of sanctions" names no owner; None then, and wherever the blocker is no appeal's."""
        doc, view = self.view.doc, self.view
        if Modality.INTENDED not in self.modality.of(k, sent) \
                or self.modality.of(i, sent) - {Modality.INTENDED, Modality.SCHEDULED} \
                or not any(doc[j].lower_ in self.res.determiners for j in range(k + 1, i)) or not self._governs(k, i):
            return None
        marker = k - 1
        if marker - 1 < sent.start or doc[marker].lower_ not in self.res.infinitive_markers:
            return None
        addressee = view.at.get(marker - 1)
        return view.chain_head(addressee, sent.end) if addressee is not None and addressee.type in AGENT_TYPES \
            else None

    def _governs(self, k: int, i: int) -> bool:
        """The blocker at ``k`` governs the trigger at ``i``: only the trigger's own noun phrase stands between."""
        doc = self.view.doc
        return k < i and not any(doc[j].is_punct or j in self.view.at for j in range(k + 1, i))
