"""The subject of a passive sanction is the name an apposition describes, not a name inside it (branch en16s,
issue 9): "X, the press secretary of Y, was also added to the list", "X, a close aide to Y, was sanctioned by Z"
sanction X, not Y (``ClauseParties._apposition_head``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TOLD = "The European Union imposed sanctions on Belarus. "
EU = "European Union"


@pytest.mark.parametrize(("text", "fact"), [
    (TOLD + "Natalia Eismont, the press secretary of Alexander Lukashenko, was sanctioned by Canada.",
     (("Canada",), ("Natalia Eismont",))),
    (TOLD + "Natalia Eismont, a close aide to Alexander Lukashenko, was also sanctioned by Canada.",
     (("Canada",), ("Natalia Eismont",))),
    (TOLD + "Natalia Eismont, the press secretary of Alexander Lukashenko, was also added to the list.",
     ((EU,), ("Natalia Eismont",))),
])
def test_the_described_name_is_sanctioned(text: str, fact: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    found = read(text, "en")
    assert found.events(EventKind.SANCTION) == {((EU,), ("Belarus",)), fact}


def test_a_name_after_the_apposition_is_still_the_subject() -> None:
    found = read(TOLD + "Natalia Eismont, the press secretary, said Alexander Lukashenko was sanctioned by Canada.",
                 "en")
    assert (("Canada",), ("Alexander Lukashenko",)) in found.events(EventKind.SANCTION)
    assert (("Canada",), ("Natalia Eismont",)) not in found.events(EventKind.SANCTION)
