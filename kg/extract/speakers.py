"""Who speaks after the speech verb (:class:`Speakers`): "…," said Biden", "…, kata Obama", and the person apposed to
a title written out after the verb: "…," said the High Representative for Foreign Affairs and Security Policy, Kaja
Kallas — the name after the title's comma speaks, not a body inside the title nor a name in the quotation. And who
"it" is in the clause a body reports: "The ministry said it had designated X" (:meth:`Speakers._reporting_body`).
Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.tokens import QUOTES

TITLE_REACH = 12  # words of a title written out after the speech verb, up to the comma before the name
TIME_REACH = 3  # words between the speech verb and a reporting body's "it": "said on Friday it …"


class Speakers(FinderState):
    def _speaker_after(self, end: int, sent: Span) -> str | None:
        """ "…, said Biden", "…, kata Obama": the name after the speech verb ending at ``end`` — the person apposed
        to a title there ("said the EU's foreign policy chief, Kaja Kallas") — unless it opens the reported clause."""
        view = self.view
        titled = self._apposed_after_title(end, sent)
        if titled is not None:
            return titled.key
        bare = self._bare_title_after(end, sent)
        if bare is not None:
            return bare  # `"…," ujar Presiden`: the president named before
        # "according to Chile's Foreign Ministry": the body named after the possessive speaks; "according to Chile's
        # foreign ministry", naming none, its country
        m = view.object_right(end, sent, frozenset(), direct=True, window=6, slack=0, owner=True)
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

    def _apposed_after_title(self, end: int, sent: Span) -> MentionRef | None:
        """The person named after a comma that closes a title opened by an article right after the verb ending at
        ``end`` ("said the EU foreign policy chief, X", "said the High Representative for …, X"); None where no
        article opens one, where a quotation, clause mark or verb comes first, or where the name opens a clause."""
        view, doc, res = self.view, self.view.doc, self.res
        if end >= sent.end or doc[end].lower_ not in res.articles:
            return None
        for k in range(end + 1, min(sent.end - 1, end + TITLE_REACH)):
            tok = doc[k]
            if tok.text in QUOTES or tok.text in (";", ":") or tok.lower_ in res.relative or self._verb_follows(k):
                return None
            if tok.text == ",":
                m = view.at.get(k + 1)
                if m is None or m.type is not EntityType.PERSON or self._opens_clause(m.end, sent):
                    return None
                return m
        return None

    def _reporting_body(self, k: int, sent: Span) -> str | None:
        """The body or country that reports the clause whose subject is a body's pronoun at ``k``: a speech verb
        (and a complementiser) right before "it" — "Seoul's foreign ministry said (that) it had designated X", "The
        Treasury said it had blocked the assets of X" — and its subject a body or country; None otherwise."""
        view, doc = self.view, self.view.doc
        j = k - 1
        if j > sent.start and doc[j].lower_ in self.res.complementisers:
            j -= 1
        name_words = 0  # words of a place's name after the first: a name counts as one word of the reach
        while j > sent.start and k - j - name_words <= TIME_REACH:
            if (place := self._place_phrase_ending(j, sent)) is not None:
                name_words += place.end - place.start - 1
                j = place.start - 1  # "said in Ottawa it had …": where the body spoke
            elif j not in view.at and (doc[j].is_title or doc[j].lower_ in self.res.preps.location):
                j -= 1  # "said (on) Friday it had …": the day the body spoke
            else:
                break
        if j <= sent.start or (doc[j].lower_,) not in view.speech_words:
            return None
        m = view.subject_left(j, sent)
        if m is None or not (m.type in (EntityType.ORGANIZATION, EntityType.COUNTRY)
                             or m.key in self.context.capital_country):
            return None  # "Seoul said it had …": a capital reports for its country's government
        return self._resolve(m, sent, agent=True)

    def _place_phrase_ending(self, j: int, sent: Span) -> MentionRef | None:
        """The name of a place ending at token ``j`` right after a locative preposition ("in Ottawa"); None
        otherwise — a country or a body there may be the subject of the clause ("said Peru it …" is no prose)."""
        place = self.view.at.get(j)
        if place is None or place.end != j + 1 or place.type is not EntityType.PLACE or place.start - 1 <= sent.start:
            return None
        return place if self.view.doc[place.start - 1].lower_ in self.res.preps.location else None
