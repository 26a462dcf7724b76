"""A country named by the state that acts for it, as :class:`kg.extract.view.DocView` reads it: "the prime minister of
X" (a leader's title before "of"), "the government of X", "the foreign ministry of X", "the authorities of X" (a
government word or a lowercase state body before "of") — the state acts, as "the Japanese government" does. A mixin
of ``DocView``: it reads the view's Doc, resources, mention index, determiners and title reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.resources import LangResources

if TYPE_CHECKING:
    from kg.extract.view import MentionRef


class StateBodies:
    # DocView's, which this mixin reads: set by its __init__, and its title reader
    doc: Doc
    res: LangResources
    at: dict[int, MentionRef]
    determiners: frozenset[str]
    title_before: Callable[[MentionRef, Span], tuple[int, int] | None]

    def leader_title_of(self, m: MentionRef, start: int, sent: Span) -> int | None:
        """Where "the prime minister of ``m``" starts (its determiner included) when a leader's title and "of" stand
        right before the country ``m`` starting at ``start``; else None."""
        if m.type is not EntityType.COUNTRY:
            return None
        title = self.title_before(m, sent)
        if title is None or title[1] != start - 1 \
                or tuple(t.lower_ for t in self.doc[title[0]:title[1]]) not in self.res.leader_titles:
            return None
        t = title[0]
        while t > sent.start and self.doc[t - 1].lower_ in self.determiners:
            t -= 1
        return t

    def state_body_of(self, m: MentionRef, start: int, sent: Span) -> int | None:
        """Where "the government of ``m``" starts (its determiner included) when a government word
        (``leader_bodies``) or a lowercase state body (``state_bodies``: "the foreign ministry", "the authorities")
        and "of" stand right before the country ``m`` starting at ``start``: the state acts, as "the Japanese
        government" does; else None."""
        if m.type is not EntityType.COUNTRY or start - 2 < sent.start \
                or self.doc[start - 1].lower_ not in self.res.preps.of:
            return None
        for t in range(max(sent.start, start - 3), start - 1):
            words = self.doc[t:start - 1]
            if all(w.is_lower for w in words) and (
                    (len(words) == 1 and words[0].lower_ in self.res.leader_bodies)
                    or tuple(w.lower_ for w in words) in self.res.state_bodies):
                while t > sent.start and self.doc[t - 1].lower_ in self.determiners:
                    t -= 1
                return t
        return None

    def _state_body_ahead(self, j: int, sent: Span, reach: int = 5) -> int | None:
        """Where the country starts when "the government of X" (:meth:`state_body_of`) opens at token ``j``; else
        None."""
        country = next((self.at[k] for k in range(j + 2, min(sent.end, j + reach)) if k in self.at), None)
        return country.start if country is not None and self.state_body_of(country, country.start, sent) == j \
            else None
