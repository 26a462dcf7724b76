"""A body named after its nationality and trade (branch en14s, issue 9): "the Chinese drone maker Skyrise
Technology", "the Iranian state bank Sepah" — the name is the target, not the country ("three Iranian banks", naming
none, stand for Iran); a trade noun before a one-word name makes it an organisation ("the arms maker Kalashnikov",
"the state lender Gazprombank"; lexicon ``org_cues``). English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"


@pytest.mark.parametrize(("text", "targets"), [
    ("The Treasury sanctioned the Chinese drone maker Skyrise Technology.", ("Skyrise Technology",)),
    ("The Treasury sanctioned the Iranian state bank Sepah.", ("Sepah",)),
    ("The Treasury sanctioned the Chinese company Skyrise and its chief executive, Li Wei.", ("Skyrise", "Li Wei")),
    ("The Treasury sanctioned three Iranian banks on Monday.", ("Iran",)),
])
def test_the_named_body_is_the_target(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((TREASURY,), targets)}


@pytest.mark.parametrize(("text", "name"), [
    ("The package also covers the Moscow-based arms maker Kalashnikov.", "Kalashnikov"),
    ("The list includes the state lender Gazprombank.", "Gazprombank"),
])
def test_a_trade_before_a_one_word_name(text: str, name: str) -> None:
    assert read(text, "en").types().get(name) == "Organization"


def test_no_trade_no_body() -> None:
    assert "Kalashnikov" not in read("The package also covers Kalashnikov rifles.", "en").types()
