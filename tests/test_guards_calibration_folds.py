"""Leave-one-document-out calibration (``kg.extract.reliability``) on a labelled set of a single document: its
one fold trains on nothing, so the facts keep their rules' own confidences, and choosing the prior strength on
no facts takes the smallest one rather than failing (``make calibrate`` on a one-article dev set)."""

from __future__ import annotations

import pytest

from kg.extract.reliability import STRENGTHS, Observation, brier, choose_strength, cross_validated

VISITED = "en:visit:verb:visited"


def test_one_documents_facts_keep_their_raw_confidences_under_cross_validation() -> None:
    facts = [Observation("Visit", ((VISITED, 0.7),), True, "d1"), Observation("Visit", ((VISITED, 0.7),), False, "d1")]
    assert cross_validated(facts) == [(0.7, True), (0.7, False)]
    assert brier(cross_validated(facts)) == pytest.approx((0.3 ** 2 + 0.7 ** 2) / 2)


def test_no_facts_score_zero_and_choose_the_smallest_strength() -> None:
    assert brier([]) == 0.0
    assert choose_strength([]) == min(STRENGTHS)
