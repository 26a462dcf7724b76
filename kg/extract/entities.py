"""Clusters of mentions → :class:`kg.model.Entity` values, linked to Wikidata when certain."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg import gazetteer as gazetteer_data
from kg import language, link
from kg.extract.link_cues import CueReader
from kg.gazetteer import GazetteerEntry
from kg.language import SUPPORTED
from kg.model import Document, Entity, EntityType, Mention
from kg.nlp import resources
from kg.nlp.coref import Cluster
from kg.nlp.resources import LangResources
from kg.text import normalise, slug


@dataclass
class ResolvedEntity:
    """An entity while rules still add facts about it (mutable inside extraction only)."""

    key: str
    type: EntityType
    cluster: Cluster
    entry: GazetteerEntry | None = None  # the linked gazetteer entry
    link_confidence: float = 0.0
    extra_mentions: list = field(default_factory=list)
    merged_keys: list[str] = field(default_factory=list)  # keys of entities merged into this one

    @property
    def qid(self) -> str | None:
        return self.entry.qid if self.entry is not None else None

    @property
    def country(self) -> str | None:
        """The country a place lies in or a person serves, as a QID, from the gazetteer."""
        return self.entry.country if self.entry is not None else None


def _contributions(clusters: list[Cluster]) -> list[tuple[int, str]]:
    """(cluster index, country QID) pairs: the countries each cluster's name supports.

    A country named unambiguously supports itself; a city or region its country ("Kinshasa" →
    the DR Congo, "Atlanta" → the US); a person known by a full name the country they serve.
    """
    out: list[tuple[int, str]] = []
    for i, c in enumerate(clusters):
        if len(c.candidates) != 1:
            continue
        entry = c.candidates[0]
        if c.type is EntityType.COUNTRY and entry.type is EntityType.COUNTRY and entry.qid:
            out.append((i, entry.qid))
        elif entry.country and _supports_its_country(c, entry):
            out.append((i, entry.country))
    return out


def _supports_its_country(c: Cluster, entry) -> bool:
    """A city names its country; a person only when named in full (a surname could be anyone's)."""
    if c.type is EntityType.PLACE and entry.type is EntityType.PLACE:
        return True
    return (c.type is EntityType.PERSON and entry.type is EntityType.PERSON
            and any(len(f.split()) > 1 for f in c.surface_forms))


def resolve(doc: Doc, res: LangResources | None = None) -> list[ResolvedEntity]:
    """Link each cluster (or abstain) and merge clusters that link to the same QID.

    ``res`` (the language's resources) lets the title words of the language count as titles,
    not as first names, when reading the context of a mention.
    """
    if res is None and doc.lang_ in SUPPORTED:
        res = resources.load(doc.lang_)
    clusters: list[Cluster] = doc._.kg_clusters or []
    contributions = _contributions(clusters)
    reader = CueReader(doc, res)
    gaz = gazetteer_data.load()
    out: list[ResolvedEntity] = []
    used: set[str] = set()
    for i, c in enumerate(clusters):
        # the context of a cluster is what the *other* clusters say: "Georgia" must not support itself
        context = {qid for j, qid in contributions if j != i}
        chosen = link.choose(c.type, c.surface_forms, c.candidates, context, reader.cues(c), gaz)
        etype = c.type
        if chosen.entry is not None and chosen.entry.type is not etype:
            etype = chosen.entry.type
        key = f"{etype.value.lower()}-{slug(c.longest.text) or 'x'}"
        while key in used:
            key += "-x"
        used.add(key)
        out.append(ResolvedEntity(key, etype, c, chosen.entry, chosen.confidence))
    return _merge_same_qid(out)


def _merge_same_qid(entities: list[ResolvedEntity]) -> list[ResolvedEntity]:
    """Entities linked to one QID are one entity: the first keeps its key and gains the others' spans.

    Spans are merged without duplicates (so aliases, which come from the spans, are merged too),
    the higher link confidence is kept, and the dropped keys are recorded in ``merged_keys`` so a
    fact drafted against one of them can be re-pointed with :func:`canonical_keys`. Facts are
    drafted after :func:`resolve` in ``kg.extract``, from the merged clusters, so today none
    refers to a dropped key; the map keeps that true if the order ever changes.
    """
    by_qid: dict[str, ResolvedEntity] = {}
    out = []
    for e in entities:
        keeper = by_qid.get(e.qid) if e.qid else None
        if keeper is None:
            if e.qid:
                by_qid[e.qid] = e
            out.append(e)
            continue
        seen = {(s.start, s.end) for s in keeper.cluster.spans}
        for span in e.cluster.spans:
            if (span.start, span.end) not in seen:
                keeper.cluster.spans.append(span)
                seen.add((span.start, span.end))
        keeper.cluster.spans.sort(key=lambda s: s.start)
        keeper.extra_mentions.extend(m for m in e.extra_mentions if m not in keeper.extra_mentions)
        keeper.link_confidence = max(keeper.link_confidence, e.link_confidence)
        keeper.merged_keys.extend([e.key, *e.merged_keys])
    return out


def canonical_keys(entities: list[ResolvedEntity]) -> dict[str, str]:
    """Every key that was merged away → the key of the entity that absorbed it."""
    return {old: e.key for e in entities for old in e.merged_keys}


def to_entity(e: ResolvedEntity, document: Document, sentence_of) -> Entity:
    spans = sorted(e.cluster.spans, key=lambda s: s.start)
    mentions = tuple(
        Mention(s.start_char, s.end_char, s.text, sentence_of(s.start), s._.kg_method or "names") for s in spans
    )
    forms = e.cluster.surface_forms
    lang = document.lang
    entry = e.entry
    label_field = language.get(lang).label_field
    if entry is not None and label_field:
        name = getattr(entry, label_field) or entry.name_en or max(forms, key=len)
    else:  # the name as the document writes it, with the owner of a country's body ("Russia's Foreign Ministry")
        name = e.cluster.owned_name or max(forms, key=len)
    # the gazetteer's names of the entity, each in the language whose label it is ("Rusia"@id)
    labels = [(text, info.code) for info in language.registry().values()
              if entry is not None and info.label_field and (text := getattr(entry, info.label_field))]
    # every spelling the document uses that is not the name itself, written as the document writes it: "Lee
    # Jae-myung" is kept beside the gazetteer's "Lee Jae Myung" (a reader, or a search, may look for either)
    aliases = tuple(f for f in forms if _written_differently(f, name))
    return Entity(
        key=e.key,
        type=e.type,
        name=name,
        lang=lang,
        aliases=aliases,
        labels=tuple(lab for lab in labels if not (lab[1] == lang and normalise(lab[0]) == normalise(name))),
        qid=e.qid,
        subtype=entry.subtype if entry is not None else None,
        mentions=mentions,
        link_confidence=round(e.link_confidence, 3) if e.qid else None,
    )


def _written_differently(form: str, name: str) -> bool:
    """Whether a surface form is another spelling of ``name``, not the name itself: case and spacing do not count;
    hyphens, dots, accents and apostrophes do ("Jae-myung" / "Jae Myung", "Erdogan" / "Erdoğan")."""
    return " ".join(form.casefold().split()) != " ".join(name.casefold().split())
