"""Guards of the list-addition reading (``kg/extract/list_additions.py``, session 12) that no test of the
construction noticed when mutated by hand (branch mut17): the clause stop between the adding verb and the list, the
sanction a bare "the list" refers to, who adds when the subject and the list's owner are both named, and the bounds
of a text cut short after the adding verb or its preposition. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BLUE = "Blue Harbor Shipping Company"
COMMERCE = "Commerce Department"
TREASURY = "United States Department of the Treasury"


def test_a_list_after_a_relative_clause_is_not_the_adding_verbs() -> None:
    """ "added X, which …": the list belongs to the relative clause, so Chile adds X to nothing (``stops``)."""
    x = read(f"Chile added {BLUE}, which Peru had moved to its sanctions list.", "en")
    assert {"Chile", BLUE} <= x.entity_names()
    assert (("Chile",), (BLUE,)) not in x.events(EventKind.SANCTION)


def test_a_list_right_after_the_object_is_the_adding_verbs() -> None:
    x = read(f"Chile added {BLUE} to its sanctions list.", "en")
    assert x.events(EventKind.SANCTION) == {(("Chile",), (BLUE,))}


def test_a_list_after_a_complementiser_leaves_the_verb_a_statement() -> None:
    """ "added on Monday that …": the verb reports a clause; the list is that clause's."""
    x = read(f"The Treasury added on Monday that Peru had moved {BLUE} to its sanctions list.", "en")
    assert x.events(EventKind.STATEMENT) == {((TREASURY,), ())}
    assert ((TREASURY,), (BLUE,)) not in x.events(EventKind.SANCTION)


def test_a_list_in_an_indonesian_relative_clause_is_not_the_adding_verbs() -> None:
    x = read("Chile memasukkan Hizbullah, yang dipindahkan Peru ke dalam daftar hitam.", "id")
    assert "Hezbollah" in x.entity_names()
    assert not any("Hezbollah" in targets for _, targets in x.events(EventKind.SANCTION))


def test_a_bare_list_after_a_sanction_told_before_is_the_sanctions_list() -> None:
    x = read(f"Canada sanctioned Peru on Monday. The {COMMERCE} added {BLUE} to the list.", "en")
    assert ((COMMERCE,), (BLUE,)) in x.events(EventKind.SANCTION)


def test_a_bare_list_after_a_meeting_told_before_is_no_sanctions_list() -> None:
    """Only an act whose members stand for their owner (a sanction) gives "the list" its meaning."""
    x = read(f"Chile met Peru on Monday. The {COMMERCE} added {BLUE} to the list.", "en")
    assert x.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("owner", ["the U.S. sanctions list", "the U.S. Entity List"])
def test_the_subject_who_adds_is_the_agent_not_the_lists_owner(owner: str) -> None:
    """The list's owner names the agent only when no subject does ("X was added to the U.S. sanctions list")."""
    x = read(f"The {COMMERCE} added {BLUE} to {owner}.", "en")
    assert x.events(EventKind.SANCTION) == {((COMMERCE,), (BLUE,))}


def test_a_passive_addition_names_the_agent_after_by_not_the_lists_owner() -> None:
    x = read(f"{BLUE} was added to the U.S. sanctions list by the Treasury.", "en")
    assert x.events(EventKind.SANCTION) == {((TREASURY,), (BLUE,))}


def test_a_passive_addition_without_agent_is_the_sanction_told_before() -> None:
    x = read(f"Canada sanctioned Peru on Monday. {BLUE} was added to the sanctions list.", "en")
    assert x.events(EventKind.SANCTION) == {(("Canada",), ("Peru",)), (("Canada",), (BLUE,))}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    (f"Canada sanctioned Peru on Monday. {BLUE} was added to", "en", (("Canada",), ("Peru",))),
    (f"Canada sanctioned Peru on Monday. {BLUE} was added", "en", (("Canada",), ("Peru",))),
    (f"Canada sanctioned Peru on Monday. The {COMMERCE} added {BLUE} to the", "en", (("Canada",), ("Peru",))),
    ("Kanada menjatuhkan sanksi terhadap Peru. Hizbullah dimasukkan ke", "id", (("Kanada",), ("Peru",))),
])
def test_a_text_cut_short_after_the_adding_verb_keeps_the_sanction_before(text: str, lang: str,
                                                                            fact: tuple) -> None:
    """The list is looked for up to the text's end, not past it."""
    assert read(text, lang).events(EventKind.SANCTION) == {fact}


def test_a_text_cut_short_after_to_behind_coordinated_objects_keeps_the_facts_before() -> None:
    """ "added A and B to its …": "to" before an article is a preposition; the look past "to" stops at the text's end
    (``arguments._conjuncts_right``)."""
    x = read(f"Chile met Peru. Canada sanctioned {BLUE} and Red Crane Trading Company to", "en")
    assert x.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
