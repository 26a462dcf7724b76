"""Offline Wikidata linking: choose one gazetteer entry for an entity, or abstain.

A wrong link silently merges two different things, so the linker abstains unless one
candidate of the right type stands out. What decides, in order:

* **type**: a person mention links only to people, a country or place mention only to
  countries and places, an organisation only to organisations;
* **namesakes** (:mod:`kg.link.places`): a strip and its city (Gaza), a province and its
  capital (Jambi), a state and a city (Washington), a country and its capital (Luxembourg) are
  told apart by the words around the mention ("Provinsi Jambi", "Washington state", "the city
  of Luxembourg", "Georgia, a US state", "George Washington"), by the places listed with it
  ("Riau, Jambi dan Bengkulu") and by whose own name it is; namesakes the gazetteer does not
  list (US states, people) also when the document is about the namesake's country;
* **context**: the countries named in the document, the countries of its cities and of its
  linked people ("Tbilisi" supports Georgia the country, "Kinshasa" the DR Congo);
* **prior**: capitals and countries over namesakes, current leaders over others.

A short name shared by several countries ("Congo", "Korea") is linked only when the context
supports exactly one of them. A person named by one word only ("Lee", "Obama") is not linked
from the name alone (coreference first joins it to a full name in the same document, if any),
unless a leader's title stands before it and one leader of the document's countries bears it, or a
title of office stands before it and it is the whole name of one person of the document's countries
(:mod:`kg.link.people`).
Below :data:`THRESHOLD` the entity keeps its own IRI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg import gazetteer as gazetteer_data
from kg.gazetteer import Gazetteer
from kg.link import cues as linking_words
from kg.link import people, places
from kg.link.cues import NO_CUES, Cues
from kg.model import EntityType

THRESHOLD = 0.5
TITLED_CONFIDENCE = 0.7  # a surname after a leader's title, one leader of the document's countries bearing it


@dataclass(frozen=True, slots=True)
class Link:
    """The chosen entry (``None``: abstain) and how sure the linker is, in [0, 1]."""

    entry: object | None  # GazetteerEntry
    confidence: float


def _compatible(entry_type: EntityType, mention_type: EntityType) -> bool:
    if entry_type is mention_type:
        return True
    # a country and a place named alike ("Singapura") are one thing for linking purposes
    return {entry_type, mention_type} <= {EntityType.COUNTRY, EntityType.PLACE}


def choose(mention_type: EntityType, names: Sequence[str], candidates: Sequence,
           context_countries: set[str], cues: Cues = NO_CUES, gazetteer: Gazetteer | None = None) -> Link:
    """Pick the entry for an entity whose surface forms are ``names``; ``Link(None, …)`` abstains.

    ``candidates`` are the gazetteer entries its spans matched; ``context_countries`` the country
    QIDs the document supports (named countries, countries of its places and linked people);
    ``cues`` what the words around the mention say; ``gazetteer`` the one the candidates come
    from (default :func:`kg.gazetteer.load`; a caller linking many entities passes it once).
    """
    gaz = gazetteer if gazetteer is not None else gazetteer_data.load()
    pool = [c for c in candidates if _compatible(c.type, mention_type)]
    multiword = any(len(n.split()) > 1 for n in names)
    if mention_type is EntityType.PERSON and not multiword:
        leader = (people.titled_leader(names, context_countries, gaz, given_name=cues.after_regnal_title)
                  if cues.after_leader_title else None)
        if leader is None and cues.after_office_title:
            leader = people.titled_mononym(names, context_countries, gaz)  # "Menteri Luar Negeri Sugiono"
        return Link(leader, TITLED_CONFIDENCE) if leader is not None else Link(None, 0.0)
    if not pool and mention_type is EntityType.PERSON:
        pool = people.candidates(names, gaz)
    if mention_type in (EntityType.COUNTRY, EntityType.PLACE):
        data = linking_words.load(cues.lang, gaz)
        narrowed = places.narrow(names, pool, context_countries, cues, data, gaz)
        if not pool and not narrowed:
            shared = places.shared_short_name(names, gaz)
            supported = [c for c in shared if c.qid in context_countries]
            if len(shared) > 1 and len(supported) == 1:
                return Link(supported[0], 0.7)
        pool = narrowed
    if not pool:
        return Link(None, 0.0)
    if len(pool) == 1:
        # one candidate: a person named by one word was answered above, so this is a full name or no person
        confidence = 0.9
        return Link(pool[0], confidence) if confidence >= THRESHOLD else Link(None, confidence)

    def score(entry) -> float:
        s = entry.prior or 0.0
        if entry.type is mention_type:
            s += 0.3
        if entry.country and entry.country in context_countries:
            s += 0.5
        if entry.qid and entry.qid in context_countries:
            s += 0.5
        if entry.qid is None:  # a lexicon entry without a QID never beats a verified one on a tie
            s -= 0.05
        return s

    ranked = sorted(pool, key=score, reverse=True)
    best, second = score(ranked[0]), score(ranked[1])
    margin = best - second
    confidence = min(0.95, 0.5 + margin)
    if margin < 0.2 or confidence < THRESHOLD:
        return Link(None, confidence)
    return Link(ranked[0], confidence)
