""""Canada imposed sanctions on five entities based abroad, including X": lowercase words of the member noun phrase
may stand between the counted members and the comma before their names (``members.named_after_members``); a
capitalised word there ("based in Asia") ends the phrase, and the name after the comma is no member. Issue 9
(branch mut15). English: the Indonesian phrase puts a relative clause there ("yang berbasis di …"), read as a
capitalised word's phrase too. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

NAMED = (("Canada",), ("Golden Lotus Holdings",))


def test_lowercase_words_after_the_counted_members_lead_to_their_names() -> None:
    found = read("Canada imposed sanctions on five entities based abroad, including Golden Lotus Holdings.", "en")
    assert found.events(EventKind.SANCTION) == {NAMED}


def test_a_capitalised_word_after_the_counted_members_names_none_of_them() -> None:
    found = read("Canada imposed sanctions on five entities based in Asia, including Golden Lotus Holdings.", "en")
    assert {"Canada", "Golden Lotus Holdings"} <= found.entity_names()
    assert NAMED not in found.events(EventKind.SANCTION)
