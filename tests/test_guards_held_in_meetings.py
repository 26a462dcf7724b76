"""Parties who agree "at a meeting in X" / "dalam pertemuan di X" took part in that meeting; a meeting named after a
relative pronoun or a comma belongs to another clause ("the proposal that was made at a meeting", "usulan yang
diajukan dalam pertemuan"), and those who agreed on it are not its parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Indonesia dan Vietnam sepakat meningkatkan perdagangan dalam pertemuan di Hanoi.", "id",
     ("Indonesia", "Vietnam")),
    ("Indonesia and Vietnam agreed to boost trade at a meeting in Hanoi.", "en", ("Indonesia", "Vietnam")),
])
def test_who_agree_at_a_meeting_are_its_parties(text: str, lang: str, pair: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == {(pair, ())}
    assert found.events(EventKind.MEETING) == {(pair, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Indonesia dan Vietnam sepakat menolak usulan yang diajukan dalam pertemuan di Hanoi.", "id"),
    ("Indonesia dan Vietnam sepakat menolak usulan itu, diajukan dalam pertemuan di Hanoi.", "id"),
    ("Indonesia and Vietnam agreed to reject the proposal that was made at a meeting in Hanoi.", "en"),
    ("Indonesia and Vietnam agreed to reject the proposal, made at a meeting in Hanoi.", "en"),
])
def test_a_meeting_in_another_clause_has_not_the_agreeing_parties(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == {(("Indonesia", "Vietnam"), ())}
    assert found.events(EventKind.MEETING) == set()
