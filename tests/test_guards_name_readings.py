"""Rarer readings of names (``kg.nlp.names``, ``kg.nlp.coref``, ``kg.nlp.gazetteer_matcher``), one minimal pair
each, both languages where the construction exists: what type a name takes and how it was found (the mention's
``method``, which the extraction keeps as provenance), whether a one-word mention joins a person's full name, and
whether a hyphenated gazetteer name is found only when capitalised. Each asserts every entity of the text (name
and type), so a reading that adds, drops or retypes a name fails. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

GUINEA_BISSAU = "Q1007"


def entities(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in read(text, lang).extraction.entities}


def mentions(text: str, lang: str) -> dict[str, list[tuple[str, str]]]:
    """Entity name → (text, method) of each of its mentions, in the order of the text."""
    return {e.name: [(m.text, m.method) for m in e.mentions] for e in read(text, lang).extraction.entities}


# --------------------------------------------------------------------------- a cue phrase before an unknown name


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The report was written by the think tank Blue Ridge on Monday.", "en", "Blue Ridge"),
    ("Laporan itu ditulis oleh lembaga Lintas Nusa pada hari Senin.", "id", "Lintas Nusa"),
])
def test_an_organisation_cue_before_an_unknown_name_makes_it_an_organisation(text: str, lang: str, name: str) -> None:
    assert entities(text, lang) == {(name, "Organization")}
    assert mentions(text, lang)[name] == [(name, "names-org-cue")]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The report was written by Blue Ridge on Monday.", "en", "Blue Ridge"),
    ("Laporan itu ditulis oleh Lintas Nusa pada hari Senin.", "id", "Lintas Nusa"),
])
def test_without_the_cue_two_unknown_capitalised_words_are_a_person(text: str, lang: str, name: str) -> None:
    assert entities(text, lang) == {(name, "Person")}


# --------------------------------------------------------------------------- a preposition of place before a name


@pytest.mark.parametrize(("text", "lang"), [
    ("The delegation arrived in Novi Varna on Monday.", "en"),
    ("Delegasi itu tiba di Novi Varna pada hari Senin.", "id"),
])
def test_an_unknown_name_after_a_preposition_of_place_is_a_place_found_by_that_preposition(text: str,
                                                                                          lang: str) -> None:
    assert entities(text, lang) == {("Novi Varna", "Place")}
    assert mentions(text, lang)["Novi Varna"] == [("Novi Varna", "names-after-preposition")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Novi Varna arrived on Monday.", "en"),
    ("Novi Varna tiba pada hari Senin.", "id"),
])
def test_the_same_name_as_a_subject_is_a_person(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Novi Varna", "Person")}


# --------------------------------------------------------------------------- a place guess and a full name


@pytest.mark.parametrize(("text", "lang"), [
    ("Marek Dvorak chairs the committee. The letter was sent to Dvorak in March.", "en"),
    ("Marek Dvorak memimpin komite itu. Surat itu dikirim kepada Dvorak pada bulan Maret.", "id"),
])
def test_a_one_word_place_guessed_from_a_preposition_joins_the_two_word_name_of_a_person(text: str,
                                                                                        lang: str) -> None:
    """Typed a place only by the preposition before it, "Dvorak" gives way to the full name the text spelled out."""
    assert entities(text, lang) == {("Marek Dvorak", "Person")}
    assert [t for t, _ in mentions(text, lang)["Marek Dvorak"]] == ["Marek Dvorak", "Dvorak"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Marek Novak chairs the committee. The letter was sent to Dvorak in March.", "en"),
    ("Marek Novak memimpin komite itu. Surat itu dikirim kepada Dvorak pada bulan Maret.", "id"),
])
def test_a_place_guess_joins_no_person_whose_name_does_not_contain_it(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Marek Novak", "Person"), ("Dvorak", "Place")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Residents of the city of Karlsby welcomed Anna Karlsby.", "en"),
    ("Warga desa Karangsari menyambut Budi Karangsari.", "id"),
])
def test_a_place_named_by_a_place_noun_stays_a_place_beside_a_person_of_that_name(text: str, lang: str) -> None:
    """Not a guess from a preposition: "the city of Karlsby", "desa Karangsari" say it is a place."""
    place = "Karlsby" if lang == "en" else "Karangsari"
    person = "Anna Karlsby" if lang == "en" else "Budi Karangsari"
    assert entities(text, lang) == {(place, "Place"), (person, "Person")}
    assert mentions(text, lang)[place] == [(place, "names-after-place-noun")]


# --------------------------------------------------------------------------- a weak name after "and"


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("Marek Kovac leads the commission. The European Union and Kovac discussed trade on Monday.", "en",
     "European Union"),
    ("Marek Kovac memimpin komisi itu. Uni Eropa dan Kovac membahas perdagangan pada hari Senin.", "id",
     "Uni Eropa"),
])
def test_a_surname_coordinated_with_a_known_body_joins_the_persons_full_name(text: str, lang: str,
                                                                             body: str) -> None:
    """ "The European Union and Kovac": two names split at "and"; the one-word one, of unknown type on its own,
    is the Marek Kovac named before."""
    found = mentions(text, lang)
    assert {(e.name, e.type.value) for e in read(text, lang).extraction.entities} == \
        {("Marek Kovac", "Person"), (body, "Organization")}
    assert [t for t, _ in found["Marek Kovac"]] == ["Marek Kovac", "Kovac"]


# --------------------------------------------------------------------------- a hyphenated gazetteer name


@pytest.mark.parametrize(("text", "lang"), [
    ("Officials met in Guinea-Bissau on Monday.", "en"),
    ("Para pejabat bertemu di Guinea-Bissau pada hari Senin.", "id"),
])
def test_a_hyphenated_country_name_is_the_gazetteers_country(text: str, lang: str) -> None:
    """The gazetteer form is one word, the text three tokens: its capital letter is what is checked."""
    found = read(text, lang)
    assert entities(text, lang) == {("Guinea-Bissau", "Country")}
    assert found.qid("Guinea-Bissau") == GUINEA_BISSAU


@pytest.mark.parametrize(("text", "lang"), [
    ("Officials met in guinea-bissau on Monday.", "en"),
    ("Para pejabat bertemu di guinea-bissau pada hari Senin.", "id"),
])
def test_the_same_name_in_lowercase_is_no_name(text: str, lang: str) -> None:
    assert entities(text, lang) == set()


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_country_name_with_a_possessive_inside_is_the_country_not_the_shorter_name_in_it(apostrophe: str) -> None:
    """ "People's Republic of China": five tokens for four words; not "Republic of China" (Taiwan) inside it."""
    text = f"Officials of the People{apostrophe}s Republic of China met in Jakarta on Monday."
    found = read(text, "en")
    assert {e.qid for e in found.extraction.entities} == {"Q148", "Q3630"}  # China, Jakarta
    assert "Q865" not in {e.qid for e in found.extraction.entities}
    china = next(e for e in found.extraction.entities if e.qid == "Q148")
    assert [m.text for m in china.mentions] == [f"People{apostrophe}s Republic of China"]  # the whole name
