"""An office named by its country before its holder is ("Indonesia's foreign minister flew to Beijing … Foreign
Minister Budi Santoso met …"): wire copy names the office in the lede and the person a sentence or two later,
with the title alone. The two rules that tie them:

* :func:`unnamed_offices` — where the document writes a title owned by a country or body, with no name after it
  ("Indonesia's foreign minister", "the Indonesian foreign minister"); the role rules give a later "Foreign
  Minister X" with no holder of its own that owner, when the document writes that title for one owner only;
* :func:`title_owner` — the owner and title of such an unnamed phrase ending at a token: the event rules read it
  as the person holding that office, where the document names exactly one (else as the country, as before).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kg.extract.view import DocView
from kg.model import EntityType

HOLDER_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION)
DOMAIN_REACH = 2  # lowercase words of a body head's domain before the title: "U.N. nuclear watchdog chief"


@dataclass(frozen=True, slots=True)
class UnnamedOffice:
    owner: str  # the country's or body's key
    title: tuple[str, ...]  # the title's words, lowercased ("foreign", "minister")
    start: int  # where the phrase opens (the owner's first token)
    end: int  # where the title ends (exclusive)


def title_owner(view: DocView, k: int) -> UnnamedOffice | None:
    """The unnamed office whose title ends at token ``k``: "Indonesia's foreign minister", "the Indonesian foreign
    minister" — a country or body (or its demonym) right before the title, no name right after it."""
    doc, res = view.doc, view.res
    if k < 0 or k in view.at or (k + 1) in view.at:
        return None
    if k + 2 < len(doc) and doc[k + 1].text == "," and (named := view.at.get(k + 2)) is not None \
            and named.type is EntityType.PERSON:
        return None  # "Indonesia's foreign minister, Budi Santoso,": the office is named there
    sent_start = doc[k].sent.start
    start = view.title_start(k, sent_start)
    if start is None or start - 1 < sent_start:
        return None
    before = start - 1
    if res.is_possessive_marker(doc[before].lower_) and before - 1 >= sent_start:
        owner = view.at.get(before - 1)
        if owner is not None and owner.type in HOLDER_TYPES and owner.end == before:
            return UnnamedOffice(owner.key, _words(view, start, k + 1), owner.start, k + 1)
        return None
    owner = view.at.get(before)
    if owner is not None and owner.type in HOLDER_TYPES and owner.end == start and owner.end - owner.start == 1 \
            and doc[before].lower_ in view.demonyms:
        return UnnamedOffice(owner.key, _words(view, start, k + 1), owner.start, k + 1)
    if _words(view, start, k + 1)[-1:] in res.generic_titles:  # "chief", "aid chief"
        return _body_head(view, start, k)
    return None


def _body_head(view: DocView, start: int, k: int) -> UnnamedOffice | None:
    """A body's name before a generic head's title ending at ``k`` (from ``start``), a few lowercase words of its
    domain between them: "IAEA chief", "the U.N. chief", "U.N. aid chief" — the title's words from the domain on."""
    doc = view.doc
    first = start
    while first - 1 >= 0 and start - first < DOMAIN_REACH and doc[first - 1].is_alpha and doc[first - 1].is_lower \
            and first - 1 not in view.at and doc[first - 1].lower_ not in view.res.preps.blocking:
        first -= 1  # "aid", "rights", "nuclear watchdog"
    owner = view.at.get(first - 1)
    if owner is None or owner.type is not EntityType.ORGANIZATION or owner.end != first:
        return None
    return UnnamedOffice(owner.key, _words(view, first, k + 1), owner.start, k + 1)


def unnamed_offices(view: DocView) -> list[UnnamedOffice]:
    """Every unnamed office of the document (:func:`title_owner`), in text order."""
    found = []
    for k in range(len(view.doc)):
        office = title_owner(view, k)
        if office is not None and not (found and found[-1].end > office.start):
            found.append(office)
    return found


def _words(view: DocView, start: int, end: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in view.doc[start:end])


def ministry_owner(view: DocView, title: tuple[str, ...], country_key: Mapping[str, str] | None = None,
                   body_country: Mapping[str, str] | None = None, by: int | None = None) -> str | None:
    """The country of the one ministry the document names with its owner whose portfolio is the title's:
    "External Affairs Minister X … India's Ministry of External Affairs said" — every content word of the title but
    its head ("minister", "secretary") is a word of the body's name ("Foreign Minister" / "the Chinese Foreign
    Ministry", "Secretary of State" / a state department the gazetteer places in its country). The owner is the
    gazetteer's (``body_country``) or a country and a possessive marker, or a demonym, right before the name. None
    where no such body, or bodies of two countries, are named. With ``by`` (the end of the title holder's sentence),
    only a body named by then counts: in a story of two sides, "Foreign Secretary X told a briefing … Pakistan's
    Foreign Office rejected the charge" names the other side's ministry later, the reply to X, not X's own."""
    doc, res = view.doc, view.res
    content = [w for w in title if w not in res.preps.blocking and w not in res.articles]
    if len(content) < 2:
        return None
    owners: set[str] = set()
    for body in view.mentions:
        if body.type is not EntityType.ORGANIZATION or (by is not None and body.start >= by):
            continue
        words = {t.lower_ for t in doc[body.start:body.end]}
        if sum(w in words for w in content) != len(content) - 1:
            continue
        owner = (body_country or {}).get(body.key)
        k = body.start - 1
        if owner is None and k > 0 and res.is_possessive_marker(doc[k].lower_):
            country = view.at.get(k - 1)
            owner = country.key if country is not None and country.type is EntityType.COUNTRY else None
        if owner is None and k >= 0 and (qid := view.demonyms.get(doc[k].lower_)):
            owner = (country_key or {}).get(qid)
        if owner is not None:
            owners.add(owner)
    return owners.pop() if len(owners) == 1 else None
