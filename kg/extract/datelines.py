"""The place of a wire dateline ("WARSAW — …", "HANOI, Nov 12 (Reuters) - …"): where the report was filed.

A visit the lede tells without a destination happens there (:meth:`kg.extract.journeys.Journeys._abroad`), and a
bare national title of the article ("President X", "External Affairs Minister X") is, failing every other clue,
that country's office (:meth:`kg.extract.roles.RoleFinder._dateline_office`).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.view import DocView, MentionRef
from kg.model import EntityType, EventKind
from kg.nlp.tokens import DASHES, lower_forms

__all__ = ["DASHES", "DATELINE_REACH", "article_dateline", "dateline_place", "travels_to"]
DATELINE_REACH = 10  # tokens from the place to the dash: ", Turkey", ", Nov 12 (Reuters)"
DESTINATION_REACH = 4  # tokens from a travel verb to its destination: "arrived on Tuesday in"


def dateline_place(view: DocView, sent: Span, before: int | None = None) -> MentionRef | None:
    """The place opening ``sent`` as its dateline (a dash follows it closely, before token ``before``), else None."""
    doc = view.doc
    first = next((k for k in range(sent.start, min(sent.end, sent.start + 3)) if not doc[k].is_space), None)
    place = view.at.get(first) if first is not None else None
    if place is None or place.start != first or place.type is not EntityType.PLACE:
        return None
    limit = min(sent.end if before is None else before, place.end + DATELINE_REACH)
    return place if any(doc[k].text in DASHES for k in range(place.end, limit)) else None


def article_dateline(view: DocView) -> MentionRef | None:
    """The place of the article's dateline, opening its first sentence; else None. Not after a headline: there the
    bare titles read as the dateline country's offices were right about half the time on the team's probes (en13a
    tried it: foreign ministers quoted in copy filed from another capital), a guess not worth its errors."""
    sents = iter(view.doc.sents)
    first = next(sents, None)
    return dateline_place(view, first) if first is not None else None


def travels_to(view: DocView, person: MentionRef, places: frozenset[str], sent: Span) -> bool:
    """``sent`` tells ``person`` travelling to one of ``places`` (mention keys): a visit trigger after the name, the
    place a few words after it — "SUVA — Foreign Minister X arrived in Suva …": a visitor, no local official."""
    words = lower_forms(view.doc)
    forms = [t.form for t in view.res.triggers if t.kind is EventKind.VISIT]
    for k in range(person.end, sent.end):
        n = next((len(f) for f in forms if tuple(words[k:k + len(f)]) == f), 0)
        if n and any((m := view.at.get(j)) is not None and m.key in places
                     for j in range(k + n, min(sent.end, k + n + DESTINATION_REACH))):
            return True
    return False
