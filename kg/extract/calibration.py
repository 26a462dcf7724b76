"""Calibrated confidence: a fact's ``kg:confidence`` is the share of such facts that were right on the dev set.

A rule's own number (``EventTraits.confidence``, the role rules' 0.7 …) is a guess written with
the rule. The calibration table (``data/models/calibration.json``, fitted by
``scripts/calibrate.py``) replaces it by the precision measured for the rule, smoothed toward
coarser groups so that a rule seen twice gets neither 0 nor 1::

    all facts → fact kind ("Visit", "leaderOf") → each ":" prefix of the rule ("en", "en:visit",
    "en:visit:verb") → the rule ("en:visit:verb:visited")

Each level is a Beta posterior mean whose prior mean is its parent's value, worth ``strength``
facts: ``(correct + strength × parent) / (seen + strength)``. A rule the table does not know
(written after the fit) takes the value of its nearest known level — what a rule with no
observations would get; a fact kind the table does not know keeps the rule's own number.
:mod:`kg.extract.reliability` fits the table and measures it; docs/accuracy.md ("Calibration") has the
numbers and the command that refits the table.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType

from kg import caches
from kg.errors import ResourceError
from kg.model import Extraction
from kg.paths import data_dir

__all__ = ["CalibrationTable", "Cell", "at_least", "clear_cache", "load", "rule_levels", "table_path"]

DEFAULT_STRENGTH = 16.0
"""Pseudo-observations behind each level's prior: a rule needs many facts to move far from its kind."""
TABLE_ENV = "NEWSKG_CALIBRATION"
"""Environment variable naming another table file, or ``none`` for the rules' own (raw) confidences."""


@dataclass(frozen=True, slots=True)
class Cell:
    """One level of the table: its calibrated ``value`` and the dev-set facts behind it."""

    value: float
    seen: int = 0
    correct: int = 0


def rule_levels(rule: str) -> list[str]:
    """The rule's ":" prefixes, coarsest first, ending with the rule: "en:visit:verb" → en, en:visit, en:visit:verb."""
    parts = rule.split(":")
    return [":".join(parts[: n + 1]) for n in range(len(parts))]


@dataclass(frozen=True, slots=True)
class CalibrationTable:
    """Calibrated confidences by fact kind and rule level; the empty table keeps every raw confidence."""

    overall: Cell = field(default_factory=lambda: Cell(0.5))
    kinds: Mapping[str, Cell] = field(default_factory=lambda: MappingProxyType({}))
    rules: Mapping[str, Mapping[str, Cell]] = field(default_factory=lambda: MappingProxyType({}))
    strength: float = DEFAULT_STRENGTH
    documents: int = 0

    def confidence(self, kind: str, rule: str, raw: float) -> float:
        """The calibrated confidence of a fact of ``kind`` found by ``rule`` (``raw``: the rule's own number)."""
        cell = self.kinds.get(kind)
        if cell is None:
            return raw
        levels = self.rules.get(kind, {})
        for level in rule_levels(rule):
            cell = levels.get(level, cell)
        return cell.value

    # -- file -------------------------------------------------------------------------------------------
    def to_json(self) -> dict:
        def cell(c: Cell) -> dict:
            return {"value": round(c.value, 4), "seen": c.seen, "correct": c.correct}

        return {
            "about": "Calibrated kg:confidence by fact kind and extraction rule (kg/extract/calibration.py); "
                     "refit with `make calibrate` (docs/accuracy.md, Calibration).",
            "strength": self.strength,
            "documents": self.documents,
            "overall": cell(self.overall),
            "kinds": {kind: {**cell(c), "rules": {r: cell(rc) for r, rc in sorted(self.rules.get(kind, {}).items())}}
                      for kind, c in sorted(self.kinds.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping) -> CalibrationTable:
        def cell(d: Mapping) -> Cell:
            value = float(d["value"])
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"value {value} outside [0, 1]")
            return Cell(value, int(d.get("seen", 0)), int(d.get("correct", 0)))

        kinds = {kind: cell(d) for kind, d in data["kinds"].items()}
        rules = {kind: MappingProxyType({r: cell(rd) for r, rd in d.get("rules", {}).items()})
                 for kind, d in data["kinds"].items()}
        return cls(cell(data["overall"]), MappingProxyType(kinds), MappingProxyType(rules),
                   float(data.get("strength", DEFAULT_STRENGTH)), int(data.get("documents", 0)))

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def table_path() -> Path | None:
    """The table in use: ``$NEWSKG_CALIBRATION`` (``none``: no table), else ``data/models/calibration.json``."""
    chosen = os.environ.get(TABLE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in {"", "none"} else Path(chosen)
    return data_dir() / "models" / "calibration.json"


def load(path: Path | None = None) -> CalibrationTable:
    """The calibration table at ``path`` (default :func:`table_path`); none there: the empty table (raw
    confidences). Read once per process and path; :func:`kg.nlp.pipeline.reset` forgets it."""
    explicit = path is not None or os.environ.get(TABLE_ENV) is not None
    path = path if path is not None else table_path()
    if path is None:
        return CalibrationTable()
    return _load(path.resolve(), explicit)


@cache
def _load(path: Path, explicit: bool) -> CalibrationTable:
    if not path.is_file():
        if explicit:
            raise ResourceError(f"no calibration table {path}",
                                hint=f"Name an existing file, or set {TABLE_ENV}=none for the rules' own confidences.")
        return CalibrationTable()
    try:
        return CalibrationTable.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ResourceError(f"calibration table {path} is unreadable: {exc}",
                            hint="Refit it with `make calibrate` (docs/accuracy.md).") from None


def clear_cache() -> None:
    _load.cache_clear()


caches.register("kg.extract.calibration._load", clear_cache)


def at_least(extraction: Extraction, threshold: float) -> Extraction:
    """The extraction without the facts (relations, events) less confident than ``threshold``; entities stay."""
    if threshold <= 0.0:
        return extraction
    return replace(extraction,
                   relations=tuple(r for r in extraction.relations if r.evidence.confidence >= threshold),
                   events=tuple(e for e in extraction.events if e.evidence.confidence >= threshold))
