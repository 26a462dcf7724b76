"""What the event rules find, before it becomes the model: drafts of events and of treaty parties, and the state
the parts of the event finder share (:class:`FinderState`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract.context import ExtractionContext
from kg.extract.view import DocView
from kg.model import EntityType, EventKind
from kg.nlp.resources import LangResources

AGENT_TYPES = (EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PLACE)
FRAME_CONFIDENCE = 0.7  # reciprocal and passive frames, "between X and Y", treaty parties


@dataclass(frozen=True, slots=True)
class EventDraft:
    kind: EventKind
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    sentence: Span
    rule: str
    confidence: float
    location: str | None = None
    trigger: tuple[int, int] | None = None  # its tokens [start, end): what kg.extract.dating dates by


Found = EventDraft | list[EventDraft] | None  # what a frame finds at one trigger


@dataclass(frozen=True, slots=True)
class PartyDraft:
    party: str
    treaty: str
    sentence: Span
    rule: str
    confidence: float


class FinderState:
    """What the parts of :class:`kg.extract.events.EventFinder` (argument search, anaphora, journeys, treaty
    parties) read: set by its ``__init__``. ``events`` and ``parties`` grow as the document is read, so "the two
    leaders" finds the pair of the last meeting told. The parts also use the finder's argument search
    (``_draft``, ``_resolve``, ``_subjects``, ``_location``, ``_of_types``)."""

    view: DocView
    res: LangResources
    context: ExtractionContext
    events: list[EventDraft]
    acts_without_target: list[EventDraft]  # "sanctioned four entities": an act whose agent later sentences refer to
    parties: list[PartyDraft]
