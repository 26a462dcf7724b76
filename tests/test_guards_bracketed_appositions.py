"""A title and the body it is of, the body's acronym in brackets, then in apposition the holder — whose age may
follow in brackets too: "Ketua Partai Pekerja Brasil (PT), Lula (80), …", "The leader of the Workers Party of
Brazil (PT), Lula (80), …". The brackets after the holder's name do not hide the body before the comma. Without a
title there is no office. Sentences written for these tests (the party is made up)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "party", "city"), [
    ("Ketua Partai Pekerja Brasil (PT), Lula (80), tiba di Tokyo.", "id", "Partai Pekerja Brasil", "Tokyo"),
    ("Ketua Partai Pekerja Brasil (PT), Lula, tiba di Tokyo.", "id", "Partai Pekerja Brasil", "Tokyo"),
    ("The leader of the Workers Party of Brazil (PT), Lula (80), arrived in Tokyo.", "en", "Workers Party of Brazil",
     "Tokyo"),
    ("The leader of the Workers Party of Brazil (PT), Lula, arrived in Tokyo.", "en", "Workers Party of Brazil",
     "Tokyo"),
])
def test_the_holder_of_a_bodys_title_in_apposition_leads_it_whatever_brackets_follow(text: str, lang: str,
                                                                                     party: str, city: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.LEADER_OF) == {("Lula", party)}
    assert found.events(EventKind.VISIT) == {(("Lula",), (city,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Pendukung Partai Pekerja Brasil (PT), Lula (80), tiba di Tokyo.", "id"),
    ("Supporters of the Workers Party of Brazil (PT), Lula (80), arrived in Tokyo.", "en"),
])
def test_a_body_in_apposition_without_a_title_gives_no_office(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Lula" in found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
