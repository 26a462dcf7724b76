"""A sentence-initial run that opens with an organisation cue and a known country ("Perusahaan Jepang X …"):
the country is the owner and the rest a new name only when the rest holds no name the gazetteer knows
(``RunShapes._owner_after_cue_end``); with a known country inside the rest, the run is not split there. Indonesian
(the cue-first word order); invented company names, sentences written for these tests.
"""

from __future__ import annotations

from facts import read

TEXT = "Perusahaan Jepang {} membuka pabrik di Jakarta pada Senin."


def test_a_cue_and_a_country_before_an_unknown_word_split_off_the_owner() -> None:
    assert read(TEXT.format("Zentaro"), "id").types() == {
        "Jepang": "Country", "Zentaro": "Organization", "Jakarta": "Place"}


def test_a_known_country_later_in_the_run_keeps_it_whole() -> None:
    types = read(TEXT.format("Zentaro Malaysia"), "id").types()
    assert "Jepang" not in types and "Zentaro" not in types
    assert types["Jakarta"] == "Place"


def test_a_cue_and_a_city_keep_the_run_one_organisation() -> None:
    """Only a country owns the company after the cue: "Perusahaan Surabaya Makmur" is one name, the city in it no
    owner and "Makmur" no person (mut16, seed 191: the country test and the run's end are both required)."""
    assert read("Perusahaan Surabaya Makmur menuduh Peru melakukan spionase.", "id").types() == {
        "Perusahaan Surabaya Makmur": "Organization", "Peru": "Country"}
