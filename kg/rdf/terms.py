"""The ontology terms the model maps to: entity types and subtypes, event classes, relation predicates, and the
prefixes every writer binds."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Namespace
from rdflib.term import Node

from kg.model import EntityType, EventKind, RelationKind
from kg.vocab import KG, WD

__all__ = ["BASE_TYPES", "EVENT_CLASSES", "PREFIXES", "RELATION_PREDICATES", "SUBTYPES", "Triple", "bind_prefixes"]


Triple = tuple[Node, Node, Node]


BASE_TYPES: dict[EntityType, URIRef] = {
    EntityType.PERSON: KG.Person,
    EntityType.ORGANIZATION: KG.Organization,
    EntityType.COUNTRY: KG.Country,
    EntityType.PLACE: KG.Place,
    EntityType.TREATY: KG.Treaty,
}


SUBTYPES: dict[str, tuple[URIRef, EntityType]] = {
    "leader": (KG.Leader, EntityType.PERSON),
    "official": (KG.Official, EntityType.PERSON),
    "agency": (KG.Agency, EntityType.ORGANIZATION),
    "newsagency": (KG.NewsAgency, EntityType.ORGANIZATION),
    "internationalorganization": (KG.InternationalOrganization, EntityType.ORGANIZATION),
    "city": (KG.City, EntityType.PLACE),
}
"""``Entity.subtype`` (case-insensitive) → (ontology class, the base type it refines)."""


EVENT_CLASSES: dict[EventKind, URIRef] = {kind: KG[kind.value] for kind in EventKind}
"""Each event type's class: the ontology term of its name (a type without one fails here, at import)."""


RELATION_PREDICATES: dict[RelationKind, URIRef] = {
    RelationKind.LEADER_OF: KG.leaderOf,
    RelationKind.OFFICIAL_OF: KG.officialOf,
    RelationKind.TREATY_PARTY: KG.party,
}


PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "schema": str(SDO),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}


def bind_prefixes(graph: Graph) -> None:
    """Bind the prefixes the writers use, so files are readable and identical run to run."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
