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
    "refit_cross_validated",
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
    (nested), so the result never saw the document it scores.

    Computed from counts (:class:`_Folds`), without refitting: the confidences are those of :func:`fit` on each fold,
    to the last bit (tests/test_calibration_folds.py); :func:`refit_cross_validated` is the reference by refits."""
    if not _countable(facts):
        return refit_cross_validated(facts, strength)
    folds = _Folds(facts)
    return folds.cross_validated(strength) if strength is not None else folds.nested(STRENGTHS)


def choose_strength(facts: Sequence[Observation], strengths: Sequence[float] = STRENGTHS) -> float:
    """The prior strength with the lowest leave-one-document-out Brier score on ``facts`` (the smallest on ties)."""
    if not _countable(facts):
        return min(strengths, key=lambda s: (round(brier(refit_cross_validated(facts, s)), 12), s))
    return _Folds(facts).choose((), strengths)


def refit_cross_validated(facts: Sequence[Observation], strength: float | None = None) -> list[tuple[float, bool]]:
    """:func:`cross_validated` by refitting the whole table for every fold: the reference the counts must equal, and
    the way for rules whose first level is empty (``""``, ``":x"``), whose levels are not nested in their kind's."""
    out: list[tuple[float, bool]] = [(0.0, False)] * len(facts)  # in the order of ``facts``
    for doc in sorted({f.document for f in facts}):
        train = [f for f in facts if f.document != doc]
        table = fit(train, strength if strength is not None else choose_strength(train))
        for n, f in enumerate(facts):
            if f.document == doc:
                out[n] = (calibrated(table, f), f.correct)
    return out


def _countable(facts: Iterable[Observation]) -> bool:
    """Whether every level of every rule lies inside its parent level (no rule's first ":" part is empty): then a
    fold's "same facts as its parent" is "as many facts as its parent", and :class:`_Folds` applies."""
    return all(rule.partition(":")[0] for f in facts for rule, _ in f.evidences)


Tally = tuple[int, int]
"""(facts seen, facts right) of one cell of the table."""


class _Folds:
    """Leave-documents-out tables of :func:`fit` from counts: a cell's facts are a sum over documents, so a fold's are
    the totals minus the held-out documents'; only the cells a scored fact's evidences reach are computed.

    What :func:`fit` does with sets of facts is done here with their sizes: a level holds a subset of its parent's
    facts (a fact reaching ``en:visit:verb`` reaches ``en:visit``), so "the same facts as its parent" — the level
    :func:`fit` does not store — is "as many facts". The arithmetic is :func:`fit`'s, term for term, on the same
    integers, so the confidences are equal, not close.
    """

    def __init__(self, facts: Sequence[Observation]) -> None:
        self.facts = facts
        self.documents: dict[str, list[int]] = defaultdict(list)  # document → its facts (indexes), in order
        # Cell keys: None for all facts, the kind, (kind, level) for a rule level.
        self.by_document: dict[str, dict[object, list[int]]] = defaultdict(dict)
        self.totals: dict[object, list[int]] = {}
        self.chains: list[tuple[tuple[object, ...], ...]] = []  # per fact, per evidence: its level keys, coarsest first
        for n, f in enumerate(facts):
            self.documents[f.document].append(n)
            chains = tuple(tuple((f.kind, level) for level in rule_levels(rule)) for rule, _ in f.evidences)
            self.chains.append(chains)
            for key in {None, f.kind, *(key for chain in chains for key in chain)}:  # once per cell, however reached
                for counts in (self.by_document[f.document], self.totals):
                    cell = counts.setdefault(key, [0, 0])
                    cell[0] += 1
                    cell[1] += f.correct

    def tally(self, key: object, held_out: Sequence[Mapping[object, list[int]]]) -> Tally:
        """The facts of a cell in the fold that leaves out the documents whose counts are ``held_out``."""
        seen, right = self.totals.get(key, (0, 0))
        for counts in held_out:
            gone = counts.get(key)
            if gone is not None:
                seen -= gone[0]
                right -= gone[1]
        return seen, right

    def scores(self, doc: str, held_out: tuple[str, ...], strengths: Sequence[float]) -> list[list[float]]:
        """The calibrated confidence of each fact of ``doc`` (in order) under the table fitted without the documents
        ``held_out``, one list per strength."""
        gone = [self.by_document[d] for d in held_out]
        seen, right = self.tally(None, gone)
        overall = (right + 1) / (seen + 2)
        out: list[list[float]] = [[] for _ in strengths]
        for n in self.documents[doc]:
            fact = self.facts[n]
            kind = self.tally(fact.kind, gone)
            if kind[0] == 0:  # a kind the fold's table does not know: the rules' own numbers
                for column in out:
                    column.append(fact.confidence)
                continue
            paths = {self._kept_levels(chain, kind[0], gone) for chain in self.chains[n]}  # the fact's best counts
            for column, strength in zip(out, strengths, strict=True):
                value = (kind[1] + strength * overall) / (kind[0] + strength)
                column.append(max(self._smoothed(path, value, strength) for path in paths))
        return out

    def _kept_levels(self, chain: tuple[object, ...], kind_seen: int,
                     held_out: Sequence[Mapping[object, list[int]]]) -> tuple[Tally, ...]:
        """The tallies of the levels of one rule that the fold's table stores, coarsest first (:func:`fit`'s skip)."""
        kept: list[Tally] = []
        parent_seen = kind_seen  # the nearest stored coarser level's facts; the kind's when none is
        for key in chain:
            cell = self.tally(key, held_out)
            if cell[0] == 0:
                break  # not in the fold, nor any finer level of the rule
            if cell[0] != parent_seen:
                kept.append(cell)
                parent_seen = cell[0]
        return tuple(kept)

    @staticmethod
    def _smoothed(path: tuple[Tally, ...], value: float, strength: float) -> float:
        for seen, right in path:
            value = (right + strength * value) / (seen + strength)
        return value

    def _loo(self, held_out: tuple[str, ...], strengths: Sequence[float]) -> list[list[tuple[float, bool]]]:
        """Per strength: leave-one-document-out (confidence, right) of the facts outside ``held_out``, in order."""
        columns: list[list[tuple[float, bool] | None]] = [[None] * len(self.facts) for _ in strengths]
        for doc in sorted(d for d in self.documents if d not in held_out):
            for column, scored in zip(columns, self.scores(doc, (*held_out, doc), strengths), strict=True):
                for n, confidence in zip(self.documents[doc], scored, strict=True):
                    column[n] = (confidence, self.facts[n].correct)
        return [[pair for pair in column if pair is not None] for column in columns]

    def cross_validated(self, strength: float) -> list[tuple[float, bool]]:
        [column] = self._loo((), (strength,))
        return column

    def choose(self, held_out: tuple[str, ...], strengths: Sequence[float]) -> float:
        """:func:`choose_strength` on the facts outside ``held_out``."""
        briers = {s: round(brier(column), 12) for s, column in zip(strengths, self._loo(held_out, strengths),
                                                                   strict=True)}
        return min(strengths, key=lambda s: (briers[s], s))

    def nested(self, strengths: Sequence[float]) -> list[tuple[float, bool]]:
        """:func:`cross_validated` whose every fold chooses its strength on its own training documents."""
        out: list[tuple[float, bool]] = [(0.0, False)] * len(self.facts)
        for doc in sorted(self.documents):
            [scored] = self.scores(doc, (doc,), (self.choose((doc,), strengths),))
            for n, confidence in zip(self.documents[doc], scored, strict=True):
                out[n] = (confidence, self.facts[n].correct)
        return out
