"""The person a phrase names beside a mention, as :class:`kg.extract.view.DocView` reads them: a counterpart in
apposition ("mitranya, X"), the holder of a country's or body's title right after it ("U.S. Secretary of State X"),
the leader of a delegation a country sends ("delegasi Malaysia yang dipimpin X"). A mixin of ``DocView``: it reads
the view's Doc, resources, mention index and title reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.resources import LangResources
from kg.nlp.tokens import match_phrase_at

if TYPE_CHECKING:
    from kg.extract.view import MentionRef


class NamedPersons:
    # DocView's, which this mixin reads: set by its __init__, and its title reader
    doc: Doc
    res: LangResources
    at: dict[int, MentionRef]
    title_len: Callable[..., int]

    def counterpart_apposed(self, j: int, sent: Span) -> tuple[int, MentionRef | None] | None:
        """A counterpart noun at ``j`` ("mitranya", "rekan sejawatnya"), perhaps with the country it is from
        ("mitranya dari Jepang"): where the person in apposition after its comma starts, or — with no one named
        after it — the country whose office was met; None when no counterpart noun stands at ``j``."""
        doc, res = self.doc, self.res
        n = match_phrase_at(doc, j, res.counterpart_nouns, 2, sent.end)
        if not n:
            return None
        k = j + n
        country = None
        if k + 1 < sent.end and doc[k].lower_ in res.preps.origin and (c := self.at.get(k + 1)) is not None \
                and c.start == k + 1 and c.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            country, k = c, c.end
        if k + 1 < sent.end and doc[k].text == ",":
            return k + 1, None
        return (k, country) if country is not None else None

    def _titled_after(self, m: MentionRef, sent: Span, reach: int = 2) -> MentionRef | None:
        """The person a country or body's title names right after it: "U.S. Secretary of State X", "Chile's
        (new) Foreign Minister X", "Chile's defence minister, X" — who the phrase is; else None."""
        if m.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return None
        k = m.end + (1 if m.end < sent.end and self.res.is_possessive_marker(self.doc[m.end].lower_) else 0)
        while k < sent.end and k - m.end <= reach and k not in self.at and not self.title_len(k, sent.end) \
                and self.doc[k].lower_ in self.res.role_modifiers:
            k += 1
        n = self.title_len(k, sent.end) if k < sent.end else 0
        if n and k + n + 1 < sent.end and self.doc[k + n].text == "," and (k + n + 1) in self.at:
            n += 1  # the person in apposition after the title's comma
        person = self.at.get(k + n) if n else None
        return person if person is not None and person.type is EntityType.PERSON else None

    def delegation_leader(self, m: MentionRef, sent: Span, reach: int = 6) -> MentionRef | None:
        """The person named as leader of the delegation that mention ``m`` sends: a delegation noun next to it
        (before it in a head-initial language: "delegasi Malaysia"; after it otherwise: "a Malaysian
        delegation"), then ``led_by`` and the leader, a title (and its country) of up to ``reach`` words before
        the name."""
        doc = self.doc
        res = self.res
        nouns = res.delegation_nouns
        if res.head_initial:
            if not any(match_phrase_at(doc, k, nouns, 2, m.start) == m.start - k
                       for k in (m.start - 1, m.start - 2) if k >= sent.start):
                return None
            after = m.end
        else:
            n = match_phrase_at(doc, m.end, nouns, 2, sent.end)
            if not n:
                return None
            after = m.end + n
        n = match_phrase_at(doc, after, res.led_by, 4, sent.end)
        if not n:
            return None
        j = after + n
        while j < min(sent.end, after + n + reach) and j not in self.at and not doc[j].is_punct:
            j += 1  # the leader's title: "yang dipimpin Wakil Menteri Luar Negeri X"
        leader = self.at.get(j)
        if leader is not None and leader.type is not EntityType.PERSON:
            leader = self.at.get(leader.end)  # "dipimpin Menteri Luar Negeri Malaysia X": the title's country first
        return leader if leader is not None and leader.type is EntityType.PERSON else None
