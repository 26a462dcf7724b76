"""Leave-one-document-out calibration from counts (``kg.extract.reliability``): every fold's confidences equal those
of the table :func:`fit` refits on the other documents — hand-made sets (several kinds, nested rule levels, the
"same facts as its parent" skip, facts with several evidences, a kind or level only one document holds), every
strength, the nested choice of strength, and a larger random set with a fixed seed.

The reference below is the refit loop as it stood before the counts (session 17), kept here verbatim so that the
counts are checked against something they do not share.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from kg.extract import reliability
from kg.extract.reliability import (
    STRENGTHS,
    Observation,
    brier,
    calibrated,
    choose_strength,
    cross_validated,
    fit,
    refit_cross_validated,
)

EXACT = 1e-12


def refit_loo(facts: Sequence[Observation], strength: float | None) -> list[tuple[float, bool]]:
    out: list[tuple[float, bool]] = [(0.0, False)] * len(facts)
    for doc in sorted({f.document for f in facts}):
        train = [f for f in facts if f.document != doc]
        table = fit(train, strength if strength is not None else refit_choose(train, STRENGTHS))
        for n, f in enumerate(facts):
            if f.document == doc:
                out[n] = (calibrated(table, f), f.correct)
    return out


def refit_choose(facts: Sequence[Observation], strengths: Sequence[float]) -> float:
    return min(strengths, key=lambda s: (round(brier(refit_loo(facts, s)), 12), s))


def assert_same(fast: list[tuple[float, bool]], slow: list[tuple[float, bool]]) -> None:
    assert len(fast) == len(slow)
    assert [ok for _, ok in fast] == [ok for _, ok in slow]
    worst = max((abs(a - b) for (a, _), (b, _) in zip(fast, slow, strict=True)), default=0.0)
    assert worst <= EXACT, worst


def fact(kind: str, rules: str, correct: bool, doc: str, raw: float = 0.7) -> Observation:
    """A fact with one evidence per rule of ``rules`` (space-separated), each of confidence ``raw``."""
    return Observation(kind, tuple((rule, raw) for rule in rules.split()), correct, doc)


# Visits by the verb and the noun (en) and by an Indonesian verb, meetings by one rule, a treaty party by a rule of
# one level: a. the verb rule's coarser levels hold the same facts as it in some folds, not in others (the skip);
# b. one fact has two evidences reaching different levels; c. the Indonesian level and the treaty kind live in one
# document only, so the fold without it does not know them.
HAND_MADE = [
    fact("Visit", "en:visit:verb:visited", True, "a"),
    fact("Visit", "en:visit:verb:visited", True, "a"),
    fact("Visit", "en:visit:verb:toured", False, "a"),
    fact("Visit", "en:visit:noun:visit en:visit:verb:visited", True, "b", 0.9),
    fact("Visit", "en:visit:noun:visit", False, "b"),
    fact("Visit", "id:visit:verb:mengunjungi", True, "c", 0.6),
    fact("Visit", "en:visit:verb:visited", True, "c"),
    fact("Meeting", "en:meeting:verb:met", False, "a"),
    fact("Meeting", "en:meeting:verb:met", True, "b"),
    fact("Meeting", "en:meeting:verb:met", True, "d"),
    fact("Meeting", "en:meeting:noun:talks", True, "d", 0.5),
    fact("treatyParty", "treaty-signatory", True, "d", 0.8),
    fact("treatyParty", "treaty-signatory", False, "d", 0.8),
]


@pytest.mark.parametrize("strength", [1, 2.0, 4.5, 16.0, 64.0])
def test_each_fold_equals_the_table_refitted_without_its_document(strength: float) -> None:
    assert_same(cross_validated(HAND_MADE, strength), refit_loo(HAND_MADE, strength))


def test_the_fold_confidences_are_the_refitted_ones_to_the_last_bit() -> None:
    assert cross_validated(HAND_MADE, 4.0) == refit_loo(HAND_MADE, 4.0)


def test_a_fold_without_a_kind_keeps_the_rules_own_numbers() -> None:
    held_out = cross_validated(HAND_MADE, 2.0)
    assert held_out[-2:] == [(0.8, True), (0.8, False)]  # only "d" has treaty parties
    assert held_out[5][0] != 0.6  # the Indonesian verb is new to its fold, but visits are not: the kind's value


def test_the_skip_follows_the_fold_not_the_whole_set() -> None:
    """Without "b", every English visit is a verb visit: "en:visit:verb" holds as many facts as "en" and is not a
    level of its own, so "visited" (its finer level) is smoothed toward "en", whose own prior is the kind."""
    strength = 2.0
    train = [f for f in HAND_MADE if f.document not in {"b"}]
    table = fit(train, strength)
    assert "en:visit:verb" not in table.rules["Visit"] and "en" in table.rules["Visit"]
    right = sum(f.correct for f in train)
    overall = (right + 1) / (len(train) + 2)
    visits = [f for f in train if f.kind == "Visit"]
    kind = (sum(f.correct for f in visits) + strength * overall) / (len(visits) + strength)
    english = (3 + strength * kind) / (4 + strength)  # four English visits, three right
    visited = (3 + strength * english) / (3 + strength)
    b = [n for n, f in enumerate(HAND_MADE) if f.document == "b"]
    assert cross_validated(HAND_MADE, strength)[b[0]] == (pytest.approx(visited, abs=EXACT), True)


def test_choose_strength_and_the_nested_search_equal_the_refits() -> None:
    assert choose_strength(HAND_MADE) == refit_choose(HAND_MADE, STRENGTHS)
    assert choose_strength(HAND_MADE, (1.0, 3.0)) == refit_choose(HAND_MADE, (1.0, 3.0))
    assert_same(cross_validated(HAND_MADE), refit_loo(HAND_MADE, None))


def random_facts(seed: int, documents: int) -> list[Observation]:
    """Labelled facts over a tree of rule levels: each rule has its own precision, so levels differ."""
    rng = random.Random(seed)
    rules = [f"{lang}:{kind.lower()}:{cls}:{word}" for lang in ("en", "id") for kind in ("Visit", "Meeting")
             for cls in ("verb", "noun") for word in ("w1", "w2", "w3")] + ["title-before-name", "en:appos"]
    precision = {rule: rng.uniform(0.4, 0.98) for rule in rules}
    out = []
    for d in range(documents):
        for _ in range(rng.randint(0, 14)):
            kind = rng.choice(("Visit", "Meeting", "leaderOf"))
            chosen = rng.sample(rules, rng.choice((1, 1, 1, 2, 3)))
            evidences = tuple((rule, rng.choice((0.5, 0.7, 0.85, 0.9))) for rule in chosen)
            out.append(Observation(kind, evidences, rng.random() < precision[chosen[0]], f"doc{d:03}"))
    return out


@pytest.mark.parametrize("strength", [2.0, 8.0, 32.0])
def test_a_random_set_of_sixty_documents_equals_its_refits(strength: float) -> None:
    facts = random_facts(18, 60)
    assert_same(cross_validated(facts, strength), refit_loo(facts, strength))


def test_the_nested_search_on_a_random_set_equals_its_refits() -> None:
    facts = random_facts(1718, 12)
    assert choose_strength(facts) == refit_choose(facts, STRENGTHS)
    assert_same(cross_validated(facts), refit_loo(facts, None))


# A rule whose first level is empty (":x") is not nested in the kind's other levels: fit compares "en" with the
# facts of "" (a set), not with the kind. The counts cannot, so such facts take the refits.
EMPTY_FIRST_LEVEL = [
    fact("Visit", ":x en", True, "a"),
    fact("Visit", "fr", False, "a"),
    fact("Visit", "en", True, "b"),
]


def test_rules_with_an_empty_first_level_are_cross_validated_by_refits() -> None:
    assert not reliability._countable(EMPTY_FIRST_LEVEL)
    assert reliability._Folds(EMPTY_FIRST_LEVEL).cross_validated(2.0) != refit_loo(EMPTY_FIRST_LEVEL, 2.0)
    assert cross_validated(EMPTY_FIRST_LEVEL, 2.0) == refit_loo(EMPTY_FIRST_LEVEL, 2.0)
    assert refit_cross_validated(EMPTY_FIRST_LEVEL, 2.0) == refit_loo(EMPTY_FIRST_LEVEL, 2.0)
    assert choose_strength(EMPTY_FIRST_LEVEL) == refit_choose(EMPTY_FIRST_LEVEL, STRENGTHS)
