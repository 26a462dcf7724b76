"""In a language whose press titles its own country's officials bare and qualifies foreigners' — Indonesian
("Menteri Pertahanan X" is Indonesia's, "Menteri Pertahanan Turki Y" Turkey's), Malay (Malaysia's) — a bare
minister's title of one who travels to the dateline's country is an office of that country, when the document
names it (``press_country`` in language.toml). Not a head of state's bare title (an unknown "Presiden X" is more
likely a foreigner's), not with no dateline unless the minister travels abroad (session 17: "Menteri Pertahanan X
tiba di Ankara" is Indonesia's minister, tests/test_home_minister_abroad_id.py; "Menteri Luar Negeri X tiba di
Jakarta" may be a foreigner's bare second mention, and so is a bare title repeating a foreigner's qualified one), not
where the country is never named, not in English (no press country)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("ANKARA - Menteri Pertahanan Andi Pratama tiba di Turki. Indonesia berminat membeli jet tempur.", "id",
     "Indonesia"),
    ("ANKARA - Menteri Pertahanan Andi Pratama melakukan lawatan ke Turki. Indonesia berminat membeli jet "
     "tempur.", "id", "Indonesia"),
])
def test_a_bare_ministers_title_is_the_press_countrys(text: str, lang: str, country: str) -> None:
    assert ("Andi Pratama", country) in read(text, lang).relations(RelationKind.OFFICIAL_OF)


@pytest.mark.parametrize(("text", "lang"), [
    ("ANKARA - Menteri Pertahanan Andi Pratama tiba di Turki.", "id"),  # the country is never named
    ("ANKARA - Presiden Andi Pratama tiba di Turki. Indonesia menyambutnya.", "id"),  # a head's title
    ("Menteri Pertahanan Andi Pratama tiba di Jakarta. Indonesia berminat membeli jet tempur.", "id"),  # no dateline
])
def test_no_press_office(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_a_foreign_ministers_second_mention_abroad_is_no_press_office() -> None:
    found = read("Menteri Pertahanan Turki Andi Pratama bertemu wartawan di Ankara. Menteri Pertahanan Andi Pratama "
                 "kemudian tiba di Berlin. Indonesia berminat membeli jet tempur.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Andi Pratama", "Turki")}


def test_english_has_no_press_country() -> None:
    text = "Defence Minister Andi Pratama met Turkish Defence Minister Yasar Guler in Ankara. Indonesia wants jets."
    assert ("Andi Pratama", "Indonesia") not in read(text, "en").relations(RelationKind.OFFICIAL_OF)


def test_a_visitor_to_the_press_country_is_not_its_official() -> None:
    text = "JAKARTA - Menteri Luar Negeri Sergei Lavrov tiba di Jakarta. Indonesia menyambut kunjungan itu."
    assert ("Sergei Lavrov", "Indonesia") not in read(text, "id").relations(RelationKind.OFFICIAL_OF)


def test_the_gazetteers_person_of_the_dateline_country_keeps_it() -> None:
    text = "TOKYO - Menteri Luar Negeri Fumio Kishida tiba di Tokyo. Indonesia mengirim utusan ke sana."
    assert ("Fumio Kishida", "Indonesia") not in read(text, "id").relations(RelationKind.OFFICIAL_OF)
