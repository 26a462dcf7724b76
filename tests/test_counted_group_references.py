"""Plural references that count more than two: "the three countries signed T", "T was signed by the three
countries", "Ketiga negara menandatangani T" — the parties of the last meeting or agreement with three parties,
else the three names told last before the sentence. Too few names told, or the members named right after ("the
three leaders of A, B and C"), give no group from before. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Brazil, Argentina and Paraguay met in Lima. The three countries signed the Treaty of Asuncion.", "en",
     {"Brazil", "Argentina", "Paraguay"}, "Treaty of Asuncion"),
    ("Brazil, Argentina and Paraguay sent envoys. The three countries signed the Treaty of Asuncion.", "en",
     {"Brazil", "Argentina", "Paraguay"}, "Treaty of Asuncion"),
    ("Brazil, Argentina and Paraguay met in Lima. The Treaty of Asuncion was signed by the three countries.", "en",
     {"Brazil", "Argentina", "Paraguay"}, "Treaty of Asuncion"),
    ("Brasil, Argentina dan Paraguay bertemu di Lima. Ketiga negara menandatangani Traktat Asuncion.", "id",
     {"Brasil", "Argentina", "Paraguay"}, "Traktat Asuncion"),
])
def test_a_counted_group_is_the_group_told_before(text: str, lang: str, parties: set[str], treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(parties)), ())}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Brazil and Argentina met in Lima. The three countries signed the Treaty of Asuncion.", "en",
     "Treaty of Asuncion"),
    ("Brasil dan Argentina bertemu di Lima. Ketiga negara menandatangani Traktat Asuncion.", "id",
     "Traktat Asuncion"),
])
def test_fewer_names_told_than_counted_make_no_group(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()


def test_members_named_after_the_count_are_no_group_told_before() -> None:
    found = read("Chile and Peru met in Lima. The three leaders of Brazil, Argentina and Paraguay signed the "
                 "Treaty of Asuncion.", "en")
    parties = {p for p, _ in found.relations(RelationKind.TREATY_PARTY)}
    assert not parties & {"Chile", "Peru"}


# the group told two sentences back, another pair of names between (mut22: counted_groups.GROUP_SENTENCES 2 → 1
# made the three names told last the group)
@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Brazil, Argentina and Paraguay met in Lima. Chile praised Peru on Monday. The three countries signed the "
     "Treaty of Tacna.", "en", {"Brazil", "Argentina", "Paraguay"}, "Treaty of Tacna"),
    ("Brasil, Argentina dan Paraguay bertemu di Lima. Chile memuji Peru pada hari Senin. Ketiga negara "
     "menandatangani Traktat Tacna.", "id", {"Brasil", "Argentina", "Paraguay"}, "Traktat Tacna"),
], ids=["en", "id"])
def test_a_group_that_met_two_sentences_before_is_the_counted_group(text: str, lang: str, parties: set[str],
                                                                    treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}


# a text cut inside or right after the counted phrase (mut22: counted_groups._counted_phrase read the noun and the
# word after it one token past the text's end)
@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Brazil, Argentina and Paraguay met in Lima. The Treaty of Tacna was signed by the three", "en", set()),
    ("Brazil, Argentina and Paraguay met in Lima. The Treaty of Tacna was signed by the three countries", "en",
     {"Brazil", "Argentina", "Paraguay"}),
    ("Brasil, Argentina dan Paraguay bertemu di Lima. Traktat Tacna ditandatangani oleh ketiga", "id", set()),
    ("Brasil, Argentina dan Paraguay bertemu di Lima. Traktat Tacna ditandatangani oleh ketiga negara", "id",
     {"Brasil", "Argentina", "Paraguay"}),
], ids=["en-number", "en-noun", "id-number", "id-noun"])
def test_a_text_cut_after_a_counted_phrase_is_read_to_its_end(text: str, lang: str, parties: set[str]) -> None:
    found = read(text, lang)
    assert len(found.events(EventKind.MEETING)) == 1
    assert {p for p, _ in found.relations(RelationKind.TREATY_PARTY)} == parties
