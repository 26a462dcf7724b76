""""On Monday, Peru met Bolivia in Lima, said Chile": a speech verb right after a name and a comma takes its speaker
after it, unless that comma closes a name set off by commas ("The envoy, Ana Ruiz, said Chile met Peru": the name
is the subject of "said"). Only the commas of the name's own noun phrase count (``events._closes_apposition``),
not one earlier in the sentence. English (Indonesian "kata X" reads its speaker after it either way). Issue 9
(branch mut16, seed 191). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("opening", ["", "On Monday, "])
def test_a_comma_earlier_in_the_sentence_leaves_the_speaker_after_the_verb(opening: str) -> None:
    found = read(f"{opening}Peru met Bolivia in Lima, said Chile.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
    assert found.events(EventKind.MEETING) == {(("Bolivia", "Peru"), ())}


@pytest.mark.parametrize("text", ["The envoy, Ana Ruiz, said Chile met Peru.",
                                  "On Monday, the envoy, Ana Ruiz, said Chile met Peru."])
def test_a_name_set_off_by_commas_is_the_speaker_before_the_verb(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}
    assert found.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
