"""Verbs that characterise what someone said of a thing (session 17, the lead): "X described the talks as
productive", "X branded the sanctions a hostile act" report X's words — a statement of X, as "describing it as" and
"calling it" already were. A described thing is no speaker, and unnamed describers make none. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ana Ruiz described the talks as productive.", "Ana Ruiz"),
    ("Chile's foreign ministry describes the border as calm.", "Chile"),
    ("North Korea branded the sanctions a hostile act.", "North Korea"),
])
def test_a_characterisation_is_a_statement(text: str, speaker: str) -> None:
    assert (speaker,) in {agents for agents, _ in read(text, "en").events(EventKind.STATEMENT)}


@pytest.mark.parametrize("text", [
    "Officials described the talks with Chile as productive.",
    "The report described Chile as a partner.",
])
def test_no_named_describer_no_statement(text: str) -> None:
    result = read(text, "en")
    assert "Chile" in result.entity_names()
    assert result.events(EventKind.STATEMENT) == set()
