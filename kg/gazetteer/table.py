"""The entries of one gazetteer build, keyed by QID (or local key), and the aliases dropped on the way."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.gazetteer.entry import GazetteerEntry, sort_key
from kg.model import EntityType

__all__ = ["EntryTable"]


class EntryTable:
    """The state of one build (see :func:`kg.gazetteer.builder.build`): the entries so far, what was dropped, and
    the counts and hashes the build's stats report."""

    def __init__(self, source_dir: Path, lexicon_dir: Path) -> None:
        self.source_dir = source_dir
        self.lexicon_dir = lexicon_dir
        self.entries: dict[str, GazetteerEntry] = {}
        self.dropped: list[tuple[str, str, str, str]] = []  # file, qid, alias, reason
        self.merged_places: list[str] = []
        self.lexicon_entries = 0
        self.lexicon_hashes: dict[str, str] = {}
        self.extra_entries = 0
        self.extra_hash = ""

    def add(self, entry: GazetteerEntry) -> None:
        self.entries[entry.key] = entry

    def drop(self, file: str, qid: str, dropped: Iterable[tuple[str, str]]) -> None:
        self.dropped += [(file, qid, alias, reason) for alias, reason in dropped]

    def _entry_of_type(self, qid: str, entry_type: EntityType) -> GazetteerEntry | None:
        entry = self.entries.get(qid)
        return entry if entry is not None and entry.type is entry_type else None

    def sorted_entries(self) -> list[GazetteerEntry]:
        return sorted(self.entries.values(), key=sort_key)
