"""Ranking candidates: score every typed candidate of an entity, link the best, or abstain.

A wrong link is worse than none: a link merges two nodes for good, so a candidate must fit
the entity's type (through ``wdt:P31/wdt:P279*``, see :data:`~kg.link.candidates.TYPE_CLASSES`),
and the best candidate must beat the second by :data:`MARGIN`; otherwise the entity is
reported as *ambiguous* and left alone. Ranking follows the offline linker's idea (type fit,
the other linked entities of the same documents, a popularity prior from
``wikibase:sitelinks``) but lives here, so the two linkers can evolve separately.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.link.candidates import Candidate
from kg.link.stored import StoredEntity
from kg.model import EntityType

__all__ = ["COMPATIBLE_FIT", "MARGIN", "MAX_CANDIDATES", "MIN_SCORE", "Decision", "Scored", "rank"]

MAX_CANDIDATES = 25
"""More typed candidates than this for one entity: the name is too common to link from the name alone."""
MARGIN = 0.2
"""The best candidate must beat the second by this much (the offline linker's margin)."""
MIN_SCORE = 0.7
"""Name match and type fit (without prior or context) a lone candidate needs."""
COMPATIBLE_FIT = 0.5
"""Type fit of a country for a place mention or a place for a country mention (the offline linker's
"compatible" types): possible, never as good as an exact fit."""


_COMPATIBLE = {EntityType.COUNTRY, EntityType.PLACE}


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate with its score and the parts the score is made of (for the report)."""

    candidate: Candidate
    score: float
    match: float
    fit: float
    context: float
    prior: float


@dataclass(slots=True)
class Decision:
    """What the linker concluded for one entity: ``linked``, ``ambiguous``, ``unlinked``, ``skipped``
    (not looked up: the endpoint failed) or ``conflict`` (the merge would give a node two base types)."""

    entity: StoredEntity
    status: str
    qid: str | None = None
    confidence: float = 0.0
    candidates: list[Scored] = field(default_factory=list)
    reason: str = ""


def _fit(entity_type: EntityType, candidate: Candidate) -> float:
    """1 for an item of the entity's own classes, :data:`COMPATIBLE_FIT` for a country/place swap, else 0.

    Every country is a geographic location in Wikidata, so for a *place* mention an item that is
    also a country only fits as well as a compatible type: "Georgia" the place is rarely the country.
    """
    types = candidate.types
    if entity_type in types:
        if entity_type is EntityType.PLACE and EntityType.COUNTRY in types:
            return COMPATIBLE_FIT
        return 1.0
    if entity_type in _COMPATIBLE and types & _COMPATIBLE:
        return COMPATIBLE_FIT
    return 0.0


def _match(candidate: Candidate, entity: StoredEntity) -> float:
    """How the name matched: a preferred name against a Wikidata label is best, an alias against an alias least."""
    preferred = candidate.name[0] in {t for t, _ in entity.labels}
    on_label = "label" in candidate.vias
    return {(True, True): 1.0, (True, False): 0.8, (False, True): 0.7, (False, False): 0.6}[(preferred, on_label)]


def rank(entity: StoredEntity, found: Sequence[Candidate], context: set[str]) -> Decision:
    """Score every typed candidate of ``entity`` and link the best, or abstain.

    score = ½·name match + ½·type fit + ½ when the item or one of its context values
    (country, capital, …) is linked elsewhere in the same documents + up to 0.3 for
    sitelinks (log scale, relative to the best-known candidate). Abstains when the best
    does not beat the second by :data:`MARGIN`, when a lone candidate is weak, and for a
    person named by one word only (as the offline linker does).
    """
    best: dict[str, Scored] = {}
    pool = [c for c in found if _fit(entity.type, c) > 0]
    top_links = max((c.sitelinks or 0 for c in pool), default=0)
    for candidate in pool:
        match = _match(candidate, entity)
        fit = _fit(entity.type, candidate)
        in_context = 0.5 if (candidate.qid in context or candidate.context & context) else 0.0
        prior = 0.3 * math.log1p(candidate.sitelinks or 0) / math.log1p(top_links) if top_links else 0.0
        scored = Scored(candidate, round(0.5 * match + 0.5 * fit + in_context + prior, 4), match, fit,
                        in_context, round(prior, 4))
        kept = best.get(candidate.qid)
        if kept is None or scored.score > kept.score:
            best[candidate.qid] = scored
    ranked = sorted(best.values(), key=lambda s: (-s.score, s.candidate.qid))
    decision = Decision(entity, "unlinked", candidates=ranked)
    if not ranked:
        decision.reason = "no candidate of a fitting type"
        return decision
    if entity.type is EntityType.PERSON and not any(len(t.split()) > 1 for t in entity.texts()):
        decision.status, decision.reason = "ambiguous", "a person named by one word only"
        return decision
    if len(ranked) > MAX_CANDIDATES:
        decision.status, decision.reason = "ambiguous", f"{len(ranked)} candidates: too common a name"
        return decision
    top = ranked[0]
    if 0.5 * top.match + 0.5 * top.fit < MIN_SCORE:
        decision.reason = "the only candidates match the name or type weakly"
        return decision
    margin = top.score - ranked[1].score if len(ranked) > 1 else math.inf  # a lone candidate has none to beat
    if margin < MARGIN:
        decision.status = "ambiguous"
        decision.reason = f"{ranked[0].candidate.qid} and {ranked[1].candidate.qid} score within {MARGIN}"
        decision.confidence = round(min(0.95, 0.5 + margin), 4)
        return decision
    decision.status, decision.qid = "linked", top.candidate.qid
    decision.confidence = round(min(0.95, 0.5 + margin), 4)
    decision.reason = f"{top.candidate.label or top.candidate.qid}: {top.candidate.description or ''}".strip(": ")
    return decision


