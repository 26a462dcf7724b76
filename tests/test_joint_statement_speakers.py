"""A plural phrase speaking in a joint statement or a joint press conference is the pair told before: "In a joint
statement, the two governments said …", "Dalam pernyataan bersama, kedua negara mengatakan …" — each makes a
statement. Without a word that they spoke together ("Both sides said …", "Kedua negara mengatakan …") the phrase
names no speaker, as before. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Chile and Peru signed a trade agreement on Monday. In a joint statement, the two governments said the deal "
     "would double trade.", "en", ("Chile", "Peru")),
    ("Indonesia dan Vietnam menandatangani nota kesepahaman pada Sabtu. Dalam pernyataan bersama, kedua negara "
     "mengatakan kerja sama akan diperluas.", "id", ("Indonesia", "Vietnam")),
])
def test_a_pair_speaking_jointly_makes_statements(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.STATEMENT) == {(pair, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru signed a trade agreement on Monday. Both sides said the deal would double trade.", "en"),
    ("Indonesia dan Vietnam menandatangani nota kesepahaman pada Sabtu. Kedua negara mengatakan kerja sama akan "
     "diperluas.", "id"),
])
def test_a_pair_not_said_to_speak_jointly_makes_none(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT)
    assert found.events(EventKind.STATEMENT) == set()
