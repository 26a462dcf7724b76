"""Offline Wikidata linking: choose one gazetteer entry for an entity, or abstain.

A wrong link silently merges two different things, so the linker abstains unless one
candidate of the right type stands out: by type, by the other countries in the
document (a city's country, a person's country), and by the prior (capitals and
countries over namesakes). A person named by one word only ("Lee", "Obama") is never
linked from the name alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg import gazetteer as gazetteer_data
from kg.model import EntityType
from kg.nlp.coref import normalise

THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Link:
    entry: object | None  # GazetteerEntry
    confidence: float


def _compatible(entry_type: EntityType, mention_type: EntityType) -> bool:
    if entry_type is mention_type:
        return True
    # a country and a place named alike ("Singapura") are one thing for linking purposes
    return {entry_type, mention_type} <= {EntityType.COUNTRY, EntityType.PLACE}


def _person_candidates(names: Iterable[str]) -> list:
    """Gazetteer people whose name contains all words of a multi-word mention, in order."""
    gaz = gazetteer_data.load()
    found = []
    for name in names:
        words = normalise(name).split()
        if len(words) < 2:
            continue
        for entry in gaz.lookup_words(words[-1]) if hasattr(gaz, "lookup_words") else []:
            if entry.type is not EntityType.PERSON:
                continue
            full = normalise(entry.name_en).split()
            it = iter(full)
            if all(w in it for w in words) and words[0] == full[0] and entry not in found:
                found.append(entry)
    return found


def choose(mention_type: EntityType, names: Sequence[str], candidates: Sequence,
           context_countries: set[str]) -> Link:
    """Pick the entry for an entity whose surface forms are ``names``; ``Link(None, …)`` abstains."""
    pool = [c for c in candidates if _compatible(c.type, mention_type)]
    multiword = any(len(n.split()) > 1 for n in names)
    if mention_type is EntityType.PERSON and not multiword:
        return Link(None, 0.0)
    if not pool and mention_type is EntityType.PERSON:
        pool = _person_candidates(names)
    if not pool:
        return Link(None, 0.0)
    if len(pool) == 1:
        return Link(pool[0], 0.9 if multiword or pool[0].type is not EntityType.PERSON else 0.6)

    def score(entry) -> float:
        s = entry.prior or 0.0
        if entry.type is mention_type:
            s += 0.3
        if entry.country and entry.country in context_countries:
            s += 0.5
        if entry.qid and entry.qid in context_countries:
            s += 0.5
        return s

    ranked = sorted(pool, key=score, reverse=True)
    best, second = score(ranked[0]), score(ranked[1])
    margin = best - second
    confidence = min(0.95, 0.5 + margin)
    if margin < 0.2:
        return Link(None, confidence)
    return Link(ranked[0], confidence)
