"""Exact facts of one sentence, for the guard tests (tests/test_guards_*.py, tests/test_link_guards.py).

A guard test is a minimal pair: the positive sentence gives exactly one fact (type, agents, targets); the
negative one differs by the guarded word and gives none of that type — while the entities both sentences
name are still found, so the negative cannot pass because nothing was extracted at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract import extract, extract_doc
from kg.extract.calibration import CalibrationTable
from kg.model import Document, EventKind, Extraction, RelationKind
from kg.nlp.pipeline import make_pipeline


@dataclass(frozen=True)
class Read:
    """One sentence's extraction, by entity names (the linked Wikidata names where a link was made)."""

    extraction: Extraction

    @property
    def names(self) -> dict[str, str]:
        return {e.key: e.name for e in self.extraction.entities}

    def events(self, kind: EventKind) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
        """(sorted agent names, target names) of each event of ``kind``."""
        name = self.names
        return {(tuple(sorted(name[a] for a in ev.agents)), tuple(name[t] for t in ev.targets))
                for ev in self.extraction.events if ev.kind is kind}

    def relations(self, kind: RelationKind) -> set[tuple[str, str]]:
        name = self.names
        return {(name[r.subject], name[r.object]) for r in self.extraction.relations if r.kind is kind}

    def types(self) -> dict[str, str]:
        """Entity name → type."""
        return {e.name: e.type.value for e in self.extraction.entities}

    def entity_names(self) -> set[str]:
        return {e.name for e in self.extraction.entities}

    def qid(self, name: str) -> str | None:
        return next(e.qid for e in self.extraction.entities if e.name == name)


def read(text: str, lang: str) -> Read:
    return Read(extract(Document("t", text, lang, "test")))


def read_uncalibrated(text: str, lang: str) -> Read:
    """As :func:`read`, with an empty calibration table (``NEWSKG_CALIBRATION=none``): each fact keeps the confidence
    its rule gives it."""
    document = Document("t", text, lang, "test")
    return Read(extract_doc(document, make_pipeline(lang)(text), calibrated=CalibrationTable()))
