"""The object a judging verb names owns the event noun after "for"/"atas" and a possessive (branch fix16): also when
the object is a title holder named by the country's of-phrase ("criticised the Foreign Minister of Peru for his
visit to Bolivia": Peru's visit, as "Menteri Luar Negeri Peru atas kunjungannya" is) — the verb is looked for before
the title, not before "of". Indonesian writes the possessive as a suffix on the sanction noun too ("atas sanksinya
terhadap Bolivia": Peru's sanction, as English "for its sanctions on Bolivia"). A verb that judges nothing leaves the
trip its subject's own. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile criticised the Foreign Minister of Peru for his visit to Bolivia.", "en"),
    ("Chile praised the Foreign Minister of Peru for his visit to Bolivia.", "en"),
    ("Chile mengkritik Menteri Luar Negeri Peru atas kunjungannya ke Bolivia.", "id"),
])
def test_the_judged_title_holders_country_visits(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Peru",), ("Bolivia",))}


def test_a_trip_after_a_verb_judging_nothing_is_its_subjects() -> None:
    found = read("Ana Ruiz flew to Lima with the Foreign Minister of Peru for her visit to Bolivia.", "en")
    assert (("Ana Ruiz",), ("Bolivia",)) in found.events(EventKind.VISIT)
    assert not any(agents == ("Peru",) for agents, _ in found.events(EventKind.VISIT))


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile mengkritik Peru atas sanksinya terhadap Bolivia.", "id"),
    ("Chile criticised Peru for its sanctions on Bolivia.", "en"),
])
def test_the_judged_object_imposes_the_sanction_it_owns(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {(("Peru",), ("Bolivia",))}


@pytest.mark.parametrize(("text", "agent"), [
    ("Kanada memperluas sanksinya terhadap Rusia.", "Kanada"),  # the subject's own sanctions
    ("Chile mengkritik Peru saat sanksinya terhadap Bolivia berlaku.", "Chili"),  # "saat": no judged object's
])
def test_indonesian_a_suffixed_sanction_noun_is_its_subjects_elsewhere(text: str, agent: str) -> None:
    assert {agents for agents, _ in read(text, "id").events(EventKind.SANCTION)} == {(agent,)}
