""""(Anthony Albanese tiba di Tokyo.) Pemimpin Australia itu bertemu Ana Ruiz": a leader's title before a country and
a demonstrative refers to the person last named who is known to lead that country — a leadership fact
(``roles._leader_anaphora``, rule ``leader-role-phrase``); the country and demonstrative after any other word
("kebijakan Australia itu", "warga Australia itu") make none. Indonesian (the demonstrative after the noun).
Issue 9 (branch mut16, seed 191). Sentences written for these tests; the leader is the gazetteer's."""

from __future__ import annotations

import pytest
from facts import read, read_uncalibrated

from kg.model import RelationKind


def test_a_leader_title_before_a_country_and_a_demonstrative_names_its_known_leader() -> None:
    found = read("Anthony Albanese tiba di Tokyo. Pemimpin Australia itu bertemu Ana Ruiz.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {("Anthony Albanese", "Australia")}
    assert [r.evidence.rule for r in found.extraction.relations] == ["leader-role-phrase"]


@pytest.mark.parametrize("second", ["Ia memuji kebijakan Australia itu.", "Warga Australia itu bertemu Ana Ruiz."])
def test_a_country_and_a_demonstrative_after_another_word_name_no_leader(second: str) -> None:
    found = read(f"Anthony Albanese tiba di Tokyo. {second}", "id")
    assert "Australia" in found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_the_leader_fact_keeps_its_rule_s_own_confidence_without_a_calibration_table() -> None:
    x = read_uncalibrated("Anthony Albanese tiba di Tokyo. Pemimpin Australia itu bertemu Ana Ruiz.", "id").extraction
    assert [(r.evidence.rule, r.evidence.confidence) for r in x.relations] == [("leader-role-phrase", 0.75)]


def test_a_text_ending_right_after_the_country_is_read_to_its_end() -> None:
    found = read("Anthony Albanese tiba di Tokyo. Pemimpin Australia", "id")
    assert "Australia" in found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == set()
