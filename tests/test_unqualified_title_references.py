"""References to the story's own official in English wire copy: a definite title ("the prime minister") repeats
the office written unqualified ("Prime Minister X"), not a foreigner's qualified by a demonym or a possessive
("Malaysian Prime Minister Y", "Thailand's Prime Minister Y"), however recently named; a pronoun in a sentence that
opens with such a title is that holder; a pronoun after "…, where" is the subject of the clause that named the
place. Issue 9 (branch en15a). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ARRIVAL = "Prime Minister Anthony Albanese arrived in Hanoi on Monday."


HOSTS = ["Vietnamese Prime Minister Pham Minh Chinh", "Vietnam's Prime Minister Pham Minh Chinh"]


@pytest.mark.parametrize("host", HOSTS)
def test_a_definite_title_is_the_unqualified_holder(host: str) -> None:
    found = read(f"{ARRIVAL} He was welcomed at the airport by {host}. The prime minister then flew to Bangkok.", "en")
    assert (("Anthony Albanese",), ("Bangkok",)) in found.events(EventKind.VISIT)
    assert not any("Bangkok" in targets for agents, targets in found.events(EventKind.VISIT)
                   if agents != ("Anthony Albanese",))


def test_with_every_holder_qualified_the_last_named_is_meant() -> None:
    found = read("Indian Prime Minister Narendra Modi arrived in Hanoi on Monday. He was welcomed at the airport by "
                 "Vietnamese Prime Minister Pham Minh Chinh. The prime minister then flew to Bangkok.", "en")
    bangkok = {agents for agents, targets in found.events(EventKind.VISIT) if targets == ("Bangkok",)}
    assert bangkok == {("Phạm Minh Chính",)}


def test_a_pronoun_after_an_opening_title_is_its_holder() -> None:
    found = read(f"{ARRIVAL} He was received by Vietnamese Prime Minister Pham Minh Chinh. The two prime ministers "
                 "discussed trade. The prime minister then flew to Singapore, where he met President Tharman "
                 "Shanmugaratnam.", "en")
    assert (("Anthony Albanese", "Tharman Shanmugaratnam"), ()) in found.events(EventKind.MEETING)
    assert (("Phạm Minh Chính", "Tharman Shanmugaratnam"), ()) not in found.events(EventKind.MEETING)


def test_a_pronoun_after_where_is_the_subject_of_the_clause_placing_it() -> None:
    found = read("Kremlin spokesman Dmitry Peskov spoke to reporters. The call came a day after Foreign Minister "
                 "Hakan Fidan visited Moscow, where he held talks with Sergei Lavrov.", "en")
    assert found.events(EventKind.MEETING) == {(("Hakan Fidan", "Sergei Lavrov"), ())}


def test_where_after_no_subject_leaves_the_pronoun_to_the_sentence_before() -> None:
    found = read("Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. The call followed a visit to Moscow, "
                 "where he held talks with Sergei Lavrov.", "en")
    assert found.events(EventKind.MEETING) == {(("Dmitry Peskov", "Sergei Lavrov"), ())}
