"""A state body named after the country owning it: "Russia's Foreign Ministry", "the Chinese Foreign Ministry",
"Pakistan's Foreign Office". The body's own name ("Foreign Ministry") is every country's, so its mentions are
kept apart by owner — two countries' defence ministries are two bodies, not one — and a gazetteer entry of another
country's body ("Foreign Office", the UK's) is no candidate for it. The entity is named with its owner, as the
text writes it. Read by :mod:`kg.nlp.coref` when it clusters names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.model import EntityType


@dataclass(frozen=True, slots=True)
class BodyOwner:
    qid: str  # the owning country's QID
    start: int  # where the owner's words open ("Russia" of "Russia's", "Chinese")


def body_owner(doc: Doc, ent: Span, ents_ending: Mapping[int, Span], demonyms: Mapping[str, str],
               possessives: frozenset[str]) -> BodyOwner | None:
    """The country owning the organisation's name ``ent``: a nationality word right before it, or a country and
    the possessive marker. None for a body the gazetteer knows by its QID (its own name says whose it is) and for
    names that are no organisation's."""
    if ent.label_ != EntityType.ORGANIZATION.value or ent.start == 0 \
            or any(c.qid for c in ent._.kg_candidates):
        return None
    before = doc[ent.start - 1]
    qid = demonyms.get(before.lower_)
    if qid and before.text[:1].isupper():
        return BodyOwner(qid, before.i)  # "the Chinese Foreign Ministry"
    country = ents_ending.get(ent.start - 1)
    if before.lower_ in possessives and country is not None and country.label_ == EntityType.COUNTRY.value:
        qids = [c.qid for c in country._.kg_candidates if c.qid]
        if len(qids) == 1:
            return BodyOwner(qids[0], country.start)  # "Russia's Foreign Ministry"
    return None
