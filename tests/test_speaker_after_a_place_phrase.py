""""Peru met Bolivia on Monday, in Lima, said Chile": a name that closes a phrase set off by commas after a
preposition ("…, in Lima,") is that preposition's object, an adverbial — not a name in apposition, which would be
the subject of the speech verb after it — so the speaker follows the verb (``events._closes_apposition``). A name
set off by commas without a preposition before it ("The envoy in Lima, Ana Ruiz, said …") is still the subject.
Issue 9 (branch fix13; found by mut16). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", ["Peru met Bolivia on Monday, in Lima, said Chile.",
                                  "Peru met Bolivia, in Lima, said Chile.",
                                  "Peru met Bolivia on Monday, at a summit in Lima, said Chile."])
def test_a_place_phrase_set_off_by_commas_leaves_the_speaker_after_the_verb(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
    assert found.events(EventKind.MEETING) == {(("Bolivia", "Peru"), ())}


@pytest.mark.parametrize("text", ["The envoy in Lima, Ana Ruiz, said Chile met Peru.",
                                  "On Monday, in Lima, the envoy, Ana Ruiz, said Chile met Peru."])
def test_a_name_set_off_by_commas_after_a_place_phrase_is_the_speaker(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}
    assert found.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}


def test_indonesian_the_speaker_follows_kata_after_a_place_phrase() -> None:
    found = read("Peru bertemu Bolivia pada hari Senin, di Lima, kata Chile.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Chili",), ())}
    assert found.events(EventKind.MEETING) == {(("Bolivia", "Peru"), ())}
