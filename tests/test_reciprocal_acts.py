"""A one-sided act done to each other (branch en10, issue 9): "A and B accused each other" is two accusations, each
side accusing the other; the reciprocal pronoun is no target to look for. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Armenia and Azerbaijan accused each other on Tuesday of shelling border villages.", "en"),
    ("Armenia and Azerbaijan blamed one another for the clashes.", "en"),
    ("Armenia dan Azerbaijan menuduh satu sama lain pada hari Selasa.", "id"),
])
def test_each_side_accuses_the_other(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {
        (("Armenia",), ("Azerbaijan",)), (("Azerbaijan",), ("Armenia",))}


def test_each_side_sanctions_the_other() -> None:
    assert read("India and Pakistan imposed sanctions on each other in 2019.", "en").events(EventKind.SANCTION) == {
        (("India",), ("Pakistan",)), (("Pakistan",), ("India",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Armenia accused Azerbaijan on Tuesday of shelling border villages.", "en"),  # one side, no reciprocal
    ("Armenia menuduh Azerbaijan pada hari Selasa.", "id"),
])
def test_without_a_reciprocal_only_the_subject_accuses(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {(("Armenia",), ("Azerbaijan",))}


def test_a_reciprocal_after_a_verb_of_no_act_is_no_accusation() -> None:
    x = read("Armenia and Azerbaijan said they respected each other.", "en")
    assert {"Armenia", "Azerbaijan"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()


def test_one_name_and_a_reciprocal_is_no_accusation() -> None:
    x = read("Officials of the ministry and Armenia accused each other of lying.", "en")
    assert "Armenia" in x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()
