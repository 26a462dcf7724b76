"""English sanction constructions of press releases and wire copy (branch en15s, issue 9), each with a positive and
a negative sentence written for these tests:

- the imposers after an article: "under a United Nations arms embargo" (``sanction_state_preps``);
- a group of the targets opened by a modifier or by "among": "The new entries are X and Y", "Among them are X and
  Y" (``told_target_openers``, ``member_nouns``, ``event_noun_modifiers``) — only after a sanction told;
- an aside between a sanction noun told before and its scope verb: "The measures, announced by X on Friday, target
  Y";
- a like act: "took similar action", "imposed similar measures" (``told_only`` nouns, ``likeness_words``) — on the
  targets of the sanction told before;
- the subject of a passive not across a subordinate clause: "the bloc delisted X, while the others remain under
  sanctions" sanctions nobody named;
- members counted with "former": "imposed sanctions on two former Haitian officials" (``titles.former``);
- a relative clause with no pronoun after a sanction noun: "the sanctions the European Union imposed on Belarus"
  (``scope_verbs``) — the EU imposed them on Belarus."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

UN, UK, TREASURY = "United Nations", "United Kingdom", "United States Department of the Treasury"


def test_imposers_after_an_article() -> None:
    found = read("The Houthis have been under a United Nations arms embargo since 2015.", "en")
    assert found.events(EventKind.SANCTION) == {((UN,), ("Houthis",))}


def test_no_sanction_under_anything_else() -> None:
    found = read("The Houthis have been under a United Nations mandate since 2015.", "en")
    assert {"Houthis", UN} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "facts"), [
    ("The Treasury sanctioned Rosneft on Monday. The new entries are Igor Sechin and the Belarusian Potash Company.",
     {((TREASURY,), ("Rosneft",)), ((TREASURY,), ("Igor Sechin", "Belarusian Potash Company"))}),
    ("The Treasury sanctioned three companies on Monday. Among them is the Belarusian Potash Company.",
     {((TREASURY,), ("Belarusian Potash Company",))}),
    ("The Treasury added two companies to its sanctions list on Monday. Among them are the Belarusian Potash "
     "Company and Grodno Azot Holding.", {((TREASURY,), ("Belarusian Potash Company", "Grodno Azot Holding"))}),
])
def test_a_group_of_the_targets_told_before(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts


def test_a_group_after_a_meeting_is_no_target() -> None:
    found = read("The minister met five envoys on Monday. Among them are Igor Sechin and Maria Zakharova.", "en")
    assert {"Igor Sechin", "Maria Zakharova"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_an_aside_between_the_noun_and_its_scope_verb() -> None:
    found = read("Canada imposed sanctions on three Haitian politicians. The measures, announced by Foreign "
                 "Minister Melanie Joly on Friday, target Michel Martelly and Laurent Lamothe.", "en")
    assert (("Canada",), ("Michel Martelly", "Laurent Lamothe")) in found.events(EventKind.SANCTION)


def test_an_aside_before_another_verb_scopes_nothing() -> None:
    found = read("Britain imposed new sanctions on two Russian firms. The sanctions, announced by Foreign Secretary "
                 "David Lammy, were welcomed by Ukraine.", "en")
    assert "Ukraine" in found.entity_names()
    assert found.events(EventKind.SANCTION) == {((UK,), ("Russia",))}


@pytest.mark.parametrize("text", [
    "Britain sanctioned Rosneft in June. France and Germany took similar action in July.",
    "Britain sanctioned Rosneft in June. France and Germany imposed similar measures in July.",
])
def test_a_like_act_on_the_targets_told_before(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((UK,), ("Rosneft",)), (("France", "Germany"), ("Rosneft",))}


@pytest.mark.parametrize("text", [
    "Britain sanctioned Rosneft in June. France and Germany took legal action in July.",  # no likeness
    "Britain and France met in June. Germany took similar action in July.",  # no sanction told before
])
def test_no_like_act_without_likeness_or_sanction(text: str) -> None:
    found = read(text, "en")
    assert "Germany" in found.entity_names()
    assert not any("Germany" in agents for agents, _ in found.events(EventKind.SANCTION))


def test_a_passive_subject_is_not_read_across_a_subordinate_clause() -> None:
    found = read("The bloc delisted Vyacheslav Kantor, while the others remain under sanctions.", "en")
    assert "Vyacheslav Kantor" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "facts"), [
    ("Vyacheslav Kantor remains under sanctions.", {((), ("Vyacheslav Kantor",))}),
    ("Igor Sechin, a businessman who was sanctioned by the United States in 2022, denied the report.",
     {(("United States of America",), ("Igor Sechin",))}),
])
def test_a_passive_subject_in_its_own_clause(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts


def test_members_counted_with_former() -> None:
    found = read("Canada imposed sanctions on two former Haitian officials on Wednesday.", "en")
    assert found.events(EventKind.SANCTION) == {(("Canada",), ("Haiti",))}


def test_former_members_of_no_country_name_no_target() -> None:
    found = read("Canada imposed sanctions on two former officials on Wednesday.", "en")
    assert "Canada" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "facts"), [
    ("Switzerland adopted the sanctions the European Union imposed on Belarus in June.",
     {(("European Union",), ("Belarus",))}),
    ("Russia condemned the measures Britain and Canada imposed on the Belarusian Potash Company.",
     {(("Canada", UK), ("Belarusian Potash Company",))}),
])
def test_a_relative_clause_without_a_pronoun_names_the_imposers(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts


def test_a_relative_clause_with_another_verb_imposes_nothing() -> None:
    found = read("Switzerland discussed the sanctions the European Union debated in June.", "en")
    assert {"Switzerland", "European Union"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


# what the relative clause's verb reaches must be whom a sanction is on, and a text may end right after the noun
# (mut22: sanctions_in_force._imposed_in_relative's TARGET_TYPES and its article bound, mutated by hand)
@pytest.mark.parametrize("text", [
    "Switzerland adopted the sanctions the European Union imposed on Crimea in June.",
    "Russia condemned the measures Britain imposed on Crimea.",
], ids=["union", "kingdom"])
def test_a_relative_clause_reaching_a_place_names_no_target(text: str) -> None:
    found = read(text, "en")
    assert found.types()["Crimea"] == "Place"
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("text", ["Chile met Peru. Switzerland adopted the sanctions",
                                  "Chile met Peru. Switzerland adopted the measures the"], ids=["noun", "article"])
def test_a_text_cut_after_the_sanction_noun_is_read_to_its_end(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
    assert found.events(EventKind.SANCTION) == set()
