"""Clusters of mentions → :class:`kg.model.Entity` values, linked to Wikidata when certain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg import link
from kg.model import Document, Entity, EntityType, Mention
from kg.nlp.coref import Cluster, normalise


@dataclass
class ResolvedEntity:
    """An entity while rules still add facts about it (mutable inside extraction only)."""

    key: str
    type: EntityType
    cluster: Cluster
    entry: object | None = None  # the linked GazetteerEntry
    link_confidence: float = 0.0
    extra_mentions: list = field(default_factory=list)

    @property
    def qid(self) -> str | None:
        return getattr(self.entry, "qid", None)

    @property
    def country(self) -> str | None:
        """The country a place lies in or a person serves, as a QID, from the gazetteer."""
        return getattr(self.entry, "country", None)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-") or "x"


def resolve(doc: Doc) -> list[ResolvedEntity]:
    clusters: list[Cluster] = doc._.kg_clusters or []
    context = set()
    for c in clusters:
        if c.type is EntityType.COUNTRY and len(c.candidates) == 1 and c.candidates[0].qid:
            context.add(c.candidates[0].qid)
    out: list[ResolvedEntity] = []
    used: set[str] = set()
    for c in clusters:
        chosen = link.choose(c.type, c.surface_forms, c.candidates, context)
        etype = c.type
        if chosen.entry is not None and chosen.entry.type is not etype:
            etype = chosen.entry.type
        key = f"{etype.value.lower()}-{_slug(c.longest.text)}"
        while key in used:
            key += "-x"
        used.add(key)
        out.append(ResolvedEntity(key, etype, c, chosen.entry, chosen.confidence))
    return _merge_same_qid(out)


def _merge_same_qid(entities: list[ResolvedEntity]) -> list[ResolvedEntity]:
    by_qid: dict[str, ResolvedEntity] = {}
    out = []
    for e in entities:
        if e.qid and e.qid in by_qid:
            by_qid[e.qid].cluster.spans.extend(e.cluster.spans)
            continue
        if e.qid:
            by_qid[e.qid] = e
        out.append(e)
    return out


def to_entity(e: ResolvedEntity, document: Document, sentence_of) -> Entity:
    spans = sorted(e.cluster.spans, key=lambda s: s.start)
    mentions = tuple(
        Mention(s.start_char, s.end_char, s.text, sentence_of(s.start), s._.kg_method or "names") for s in spans
    )
    forms = e.cluster.surface_forms
    lang = document.lang
    entry = e.entry
    labels: list[tuple[str, str]] = []
    if entry is not None:
        name_id = getattr(entry, "name_id", None)
        name = (name_id if lang == "id" and name_id else entry.name_en) or max(forms, key=len)
        if entry.name_en:
            labels.append((entry.name_en, "en"))
        if name_id:
            labels.append((name_id, "id"))
    else:
        name = max(forms, key=len)
    aliases = tuple(f for f in forms if normalise(f) != normalise(name))
    return Entity(
        key=e.key,
        type=e.type,
        name=name,
        lang=lang,
        aliases=aliases,
        labels=tuple(lab for lab in labels if not (lab[1] == lang and normalise(lab[0]) == normalise(name))),
        qid=e.qid,
        subtype=getattr(entry, "subtype", None),
        mentions=mentions,
        link_confidence=round(e.link_confidence, 3) if e.qid else None,
    )
