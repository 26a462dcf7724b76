"""What the linked entities of one document tell the rules: countries, capitals, leaders, home countries.

Built once per document from its resolved entities (:meth:`ExtractionContext.of`); the role
rules then add the leadership and office facts they found (:meth:`ExtractionContext.with_roles`)
before the event rules run. Keys are the document's entity keys; QIDs come from the gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from kg import gazetteer as gazetteer_data
from kg.extract.calibration import CalibrationTable
from kg.model import EntityType, RelationKind
from kg.text import normalise

if TYPE_CHECKING:  # pragma: no cover - typing only
    from kg.extract.entities import ResolvedEntity
    from kg.extract.roles import RoleFact

AGENCY = "Agency"  # the gazetteer's subtype of a country's government bodies


def _frozen(mapping: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(mapping)


@dataclass(frozen=True, slots=True)
class ExtractionContext:
    """Read-only maps between one document's entities, for the role and event rules."""

    country_key: Mapping[str, str]  # country QID → the document's key for that country
    person_country_qid: Mapping[str, str]  # person key → QID of the country the gazetteer says they serve
    known_leaders: Mapping[str, str]  # person key → country key, for heads of state the gazetteer knows
    place_country: Mapping[str, str]  # place key → key of the country it lies in
    capital_country: Mapping[str, str]  # capital key → key of its country (a capital may act for it)
    # every national capital of the document, its country named or not ("Lima imposed …" with no Peru: Lima acts)
    capitals: frozenset[str] = frozenset()
    entity_types: Mapping[str, EntityType] = field(default_factory=lambda: MappingProxyType({}))
    # place key → QID of the country it lies in, named in the document or not ("Tokyo" → Japan's QID)
    place_country_qid: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # government body key → key of its country ("Cabinet of Japan" → Japan), when the document names the country
    body_country: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # every written form of the document's countries (normalised) → the country's key: "u s", "ri", "amerika"
    country_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # organisation key → the head words of its organs the gazetteer knows by a name built on the organisation's
    # ("Council of the European Union", "EU Council": the EU has a "council"); read by the bare body anaphor
    organ_heads: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # after the role rules (with_roles): who leads which country or organisation, who serves which country
    leader_of: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    person_country: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # what a rule's confidence becomes in the evidence (kg.extract.calibration); the empty table keeps it
    calibration: CalibrationTable = field(default_factory=CalibrationTable)

    @classmethod
    def of(cls, resolved: Iterable[ResolvedEntity], calibration: CalibrationTable | None = None,
           body_heads: Iterable[str] = ()) -> ExtractionContext:
        """The maps of ``resolved``; ``body_heads`` are the language's head words of bodies a release names alone
        ("council"), whose organs of the document's organisations :attr:`organ_heads` holds."""
        entities = list(resolved)
        country_key = {e.qid: e.key for e in entities if e.qid and e.type is EntityType.COUNTRY}
        places = [e for e in entities if e.type is EntityType.PLACE and e.country in country_key]
        return cls(
            country_key=_frozen(country_key),
            person_country_qid=_frozen({e.key: e.country for e in entities
                                        if e.type is EntityType.PERSON and e.country}),
            known_leaders=_frozen({e.key: country_key[e.country] for e in entities
                                   if e.type is EntityType.PERSON and e.entry is not None
                                   and e.entry.subtype == "Leader" and e.country in country_key}),
            place_country=_frozen({e.key: country_key[e.country] for e in places if e.country}),
            capital_country=_frozen({e.key: country_key[e.country] for e in places if e.country and _is_capital(e)}),
            capitals=frozenset(e.key for e in entities if e.type is EntityType.PLACE and _is_capital(e)),
            entity_types=MappingProxyType({e.key: e.type for e in entities}),
            place_country_qid=_frozen({e.key: e.country for e in entities if e.type is EntityType.PLACE and e.country}),
            body_country=_frozen({e.key: country_key[e.country] for e in entities
                                  if e.type is EntityType.ORGANIZATION and e.entry is not None
                                  and e.entry.subtype == AGENCY and e.country in country_key}),
            country_names=_frozen(_country_names(entities)),
            organ_heads=MappingProxyType(_organ_heads(entities, frozenset(body_heads))),
            calibration=calibration if calibration is not None else CalibrationTable(),
        )

    def with_roles(self, roles: Iterable[RoleFact]) -> ExtractionContext:
        """This context with who leads what and who serves which country, from the role facts found."""
        facts = list(roles)
        leader_of = {f.person: f.holder for f in facts if f.kind is RelationKind.LEADER_OF}
        for key, country in self.known_leaders.items():
            leader_of.setdefault(key, country)
        person_country = {f.person: f.holder for f in facts if self.entity_types[f.holder] is EntityType.COUNTRY}
        for key, qid in self.person_country_qid.items():
            if qid in self.country_key:
                person_country.setdefault(key, self.country_key[qid])
        return replace(self, leader_of=_frozen(leader_of), person_country=_frozen(person_country))


def _organ_heads(entities: list[ResolvedEntity], heads: frozenset[str]) -> dict[str, frozenset[str]]:
    """Organisation key → each of ``heads`` that, with one of its gazetteer names, names another organisation the
    gazetteer knows: "council" for the EU ("Council of the European Union", "EU Council"). A body's organs are
    data, not a list of ours: a release's "The Council" after the EU is that council, and the EU acts through it."""
    if not heads:
        return {}
    gaz = gazetteer_data.load()
    organ_heads: dict[str, frozenset[str]] = {}
    for e in entities:
        if e.type is not EntityType.ORGANIZATION or e.entry is None:
            continue
        names = e.entry.names()
        found = frozenset(head for head in heads for name in names
                          if any(hit.key != e.entry.key and hit.type is EntityType.ORGANIZATION
                                 for form in (f"{head} of the {name}", f"{name} {head}")
                                 for hit in gaz.lookup(form)))
        if found:
            organ_heads[e.key] = found
    return organ_heads


def _country_names(entities: list[ResolvedEntity]) -> dict[str, str]:
    names: dict[str, str] = {}
    for e in entities:
        if e.type is EntityType.COUNTRY:
            forms = [*e.cluster.surface_forms, *(e.entry.names() if e.entry is not None else ())]
            for form in forms:
                names.setdefault(normalise(form), e.key)
    return names


def _is_capital(e: ResolvedEntity) -> bool:
    """A national capital (the gazetteer's role "capital"), which may stand for its country's government."""
    return e.entry is not None and (e.entry.role or "").lower() == "capital"
