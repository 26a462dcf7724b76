"""A phone call received (issue 9, session 15, branch id15), Indonesian, by the exact fact: "X menerima (panggilan)
telepon dari Y" is a call between X and Y, as "X menelepon Y" is; what else X receives from Y ("surat", a letter)
is no meeting. English reads "received a phone call from" already (tests/test_constructions_en.py)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

SUGIONO = "Menteri Luar Negeri RI Sugiono"
ARAGHCHI = "Menteri Luar Negeri Iran Abbas Araghchi"


@pytest.mark.parametrize("call", ["menerima panggilan telepon dari", "menerima telepon dari",
                                  "mendapat telepon dari", "menerima sambungan telepon dari"])
def test_a_call_received_from_someone_is_a_call_between_the_two(call: str) -> None:
    found = read(f"{SUGIONO} {call} {ARAGHCHI}, Senin.", "id")
    assert found.events(EventKind.MEETING) == {(("Abbas Araghchi", "Sugiono"), ())}


def test_a_call_received_after_an_adverb_names_both() -> None:
    found = read("Emir Qatar Tamim bin Hamad Al Thani kemudian menerima telepon dari Presiden Prabowo Subianto.", "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Tamim bin Hamad Al Thani"), ())}


def test_a_letter_received_is_no_meeting() -> None:
    found = read(f"{SUGIONO} menerima surat dari {ARAGHCHI}, Senin.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Sugiono", "Abbas Araghchi"} <= found.entity_names()
