"""Constructions of English article bodies (issue 9, session 9): facts told after the lede, in asides, reported
clauses, light verbs and second clauses. Each with positive and negative sentences asserting the exact facts
(type, agents, targets). Sentences written for these tests (names invented or common)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


# -- an aside between the subject and its verb: "X – who arrived on Monday – will visit Osaka" -----------------------
@pytest.mark.parametrize("text", [
    "President Joko Widodo – who arrived in Tokyo on Monday – will visit Osaka on Friday.",
    "President Joko Widodo — who arrived on Monday — will visit Osaka on Friday.",
    "President Joko Widodo (who arrived on Monday) will visit Osaka on Friday.",
])
def test_an_aside_between_subject_and_verb_leaves_the_subject(text: str) -> None:
    visits = read(text, "en").events(EventKind.VISIT)
    assert (("Joko Widodo",), ("Ōsaka",)) in visits


def test_a_relative_aside_in_dashes_has_the_name_before_it_as_subject() -> None:
    x = read("Foreign Minister Ana Ruiz – who arrived in Lima late Friday – met President Marta Vidal on Saturday.",
             "en")
    assert x.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_no_aside_subject_without_a_name_before_the_relative_pronoun() -> None:
    x = read("The minister – who met President Joko Widodo on Monday – will visit Osaka on Friday.", "en")
    assert {"Joko Widodo", "Ōsaka"} <= x.entity_names()
    assert x.events(EventKind.VISIT) == set()


# -- a phone call told with a reciprocal verb: "X and Y spoke by phone", "X spoke by phone on Monday with Y" ----------
@pytest.mark.parametrize("text", [
    "President Ana Ruiz and Prime Minister Marta Vidal spoke by phone on Monday for about an hour.",
    "President Ana Ruiz spoke by phone on Monday with Prime Minister Marta Vidal.",
    "President Ana Ruiz held phone talks with Prime Minister Marta Vidal on Monday.",
])
def test_a_phone_call_is_a_meeting_of_its_two_sides(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "President Ana Ruiz spoke by phone on Monday from Lima.",  # nobody on the other side
    "President Ana Ruiz said she had spoken by phone to reporters in Lima.",
])
def test_a_phone_call_with_nobody_named_is_no_meeting(text: str) -> None:
    x = read(text, "en")
    assert "Ana Ruiz" in x.entity_names()
    assert x.events(EventKind.MEETING) == set()


# -- an apposition titling the person by a body: "X, the UN High Commissioner for Human Rights, accused Y" ----------
@pytest.mark.parametrize("text", [
    "Ana Ruiz, the UN High Commissioner for Human Rights, accused Myanmar of war crimes.",
    "Ana Ruiz, the UN special envoy, accused Myanmar of war crimes.",
    "Ana Ruiz, the EU's special envoy, accused Myanmar of war crimes.",
])
def test_the_person_before_a_titled_apposition_is_the_subject(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Myanmar",))}


@pytest.mark.parametrize(("text", "accuser"), [
    ("After talks with Ana Ruiz, the EU accused Myanmar of war crimes.", "European Union"),  # no apposition
    ("During the visit of Ana Ruiz, the UN accused Myanmar of war crimes.", "United Nations"),
])
def test_a_body_opening_the_main_clause_after_a_comma_is_the_subject(text: str, accuser: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {((accuser,), ("Myanmar",))}


# -- "the two" / "the two sides" of a meeting told before, as parties of what follows ------------------------------
@pytest.mark.parametrize("text", [
    "Ana Ruiz met Foreign Minister Marta Vidal on Monday, and the two signed an agreement on fisheries.",
    "Ana Ruiz held talks with President Marta Vidal on Monday, and the two sides signed 12 agreements on trade.",
    "Ana Ruiz held talks with President Marta Vidal on Monday. The two sides signed an agreement on trade.",
    "Ana Ruiz held talks with President Marta Vidal on Monday, and both sides also agreed to meet again.",
])
def test_the_two_after_a_meeting_are_its_parties(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
    assert x.events(EventKind.AGREEMENT) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "Ana Ruiz met President Marta Vidal in Lima. The two banks signed an agreement on loans.",  # a noun follows
    "Chile and Peru met in Lima. The two countries agreed to reopen the border.",  # countries, not the pair of people
])
def test_the_two_before_a_noun_is_no_pair_of_people(text: str) -> None:
    x = read(text, "en")
    assert not any(agents == ("Ana Ruiz", "Marta Vidal") for agents, _ in x.events(EventKind.AGREEMENT))
    assert len(x.events(EventKind.MEETING)) == 1


# -- an act told after a short opening adverbial: "Meanwhile, X fired a missile. Y condemned the launch" ------------
@pytest.mark.parametrize("first", [
    "Meanwhile, Chile fired a missile into the sea.",
    "On Monday, Chile fired a missile into the sea.",
])
def test_the_doer_of_an_act_told_after_an_opening_adverbial_is_condemned(first: str) -> None:
    x = read(first + " Peru condemned the launch.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}


def test_a_name_inside_the_opening_adverbial_is_no_doer() -> None:
    x = read("In a speech to Chile, Bolivia praised the talks. Peru condemned the attack.", "en")
    assert {"Chile", "Peru"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()


# -- a courtesy call: "X called on Prime Minister Y" is a meeting; "called on Y to …" is an appeal -----------------
@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Ruiz also called on Prime Minister Marta Vidal, who praised the talks.",
    "Foreign Minister Ana Ruiz called on President Marta Vidal in Lima on Monday.",
])
def test_calling_on_a_person_is_a_meeting(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "Chile called on Peru to reopen the border.",
    "Chile called on Peru and Bolivia to reopen the border.",
    "Foreign Minister Ana Ruiz called on President Marta Vidal to resign.",
])
def test_calling_on_someone_to_act_is_no_meeting(text: str) -> None:
    x = read(text, "en")
    assert len(x.entity_names()) >= 2
    assert x.events(EventKind.MEETING) == set()


# -- a judge's title keeps the court out of the person's name: "Supreme Court Justice X" ----------------------------
def test_a_justice_of_a_court_is_a_person_who_can_deny() -> None:
    x = read("Chile sanctioned Peruvian Supreme Court Justice Ana Ruiz. Ruiz denied any wrongdoing.", "en")
    assert x.types().get("Ana Ruiz") == "Person"
    assert x.events(EventKind.SANCTION) == {(("Chile",), ("Ana Ruiz",))}
    assert x.events(EventKind.DENIAL) == {(("Ana Ruiz",), ())}


def test_a_justice_ministry_stays_a_body_of_its_country() -> None:
    # since session 18 (ent18: a title word followed only by a body's head words opens the body's name) the ministry
    # is named as the guidelines' Organization, its owner kept in its name; before, "Justice" read as a title left
    # no body and the country spoke. Either way no person "Justice Ministry".
    x = read("Chile's Justice Ministry said the case was closed.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Chile's Justice Ministry",), ())}
    assert x.types().get("Chile's Justice Ministry") == "Organization"


# -- unnamed nationals sanctioned: the country is the target (guidelines) ------------------------------------------
@pytest.mark.parametrize("text", [
    "Chile has sanctioned several Peruvian bankers it says moved money for the cartel.",
    "Chile sanctioned three Peruvian financiers on Monday.",
])
def test_sanctioned_unnamed_bankers_stand_for_their_country(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("Chile",), ("Peru",))}


def test_bankers_of_a_country_speak_for_nobody() -> None:
    x = read("Peruvian bankers said the sanctions were unfair.", "en")
    assert "Peru" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()


# -- "chief" as a title: a body's chief leads it; a field's chief ("foreign policy chief") is an official ----------
@pytest.mark.parametrize(("text", "kind", "body"), [
    ("NATO chief Ana Ruiz said the alliance was ready.", RelationKind.LEADER_OF, "North Atlantic Treaty Organisation"),
    ("EU foreign policy chief Ana Ruiz said the bloc was ready.", RelationKind.OFFICIAL_OF, "European Union"),
    ("The UN human rights chief, Ana Ruiz, visited Chile.", RelationKind.OFFICIAL_OF, "United Nations"),
    ("Chile's army chief Ana Ruiz visited Peru.", RelationKind.OFFICIAL_OF, "Chile"),
])
def test_a_chief_title(text: str, kind: RelationKind, body: str) -> None:
    x = read(text, "en")
    assert x.relations(kind) == {("Ana Ruiz", body)}
    other = RelationKind.OFFICIAL_OF if kind is RelationKind.LEADER_OF else RelationKind.LEADER_OF
    assert x.relations(other) == set()


def test_a_city_mayor_is_a_person_met_not_the_city() -> None:
    x = read("Chancellor Ana Ruiz met Lviv mayor Marta Vidal on Monday.", "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


# -- a destination named in apposition to "the capital": "arrived in the Kenyan capital, Nairobi," -----------------
@pytest.mark.parametrize("text", [
    "President Ana Ruiz arrived in the Kenyan capital, Nairobi, on Monday.",
    "President Ana Ruiz arrived in the capital, Nairobi, on Monday.",
])
def test_the_capital_named_in_apposition_is_the_destination(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {(("Ana Ruiz",), ("Nairobi",))}


def test_a_name_after_the_capital_and_a_clause_is_no_destination() -> None:
    x = read("President Ana Ruiz arrived in the capital, and Peru condemned the visit.", "en")
    assert x.events(EventKind.VISIT) == set()


# -- "PERSON, the HOLDER TITLE, …": an office told in apposition with the holder first -----------------------------
@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("Ana Ruiz, the UN special envoy, visited Chile.", RelationKind.OFFICIAL_OF, "United Nations"),
    ("Ana Ruiz, the UN High Commissioner for Human Rights, visited Chile.", RelationKind.OFFICIAL_OF,
     "United Nations"),
    ("Ana Ruiz, the Chilean foreign minister, visited Peru.", RelationKind.OFFICIAL_OF, "Chile"),
    ("Ana Ruiz, the Chilean president, visited Peru.", RelationKind.LEADER_OF, "Chile"),
])
def test_an_apposition_of_holder_and_title_gives_the_office(text: str, kind: RelationKind, holder: str) -> None:
    x = read(text, "en")
    assert x.relations(kind) == {("Ana Ruiz", holder)}


@pytest.mark.parametrize("text", [
    "Ana Ruiz, the former Chilean foreign minister, visited Peru.",  # a former office
    "Ana Ruiz, the Chilean envoy's wife, visited Peru.",  # the title is someone else's
])
def test_no_office_from_an_apposition_that_is_not_hers(text: str) -> None:
    x = read(text, "en")
    assert {"Ana Ruiz", "Peru"} <= x.entity_names()
    assert x.relations(RelationKind.OFFICIAL_OF) == set()
    assert x.relations(RelationKind.LEADER_OF) == set()


# -- a participial clause after a comma: "X recalled its envoy, accusing Y of spying" ------------------------------
@pytest.mark.parametrize(("text", "accusers"), [
    ("Chile recalled its ambassador, accusing Peru of spying.", ("Chile",)),
    ("Chile and Bolivia recalled their ambassadors on Monday, blaming Peru for the attack.", ("Bolivia", "Chile")),
    ("President Ana Ruiz met President Marta Vidal, condemning Peru for the attack.", ("Ana Ruiz",)),
])
def test_a_participle_after_a_comma_accuses_for_the_main_subject(text: str, accusers: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(accusers, ("Peru",))}


@pytest.mark.parametrize("text", [
    "Chile rejected the statement accusing Peru of spying.",  # whose statement is not said
    "A report accusing Peru of spying was published in Chile.",
])
def test_a_participle_after_a_noun_accuses_for_nobody_named(text: str) -> None:
    x = read(text, "en")
    assert {"Chile", "Peru"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()


# -- word lists found short by the second blind batch: ministers of a field, "the two governments", future trips ----
@pytest.mark.parametrize(("text", "holder"), [
    ("Indian External Affairs Minister Ana Ruiz visited Chile.", "India"),
    ("Chile's information minister, Ana Ruiz, said the accusations were false.", "Chile"),
])
def test_a_minister_of_a_field_is_an_official(text: str, holder: str) -> None:
    assert read(text, "en").relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", holder)}


def test_the_two_governments_are_the_pair_of_countries_before() -> None:
    x = read("Chile hosted Peru's president in Lima, and the two governments signed a deal on water.", "en")
    assert x.events(EventKind.AGREEMENT) == {(("Chile", "Peru"), ())}


@pytest.mark.parametrize("text", [
    "President Ana Ruiz will fly to Lima on Wednesday to meet business leaders.",
    "President Ana Ruiz will arrive in Lima on Wednesday.",
])
def test_a_scheduled_flight_or_arrival_is_a_visit(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}


def test_flying_as_a_noun_is_no_visit() -> None:
    x = read("Flying to Lima is expensive, Chile said.", "en")
    assert {"Chile", "Lima"} <= x.entity_names()
    assert x.events(EventKind.VISIT) == set()


def test_a_diplomatic_protest_lodged_with_a_country_accuses_it() -> None:
    x = read("The Philippines lodged a diplomatic protest with Chile on Monday.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Philippines",), ("Chile",))}


# -- "after"/"before" opening a clause: "days after X met Y" ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The sanctions come days after President Ana Ruiz met Foreign Minister Marta Vidal in Lima.",
    "Chile protested a week before President Ana Ruiz met Foreign Minister Marta Vidal in Lima.",
])
def test_a_clause_after_a_conjunction_has_its_own_subject(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_a_name_in_a_prepositional_phrase_is_no_subject() -> None:
    x = read("After talks with Chile, Peru condemned Bolivia.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Peru",), ("Bolivia",))}


def test_the_two_sides_are_never_a_leader_and_his_own_country() -> None:
    x = read("President Ana Ruiz of Chile spoke with her Peruvian counterpart on Tuesday, and the two sides agreed "
             "to cooperate.", "en")
    assert "Ana Ruiz" in x.entity_names()
    assert not any("Ana Ruiz" in agents and "Chile" in agents for agents, _ in x.events(EventKind.AGREEMENT))
