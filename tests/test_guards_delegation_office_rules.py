""""Delegasi Jepang yang dipimpin Wakil Menteri Luar Negeri Ana Ruiz": the office read from the country sending the
delegation is recorded as found by that rule (kg:rule, which the calibration table's per-rule cells key on), not as
a title read before the name — which is the rule of "Wakil Menteri Luar Negeri Jepang Ana Ruiz". Sentences written
for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "rule"), [
    ("Delegasi Jepang yang dipimpin Wakil Menteri Luar Negeri Ana Ruiz tiba di Lima.", "title-delegation-sender"),
    ("Wakil Menteri Luar Negeri Jepang Ana Ruiz tiba di Lima.", "title-before-name"),
])
def test_an_office_is_recorded_with_the_rule_that_read_it(text: str, rule: str) -> None:
    x = read(text, "id")
    offices = [r for r in x.extraction.relations if r.kind is RelationKind.OFFICIAL_OF]
    assert [(x.names[r.subject], x.names[r.object], r.evidence.rule) for r in offices] == [
        ("Ana Ruiz", "Jepang", rule)]
