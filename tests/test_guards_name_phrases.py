"""The words around a name and what they make of it: a title with a bare surname gives the office in the country
the document names (``kg.extract.roles``), an abbreviated person cue ("Dr.", "Prof.") stays inside the name's
phrase (``kg.extract.view``), and a title before a place is no given name for the linker (``kg.extract.link_cues``).
Positive and negative sentences in both languages where the construction exists; written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

JAPAN = {"en": "Japan", "id": "Jepang"}
TREATY = {"en": "Indonesia and Japan signed a trade deal. ", "id": "Indonesia dan Jepang menandatangani perjanjian "
                                                                  "dagang. "}


# --------------------------------------------------------------------------- a title and a bare surname


@pytest.mark.parametrize(("text", "lang"), [
    ("Minister Kishida welcomed the agreement on Monday.", "en"),
    ("Menteri Kishida menyambut baik perjanjian itu.", "id"),
])
def test_a_title_and_a_surname_are_an_official_of_the_named_country_the_surname_belongs_to(text: str,
                                                                                          lang: str) -> None:
    """ "Minister Kishida": a one-word name is never linked, but among the countries the document names only one
    has a gazetteer person of that family name (the last word of "Fumio Kishida")."""
    found = read(TREATY[lang] + text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Kishida", JAPAN[lang])}


@pytest.mark.parametrize(("text", "lang"), [
    ("Indonesia signed a trade deal. Minister Kishida welcomed the agreement on Monday.", "en"),
    ("Indonesia menandatangani perjanjian dagang. Menteri Kishida menyambut baik perjanjian itu.", "id"),
])
def test_a_surname_of_a_country_the_document_does_not_name_gives_no_office(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert {"Kishida", "Indonesia"} <= found.entity_names()


@pytest.mark.parametrize(("text", "lang"), [
    ("Minister Fumio Kishida welcomed the agreement on Monday.", "en"),
    ("Menteri Fumio Kishida menyambut baik perjanjian itu.", "id"),
])
def test_a_full_name_takes_its_country_from_the_gazetteer_not_from_the_surname(text: str, lang: str) -> None:
    found = read(TREATY[lang] + text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Fumio Kishida", JAPAN[lang])}
    assert {(r.subject, r.evidence.rule) for r in found.extraction.relations
            if r.kind is RelationKind.OFFICIAL_OF} == {(next(e.key for e in found.extraction.entities
                                                              if e.name == "Fumio Kishida"),
                                                         "title-gazetteer-country")}


# --------------------------------------------------------------------------- "Dr.", "Prof." inside the phrase


@pytest.mark.parametrize(("text", "lang", "kind", "expected"), [
    ("Joko Widodo menerima Dr. Kenji Tanaka di Istana Merdeka pada hari Senin.", "id", EventKind.MEETING,
     {(("Joko Widodo", "Kenji Tanaka"), ())}),
    ("Joko Widodo bertemu dengan Dr. Kenji Tanaka di Bogor.", "id", EventKind.MEETING,
     {(("Joko Widodo", "Kenji Tanaka"), ())}),
    ("Australia memuji kunjungan Prof. Kenji Tanaka ke Jepang.", "id", EventKind.VISIT,
     {(("Kenji Tanaka",), ("Jepang",))}),
    ("Joko Widodo received Dr. Kenji Tanaka at the palace in Bogor on Monday.", "en", EventKind.MEETING,
     {(("Joko Widodo", "Kenji Tanaka"), ())}),
    ("Joko Widodo met Prof. Kenji Tanaka in Bogor.", "en", EventKind.MEETING,
     {(("Joko Widodo", "Kenji Tanaka"), ())}),
])
def test_an_abbreviated_person_cue_belongs_to_the_name_after_it(text: str, lang: str, kind: EventKind,
                                                                expected: set) -> None:
    """The cue is written with its dot ("Dr.", "Prof."); the lexicon lists it without: either way the name's
    phrase starts at the cue, so the verb or the event noun reaches the name."""
    assert read(text, lang).events(kind) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Joko Widodo menerima bantuan Kenji Tanaka di Istana Merdeka pada hari Senin.", "id"),
])
def test_a_common_noun_before_the_name_heads_the_object_and_the_name_only_owns_it(text: str, lang: str) -> None:
    """The contrast: "menerima bantuan X" receives X's aid, not X."""
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == set()
    assert {"Joko Widodo", "Kenji Tanaka"} <= found.entity_names()


# --------------------------------------------------------------------------- a title before a place


@pytest.mark.parametrize(("text", "lang"), [
    ("Menteri Luar Negeri Washington tiba di Jakarta pada hari Senin.", "id"),
    ("Utusan Khusus Washington tiba di Jakarta pada hari Senin.", "id"),
    ("The Special Envoy Washington sent arrived in Jakarta on Monday.", "en"),
])
def test_a_capitalised_title_before_a_place_is_no_given_name(text: str, lang: str) -> None:
    """ "Washington" has a person namesake (George Washington): after a capitalised given name the linker leaves it
    unlinked, but the last word of a title ("Negeri", "Khusus", "Envoy") is no given name, and the city is
    linked."""
    assert read(text, lang).qid("Washington, D.C.") == "Q61"


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenji Washington tiba di Jakarta pada hari Senin.", "id"),
    ("Kenji Washington arrived in Jakarta on Monday.", "en"),
])
def test_a_place_name_after_a_capitalised_given_name_is_left_unlinked(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.qid("Washington") is None
    assert found.qid("Jakarta") == "Q3630"
