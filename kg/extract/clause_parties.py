"""The parties of a symmetric event from another told in its clause: part of
:class:`kg.extract.events.EventFinder`.

"X met Y and agreed to …": the agreement names one subject, the meeting before it in the same clause both
parties, who agreed with each other; "sepakat … dalam pertemuan di Hanoi": the meeting noun after a preposition
of place names no parties, the agreement before it does.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EventKind

APPOSITION_REACH = 10  # words of an apposition before the name it holds: "the deputy press secretary of"


class ClauseParties(FinderState):
    noun_openers: frozenset[str]
    before_verb: frozenset[str]

    def _passive_subject(self, start: int, sent: Span) -> MentionRef | None:
        """The name a passive verb at ``start`` is said of: the nearest before it in its clause — none when a
        subordinating word stands between them ("the bloc delisted X, while the others remain under sanctions":
        the others are, not X)."""
        target = self.view.subject_left(start, sent, any_mention=True)
        if target is not None and (named := self._named_as_head(target, start, sent)) is not None:
            return named  # "X, also known as Y, was sanctioned": the "as" names X again, it opens no clause
        res = self.res  # "X, a company that was sanctioned": a relative pronoun's clause is still about X
        if target is not None and any(t.lower_ in res.complementisers and t.lower_ not in res.relative
                                      for t in self.view.doc[target.end:start]):
            return None
        if target is None:
            return None
        return self._apposition_head(target, start, sent) or self._relative_clause_head(target, start, sent) or target

    def _apposition_head(self, inner: MentionRef, start: int, sent: Span) -> MentionRef | None:
        """The name an apposition holding ``inner`` describes, when the apposition closes right before the passive
        verb at ``start`` (past its auxiliaries and adverbs): "X, the press secretary of Y, was also added to the
        list", "X, a close aide to Y, was sanctioned" — X is, not Y; None when no such apposition stands there."""
        doc, res, view = self.view.doc, self.res, self.view
        k = start - 1
        while k > inner.end and doc[k].lower_ in res.adverbs_before_verb | res.passive_auxiliaries:
            k -= 1
        if k != inner.end or doc[k].text != ",":
            return None  # the apposition ends with the name: "X, the press secretary of Y, was …"
        opening = next((c for c in range(inner.start - 1, max(sent.start, inner.start - APPOSITION_REACH), -1)
                        if doc[c].text == ","), None)
        if opening is None or doc[opening + 1].lower_ not in res.unnamed_subject_openers:
            return None
        head = view.at.get(opening - 1)
        return head if head is not None and head.key != inner.key else None

    def _named_as_head(self, nearest: MentionRef, start: int, sent: Span, reach: int = 3) -> MentionRef | None:
        """The name before a phrase set off by commas that closes right before the passive verb at ``start`` (past
        its auxiliaries and adverbs) and names it again with a predicative preposition after a few lowercase words:
        "X, (formally / also) known as Y, were designated" — X, whether or not Y is a mention (``nearest``, the
        name nearest the verb, is either); None when no such phrase stands there."""
        doc, res, view = self.view.doc, self.res, self.view
        k = start - 1
        while k > sent.start and doc[k].lower_ in res.adverbs_before_verb | res.passive_auxiliaries:
            k -= 1
        if doc[k].text != "," or k < nearest.start:
            return None
        opening = next((c for c in range(k - 1, max(sent.start, k - APPOSITION_REACH), -1) if doc[c].text == ","),
                       None)
        if opening is None or opening + 1 >= k:
            return None
        predicative = next((j for j in range(opening + 1, min(k, opening + 2 + reach))
                            if doc[j].lower_ in res.preps.predicative), None)
        if predicative is None or predicative == opening + 1 \
                or not all(doc[j].is_lower and doc[j].is_alpha for j in range(opening + 1, predicative)):
            return None
        head = view.at.get(opening - 1)
        return head if head is not None and head.end == opening else None

    def _relative_clause_head(self, inner: MentionRef, start: int, sent: Span) -> MentionRef | None:
        """The name a non-restrictive relative clause holding ``inner`` is said of, when the clause closes with a
        comma right before the passive verb at ``start`` (past its auxiliaries and adverbs): "X, who heads Y's
        office, was placed on the list", "X, which Y blacklisted in 2019, was added to Z's list", "X, yang
        memimpin kantor Y, dijatuhi sanksi" — X is the passive's subject, not Y; None when no such clause stands
        there."""
        doc, res, view = self.view.doc, self.res, self.view
        k = start - 1
        while k > inner.end and doc[k].lower_ in res.adverbs_before_verb | res.passive_auxiliaries:
            k -= 1
        if k < inner.end or doc[k].text != ",":
            return None
        opening = next((c for c in range(inner.start - 1, max(sent.start, inner.start - APPOSITION_REACH), -1)
                        if doc[c].text == ","), None)
        if opening is None or doc[opening + 1].lower_ not in res.relative \
                or any(doc[c].text == "," for c in range(inner.end, k)):
            return None  # the clause must run from its pronoun to the comma before the verb, holding ``inner``
        head = view.at.get(opening - 1)
        return head if head is not None and head.key != inner.key else None

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
        earlier = self._symmetric_before(kind, k, sent)
        if earlier is None or earlier.trigger is None or len(earlier.agents) < 2 or any(
                doc[j].is_punct or doc[j].lower_ in self.res.relative for j in range(earlier.trigger[1], k)):
            return []
        return list(earlier.agents)

    def _partners_before(self, kind: EventKind, agents: list[str], start: int, sent: Span) -> list[str]:
        """The parties of an event of another symmetric kind whose verb the trigger at ``start`` is coordinated
        with, sharing its subject ``agents``: "X met Y and agreed to …", "X spoke by phone with Y on Thursday and
        agreed …", "X bertemu Y dan sepakat …", "… and reached an agreement" — what the two did, they did
        together. Empty unless the coordination word stands right before the trigger (adverbs, or a light verb
        and an article, between) and no relative or complement clause between the two."""
        doc = self.view.doc
        res = self.res
        k = start - 1
        # adverbs, and for an event noun the light verb and article carrying it: "and (then) reached an agreement"
        while k > sent.start and (doc[k].lower_ in self.before_verb or doc[k].lower_ in res.light_verbs
                                  or doc[k].lower_ in self.noun_openers):
            k -= 1
        if not (sent.start < k and doc[k].lower_ in res.coordination):
            return []
        earlier = self._symmetric_before(kind, k, sent)
        if earlier is None or earlier.trigger is None or len(earlier.agents) < 2 \
                or not set(agents) <= set(earlier.agents):
            return []
        if any(doc[j].text == ";" or doc[j].lower_ in res.relative or doc[j].lower_ in res.complementisers
               for j in range(earlier.trigger[1], k)):
            return []
        # "X met A and B and agreed …": one meeting per guest, one agreement of all
        together = (d.agents for d in self.events if d.trigger == earlier.trigger and d.kind is earlier.kind)
        return list(dict.fromkeys(a for group in together for a in group))

    def _symmetric_before(self, kind: EventKind, k: int, sent: Span) -> EventDraft | None:
        """The last event of another symmetric kind whose trigger ends before token ``k`` of ``sent``."""
        return next((d for d in reversed(self.events) if d.trigger is not None and d.kind is not kind
                     and d.kind.traits.symmetric and sent.start <= d.trigger[0] and d.trigger[1] <= k), None)
