"""Acts judged by a word of condemnation: "X called the attack \"unacceptable\"", "X said the attack was a deliberate
provocation", "X menyebut serangan itu biadab" — an act noun referring back, called so by a characterising verb or
given such a word as its predicate in the clause a speaker reports, accuses the act's doer as "X condemned the attack"
does (:class:`kg.extract.condemned_acts.CondemnedActs` finds the doer). Part of
:class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from kg.extract.drafts import EventDraft, FinderState
from kg.model import EventKind
from kg.nlp.tokens import QUOTES, match_phrase_at, phrase_starts

JUDGED_ACT_CONFIDENCE = 0.8  # the judgement is the accuser's, the act's doer read from the sentences before
ADDRESSEE_REACH = 3  # words between a speech verb and its complementiser: "told (the council) that"
MODIFIER_REACH = 2  # words of the judgement before its condemning word: "completely (unacceptable)", "a deliberate"


class JudgedActs(FinderState):
    # CondemnedActs's, beside which this mixin sits in EventFinder: where an act noun referring back ends
    _act_noun_end: Callable[[int, Span], int | None]

    def _judged_acts(self, sent: Span) -> None:
        """The accusations of acts judged in ``sent`` by a characterising verb ("called the attack unacceptable") or
        by a predicate in a reported clause ("said the attack was a provocation")."""
        doc, res = self.view.doc, self.res
        for k in phrase_starts(doc, sent.start, sent.end - 2, res.characterising_verbs):
            n = match_phrase_at(doc, k, res.characterising_verbs, 3, sent.end)
            if not n:
                continue
            end = self._act_noun_end(k + n, sent)
            if end is not None and self._condemning_word_at(end, sent):
                self._act_judged(self._subjects(k, sent, kind=EventKind.ACCUSATION), (k, end), sent)
                continue
            told = self._event_noun_end(k + n, sent)  # "called the sanctions illegal": the imposers told before
            if told is not None and self._condemning_word_at(told[1], sent):
                judges = self._subjects(k, sent, kind=EventKind.ACCUSATION)
                self._act_judged(judges, (k, told[1]), sent,
                                 self._earlier_agents(told[0], sent, judges, before=k) if judges else [])
        for said in [ev for ev in self.events if ev.kind is EventKind.STATEMENT and ev.sentence == sent
                     and ev.agents and ev.trigger is not None]:
            j = said.trigger[1]
            # "said (that) the attack …", "told reporters that the attack …": past the addressee to the complementiser
            that = next((c for c in range(j, min(sent.end, j + ADDRESSEE_REACH + 1))
                         if doc[c].lower_ in res.complementisers), None)
            j = that + 1 if that is not None else j
            end = self._act_noun_end(j, sent)
            if end is None:
                continue
            if end < sent.end and doc[end].lower_ in res.passive_auxiliaries:
                end += 1  # the copula: "(the attack) was"
            elif not res.head_initial:
                continue  # "said the attack a provocation" is no English clause
            if self._condemning_word_at(end, sent):
                self._act_judged(list(said.agents), (said.trigger[0], end), sent)

    def _act_judged(self, judges: list[str], trigger: tuple[int, int], sent: Span,
                    doers: list[str] | None = None) -> None:
        """``judges`` accuse the ``doers`` of an event told before, or else the doer of the act told before (the
        sentences before ``sent``), unless negated or already accused in ``sent``."""
        if not judges or self._not_asserted(EventKind.ACCUSATION, trigger[0], sent):
            return
        if doers is None:
            doer = self._told_act_doer(sent, judges) or self._earlier_doer(sent, judges)
            doers = [doer] if doer is not None else []
        if not doers or any(ev.kind is EventKind.ACCUSATION and ev.sentence == sent and set(doers) & set(ev.targets)
                            for ev in self.events):
            return
        rule = f"{self.res.lang}:{EventKind.ACCUSATION.lower()}:judged_act"
        draft: EventDraft | None = self._draft(EventKind.ACCUSATION, judges, doers, sent, rule, JUDGED_ACT_CONFIDENCE)
        if draft is not None:
            self.events.append(replace(draft, trigger=trigger))

    def _event_noun_end(self, j: int, sent: Span) -> tuple[EventKind, int] | None:
        """The kind of a one-sided event whose noun starts at ``j`` and refers back ("the sanctions", "sanksi itu"), and
        where its phrase ends; None where none does (:meth:`CondemnedActs._event_noun_after`'s reading)."""
        doc, res = self.view.doc, self.res
        kind = self._event_noun_after(j, sent)
        if kind is None:
            return None
        k = j if res.head_initial else j + 1
        n = max((len(form) for k2, form in self.noun_forms
                 if k2 is kind and tuple(t.lower_ for t in doc[k:k + len(form)]) == form), default=0)
        return kind, k + n + (1 if res.head_initial else 0)

    def _condemning_word_at(self, j: int, sent: Span) -> bool:
        """A word of condemnation (``condemnation_words``) stands at ``j``, past quotation marks, a predicative
        "as"/"sebagai", an article and a few modifiers ("completely", "a deliberate"); not past a negation."""
        doc, res = self.view.doc, self.res
        modifiers = 0
        while j < sent.end:
            if match_phrase_at(doc, j, res.condemnation_words, 5, sent.end):
                return True
            low = doc[j].lower_
            if doc[j].text in QUOTES or low in res.preps.predicative or low in res.articles:
                j += 1
                continue
            if low in res.negation or not (doc[j].is_alpha and doc[j].is_lower) or modifiers >= MODIFIER_REACH:
                return False
            modifiers += 1
            j += 1
        return False
