"""The one data model between the NLP stages and RDF.

Every stage after ``nlp`` speaks in these small immutable values: ingest yields
:class:`Document`, extraction yields an :class:`Extraction` (entities, relations,
events, each fact with its :class:`Evidence`), and ``kg.rdf`` turns an
``Extraction`` into a graph. Nothing downstream looks at spaCy objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    """The five entity classes of the ontology contract (``kg:Person`` …)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    PLACE = "Place"
    TREATY = "Treaty"


class RelationKind(StrEnum):
    """Binary facts between two entities, written as direct triples.

    ``TREATY_PARTY`` is stored subject=party, object=treaty and written as
    ``treaty kg:party party``.
    """

    LEADER_OF = "leaderOf"
    OFFICIAL_OF = "officialOf"
    TREATY_PARTY = "party"


ANY_ENTITY: frozenset[EntityType] = frozenset(EntityType)
# who can meet or agree: anyone but an instrument ("X dan Y menyepakati Perjanjian Z": Z is what they agree on)
PARTY_TYPES: frozenset[EntityType] = ANY_ENTITY - {EntityType.TREATY}


class Modality(StrEnum):
    """How the text presents a fact it mentions, when not as something that happened.

    Read from the words of the trigger's clause before it (``kg.extract.modality``); the word
    classes are each language's ``negation`` and ``modality`` lists in ``kg/lang/<code>/lexicon.json``.
    """

    NEGATED = "negated"  # "did not sign", "tidak bertemu", "refused to meet"
    DENIED = "denied"  # "denied meeting", "membantah telah bertemu": reported as denied
    HYPOTHETICAL = "hypothetical"  # "if they meet", "could sign", "jika", "mungkin": a condition or a possibility
    INTENDED = "intended"  # "plans to visit", "wants to", "berencana", "urged … to": a plan, wish or proposal
    THREATENED = "threatened"  # "threatened to impose", "mengancam akan": a threat
    SCHEDULED = "scheduled"  # "will sign", "akan menandatangani", "is scheduled to visit": future, announced


NOT_ASSERTED: frozenset[Modality] = frozenset(Modality)
# A party to a treaty is who the text says signs it, has signed it, will or wants to sign it: the gold
# guidelines make treatyParty "a party to a Treaty entity of the text", an instrument the text individuates,
# and count its prospective parties ("wants to sign a named treaty with X"). Not a party: who did not
# or refused to sign, denies it, threatens it, or would sign only under a condition.
PARTY_BLOCKED_BY: frozenset[Modality] = frozenset({Modality.NEGATED, Modality.DENIED, Modality.HYPOTHETICAL,
                                                   Modality.THREATENED})


@dataclass(frozen=True, slots=True)
class EventTraits:
    """What an event type is: how the rules fill its arguments, and where the graph and queries record it.

    The extraction frames (``kg.extract.events``) read these instead of testing the kind, so a
    new type is a new row of :class:`EventKind` plus its triggers and ontology terms
    (docs/extending.md).
    """

    symmetric: bool = False  # the parties are all agents, two or more, in no order: "X met Y" = "Y met X"
    needs_agent: bool = True  # False: a target alone makes the fact (a sanction whose imposer is not named)
    needs_target: bool = False  # no fact without a target: a visit needs a destination, an accusation an accused
    destination: bool = False  # the target is where the agent travels: never its home country, not a return home
    agent_types: frozenset[EntityType] = ANY_ENTITY  # entity types an agent may have
    target_types: frozenset[EntityType] = ANY_ENTITY  # entity types a target may have
    # the modalities under which the text does not assert the fact: "did not sign", "will sign", "if they meet"
    blocked_by: frozenset[Modality] = NOT_ASSERTED
    document_bound: bool = False  # one event per report (a speech act), never merged across documents
    speech_act: bool = False  # saying so is the act ("X accused Y"): whoever does it by a verb also made a Statement
    owner_is_target: bool = False  # judging someone's act judges them: "condemned X's crackdown" accuses X
    # acting on unnamed members acts on what they belong to: "sanctions on five officials of X" are on X
    members_stand_for_owner: bool = False
    confidence: float = 0.7  # of a fact found by the type's verb or noun frame
    shape: str | None = None  # its own SHACL shape in ontology/shapes.ttl, beyond kgsh:EventShape
    query: str | None = None  # the shipped query that lists it (queries/<query>.rq)


class EventKind(StrEnum):
    """Event types: the value is the ontology class (``kg:Visit`` …), ``traits`` what the type is.

    One row per type. Its triggers are in each language's ``triggers.json`` (``"kind": "Visit"``),
    its class and shape in ``ontology/``; ``tests/test_event_types.py`` checks they agree.
    """

    traits: EventTraits

    def __new__(cls, value: str, traits: EventTraits) -> EventKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.traits = traits
        return member

    # A trip or a meeting the text states as scheduled is reported as one ("will visit Seoul on Sunday",
    # "akan bertemu"; the gold guidelines count a scheduled trip), never one planned, wished, threatened,
    # conditional, denied or negated. Signing, agreeing, accusing and sanctioning are facts only once done.
    VISIT = "Visit", EventTraits(
        destination=True, needs_target=True, confidence=0.75, shape="VisitShape", query="visits",
        agent_types=frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION}),
        target_types=frozenset({EntityType.PLACE, EntityType.COUNTRY}),
        blocked_by=NOT_ASSERTED - {Modality.SCHEDULED})
    MEETING = "Meeting", EventTraits(symmetric=True, confidence=0.75, shape="PartiesShape",
                                     query="meetings", agent_types=PARTY_TYPES,
                                     blocked_by=NOT_ASSERTED - {Modality.SCHEDULED})
    AGREEMENT = "Agreement", EventTraits(symmetric=True, confidence=0.75, shape="PartiesShape",
                                         agent_types=PARTY_TYPES)
    ACCUSATION = "Accusation", EventTraits(needs_target=True, speech_act=True, owner_is_target=True,
                                           query="accusations")
    # what a denial answers is a claim ("denied the reports"), not an entity the rules can name;
    # speech acts are reported as made unless negated ("declined to comment")
    DENIAL = "Denial", EventTraits(target_types=frozenset(), confidence=0.75, query="accusations",
                                   blocked_by=frozenset({Modality.NEGATED}))
    # "X and Y said": every named speaker made a statement
    STATEMENT = "Statement", EventTraits(document_bound=True, query="statements",
                                         blocked_by=frozenset({Modality.NEGATED}))
    SANCTION = "Sanction", EventTraits(needs_agent=False, needs_target=True,
                                       members_stand_for_owner=True, query="sanctions")


@dataclass(frozen=True, slots=True)
class Document:
    """One news text as read by ``kg.ingest``.

    ``id`` is stable: the id given in JSON Lines, else a content hash.
    ``source`` says where it came from (``path`` or ``path:line``).
    """

    id: str
    text: str
    lang: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity: character offsets into ``Document.text``."""

    start: int
    end: int
    text: str
    sentence: int
    method: str  # which component found it: "gazetteer", "names", "coref", …


@dataclass(frozen=True, slots=True)
class Entity:
    """A document-level entity: all mentions of one thing in one document.

    ``key`` is unique within the document's extraction and is what relations and
    events refer to. ``qid`` is the Wikidata id when linking found one.
    ``subtype`` refines ``type`` (e.g. "Leader", "Agency", "NewsAgency", "City")
    and maps to an ``rdfs:subClassOf`` class of the ontology when it has one.
    """

    key: str
    type: EntityType
    name: str
    lang: str
    aliases: tuple[str, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()  # extra (text, lang) names, e.g. the gazetteer's English name
    qid: str | None = None
    subtype: str | None = None
    mentions: tuple[Mention, ...] = ()
    link_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where and how a fact was found.

    ``start``/``end`` are the character offsets of the supporting sentence in
    ``Document.text``; ``rule`` names the pattern or component that produced the
    fact; ``confidence`` lies in [0, 1].
    """

    document_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside [0, 1]")
        if self.start > self.end:
            raise ValueError(f"evidence offsets reversed: {self.start} > {self.end}")


@dataclass(frozen=True, slots=True)
class Relation:
    """A binary fact ``subject kind object`` between two entity keys."""

    kind: RelationKind
    subject: str
    object: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened: who acted (``agents``), at whom (``targets``).

    Every party of a meeting or agreement is an agent. A visit's target is the
    place or country visited. A sanction's agent is the imposer when stated.
    """

    kind: EventKind
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    evidence: Evidence
    location: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())

    def entity(self, key: str) -> Entity:
        for entity in self.entities:
            if entity.key == key:
                return entity
        raise KeyError(key)
