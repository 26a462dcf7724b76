"""How ``kg.nlp.names`` cuts a capitalised run into names and types each piece — the rarer pieces: an unknown name
beside a known one joined by "and"/"dan", a body of a country followed by more of the run, a two-word piece with an
acronym, a two-word place after a place noun, and a second treaty phrase in a sentence whose first signing verb
names none. Each test asserts every entity of the text (name and type) and, where the reading decides it, the
mention's method (the provenance the extraction keeps). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def entities(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in read(text, lang).extraction.entities}


def methods(text: str, lang: str) -> dict[str, list[str]]:
    """Entity name → the method of each of its mentions, in the order of the text."""
    return {e.name: [m.method for m in e.mentions] for e in read(text, lang).extraction.entities}


# --------------------------------------------------------------------------- "X and Y": an unknown name, a known one


@pytest.mark.parametrize(("text", "lang"), [
    ("The Kalmar Development Bank and Vietnam signed a deal.", "en"),
    ("Vietnam and the Kalmar Development Bank signed the deal on Monday.", "en"),
    ("Bank Pembangunan Kalmar dan Vietnam menandatangani kesepakatan itu pada hari Senin.", "id"),
    ("Vietnam dan Bank Pembangunan Kalmar menandatangani kesepakatan itu.", "id"),
])
def test_an_unknown_body_joined_by_and_to_a_known_country_is_a_name_of_its_own(text: str, lang: str) -> None:
    """The coordination word splits the run on either side of the known name: the bank's head word ("Bank") must
    not swallow the country into one organisation."""
    bank = "Kalmar Development Bank" if lang == "en" else "Bank Pembangunan Kalmar"
    assert entities(text, lang) == {(bank, "Organization"), ("Vietnam", "Country")}


def test_the_two_coordinated_parties_sign_together() -> None:
    assert read("The Kalmar Development Bank and Vietnam signed a deal.", "en").events(EventKind.AGREEMENT) == {
        (("Kalmar Development Bank", "Vietnam"), ())}


# --------------------------------------------------------------------------- "the Government of X" and what follows


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("The Government of Chile Minister Ana Rojas arrived on Monday.", "en", "Government of Chile"),
    ("Government of Chile spokesperson Ana Rojas said the talks would go on.", "en", "Government of Chile"),
])
def test_the_body_of_a_country_is_an_organisation_and_the_rest_of_the_run_is_read_on(text: str, lang: str,
                                                                                      body: str) -> None:
    """"Government of Chile" is the body named by its country (the country itself is not named as well); a title and
    a person's name in the same capitalised run after it are read as they would be alone."""
    assert entities(text, lang) == {(body, "Organization"), ("Ana Rojas", "Person")}
    assert methods(text, lang)[body] == ["names-body-of-country"]


@pytest.mark.parametrize("body", ["Government of Chile", "Government of the Republic of Chile"])
def test_the_body_of_a_country_alone(body: str) -> None:
    """One or two glue words ("of", "of the") between the body's head and the country."""
    assert entities(f"The {body} rejected the plan on Monday.", "en") == {(body, "Organization")}
    assert methods(f"The {body} rejected the plan on Monday.", "en") == {body: ["names-body-of-country"]}


@pytest.mark.parametrize("place", ["Lima", "Geneva"])
def test_the_head_of_a_body_before_a_place_is_no_body_of_a_country(place: str) -> None:
    """Only a country names the body that governs it: "the Government of Lima" is no "Government of Chile" (mut18,
    seed 193: ``_body_of_country_end`` 26, the place's type read with ``and``)."""
    text = f"The Government of {place} rejected the plan on Monday."
    assert ("Government of " + place, "Organization") not in entities(text, "en")
    assert (place, "Place") in entities(text, "en")


# --------------------------------------------------------------------------- a two-word piece with an acronym


@pytest.mark.parametrize(("text", "lang"), [
    ("Kalmar TV reported that the talks ended.", "en"),
    ("Menurut Kalmar TV, perundingan selesai.", "id"),
])
def test_an_unknown_two_word_name_with_an_acronym_is_an_organisation(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Kalmar TV", "Organization")}
    assert read(text, lang).events(EventKind.STATEMENT) == {(("Kalmar TV",), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kalmar Tevi reported that the talks ended.", "en"),
    ("Menurut Kalmar Tevi, perundingan selesai.", "id"),
])
def test_without_the_acronym_the_same_speaker_is_a_person(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Kalmar Tevi", "Person")}


# --------------------------------------------------------------------------- a two-word place after a place noun


@pytest.mark.parametrize(("text", "lang"), [
    ("The delegation toured the city of Novi Varna on Monday.", "en"),
    ("Delegasi itu mengunjungi kota Novi Varna pada hari Senin.", "id"),
])
def test_an_unknown_two_word_name_after_a_place_noun_is_a_place_found_by_that_noun(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Novi Varna", "Place")}
    assert methods(text, lang) == {"Novi Varna": ["names-after-place-noun"]}


@pytest.mark.parametrize(("text", "lang"), [
    ("The delegation toured Novi Varna on Monday.", "en"),
    ("Delegasi itu mengunjungi Novi Varna pada hari Senin.", "id"),
])
def test_without_the_place_noun_the_same_two_words_are_a_person(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Novi Varna", "Person")}


# --------------------------------------------------------------------------- treaty phrases after a signing verb


def test_a_later_treaty_phrase_is_found_after_a_signing_verb_whose_object_is_no_treaty_phrase() -> None:
    """Indonesian puts a treaty's modifiers after its head; a noun before "perjanjian" ("dokumen perjanjian …")
    makes the first object no treaty phrase of ours, and the search goes on to the next signing verb."""
    text = ("Indonesia dan Malaysia menandatangani dokumen perjanjian batas, lalu menandatangani perjanjian "
            "perdagangan bebas.")
    assert ("perjanjian perdagangan bebas", "Treaty") in entities(text, "id")
    assert methods(text, "id")["perjanjian perdagangan bebas"] == ["treaty-phrase"]
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Indonesia", "Malaysia"), ())}


# --------------------------------------------------------------------------- what a two-word piece is not


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The Kalmar Jihad said it would fight on.", "en", "Kalmar Jihad"),
    ("Jihad Kalmar mengatakan akan terus berjuang.", "id", "Jihad Kalmar"),
])
def test_a_word_of_organisation_names_makes_the_speaker_an_organisation(text: str, lang: str, name: str) -> None:
    assert entities(text, lang) == {(name, "Organization")}
    assert methods(text, lang) == {name: ["names-org-word"]}
    assert read(text, lang).events(EventKind.STATEMENT) == {((name,), ())}


def test_the_same_frame_without_that_word_has_a_person_speak() -> None:
    assert entities("The Kalmar Vesti said it would fight on.", "en") == {("Kalmar Vesti", "Person")}


def test_a_possessive_suffix_on_the_last_word_marks_a_common_noun_not_a_name() -> None:
    assert entities("Menurut Kalmar Vestinya, harga naik.", "id") == set()
    assert entities("Menurut Kalmar Vesti, harga naik.", "id") == {("Kalmar Vesti", "Person")}
