"""A list of names between two clauses of the same verb: "Japan visited Peru, Bolivia and Brazil visited Chile" — the
first name after the first verb is its object, never a subject of the second clause, however many conjuncts stand
between (``arguments._conjuncts_left`` reads each conjunct back to the first verb). Both languages; sentences
written for these tests (mut20, seed 199: ``_conjuncts_left`` 29 stepped over every second conjunct)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "second", "host"), [
    ("Japan visited Peru, Bolivia and Brazil visited Chile.", "en", "Brazil", "Chile"),
    ("Jepang mengunjungi Peru, Bolivia dan Brasil mengunjungi Chili.", "id", "Brasil", "Chili"),
], ids=["en", "id"])
def test_the_first_verbs_object_is_no_subject_of_the_second(text: str, lang: str, second: str, host: str) -> None:
    visits = read(text, lang).events(EventKind.VISIT)
    to_host = [agents for agents, targets in visits if targets == (host,)]
    assert len(to_host) == 1
    assert second in to_host[0] and "Peru" not in to_host[0]
    assert any(targets[:1] == ("Peru",) for _, targets in visits)  # Peru stays the first visit's destination


@pytest.mark.parametrize(("text", "lang", "second", "host"), [
    ("Japan visited Peru and Brazil visited Chile.", "en", "Brazil", "Chile"),
    ("Jepang mengunjungi Peru dan Brasil mengunjungi Chili.", "id", "Brasil", "Chili"),
], ids=["en", "id"])
def test_two_names_between_the_clauses(text: str, lang: str, second: str, host: str) -> None:
    visits = read(text, lang).events(EventKind.VISIT)
    assert {agents for agents, targets in visits if targets == (host,)} == {(second,)}
