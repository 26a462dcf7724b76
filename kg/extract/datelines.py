"""The place of a wire dateline ("WARSAW — …", "HANOI, Nov 12 (Reuters) - …"): where the report was filed.

A visit the lede tells without a destination happens there (:meth:`kg.extract.journeys.Journeys._abroad`), and a
bare national title of the article ("President X", "External Affairs Minister X") is, failing every other clue,
that country's office (:meth:`kg.extract.roles.RoleFinder._dateline_office`). A headline on a line of its own may
stand above the dateline (:func:`document_dateline`).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.view import DocView, MentionRef
from kg.model import EntityType, EventKind
from kg.nlp.tokens import DASHES, lower_forms

__all__ = ["DASHES", "DATELINE_REACH", "dateline_place", "document_dateline", "scene_place", "travels_to"]
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


def document_dateline(view: DocView) -> MentionRef | None:
    """The dateline place of the document: opening its first sentence, or the sentence right after a headline —
    a first line standing alone as its paragraph with no closing punctuation ("Canada sanctions gang leaders" then
    a blank line, then "OTTAWA — …"), as wire copy and press releases print the title above the story."""
    doc = view.doc
    if not len(doc):
        return None
    first = doc[0].sent
    place = dateline_place(view, first)
    if place is not None or first.end >= len(doc) or not _is_headline(first):
        return place
    return dateline_place(view, doc[first.end].sent)


def scene_place(view: DocView, sent: Span) -> MentionRef | None:
    """The place (a city, a region: its country is known) a sentence opens with after a preposition of place and
    before a comma ("In Canberra, Foreign Minister X said …", "In Tehran, spokesman Y …"): the copy moves to another
    capital, whose officials it titles bare as the dateline's; None where the sentence opens otherwise."""
    doc = view.doc
    first = next((k for k in range(sent.start, sent.end) if not (doc[k].is_space or doc[k].is_punct)), sent.end)
    place = view.at.get(first + 1) if first + 1 < sent.end else None
    if place is None or doc[first].lower_ not in view.res.preps.location or place.start != first + 1 \
            or place.type is not EntityType.PLACE:
        return None
    return place if place.end < sent.end and doc[place.end].text == "," else None


def subject_scene(view: DocView, sent: Span) -> MentionRef | None:
    """The country or capital the sentence before ``sent`` opens with as its subject, a verb right after it
    ("Tehran rejected the measures.", "New Zealand followed hours later."): the copy turns to that country, whose
    officials the next sentence titles bare ("Foreign ministry spokesman X said …"); None otherwise."""
    doc = view.doc
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    first = next((k for k in range(before.start, before.end) if not (doc[k].is_space or doc[k].is_punct)), before.end)
    m = view.at.get(first)
    if m is None or m.start != first or m.type not in (EntityType.COUNTRY, EntityType.PLACE) or _is_headline(before):
        return None
    return m if m.end < before.end and doc[m.end].is_lower and doc[m.end].is_alpha else None


def _is_headline(sent: Span) -> bool:
    """A sentence ending at a blank line with no sentence-final punctuation before it: a title."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and "\n\n" in sent[-1].text_with_ws + sent.doc[sent.end:sent.end + 1].text \
        and not words[-1].is_punct


def travels_to(view: DocView, person: MentionRef, places: frozenset[str], sent: Span) -> bool:
    """``sent`` tells ``person`` travelling to one of ``places`` (mention keys): a visit trigger after the name, the
    place a few words after it — "SUVA — Foreign Minister X arrived in Suva …": a visitor, no local official."""
    words = lower_forms(view.doc)
    forms = [t.form for t in view.res.triggers if t.kind is EventKind.VISIT]
    for k in range(person.end, sent.end):
        n = next((len(f) for f in forms if tuple(words[k:k + len(f)]) == f), 0)
        if not n:
            continue
        for j in range(k + n, min(sent.end, k + n + DESTINATION_REACH)):
            if words[j] in view.res.preps.agent:
                break  # "the first visit by an Australian minister to China": who travelled, not where to
            if (m := view.at.get(j)) is not None and m.key in places:
                return True
    return False
