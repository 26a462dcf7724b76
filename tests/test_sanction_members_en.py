"""A sanction on unnamed people or bodies of a named country is a sanction on that country (the gold guidelines'
decided rule): "ten military leaders of X", "three <demonym> banks", "X's defence ministry officials" — in the
active, the passive and as a noun; a target named by its own name is still preferred; negated, future, lifted or
threatened ones are not asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind

US, UK, EU, CANADA = "United States of America", "United Kingdom", "European Union", "Canada"
MYANMAR, IRAN, RUSSIA, SYRIA, CHINA = "Myanmar", "Iran", "Russia", "Syria", "People's Republic of China"


@pytest.mark.parametrize(("text", "fact"), [
    # "of <Country>" after a quantified member noun
    ("The United States imposed sanctions on ten military leaders of Myanmar on Tuesday.", ((US,), (MYANMAR,))),
    # "of the <Demonym> government" (a verb, its direct object)
    ("Britain sanctioned five senior officials of the Iranian government.", ((UK,), (IRAN,))),
    # a nationality before the member noun, after a count
    ("The European Union imposed sanctions on three Russian banks.", ((EU,), (RUSSIA,))),
    ("The EU adopted sanctions against twelve Chinese entities.", ((EU,), (CHINA,))),
    ("Canada sanctioned several Syrian oil companies on Friday.", ((CANADA,), (SYRIA,))),
    # the possessive country
    ("Canada imposed sanctions on Iran's defence ministry officials.", ((CANADA,), (IRAN,))),
    # the passive: the nationality of the subject
    ("Four Syrian companies were sanctioned by the United States.", ((US,), (SYRIA,))),
    ("Two senior officials of Myanmar were sanctioned by Britain on Monday.", ((UK,), (MYANMAR,))),
])
def test_a_sanction_on_unnamed_members_of_a_country_is_on_the_country(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


def test_the_nationality_of_the_members_is_a_mention_of_its_country() -> None:
    x = read("The European Union imposed sanctions on three Russian banks.", "en")
    country = next(e for e in x.extraction.entities if e.name == RUSSIA)
    assert country.type is EntityType.COUNTRY and {m.text for m in country.mentions} == {"Russian"}


@pytest.mark.parametrize(("text", "target"), [
    ("Canada imposed sanctions on Rosneft, Russia's oil company.", "Rosneft"),
    # named with its owner (tests/test_owned_state_bodies.py): the body, not Iran
    ("Canada imposed sanctions on Iran's Islamic Revolutionary Guard Corps.",
     "Iran's Islamic Revolutionary Guard Corps"),
    ("Canada sanctioned Iran's elite Revolutionary Guard.", "Revolutionary Guard"),
])
def test_a_target_named_by_its_own_name_is_preferred_to_its_country(text: str, target: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((CANADA,), (target,))}


def test_a_possessive_country_before_a_member_noun_is_the_target_of_a_sanctioning_verb() -> None:
    """ "sanctioned Venezuela's state oil company": the direct object's possessor is the target only because
    a noun of its bodies follows ("welcomed Indonesia's presidency" names no object)."""
    x = read("Canada sanctioned Venezuela's state oil company.", "en")
    assert x.events(EventKind.SANCTION) == {((CANADA,), ("Venezuela",))}
    assert read("Canada sanctioned Venezuela's decision.", "en").events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("text", [
    "The United States did not impose sanctions on ten military leaders of Myanmar.",  # negated
    "The European Union will impose sanctions on three Russian banks next month.",  # future
    "Britain lifted sanctions on five senior officials of the Iranian government.",  # lifted
    "Canada threatened sanctions against several Syrian oil companies.",  # threatened
])
def test_negated_future_lifted_or_threatened_sanctions_on_members_are_not_asserted(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.SANCTION) == set()
    assert {MYANMAR, RUSSIA, IRAN, SYRIA} & x.entity_names()  # the country is found, only the fact is not


@pytest.mark.parametrize(("text", "country"), [
    # no member noun: what the country's nationality modifies is not its people or bodies
    ("The European Union imposed sanctions on Russian oil exports.", RUSSIA),
    # members of a country met or visited are no meeting with or visit to it
    ("The Chinese foreign minister met three Russian bank executives in Beijing.", RUSSIA),
])
def test_only_sanctions_read_members_as_their_country(text: str, country: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.SANCTION) == set()
    assert not any(country in agents + targets for kind in (EventKind.MEETING, EventKind.VISIT)
                   for agents, targets in x.events(kind))
