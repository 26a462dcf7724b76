"""Constructions of English wire copy that span a paragraph or hide an argument: a pronoun as the guest of a
passive reception, a meeting only requested, accusations named by a noun with "by", an object-fronted denial, a
condemnation whose target is an act told before, unnamed members of a country, a press release's imposer. Each
with positive and negative sentences asserting the exact facts (type, agents, targets); the Indonesian twin where
the construction exists there. Sentences written for these tests (names invented or common)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


# -- a pronoun as the guest of a passive reception: "He was welcomed by X" -----------------------------------------
@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Ricardo Alves arrived in Lima on Monday. He was welcomed by President Marta Ruiz.", "en",
     ("Marta Ruiz", "Ricardo Alves")),
    ("Ricardo Alves tiba di Lima pada hari Senin. Ia disambut oleh Presiden Marta Ruiz.", "id",
     ("Marta Ruiz", "Ricardo Alves")),
])
def test_a_pronoun_is_the_guest_of_a_passive_reception(text: str, lang: str, pair: tuple[str, str]) -> None:
    x = read(text, lang)
    assert x.events(EventKind.MEETING) == {(pair, ())}


def test_a_pronoun_for_no_person_is_no_guest() -> None:
    x = read("The plan was announced in Lima. It was welcomed by President Marta Ruiz.", "en")
    assert "Marta Ruiz" in x.entity_names()
    assert x.events(EventKind.MEETING) == set()


# -- a meeting requested is not held -------------------------------------------------------------------------------
def test_a_requested_emergency_meeting_is_no_meeting() -> None:
    x = read("Chile and Peru requested an emergency meeting of the Security Council.", "en")
    assert {"Chile", "Peru"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()


def test_an_emergency_meeting_held_is_a_meeting() -> None:
    x = read("Chile and Peru held an emergency meeting in Lima on Monday.", "en")
    assert x.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}


# -- accusations named by a noun with "by": the denier is accused -------------------------------------------------
@pytest.mark.parametrize(("text", "accusers", "denier"), [
    ("Chile on Monday rejected accusations by Peru and Bolivia that its navy had crossed the border.",
     ("Bolivia", "Peru"), "Chile"),
    ("Chile dismissed the allegations by Peru of spying.", ("Peru",), "Chile"),
])
def test_the_makers_of_denied_accusations_accuse_the_denier(text: str, accusers: tuple, denier: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.DENIAL) == {((denier,), ())}
    assert x.events(EventKind.ACCUSATION) == {(accusers, (denier,))}


@pytest.mark.parametrize("text", [
    "Chile rejected the accusations on Monday in Lima.",  # no maker named
    "Chile rejected the plan by Peru to build a dam.",  # no accusation denied
])
def test_no_accuser_without_by_after_an_accusation_noun(text: str) -> None:
    x = read(text, "en")
    assert "Chile" in x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()


# -- an object-fronted denial: "…, a charge Lima rejected" ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Chile accused Peru of spying, a charge Lima rejected.",
    "Chile accused Peru of spying, a charge that Lima denied on Monday.",
    "Chile accused Peru of spying, claims Peru dismissed as false.",
])
def test_a_claim_noun_before_its_denier_is_a_denial(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}


@pytest.mark.parametrize("text", [
    "Chile repeated a charge Peru rejected the ruling of the court.",  # the verb has an object of its own
    "Chile accused Peru of spying, a charge Peru repeated.",  # no denial verb
])
def test_no_fronted_denial_when_the_verb_has_an_object_or_denies_nothing(text: str) -> None:
    x = read(text, "en")
    assert {"Chile", "Peru"} <= x.entity_names()
    assert x.events(EventKind.DENIAL) == set()


# -- a condemnation whose target is an act told before: "X struck Y. Z condemned the attack" ----------------------
@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("LIMA - Chile struck a border post on Monday. Peru condemned the attack.", "en", (("Peru",), ("Chile",))),
    ("Chile imposed a tariff on copper. Peru on Tuesday condemned the move as illegal.", "en",
     (("Peru",), ("Chile",))),
    # the sentence before reports an accusation: the accused did the act
    ("Bolivia accused Chile of shelling a village. Peru condemned the deadly attack.", "en",
     (("Peru",), ("Chile",))),
    ("Chile menyerang pos perbatasan pada hari Senin. Peru mengecam serangan itu.", "id", (("Peru",), ("Chili",))),
])
def test_a_condemned_act_told_before_targets_its_doer(text: str, lang: str, fact: tuple) -> None:
    x = read(text, lang)
    assert fact in x.events(EventKind.ACCUSATION)
    assert {f for f in x.events(EventKind.ACCUSATION) if f[0] == fact[0]} == {fact}


@pytest.mark.parametrize("text", [
    "Chile struck a border post on Monday. Peru condemned attacks on civilians.",  # no act referred back to
    "Chile struck a border post on Monday. Peru condemned the plan.",  # not an act
    "Peru condemned the attack.",  # nothing told before
])
def test_no_target_without_an_act_told_before(text: str) -> None:
    x = read(text, "en")
    assert "Peru" in x.entity_names()
    assert {f for f in x.events(EventKind.ACCUSATION) if f[0] == ("Peru",)} == set()


# -- unnamed members of a country say nothing: "Chilean officials said" --------------------------------------------
@pytest.mark.parametrize("text", [
    "Chilean officials said the border post was hit.",
    "The talks failed, Chilean health officials said on Monday.",
    "Chilean diplomats accused Peru of spying.",
])
def test_unnamed_members_of_a_country_say_or_accuse_nothing(text: str) -> None:
    x = read(text, "en")
    assert "Chile" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == set() and x.events(EventKind.ACCUSATION) == set()


def test_a_named_member_of_a_country_speaks() -> None:
    x = read("Chilean diplomat Ana Ruiz said the talks failed.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


# -- a press release: the issuing body is the imposer, "designated" with unnamed members as object -----------------
@pytest.mark.parametrize(("text", "fact"), [
    ("The Department of the Treasury today designated six Chilean officials for corruption.",
     (("United States Department of the Treasury",), ("Chile",))),
    ("OFAC is also designating two senior officials of Chile's government.", (("OFAC",), ("Chile",))),
    ("Today, the Department of the Treasury is sanctioning three Chilean companies.",
     (("United States Department of the Treasury",), ("Chile",))),
])
def test_a_press_release_designation_of_unnamed_members_is_a_sanction(text: str, fact: tuple) -> None:
    x = read(text, "en")
    assert x.events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize("text", [
    "Chile designated Ana Ruiz as its envoy to Peru.",  # a named person designated: an appointment
    "Peru designated two officials to lead the talks with Chile.",  # members of no country named
])
def test_a_designation_of_a_named_person_or_of_members_of_nobody_is_no_sanction(text: str) -> None:
    x = read(text, "en")
    assert {"Chile", "Peru"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


# -- a title whose first word is a preposition: "said Under Secretary X" --------------------------------------------
@pytest.mark.parametrize(("text", "kind", "fact"), [
    ('"Chile keeps arming its allies," said Under Secretary John Hurley.', EventKind.STATEMENT,
     (("John Hurley",), ())),
    ("Peru met Under Secretary John Hurley in Lima.", EventKind.MEETING, (("John Hurley", "Peru"), ())),
])
def test_a_title_opening_with_a_preposition_leads_to_its_holder(text: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, "en").events(kind) == {fact}


def test_a_preposition_alone_still_ends_the_object() -> None:
    x = read('"The talks failed," said Chile under pressure from Peru.', "en")
    assert x.events(EventKind.STATEMENT) == {(("Chile",), ())}


# -- a country's title before a name in the object: the person is the party -----------------------------------------
@pytest.mark.parametrize(("text", "meeting", "visit"), [
    ("Peru received U.S. Secretary of State Marco Rubio in Lima.", ("Marco Rubio", "Peru"), ("Marco Rubio", "Lima")),
    ("Peru received Chile's Foreign Minister Ana Ruiz in Lima.", ("Ana Ruiz", "Peru"), ("Ana Ruiz", "Lima")),
])
def test_the_titled_person_after_a_country_is_the_party(text: str, meeting: tuple, visit: tuple) -> None:
    x = read(text, "en")
    assert x.events(EventKind.MEETING) == {(meeting, ())}
    assert x.events(EventKind.VISIT) == {((visit[0],), (visit[1],))}


def test_a_country_before_a_title_without_a_name_is_no_party() -> None:
    x = read("Peru met Chile's president on Monday.", "en")
    assert {"Chile", "Peru"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()


# -- "…, his office said": the office speaks for its holder named before (decision, see the report) ------------------
def test_his_office_said_is_the_statement_of_the_person_named_before() -> None:
    x = read("Ana Ruiz will travel to Lima next month, her office said on Monday.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


def test_an_unnamed_spokesman_or_office_of_nobody_named_says_nothing() -> None:
    x = read("Ana Ruiz will travel to Lima next month, a spokesman said.", "en")
    assert x.events(EventKind.STATEMENT) == set()
    x = read("The talks failed, the office said.", "en")
    assert x.events(EventKind.STATEMENT) == set()


# -- a crown prince is no head of state; "Prince" is no part of the name --------------------------------------------
@pytest.mark.parametrize(("text", "person"), [
    ("Jordan's Crown Prince Omar Haddad met Ana Ruiz in Amman.", "Omar Haddad"),
    ("Chile's Prince Omar Haddad met Ana Ruiz in Amman.", "Omar Haddad"),
])
def test_a_prince_is_a_person_without_an_office(text: str, person: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.MEETING) == {(tuple(sorted((person, "Ana Ruiz"))), ())}
    assert x.relations(RelationKind.LEADER_OF) == set() and x.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_king_still_leads_his_country() -> None:
    x = read("Jordan's King Omar Haddad met Ana Ruiz in Amman.", "en")
    assert x.relations(RelationKind.LEADER_OF) == {("Omar Haddad", "Jordan")}


# -- a name closing a sentence that ends like a month abbreviation: "… Dong Jun. The talks …" -----------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Ali Hassan met Defence Minister Omar Jun. The talks went well.", "en"),
    ("Ali Hassan met Omar Jun.", "en"),
    ("Ali Hassan bertemu Omar Jun. Pembicaraan itu berjalan baik.", "id"),
])
def test_a_name_ending_like_a_month_abbreviation_leaves_the_full_stop(text: str, lang: str) -> None:
    x = read(text, lang)
    assert x.events(EventKind.MEETING) == {(("Ali Hassan", "Omar Jun"), ())}
    assert len(x.extraction.sentences) == text.count(". ") + 1


def test_a_month_abbreviation_in_a_date_keeps_its_full_stop() -> None:
    from kg.nlp.pipeline import make_pipeline
    doc = make_pipeline("en")("Ali Hassan left Lima on Jun. 5 with Omar Ruiz.")
    assert "Jun." in [t.text for t in doc] and len(list(doc.sents)) == 1




# -- member nouns as a word class: the plurals of one-word titles ("envoys", "ambassadors") ------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("The European Union sanctioned two Chilean envoys.", (("European Union",), ("Chile",))),
    ("The European Union sanctioned three ambassadors of Chile.", (("European Union",), ("Chile",))),
])
def test_unnamed_title_holders_stand_for_their_country_as_targets(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


def test_a_condemned_act_of_a_countrys_unnamed_commanders_targets_the_country() -> None:
    x = read("Chilean commanders shelled a village on Monday. Peru condemned the attack.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}


@pytest.mark.parametrize("text", ["Chilean ambassadors said the talks failed.",
                                  "Envoys of Chile said the talks failed."])
def test_unnamed_title_holders_of_a_country_say_nothing(text: str) -> None:
    x = read(text, "en")
    assert "Chile" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()


def test_a_title_alone_after_a_nationality_is_no_member_noun() -> None:
    x = read("The Chilean president said the talks failed.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Chile",), ())}


# -- a country owning the speaker after a place and a comma is no locative apposition ------------------------------
def test_a_countrys_body_speaks_after_a_place_and_a_comma() -> None:
    x = read("Chile agreed to a truce after talks mediated by Peru in Lima, Chile's foreign ministry said.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Chile",), ())}


def test_a_country_after_a_place_and_a_comma_still_only_places_it() -> None:
    x = read("Ana Ruiz arrived in Lima, Peru, on Monday.", "en")
    assert x.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}


# -- receiving a phone call is a meeting of caller and called ---------------------------------------------------------
def test_receiving_a_phone_call_from_a_person_is_a_meeting() -> None:
    x = read("Ana Ruiz later received a phone call from Chilean President Omar Haddad.", "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Omar Haddad"), ())}
    assert x.events(EventKind.VISIT) == set()
