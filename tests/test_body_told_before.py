"""A title owned by a body told before (branch en10, issue 9): "The agency's Director General, X," — the definite
head noun ("the agency") refers to the last body named whose name has that head, and X holds the title there.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

BEFORE = "Chile rejected a report by the International Atomic Energy Agency on Monday. "


@pytest.mark.parametrize(("text", "kind"), [
    ("The agency's Director General, Ana Ruiz, told reporters the report was accurate.", RelationKind.LEADER_OF),
    ("The agency's spokesperson, Ana Ruiz, told reporters the report was accurate.", RelationKind.OFFICIAL_OF),
])
def test_the_title_belongs_to_the_body_told_before(text: str, kind: RelationKind) -> None:
    x = read(BEFORE + text, "en")
    assert x.relations(kind) == {("Ana Ruiz", "International Atomic Energy Agency")}


@pytest.mark.parametrize("text", [
    "An agency's Director General, Ana Ruiz, told reporters the report was accurate.",  # indefinite: no reference
    "The commission's chairman, Ana Ruiz, told reporters the report was accurate.",  # no commission named before
    "The agency's former director, Ana Ruiz, told reporters the report was accurate.",  # no longer holds it
])
def test_no_title_without_a_body_of_that_head_told_before(text: str) -> None:
    x = read(BEFORE + text, "en")
    assert "Ana Ruiz" in x.entity_names()
    assert x.relations(RelationKind.LEADER_OF) == set()
    assert x.relations(RelationKind.OFFICIAL_OF) == set()
