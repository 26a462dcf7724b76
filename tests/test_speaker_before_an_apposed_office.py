"""A speaker whose office is apposed to the name, set off by commas, is the subject of the speech verb after the
closing comma: "Ana Ruiz, the ambassador, said Washington …" is Ana Ruiz's statement, not the reported clause's
subject's; so is "The envoy, Ana Ruiz of Peru, said …" (the of-phrase qualifies the apposed name). A comma phrase
holding no office ("Bolivia, the neighbour,", "on Monday, in Lima,") closes no apposition: the speaker follows."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ana Ruiz, the ambassador, said Washington stood with its ally."),
    ("en", "Ana Ruiz, the ambassador of Peru, said Washington stood with its ally."),
    ("en", "Ana Ruiz, its foreign minister, said Washington stood with its ally."),
    ("en", "The envoy, Ana Ruiz of Peru, said Washington stood with its ally."),
    ("id", "Ana Ruiz, sang duta besar, mengatakan Washington mendukung sekutunya."),
    ("id", "Duta besar itu, Ana Ruiz dari Peru, mengatakan Washington mendukung sekutunya."),
])
def test_the_name_before_the_office_speaks(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}
    assert "Washington, D.C." in found.entity_names()


@pytest.mark.parametrize("text", [
    "Peru met Bolivia, the neighbour, said Chile.",
    "Peru met Bolivia in Lima, the capital of Peru, said Chile.",
    "Peru met Bolivia on Monday, in Lima, said Chile.",
])
def test_no_office_apposed_the_speaker_follows(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
    assert found.events(EventKind.MEETING) == {(("Bolivia", "Peru"), ())}
