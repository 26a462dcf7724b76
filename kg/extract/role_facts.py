"""The fact a title gives (``leaderOf``/``officialOf`` of a person), shared by the title readers of ``roles.py`` and
``appositive_roles.py``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.model import EntityType, RelationKind

HOLDERS = (EntityType.COUNTRY, EntityType.ORGANIZATION)
APPOSITION_REACH = 12  # tokens from a person's name back to the start of the title phrase before its comma


@dataclass(frozen=True, slots=True)
class RoleFact:
    kind: RelationKind
    person: str
    holder: str  # country or organisation key
    sentence: Span
    rule: str
    confidence: float
