"""A clause opened by a time phrase that starts with a time word ("Later that day", "Earlier in the week") and no
comma: the name after it is the subject, as after "On Tuesday" (`DocView._after_fronted_phrase`, ``time_words``).
Not a place phrase ending right before the name ("In Lima Ana Ruiz …" reads as before)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("opening", ["Later that day", "Later in the day", "Earlier in the week", "Later"])
def test_a_time_phrase_before_the_subject(opening: str) -> None:
    found = read(f"{opening} Ana Ruiz met Marta Vidal in Lima.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_a_time_phrase_before_a_host() -> None:
    found = read("Later in the day Ana Ruiz hosted Marta Vidal at the palace.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_a_time_phrase_before_an_accuser() -> None:
    found = read("Later that week Chile accused Peru of fraud.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_no_time_word_opens_the_phrase() -> None:
    assert read("Only in Lima Ana Ruiz met Marta Vidal.", "en").events(EventKind.MEETING) == set()
