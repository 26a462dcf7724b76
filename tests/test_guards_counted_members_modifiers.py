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


# a place joined by a hyphen to a lowercase word ("Lima-based") only modifies the member named after it (mut22, seed
# 211: members.named_after_members 64 — the word read two tokens after the place, not one)
def test_a_place_based_modifier_before_a_listed_member_leads_to_its_name() -> None:
    found = read("Chile sanctioned five entities, including the Lima-based Zarnik Holdings.", "en")
    assert found.events(EventKind.SANCTION) == {(("Chile",), ("Zarnik Holdings",))}


def test_a_place_alone_after_the_list_opener_is_no_member() -> None:
    found = read("Chile sanctioned five entities, including the Lima office.", "en")
    assert {"Chile", "Lima"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_a_text_cut_after_a_place_based_modifier_is_read_to_its_end() -> None:
    found = read("Chile met Peru. Chile sanctioned five entities, including the Lima-based", "en")
    assert found.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
