"""A bare minister's title is an office of the country whose ministry of that portfolio the document names with its
owner: "WASHINGTON — External Affairs Minister X met …, India's Ministry of External Affairs said" is India's minister,
not the dateline's (``unnamed_offices.ministry_owner``: every content word of the title but its head is a word of the
body's name). With no such ministry the dateline's guess stays; with ministries of two countries named, neither is
taken. Issue 9 (branch en16a). Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import RelationKind

LEDE = "WASHINGTON, Jan 22 — External Affairs Minister Ravi Menon met Secretary of State John Kerry on Tuesday"


def test_the_ministry_of_the_portfolio_names_the_country() -> None:
    found = read(f"{LEDE}, India's Ministry of External Affairs said. The United States welcomed the talks.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ravi Menon", "India"),
                                                         ("John Kerry", "United States of America")}


def test_a_ministry_of_another_portfolio_names_no_country() -> None:
    found = read(f"{LEDE}, India's Ministry of Defence said. The United States welcomed the talks.", "en")
    assert ("Ravi Menon", "India") not in found.relations(RelationKind.OFFICIAL_OF)


def test_ministries_of_two_countries_name_neither() -> None:
    found = read(f"{LEDE}. India's Ministry of External Affairs and Nepal's Ministry of External Affairs welcomed "
                 "the talks, as did the United States.", "en")
    offices = found.relations(RelationKind.OFFICIAL_OF)
    assert ("Ravi Menon", "India") not in offices
    assert ("Ravi Menon", "Nepal") not in offices
