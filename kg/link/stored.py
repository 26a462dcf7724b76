"""What the store says: the unlinked entities, each document's languages and what it already links."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import OWL, RDFS, SDO, SKOS

from kg.link.candidates import Name, qid_of
from kg.model import EntityType
from kg.rdf import BASE_TYPES
from kg.sparql import iri_refs, prologue
from kg.store import Store
from kg.vocab import KG

__all__ = ["StoredEntity", "document_context", "document_languages", "unlinked_entities"]

_BASE_TYPE_IRIS = {iri: t for t, iri in BASE_TYPES.items()}


@dataclass(slots=True)
class StoredEntity:
    """An unlinked entity node as the store describes it, across all its document graphs."""

    iri: str
    type: EntityType
    labels: set[Name] = field(default_factory=set)  # rdfs:label
    aliases: set[Name] = field(default_factory=set)  # skos:altLabel
    graphs: set[str] = field(default_factory=set)
    types: set[EntityType] = field(default_factory=set)

    @property
    def name(self) -> str:
        english = sorted(t for t, lang in self.labels if lang == "en")
        return (english or sorted(t for t, _ in self.labels) or [self.iri])[0]

    def texts(self) -> set[str]:
        return {t for t, _ in self.labels | self.aliases}


_PREFIXES = prologue({"kg": KG, "owl": OWL, "rdfs": RDFS, "skos": SKOS, "schema": SDO})


def unlinked_entities(store: Store) -> list[StoredEntity]:
    """Entities of the five base types with no ``owl:sameAs`` in any graph, sorted by IRI."""
    classes = iri_refs(BASE_TYPES.values())
    result = store.query(_PREFIXES + f"""
SELECT ?g ?e ?type ?p ?text ?lang WHERE {{
  VALUES ?type {{ {classes} }}
  GRAPH ?g {{ ?e a ?type . OPTIONAL {{ ?e ?p ?l . FILTER(?p = rdfs:label || ?p = skos:altLabel) }} }}
  FILTER(isIRI(?e))
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?e owl:sameAs ?any }} }}
  BIND(STR(?l) AS ?text)
  BIND(LANG(?l) AS ?lang)
}}""")
    entities: dict[str, StoredEntity] = {}
    for graph, iri, type_iri, predicate, text, lang in result.rows:
        etype = _BASE_TYPE_IRIS[URIRef(str(type_iri))]
        entity = entities.setdefault(str(iri), StoredEntity(str(iri), etype))
        entity.types.add(etype)
        entity.graphs.add(str(graph))
        if text and lang:
            name = (str(text), str(lang).lower())
            (entity.labels if predicate == str(RDFS.label) else entity.aliases).add(name)
    return [entities[k] for k in sorted(entities)]


def document_languages(store: Store) -> dict[str, set[str]]:
    """Named graph → the languages of the documents it holds."""
    rows = store.query(_PREFIXES + "SELECT ?g ?lang WHERE { GRAPH ?g { ?d a kg:Document ; "
                       "schema:inLanguage ?lang } }").rows
    langs: dict[str, set[str]] = defaultdict(set)
    for graph, lang in rows:
        if lang:
            langs[str(graph)].add(str(lang).lower())
    return dict(langs)


def document_context(store: Store) -> dict[str, set[str]]:
    """Named graph → QIDs of the entities linked in it (what the rest of the document is about)."""
    rows = store.query(_PREFIXES + "SELECT ?g ?link WHERE { GRAPH ?g { ?x owl:sameAs ?link } }").rows
    context: dict[str, set[str]] = defaultdict(set)
    for graph, link in rows:
        qid = qid_of(str(link))
        if qid:
            context[str(graph)].add(qid)
    return dict(context)


