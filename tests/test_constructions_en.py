"""Constructions of English news copy, each with positive and negative sentences asserting the exact facts
(type, agents, targets); the Indonesian twin where the construction exists there. Sentences written for these
tests (names invented or common)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind, RelationKind

CHILE, SPAIN, PHILIPPINES = "Chile", "Spain", "Philippines"


# -- a title before the name, its holder after "of": "President X of Chile" ---------------------------------------
@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("President Ricardo Alves of Chile arrived in Lima on Monday.", "en",
     (RelationKind.LEADER_OF, ("Ricardo Alves", CHILE))),
    ("Prime Minister Marta Ruiz of Spain said on Monday the vote was fair.", "en",
     (RelationKind.LEADER_OF, ("Marta Ruiz", SPAIN))),
    ("Foreign Minister Pedro Lucas of the Philippines met his counterpart.", "en",
     (RelationKind.OFFICIAL_OF, ("Pedro Lucas", PHILIPPINES))),
    ("Presiden Ricardo Alves dari Chile tiba di Lima pada hari Senin.", "id",
     (RelationKind.LEADER_OF, ("Ricardo Alves", "Chili"))),
])
def test_a_title_before_the_name_and_its_holder_after_of(text: str, lang: str, fact: tuple) -> None:
    kind, pair = fact
    x = read(text, lang)
    assert x.relations(kind) == {pair}
    other = RelationKind.OFFICIAL_OF if kind is RelationKind.LEADER_OF else RelationKind.LEADER_OF
    assert x.relations(other) == set()


def test_the_visit_of_a_titled_name_with_its_holder_after_of_keeps_the_visit() -> None:
    x = read("President Ricardo Alves of Chile arrived in Lima on Monday.", "en")
    assert x.events(EventKind.VISIT) == {(("Ricardo Alves",), ("Lima",))}


@pytest.mark.parametrize("text", [
    "Ricardo Alves of Chile arrived in Lima on Monday.",  # no title: a name and where it comes from
    "President Ricardo Alves of Chile's ruling party arrived in Lima.",  # the holder is what the country owns
])
def test_no_office_without_a_title_or_when_the_holder_is_owned(text: str) -> None:
    x = read(text, "en")
    assert "Ricardo Alves" in x.entity_names() and CHILE in x.entity_names()
    assert x.relations(RelationKind.LEADER_OF) == set() and x.relations(RelationKind.OFFICIAL_OF) == set()


# -- "according to <Name>": who speaks, never a place --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "According to Helmut Brandt, the talks failed.",
    "The deal was signed on Friday, according to Helmut Brandt.",
])
def test_the_name_after_according_to_is_a_person_who_speaks(text: str) -> None:
    x = read(text, "en")
    brandt = next(e for e in x.extraction.entities if e.name == "Helmut Brandt")
    assert brandt.type is EntityType.PERSON
    assert x.events(EventKind.STATEMENT) == {(("Helmut Brandt",), ())}


def test_a_one_word_name_after_according_to_is_a_person() -> None:
    x = read("According to Brandt, the talks failed.", "en")
    assert [(e.name, e.type) for e in x.extraction.entities] == [("Brandt", EntityType.PERSON)]
    assert x.events(EventKind.STATEMENT) == {(("Brandt",), ())}


def test_a_name_after_a_preposition_of_direction_alone_stays_a_place() -> None:
    x = read("The delegation travelled to Nowa Ruda on Monday.", "en")
    assert [(e.name, e.type) for e in x.extraction.entities] == [("Nowa Ruda", EntityType.PLACE)]
    assert x.events(EventKind.STATEMENT) == set()


# -- a name suffix after a title word: "Martin Luther King Jr." ----------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Martin Luther King Jr. visited Oslo.", "en", "Martin Luther King Jr."),
    ("John King Jr. met Ali Hassan in Cairo.", "en", "John King Jr."),
    ("Martin Luther King Jr. tiba di Oslo pada hari Senin.", "id", "Martin Luther King Jr"),
])
def test_a_title_word_before_a_name_suffix_is_the_family_name(text: str, lang: str, name: str) -> None:
    x = read(text, lang)
    persons = {e.name for e in x.extraction.entities if e.type is EntityType.PERSON}
    assert name in persons and not any(p != name and p in name for p in persons)


def test_a_title_before_a_name_with_a_suffix_is_still_a_title() -> None:
    x = read("King Charles III visited Kenya on Tuesday.", "en")
    assert x.events(EventKind.VISIT) == {(("Charles III",), ("Kenya",))}


# -- "the <demonym> leader" with no name after: the country's head, who stands for it ------------------------------
@pytest.mark.parametrize(("text", "speaker"), [
    ("The Chilean leader said the talks had been productive.", CHILE),
    ("The Russian president told reporters the deal was done.", "Russia"),
    # the leader named before with that country's title is the one who speaks
    ("Chilean President Gabriel Boric met Javier Milei on Monday. The Chilean leader said the talks had been "
     "productive.", "Gabriel Boric"),
    ("Chilean President Gabriel Boric met Javier Milei on Monday. Chile's leader said the talks had been "
     "productive.", "Gabriel Boric"),
])
def test_the_definite_leader_of_a_nationality_speaks_for_the_country(text: str, speaker: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {((speaker,), ())}


def test_an_indefinite_leader_of_a_nationality_names_no_speaker() -> None:
    x = read("A Chilean leader said the talks were useful.", "en")  # one of several: no definite head
    assert x.events(EventKind.STATEMENT) == set() and CHILE not in x.entity_names()


def test_a_definite_leader_before_a_name_is_the_name_s_title() -> None:
    x = read("The Russian President Vladimir Putin said the talks were useful.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Vladimir Putin",), ())}
    assert x.relations(RelationKind.LEADER_OF) == {("Vladimir Putin", "Russia")}


# -- an event noun as the subject of a passive verb that carries it out: the "by" of its clause, however far -------
US, EU, UK, RUSSIA, IRAN = "United States of America", "European Union", "United Kingdom", "Russia", "Iran"


@pytest.mark.parametrize(("text", "fact"), [
    ("Sanctions were imposed on two Russian banks on Wednesday by the European Union.", ((EU,), (RUSSIA,))),
    ("Sanctions were imposed on three Iranian banks by the EU.", ((EU,), (IRAN,))),
    ("New sanctions were imposed on North Korea by the United States on Friday.", ((US,), ("North Korea",))),
    ("Sanctions have been imposed on Syria by the Arab League.", (("Arab League",), ("Syria",))),
])
def test_the_far_by_of_a_passive_sanction_names_the_imposer(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize(("text", "target"), [
    ("Sanctions were later imposed on Iran over the attack by Israel.", IRAN),  # "by" of another noun
    ("Sanctions were imposed on Iran, the statement issued by Britain said.", IRAN),  # another clause
])
def test_a_by_outside_the_passive_clause_names_no_imposer(text: str, target: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((), (target,))}


@pytest.mark.parametrize("text", [
    "Sanctions were lifted on Iran by the EU.",
    "Sanctions on Iran were lifted on Monday.",
    "The sanctions against Syria have been lifted.",
])
def test_sanctions_lifted_in_the_passive_are_no_sanction(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.SANCTION) == set() and len(x.extraction.entities) >= 1


# -- an infinitive of purpose after a journey: "travel to X next week to meet Y" — the traveller meets ------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Antony Blinken will travel to Jakarta next week to meet Retno Marsudi.", "en"),
    ("Antony Blinken travelled to Jakarta to meet Retno Marsudi.", "en"),
    ("Antony Blinken akan terbang ke Jakarta pekan depan untuk bertemu Retno Marsudi.", "id"),
])
def test_the_traveller_not_the_destination_meets_in_an_infinitive_of_purpose(text: str, lang: str) -> None:
    x = read(text, lang)
    assert x.events(EventKind.MEETING) == {(("Antony Blinken", "Retno Marsudi"), ())}
    assert x.events(EventKind.VISIT) == {(("Antony Blinken",), ("Jakarta",))}


# -- a wire dateline: its agency is no subject, its city in capitals is a place ----------------------------------
def test_a_dateline_before_a_dash_is_no_part_of_the_clause() -> None:
    x = read("WASHINGTON, March 4 (Reuters) - Antony Blinken will travel to Jakarta next week to meet Retno "
             "Marsudi, the State Department said on Friday.", "en")
    assert x.events(EventKind.MEETING) == {(("Antony Blinken", "Retno Marsudi"), ())}


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("BEIJING, Jan 3 (Reuters) - China said on Monday it opposed the plan.", "en", "Beijing"),
    ("JAKARTA (Reuters) - Antony Blinken met Retno Marsudi.", "en", "Jakarta"),
    ("JAKARTA (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken.", "id", "Jakarta"),
])
def test_a_city_in_capitals_opening_a_dateline_is_that_place(text: str, lang: str, place: str) -> None:
    x = read(text, lang)
    city = next(e for e in x.extraction.entities if e.name == place)
    assert city.type is EntityType.PLACE and city.qid is not None
    assert not any(e.type is EntityType.ORGANIZATION and e.name.isupper() for e in x.extraction.entities)


def test_an_acronym_opening_a_line_stays_an_organisation() -> None:
    x = read("NATO, the alliance, met on Monday.", "en")
    assert [(e.name, e.type) for e in x.extraction.entities] == [
        ("North Atlantic Treaty Organisation", EntityType.ORGANIZATION)]


# -- after "on", "with": lowercase words of a title before the name ("gang leader X") ---------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Canada imposed sanctions on gang leader Jimmy Cherizier on Friday.", (("Canada",), ("Jimmy Cherizier",))),
    ("The Canadian government imposed sanctions on Haitian gang leader Jimmy Cherizier.",
     (("Canada",), ("Jimmy Cherizier",))),
])
def test_a_title_with_its_descriptor_after_the_preposition_keeps_the_named_target(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


def test_a_descriptor_without_a_title_names_no_target() -> None:
    x = read("Canada imposed sanctions on gang members close to Jimmy Cherizier.", "en")
    assert x.events(EventKind.SANCTION) == set() and "Jimmy Cherizier" in x.entity_names()


# -- a denial: rejecting or dismissing accusations, allegations, claims, charges — with or without "the" ----------
@pytest.mark.parametrize(("text", "denier"), [
    ("Nasser Kanaani said Tehran rejected the accusations.", "Tehran"),
    ("Moscow dismissed the allegations on Friday.", "Moscow"),
    ("China rejects the charges, the ministry said.", "People's Republic of China"),
])
def test_rejecting_the_accusations_is_a_denial(text: str, denier: str) -> None:
    assert read(text, "en").events(EventKind.DENIAL) == {((denier,), ())}


def test_rejecting_a_proposal_is_no_denial() -> None:
    x = read("Moscow rejected the proposal on Friday.", "en")
    assert x.events(EventKind.DENIAL) == set() and x.entity_names() == {"Moscow"}


# -- "his Jordanian counterpart X": X holds the other's office, for the country named with the noun ---------------
@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("Egypt's Foreign Minister Sameh Shoukry held a phone call with his Jordanian counterpart Ayman Safadi on "
     "Sunday.", RelationKind.OFFICIAL_OF, ("Ayman Safadi", "Jordan")),
    ("Indonesian Foreign Minister Retno Marsudi met her Australian counterpart, Penny Wong, in Jakarta.",
     RelationKind.OFFICIAL_OF, ("Penny Wong", "Australia")),
    ("Prime Minister Anthony Albanese of Australia met his Japanese counterpart Fumio Kishida in Tokyo.",
     RelationKind.LEADER_OF, ("Fumio Kishida", "Japan")),
])
def test_a_counterpart_holds_the_other_s_office_for_the_country_named(text: str, kind: RelationKind,
                                                                      fact: tuple) -> None:
    x = read(text, "en")
    assert fact in x.relations(kind)
    other = RelationKind.OFFICIAL_OF if kind is RelationKind.LEADER_OF else RelationKind.LEADER_OF
    assert not any(person == fact[0] for person, _ in x.relations(other))
    assert len(x.events(EventKind.MEETING)) == 1
    (parties, _), = x.events(EventKind.MEETING)
    assert fact[0] in parties  # the counterpart met, not the country


@pytest.mark.parametrize("text", [
    "Ali Hassan met his Jordanian counterpart Omar Khalil.",  # whose office is not said
    "Retno Marsudi met her Australian counterpart, Penny Wong, in Jakarta.",
])
def test_a_counterpart_of_someone_with_no_office_holds_none(text: str) -> None:
    x = read(text, "en")
    assert x.relations(RelationKind.OFFICIAL_OF) == set() and x.relations(RelationKind.LEADER_OF) == set()
    assert len(x.events(EventKind.MEETING)) == 1


# -- a phone call in the perfect; signing a declaration or joint statement is an agreement of the signers ----------
def test_having_spoken_by_phone_with_is_a_meeting() -> None:
    x = read("Antony Blinken had spoken by phone with Faisal bin Farhan, the State Department said.", "en")
    assert x.events(EventKind.MEETING) == {(("Antony Blinken", "Faisal bin Farhan"), ())}


@pytest.mark.parametrize("text", [
    "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan signed a declaration on "
    "friendly relations in Athens.",
    "Kyriakos Mitsotakis and Tayyip Erdogan signed a joint statement on Thursday.",
])
def test_signing_a_declaration_together_is_an_agreement(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.AGREEMENT) == {(("Kyriakos Mitsotakis", "Tayyip Erdogan"), ())}


def test_a_declaration_read_out_is_no_agreement() -> None:
    x = read("Kyriakos Mitsotakis read a declaration in Athens on Thursday.", "en")
    assert x.events(EventKind.AGREEMENT) == set() and "Kyriakos Mitsotakis" in x.entity_names()


# -- unnamed members of two named countries as the subject of what pairs do: the countries are the parties --------
@pytest.mark.parametrize(("text", "kind", "parties"), [
    ("The foreign ministers of Russia and China met in Vientiane on Thursday.", EventKind.MEETING,
     ("People's Republic of China", RUSSIA)),
    ("Leaders of Japan and South Korea met in Tokyo.", EventKind.MEETING, ("Japan", "South Korea")),
    ("Officials from Iran and Saudi Arabia held talks in Baghdad.", EventKind.MEETING, (IRAN, "Saudi Arabia")),
    ("Diplomats from Iran and Saudi Arabia agreed to reopen embassies.", EventKind.AGREEMENT,
     (IRAN, "Saudi Arabia")),
])
def test_members_of_two_countries_meet_or_agree_for_them(text: str, kind: EventKind, parties: tuple) -> None:
    assert read(text, "en").events(kind) == {(parties, ())}


@pytest.mark.parametrize("text", [
    "The foreign minister of Russia met China's envoy.",  # one owner: the other party is unnamed
    "The war between Russia and China ended on Monday.",  # no member noun, no verb of pairs
])
def test_no_pair_without_members_of_two_named_owners(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.MEETING) == set() and RUSSIA in x.entity_names()


def test_members_of_two_countries_meet_for_them_in_indonesian_too() -> None:
    x = read("Para pejabat asal Iran dan Arab Saudi bertemu di Baghdad.", "id")
    assert x.events(EventKind.MEETING) == {(("Arab Saudi", IRAN), ())}


@pytest.mark.parametrize("text", [
    "Officials from Iran and Saudi Arabia said the talks were useful.",
    "Officials of Iran said on Monday the talks were useful.",
])
def test_unnamed_members_of_a_country_make_no_statement_of_it(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.STATEMENT) == set() and IRAN in x.entity_names()


def test_unnamed_members_of_a_body_impose_its_sanctions() -> None:
    x = read("Officials of the European Union imposed sanctions on Iran.", "en")
    assert x.events(EventKind.SANCTION) == {((EU,), (IRAN,))}


# -- a nationality, one member noun, then a name: the name is the target ("Russian businessman X") ----------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Australia sanctioned Russian businessman Oleg Deripaska on Friday.", (("Australia",), ("Oleg Deripaska",))),
    ("Canada imposed sanctions on Chinese firm Sinotech.", (("Canada",), ("Sinotech",))),
])
def test_a_named_member_after_a_nationality_is_the_target(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


def test_unnamed_members_after_a_nationality_still_stand_for_the_country() -> None:
    x = read("The European Union imposed sanctions on three Russian banks on Friday.", "en")
    assert x.events(EventKind.SANCTION) == {((EU,), (RUSSIA,))}
