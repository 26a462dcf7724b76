"""Sanctions told as a state their target is in: "X remains under U.S. and EU sanctions", "X has been under
U.S. and Japanese sanctions since 2022". A preposition of state (``sanction_state_preps``) before the names
modifying the sanction noun makes the clause's subject its target, those names its imposers. Indonesian names them
after the noun ("di bawah sanksi AS dan Uni Eropa"), which its passive frame reads. Part of
:class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Span

from kg.extract.drafts import FRAME_CONFIDENCE, EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import match_phrase_at

STATE_PREP_WORDS = 2  # the longest preposition of state: "subject to"
IMPOSERS_REACH = 8  # words of the coordinated imposers between the preposition and the noun: "U.S. and EU"
IMPOSER_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION)  # who imposes sanctions: states and their bodies
VERB_GROUP_WORDS = 3  # words of the verb between the subject and the preposition: "has still been"
NOUN_SUBJECT_WORDS = 3  # the longest sanction noun before a verb, less one: "asset freezes and travel bans"


class SanctionsInForce(FinderState):
    _conjuncts_right: Callable[[MentionRef, Span, frozenset[str]], list[MentionRef]]  # the finder's argument search
    by_first: Mapping[str, list[Trigger]]  # the finder's triggers by first word

    def _sanction_noun_subject(self, trig: Trigger, start: int, sent: Span) -> bool:
        """A sanction noun ends right before the sanction verb at ``start`` (past adverbs): "The new measures
        freeze the assets of X", "The sanctions also ban …" — the measures do, not an imposer; what they reach is
        read as the scope of the sanctions told before (``scope_verbs``), so the verb itself names no act."""
        if trig.frame is not Frame.VERB or not trig.kind.traits.members_stand_for_owner:
            return False
        doc = self.view.doc
        k = start - 1
        while k > sent.start and doc[k].lower_ in self.res.adverbs_before_verb:
            k -= 1
        words = tuple(t.lower_ for t in doc[max(sent.start, k - NOUN_SUBJECT_WORDS):k + 1])
        return any(t.kind is trig.kind and t.frame is Frame.NOUN and words[len(words) - len(t.form):] == t.form
                   for w in set(words) for t in self.by_first.get(w, ()) if len(t.form) <= len(words))
    def _under_sanctions(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """The sanction noun at ``[start, end)`` as what its clause's subject is under: the subject is sanctioned
        by the names modifying the noun; None when no preposition of state stands before those names, no imposer
        is named ("remains under sanctions", "under sanctions imposed by X": other frames read them) or no subject
        is."""
        if not trig.kind.traits.members_stand_for_owner or self.res.head_initial:
            return None  # "di bawah sanksi AS": the imposers follow the noun, as the passive frame reads them
        imposers, before = self._names_before(start, sent)
        while imposers and before - 1 > sent.start and self.view.doc[before - 1].lower_ in self.res.articles:
            before -= 1  # "under a United Nations arms embargo", "under an EU asset freeze"
        prep = self._state_prep_ending_at(before, sent) if imposers else None
        if prep is None:
            return None
        agents = [self._resolve(m, sent, agent=True) for m in imposers]
        targets = [t for t in self._subjects(self._verb_start(prep, sent), sent, kind=trig.kind) if t not in agents]
        if not targets:
            return None
        return self._draft(trig.kind, agents, targets, sent, f"{rule}:under", FRAME_CONFIDENCE)

    def _verb_start(self, k: int, sent: Span) -> int:
        """The first word of the verb group before the preposition at ``k`` ("has been", "remains", "is still"):
        where a subject pronoun ends the clause's subject ("He has been under …")."""
        doc, view = self.view.doc, self.view
        j = k
        pronouns = self.res.person_pronouns | self.res.plural_pronouns | self.res.body_pronouns
        while j - 1 >= sent.start and k - j < VERB_GROUP_WORDS and doc[j - 1].is_lower and (j - 1) not in view.at \
                and doc[j - 1].lower_ not in pronouns:
            j -= 1
        return j

    def _state_prep_ending_at(self, k: int, sent: Span) -> int | None:
        """Where a preposition of state ending right before token ``k`` starts ("under"); else None."""
        doc = self.view.doc
        for n in range(STATE_PREP_WORDS, 0, -1):
            if k - n >= sent.start and match_phrase_at(doc, k - n, self.res.sanction_state_preps, n, k) == n:
                return k - n
        return None

    def _names_before(self, k: int, sent: Span) -> tuple[list[MentionRef], int]:
        """The countries and bodies coordinated right before token ``k`` ("U.S. and EU (sanctions)") and where
        they start; ([], k) when no name stands right before it."""
        doc, view, res = self.view.doc, self.view, self.res
        names: list[MentionRef] = []
        j = k - 1
        while j >= sent.start and k - j <= IMPOSERS_REACH:
            m = view.at.get(j)
            if m is not None and m.type in IMPOSER_TYPES:
                names.insert(0, m)
                j = m.start - 1
            elif names and (doc[j].lower_ in res.coordination or doc[j].text == ","):
                j -= 1
            else:
                break
        return names, j + 1
