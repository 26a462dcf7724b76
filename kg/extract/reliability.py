"""Fitting and measuring the calibration table of :mod:`kg.extract.calibration` on labelled facts.

The labelled set is a list of :class:`Observation`: one fact as a scorer counts it, its
evidences (rule, raw confidence) and whether it was right. ``scripts/calibrate.py`` makes
them from the dev articles; the tests make them by hand. :func:`fit` gives the table,
:func:`brier` and :func:`reliability` say how well confidences match outcomes, and
:func:`cross_validated` measures a table on documents it was not fitted on — the number
that tells whether calibration will hold on articles nobody has read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from kg.extract.calibration import DEFAULT_STRENGTH, CalibrationTable, Cell, rule_levels

__all__ = [
    "STRENGTHS",
    "Bin",
    "Observation",
    "brier",
    "calibrated",
    "calibration_error",
    "choose_strength",
    "cross_validated",
    "fit",
    "reliability",
]

STRENGTHS = (2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
"""The prior strengths :func:`choose_strength` tries."""


@dataclass(frozen=True, slots=True)
class Observation:
    """One scored fact of a labelled set: its kind, its evidences as (rule, raw confidence), right or wrong."""

    kind: str
    evidences: tuple[tuple[str, float], ...]
    correct: bool
    document: str = ""

    @property
    def confidence(self) -> float:
        """The raw confidence of the fact: its most confident evidence."""
        return max(c for _, c in self.evidences)


def calibrated(table: CalibrationTable, fact: Observation) -> float:
    """A fact's confidence under ``table``: the most confident of its evidences after calibration."""
    return max(table.confidence(fact.kind, rule, raw) for rule, raw in fact.evidences)


def fit(observations: Iterable[Observation], strength: float = DEFAULT_STRENGTH) -> CalibrationTable:
    """The table of a labelled set: precision per level, each smoothed toward its parent (see
    :mod:`kg.extract.calibration`).

    A fact counts once at each level: in its kind, and in every rule level one of its evidences reaches.
    """
    facts = list(observations)
    documents = len({o.document for o in facts})

    def smoothed(correct: int, seen: int, parent: float) -> Cell:
        return Cell((correct + strength * parent) / (seen + strength), seen, correct)

    right = sum(o.correct for o in facts)
    overall = Cell((right + 1) / (len(facts) + 2), len(facts), right)  # Laplace: the prior of the priors is flat
    by_kind: dict[str, list[Observation]] = defaultdict(list)
    for o in facts:
        by_kind[o.kind].append(o)
    kinds: dict[str, Cell] = {}
    rules: dict[str, Mapping[str, Cell]] = {}
    for kind, group in sorted(by_kind.items()):
        kinds[kind] = smoothed(sum(o.correct for o in group), len(group), overall.value)
        members: dict[str, set[int]] = defaultdict(set)  # level → the facts (indexes into group) it holds
        for n, o in enumerate(group):
            for rule, _ in o.evidences:
                for level in rule_levels(rule):
                    members[level].add(n)
        cells: dict[str, Cell] = {}
        held: dict[str, set[int]] = {}
        for level in sorted(members, key=lambda name: (name.count(":"), name)):  # parents first
            parent = level.rpartition(":")[0]
            while parent and parent not in cells:
                parent = parent.rpartition(":")[0]
            if members[level] == held.get(parent, set(range(len(group)))):
                continue  # the same facts as its parent: shrinking toward it again would only weaken the prior
            prior = cells[parent].value if parent else kinds[kind].value
            cells[level] = smoothed(sum(group[n].correct for n in members[level]), len(members[level]), prior)
            held[level] = members[level]
        rules[kind] = MappingProxyType(cells)
    return CalibrationTable(overall, MappingProxyType(kinds), MappingProxyType(rules), strength, documents)


# -- measuring ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bin:
    """One row of a reliability table: facts with confidence in [lower, upper), their mean and precision."""

    lower: float
    upper: float
    facts: int
    mean_confidence: float
    precision: float


def brier(scored: Iterable[tuple[float, bool]]) -> float:
    """Mean squared difference between confidence and outcome (1 right, 0 wrong): lower is better."""
    pairs = list(scored)
    return sum((c - float(ok)) ** 2 for c, ok in pairs) / len(pairs) if pairs else 0.0


def reliability(scored: Iterable[tuple[float, bool]], bins: int = 10) -> list[Bin]:
    """Deciles of confidence (the last one closed: 1.0 falls in [0.9, 1.0]); empty bins are left out."""
    groups: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for c, ok in scored:
        groups[min(int(c * bins), bins - 1)].append((c, ok))
    return [Bin(i / bins, (i + 1) / bins, len(g), sum(c for c, _ in g) / len(g), sum(ok for _, ok in g) / len(g))
            for i, g in sorted(groups.items())]


def calibration_error(scored: Iterable[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error: the facts' mean distance between a decile's mean confidence and precision."""
    table = reliability(scored, bins)
    total = sum(b.facts for b in table)
    return sum(b.facts * abs(b.mean_confidence - b.precision) for b in table) / total if total else 0.0


def cross_validated(facts: Sequence[Observation], strength: float | None = None) -> list[tuple[float, bool]]:
    """(confidence, right) of every fact, in order, under the table fitted on the *other* documents (leave one
    document out). ``strength`` None: each fold picks its own by :func:`choose_strength` on its training documents only
    (nested), so the result never saw the document it scores."""
    out: list[tuple[float, bool]] = [(0.0, False)] * len(facts)  # in the order of ``facts``
    for doc in sorted({f.document for f in facts}):
        train = [f for f in facts if f.document != doc]
        table = fit(train, strength if strength is not None else choose_strength(train))
        for n, f in enumerate(facts):
            if f.document == doc:
                out[n] = (calibrated(table, f), f.correct)
    return out


def choose_strength(facts: Sequence[Observation], strengths: Sequence[float] = STRENGTHS) -> float:
    """The prior strength with the lowest leave-one-document-out Brier score on ``facts`` (the smallest on ties)."""
    return min(strengths, key=lambda s: (round(brier(cross_validated(facts, s)), 12), s))
