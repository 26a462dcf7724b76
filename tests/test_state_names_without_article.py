"""A state's name written without the article after "of" ("Democratic Republic of Congo", "Republic of Congo") is
the gazetteer's country ("… of the Congo"): a country that acts and heads a title, not an organisation or a person
(`kg.text.spelling_variants`, `Gazetteer.lookup`)."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_a_state_name_without_its_article_is_the_country_whose_president_is_titled() -> None:
    found = read("Democratic Republic of Congo President Ana Ruiz met Marta Vidal.", "en")
    assert found.relations(RelationKind.LEADER_OF) == {("Ana Ruiz", "Democratic Republic of the Congo")}


def test_a_state_name_without_its_article_accuses() -> None:
    found = read("The Republic of Congo accused Rwanda of backing the rebels.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Republic of the Congo",), ("Rwanda",))}


def test_the_full_name_still_reads() -> None:
    found = read("The Democratic Republic of the Congo accused Rwanda of backing the rebels.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Democratic Republic of the Congo",), ("Rwanda",))}


def test_a_states_official_short_name_is_the_country() -> None:
    """ "Timor-Leste" (kg/lang/en/aliases.json): the gazetteer's East Timor, not a hyphenated person's name."""
    found = read("The government of Timor-Leste accused Peru of fraud.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("East Timor",), ("Peru",))}
    assert found.qid("East Timor") == "Q574"
