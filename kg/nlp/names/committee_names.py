"""Bodies named after the instrument that set them up (:class:`CommitteeNames`): "the Security Council Committee
established pursuant to resolution 2140 (2014)", "the Security Council Committee concerning Haiti" — the UN's
sanctions committees are named so, and the words after the head are part of the name, not a treaty or a country
beside it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.names.state import NameState
from kg.nlp.tokens import match_phrase_at

CONTINUATION_LEN = 4  # words of the longest continuation phrase: "established pursuant to"


class CommitteeNames(NameState):
    def _named_after_instrument(self, doc: Doc, spans: list[Span], known_at: dict) -> list[Span]:
        """``spans`` with each body name whose head word (``instrument_body_heads``) is followed by a continuation
        phrase (``body_name_continuations``) and a numbered instrument ("resolution 2140 (2014)") or a name the
        gazetteer knows ("Haiti") extended over them."""
        out = []
        for span in spans:
            end = self._continued_to(doc, span, known_at) if span.label_ == EntityType.ORGANIZATION.value else None
            if end is None:
                out.append(span)
                continue
            # the name read as before, only longer: it keeps the method that found it
            out.append(self._span(doc, span.start, end, EntityType.ORGANIZATION, method=span._.kg_method or "names"))
        return out

    def _continued_to(self, doc: Doc, span: Span, known_at: dict) -> int | None:
        """Where the name of ``span`` ends when a continuation and an instrument or a known name follow its head."""
        res = self.res
        if doc[span.end - 1].lower_ not in res.instrument_body_heads:
            return None  # "Amnesty International concerning Haiti": a body no instrument set up, and a preposition
        n = match_phrase_at(doc, span.end, res.body_name_continuations, CONTINUATION_LEN, len(doc))
        if not n:
            return None
        k = span.end + n
        if k + 1 < len(doc) and (doc[k].lower_,) in res.treaty_heads and any(c.isdigit() for c in doc[k + 1].text):
            k += 2  # "resolution 2140"
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")":
                k += 3  # "(2014)": the year in brackets belongs to the instrument's name
            return k
        known = known_at.get(k)
        if known is not None and known.start == k and known.label_ in (EntityType.COUNTRY.value,
                                                                       EntityType.PLACE.value):
            return known.end  # "concerning Haiti"
        return None
