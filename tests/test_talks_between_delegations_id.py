"""Talks between two sides' delegations (issue 9, session 18, branch id18): in "perundingan antara delegasi X dan
(delegasi) Y" each delegation noun stands for the side that sent it, so X and Y met — as in "perundingan antara X dan
Y" — whoever mediated or hosted the talks. Before, the delegation noun before the first side hid both and the talks
had no parties. A head-initial construction (the noun before its side); sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Qatar memediasi perundingan antara delegasi Chili dan Peru di Doha, Senin.",
    "Perundingan antara delegasi Chili dan delegasi Peru berlangsung di Doha.",
    "Presiden Brasil Luiz Inacio Lula da Silva menjadi tuan rumah perundingan damai antara delegasi Chili dan Peru di "
    "Brasilia.",
    "Norwegia dan Swiss memediasi pembicaraan antara delegasi Chili dan delegasi Peru di Oslo.",
], ids=["mediated", "both-delegations", "hosted", "two-mediators"])
def test_the_delegations_sides_met(text: str) -> None:
    assert read(text, "id").events(EventKind.MEETING) == {(("Chili", "Peru"), ())}


@pytest.mark.parametrize(("text", "names"), [
    # one side only: no pair met
    ("Perundingan antara delegasi Chili berlangsung di Doha.", {"Chili", "Doha"}),
    # the delegation is not one a side sent: a relative clause, no side right after the noun
    ("Qatar memediasi perundingan antara delegasi yang dipimpin Menteri Luar Negeri Chili dan Peru.",
     {"Qatar", "Chili", "Peru"}),
], ids=["one-side", "no-side-after-the-noun"])
def test_no_pair_no_meeting(text: str, names: set[str]) -> None:
    found = read(text, "id")
    assert names <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()
