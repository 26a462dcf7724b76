"""Verbs of an event that also name or appeal: "called X" is a phone call, but "called X 'the butcher of Y'" and
"called X a liar" or "called A and B liars" say what X is, and "called for talks" asks for them. Part of
:class:`kg.extract.events.EventFinder`; the triggers that read so carry ``naming_reading`` (``triggers.json``). Verbs
of saying that also announce an act (``announcing_reading``): "announced new sanctions" tells the act, not words."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.extract.view import MentionRef
from kg.model import EventKind
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import QUOTES, is_modifier

ANNOUNCED_ACT_WORDS = 3  # words before the event noun announced: "its own new", "similar", "a fresh round of"
EPITHET_OBJECT_WORDS = 6  # the longest object before a quoted epithet: "the EU 's latest sanctions package"


class NamingReadings(FinderState):
    def _names_or_appeals(self, trig: Trigger, end: int, obj: MentionRef | None, sent: Span) -> bool:
        """The trigger ending at ``end`` names its object or appeals, so it reports no event: a preposition that is
        not the trigger's own right after it ("called for an emergency meeting"), or a predicative complement —
        a quotation or a noun phrase opened by an article — right after its object ("called Kurti 'the main
        culprit'", "called the minister a liar")."""
        if not trig.naming:
            return False
        doc, res = self.view.doc, self.res
        if end < sent.end and doc[end].lower_ in res.preps.blocking and doc[end].lower_ not in trig.target_preps:
            return True
        if obj is None:
            return False
        last = self.view.coordinated_right(self.view.chain_head(obj, sent.end), sent)[-1]
        k = last.end
        return k < sent.end and (doc[k].text in QUOTES or doc[k].lower_ in res.articles
                                 or self._bare_plural_complement(k, sent))

    def _bare_plural_complement(self, k: int, sent: Span) -> bool:
        """A bare plural noun right after the object, ending the clause: "called A and B liars", "called them
        traitors to the nation" — what they are called, a complement; not a time word or an adverb ("called A and B
        afterwards")."""
        doc, res, view = self.view.doc, self.res, self.view
        tok = doc[k]
        low = tok.lower_
        plural = tok.is_lower and tok.is_alpha and len(low) > 3 and res.singular(low) != low
        if not plural or low in view.closed_words or low in res.adverbs_after_verb or (low,) in res.time_words:
            return False
        nxt = doc[k + 1] if k + 1 < sent.end else None
        return nxt is None or nxt.is_punct or nxt.lower_ in res.preps.blocking or nxt.lower_ in res.coordination

    def _quoted_epithet(self, end: int, sent: Span) -> bool:
        """A quotation opens after the object of the naming verb ending at ``end`` — a few words, no punctuation but
        a possessive: "called the decision 'unjustified'", "called the move 'a step in the right direction'", "called
        them 'illegal'" — the subject is quoted: a statement. Not "called the minister on Monday" (no quotation), nor
        a quotation right after the verb (no object: a title, "called 'Operation X'")."""
        doc, res = self.view.doc, self.res
        for k in range(end, min(sent.end, end + EPITHET_OBJECT_WORDS + 1)):
            if doc[k].text in QUOTES:
                return k > end
            if doc[k].is_punct and not res.is_possessive_marker(doc[k].lower_):
                return False
        return False

    def _announces_act(self, trig: Trigger, end: int, sent: Span) -> bool:
        """The announcing verb ending at ``end`` has a noun of another kind of event as its object — past articles,
        possessives and lowercase modifiers: "announced new sanctions on X", "announced matching measures", "which
        announced similar listings" — so it tells that act (read by the noun's own trigger), and no words."""
        if not trig.announces_act:
            return False
        doc, res, view = self.view.doc, self.res, self.view
        for k in range(end, min(sent.end, end + ANNOUNCED_ACT_WORDS + 1)):
            if k in view.at:
                return False
            words = [w.lower_ for w in doc[k:k + 4]]
            if any(t.frame is Frame.NOUN and t.kind is not EventKind.STATEMENT and tuple(words[:len(t.form)]) == t.form
                   for t in res.triggers_by_first.get(words[0], ())):
                return True
            if not (words[0] in res.articles or words[0] in res.possessive_determiners or is_modifier(doc[k])):
                return False
        return False
