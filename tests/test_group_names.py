"""Groups named with a noun of the group beside them (``org_cues_after``, ``member_cues_after``, ``org_cues``).

"The Wagner group", "the X movement": a noun of an organisation right after a name no gazetteer knows makes it an
organisation; a plural noun of members ("rebels", "militants") does so only for a name written as an acronym or
with digits ("the M23 rebels") — after a one-word name it as often says where they come from ("Darfur rebels").
A name of letters and digits alone names a thing ("MH17", "S400") and is left out. In Indonesian the cue comes
first ("kelompok pemberontak M23", "milisi X"); when it opens the sentence it is cut off the name ("Pemberontak M23
merebut …"), unless it is the head of the name itself ("Partai Demokrat").
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "The M23 rebels seized the town of Sake on Monday.",
    "Fighting between the army and M23 rebels spread north of the city.",
    "Government troops clashed with the M23 militia near the border.",
])
def test_letters_and_digits_before_a_group_noun_name_an_organisation_en(text: str) -> None:
    assert read(text, "en").types().get("M23") == "Organization"


@pytest.mark.parametrize("text", [
    "The MH17 crash over Ukraine killed everyone on board.",
    "Russia delivered S400 missiles to Turkey.",
])
def test_letters_and_digits_alone_name_no_organisation_en(text: str) -> None:
    names = read(text, "en").entity_names()
    assert not {"MH17", "S400"} & names
    assert names, "the sentence's country is still found"


@pytest.mark.parametrize("text", [
    "The government accused Qarnel rebels of violating the ceasefire.",
    "Qarnel fighters crossed the river on Monday, the army said.",
])
def test_members_after_a_one_word_name_say_where_they_come_from_en(text: str) -> None:
    assert read(text, "en").types().get("Qarnel") != "Organization"


def test_an_organisation_noun_after_a_one_word_name_en() -> None:
    facts = read("The government accused the Qarnel group of violating the ceasefire.", "en")
    assert facts.types().get("Qarnel") == "Organization"


def test_a_group_noun_after_an_unknown_name_en() -> None:
    facts = read("The United States imposed sanctions on the Zarqan Brigades group on Friday.", "en")
    assert facts.types().get("Zarqan Brigades") == "Organization"
    assert facts.events(EventKind.SANCTION) == {(("United States of America",), ("Zarqan Brigades",))}


def test_a_sanction_on_a_group_named_by_letters_and_digits_en() -> None:
    facts = read("The European Union imposed sanctions on the M23 rebel group.", "en")
    assert facts.events(EventKind.SANCTION) == {(("European Union",), ("M23",))}


def test_a_condemned_offensive_by_a_group_en() -> None:
    facts = read("The Security Council condemned the offensive by M23 rebels in the east.", "en")
    assert facts.events(EventKind.ACCUSATION) == {(("United Nations Security Council",), ("M23",))}


@pytest.mark.parametrize(("text", "name"), [
    ("Pemberontak M23 merebut kota Sake pada Senin.", "M23"),
    ("Milisi Zarqan menyerang kamp pengungsi pada Minggu.", "Zarqan"),
    ("Tentara bentrok dengan kelompok pemberontak M23 di dekat perbatasan.", "M23"),
])
def test_a_group_cue_before_the_name_id(text: str, name: str) -> None:
    types = read(text, "id").types()
    assert types.get(name) == "Organization"
    assert not any(n.lower().startswith(("pemberontak", "milisi")) for n in types), types


def test_a_cue_that_heads_the_name_stays_in_it_id() -> None:
    assert read("Partai Demokrat menolak usulan itu.", "id").types() == {"Partai Demokrat": "Organization"}


def test_an_opening_cue_is_cut_off_in_any_sentence_of_a_text_id() -> None:
    """Not only in the text's first sentence: each sentence opens afresh."""
    types = read("Tentara menembaki kota itu pada Sabtu. Pemberontak M23 merebut kota Sake pada Senin.", "id").types()
    assert types.get("M23") == "Organization"
    assert not any(n.lower().startswith("pemberontak") for n in types), types
