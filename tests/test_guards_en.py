"""English frames, blockers and guards as minimal pairs: the positive sentence gives the exact fact (type,
agent, target), the negative one — the same sentence with the guarded word — gives no fact of that type, while
its entities are still found. Sentences written for these tests; each pair kills one class of mutant that
survived the suite before (docs/accuracy.md "Mutation testing")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind, RelationKind

EU, BELARUS = "European Union", "Belarus"
JAPAN, CHINA, AUSTRALIA = "Japan", "People's Republic of China", "Australia"
ALBANESE, BIDEN, JOKOWI = "Anthony Albanese", "Joe Biden", "Joko Widodo"

SANCTION_ON_BELARUS = {((EU,), (BELARUS,))}


# --------------------------------------------------------------------------- sanctions


def test_a_sanction_imposed_names_imposer_and_target() -> None:
    assert read("The European Union imposed sanctions on Belarus on Monday.", "en").events(
        EventKind.SANCTION) == SANCTION_ON_BELARUS


def test_a_passive_sanction_keeps_the_imposer_as_agent_and_the_subject_as_target() -> None:
    assert read("Belarus was sanctioned by the European Union on Monday.", "en").events(
        EventKind.SANCTION) == SANCTION_ON_BELARUS


@pytest.mark.parametrize("text", [
    "The European Union did not impose sanctions on Belarus on Monday.",  # negation: "not"
    "The European Union didn't impose sanctions on Belarus on Monday.",  # negation: "n't"
    "The European Union never imposed sanctions on Belarus.",  # negation: "never"
    "The European Union will impose sanctions on Belarus next month.",  # modality: future
    "The European Union could impose sanctions on Belarus next month.",  # modality: possibility
    "The European Union lifted sanctions on Belarus on Monday.",  # blocker: lifting
    "The European Union eased sanctions on Belarus on Monday.",  # blocker: easing
    "The European Union threatened sanctions on Belarus on Monday.",  # blocker: a threat
])
def test_negated_future_lifted_or_threatened_sanctions_are_not_asserted(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.SANCTION) == set()
    assert {EU, BELARUS} <= found.entity_names()


def test_a_lifted_sanction_beside_an_imposed_one_blocks_only_itself() -> None:
    found = read("The United States imposed sanctions on Iran, and the European Union lifted sanctions on Belarus.",
                 "en")
    assert found.events(EventKind.SANCTION) == {(("United States of America",), ("Iran",))}


# --------------------------------------------------------------------------- accusations


def test_an_accusation_names_accuser_and_accused() -> None:
    assert read("Japan accused China of violating the agreement.", "en").events(
        EventKind.ACCUSATION) == {((JAPAN,), (CHINA,))}


@pytest.mark.parametrize("text", [
    "Japan did not accuse China of violating the agreement.",
    "Japan didn't accuse China of violating the agreement.",
    "Japan could accuse China of violating the agreement.",
    "Japan would accuse China of violating the agreement.",
])
def test_negated_or_hypothetical_accusations_are_not_asserted(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {JAPAN, CHINA} <= found.entity_names()


# --------------------------------------------------------------------------- meetings


def test_a_meeting_has_both_parties_as_agents() -> None:
    assert read("Prime Minister Anthony Albanese met President Joe Biden in Washington.", "en").events(
        EventKind.MEETING) == {((ALBANESE, BIDEN), ())}


@pytest.mark.parametrize("text", [
    "Prime Minister Anthony Albanese did not meet President Joe Biden in Washington.",
    "Prime Minister Anthony Albanese never met President Joe Biden in Washington.",
])
def test_negated_meetings_are_not_asserted(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == set()
    assert {ALBANESE, BIDEN} <= found.entity_names()


@pytest.mark.parametrize("text", [
    "Joko Widodo held talks in Jakarta on Monday.",  # reciprocal frame, one subject
    "Joko Widodo discussed trade in Jakarta on Monday.",  # reciprocal frame, an object that is no party
    "Joko Widodo met with reporters in Jakarta on Monday.",  # verb frame, an object that is no entity
])
def test_a_meeting_needs_two_parties(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == set()
    assert JOKOWI in found.entity_names()


# --------------------------------------------------------------------------- agreements


def test_an_agreement_has_both_parties_as_agents() -> None:
    assert read("Japan and Australia agreed to expand trade on Monday.", "en").events(
        EventKind.AGREEMENT) == {((AUSTRALIA, JAPAN), ())}


@pytest.mark.parametrize("text", [
    "Japan and Australia did not agree to expand trade on Monday.",
    "Japan and Australia will agree to expand trade next year.",
])
def test_negated_or_future_agreements_are_not_asserted(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {JAPAN, AUSTRALIA} <= found.entity_names()


# --------------------------------------------------------------------------- visits


@pytest.mark.parametrize("text", [
    "Indonesia's President Joko Widodo arrived in Tokyo on Monday.",  # intransitive frame
    "Joko Widodo visited Tokyo on Monday.",  # verb frame
])
def test_a_visit_names_the_visitor_and_the_destination(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {((JOKOWI,), ("Tokyo",))}


def test_arriving_in_ones_own_country_is_no_visit_to_it() -> None:
    found = read("Indonesia's President Joko Widodo arrived in Jakarta on Monday.", "en")
    assert not any("Jakarta" in targets for _, targets in found.events(EventKind.VISIT))
    assert (JOKOWI, "Indonesia") in found.relations(RelationKind.LEADER_OF)  # the home the filter needs is known


def test_a_negated_visit_is_not_asserted() -> None:
    found = read("Joko Widodo never visited Tokyo.", "en")
    assert found.events(EventKind.VISIT) == set()
    assert {JOKOWI, "Tokyo"} <= found.entity_names()


# --------------------------------------------------------------------------- argument frames


@pytest.mark.parametrize("text", [
    "The summit brought talks between Japan, Australia and India on Monday.",  # a comma list closed by "and"
    "Officials said talks between Japan, Australia, and India began on Monday.",  # the serial comma
])
def test_talks_between_a_list_have_every_listed_party(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {((AUSTRALIA, "India", JAPAN), ())}


def test_a_meeting_held_by_a_light_verb_has_its_subject_as_party() -> None:
    assert read("Joko Widodo held a meeting with Fumio Kishida in Tokyo.", "en").events(
        EventKind.MEETING) == {(("Fumio Kishida", JOKOWI), ())}


def test_a_meeting_noun_after_another_verb_gives_no_meeting_of_the_subject() -> None:
    found = read("Joko Widodo opposed a meeting with Fumio Kishida in Tokyo.", "en")
    assert found.events(EventKind.MEETING) == set()
    assert {JOKOWI, "Fumio Kishida"} <= found.entity_names()


def test_a_visit_in_an_opening_adverbial_belongs_to_the_main_clause_subject() -> None:
    assert read("During the visit to Tokyo, Joko Widodo signed a memorandum of understanding.", "en").events(
        EventKind.VISIT) == {((JOKOWI,), ("Tokyo",))}


# --------------------------------------------------------------------------- reference and speakers


def test_the_two_leaders_are_the_two_last_named() -> None:
    found = read("President Joko Widodo met Prime Minister Fumio Kishida in Tokyo. The two leaders agreed to "
                 "expand trade.", "en")
    assert found.events(EventKind.AGREEMENT) == {(("Fumio Kishida", JOKOWI), ())}


@pytest.mark.parametrize(("text", "rule"), [
    ('"The talks went well," said Joko Widodo.', "en:statement:speech_after:said"),
    ('"The talks went well," Joko Widodo said.', "en:statement:speech_before:said"),
])
def test_the_speaker_of_a_quotation(text: str, rule: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == {((JOKOWI,), ())}
    assert {ev.evidence.rule for ev in found.extraction.events} == {rule}


@pytest.mark.parametrize("subject", ["Both countries", "The two countries"])
def test_a_plural_subject_denies_as_both_countries_last_named(subject: str) -> None:
    found = read(f"Japan and South Korea held joint drills. {subject} denied the report.", "en")
    assert found.events(EventKind.DENIAL) == {((JAPAN, "South Korea"), ())}


def test_a_pronoun_after_a_sentence_is_the_last_person_not_the_last_speaker() -> None:
    found = read('"The talks went well," said Joko Widodo. Fumio Kishida arrived in Jakarta on Monday. He met '
                 "Joko Widodo on Tuesday.", "en")
    assert found.events(EventKind.MEETING) == {(("Fumio Kishida", JOKOWI), ())}


# --------------------------------------------------------------------------- a promise or an agreement to act


@pytest.mark.parametrize(("promised", "done", "kind"), [
    ("Japan and China agreed to hold talks next month.", "Japan and China held talks last month.", EventKind.MEETING),
    ("Joe Biden agreed to visit Hanoi later this year.", "Joe Biden visited Hanoi last year.", EventKind.VISIT),
    ("Joe Biden promised to visit Hanoi.", "Joe Biden visited Hanoi.", EventKind.VISIT),
    ("The European Union pledged to impose sanctions on Belarus.", "The European Union imposed sanctions on Belarus.",
     EventKind.SANCTION),
    ("Japan vowed to impose sanctions on Belarus.", "Japan imposed sanctions on Belarus.", EventKind.SANCTION),
])
def test_what_is_agreed_pledged_or_promised_is_not_yet_done(promised: str, done: str, kind: EventKind) -> None:
    assert len(read(done, "en").events(kind)) == 1
    found = read(promised, "en")
    assert found.events(kind) == set()
    assert len(found.entity_names()) == 2


def test_agreeing_to_meet_is_still_an_agreement() -> None:
    assert read("Japan and China agreed to hold talks next month.", "en").events(EventKind.AGREEMENT) == {
        ((JAPAN, CHINA), ())}


# --------------------------------------------------------------------------- a counterpart; heading somewhere


def test_a_counterpart_named_after_a_nationality_is_the_one_met() -> None:
    found = read("Wang Yi met his Australian counterpart Penny Wong in Beijing.", "en")
    assert found.events(EventKind.MEETING) == {(("Penny Wong", "Wang Yi"), ())}


def test_a_common_noun_between_the_verb_and_a_later_name_still_blocks_the_object() -> None:
    found = read("Wang Yi met his Australian critics before Penny Wong spoke.", "en")
    assert found.events(EventKind.MEETING) == set()
    assert {"Wang Yi", "Penny Wong"} <= found.entity_names()


@pytest.mark.parametrize("text", ["Narendra Modi heads to Moscow on Monday.", "Narendra Modi is heading to Moscow."])
def test_heading_to_a_city_is_a_trip(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {(("Narendra Modi",), ("Moscow",))}


def test_heads_as_a_noun_is_no_trip() -> None:
    found = read("The heads of state of Russia and India arrived. Narendra Modi's heads of staff stayed in Moscow.",
                 "en")
    assert found.events(EventKind.VISIT) == set()
    assert {"Narendra Modi", "Moscow"} <= found.entity_names()


# --------------------------------------------------------------------------- "the visit of X to Y"


@pytest.mark.parametrize(("text", "fact"), [
    ("The visit of Prof. Hans Weber to Japan began on Monday.", (("Hans Weber",), ("Japan",))),
    ("The three-day visit of Chancellor Olaf Scholz to India ended on Friday.", (("Olaf Scholz",), ("India",))),
    ("The visit of Olaf Scholz and Emmanuel Macron to Kyiv was kept secret.",
     (("Emmanuel Macron", "Olaf Scholz"), ("Kiev",))),
])
def test_a_visit_noun_owned_by_of_names_the_visitor(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {fact}


@pytest.mark.parametrize("text", [
    "The visit of Prof. Hans Weber to Japan was cancelled.",  # called off
    "The visit of Prof. Hans Weber to Japan did not take place.",  # negated
])
def test_a_visit_owned_by_of_that_did_not_happen_is_not_asserted(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.VISIT) == set()
    assert {"Hans Weber", "Japan"} <= x.entity_names()


def test_of_after_an_accusation_names_the_accused_not_the_accuser() -> None:
    """Only a trip is owned through "of": "the condemnation of Iran" is about Iran."""
    x = read("Japan joined the condemnation of Iran by the European Union.", "en")
    assert not any("Iran" in agents for agents, _ in x.events(EventKind.ACCUSATION))


# --------------------------------------------------------------------------- a passive with coordinated agents


def test_every_coordinated_agent_of_a_passive_acts() -> None:
    assert read("Belarus was sanctioned by the European Union and Canada.", "en").events(
        EventKind.SANCTION) == {(("Canada", EU), (BELARUS,))}


@pytest.mark.parametrize("text", [
    "Belarus was sanctioned by the European Union, and Canada protested.",  # a new clause after the comma
    "Belarus was sanctioned by the European Union on Monday and Canada followed.",  # not next to the agent
])
def test_a_name_in_the_next_clause_is_no_agent_of_the_passive(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == SANCTION_ON_BELARUS


# --------------------------------------------------------------------------- "the city of X"


@pytest.mark.parametrize(("text", "place"), [
    ("Anne Moreton visited the city of Leeds.", "Leeds"),
    ("Anne Moreton arrived in the province of Aceh on Monday.", "Aceh"),
    ("Anne Moreton travelled to the town of Moreton.", "Moreton"),  # her surname, and a town
])
def test_a_place_noun_with_of_before_the_name_leaves_the_name_the_destination(text: str, place: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.VISIT) == {(("Anne Moreton",), (place,))}
    assert {e.name: e.type for e in x.extraction.entities}[place] is EntityType.PLACE


def test_a_noun_that_is_no_place_noun_keeps_the_name_after_of_from_being_a_destination() -> None:
    x = read("Anne Moreton visited the offices of Reuters.", "en")
    assert x.events(EventKind.VISIT) == set()
    assert "Reuters" in x.entity_names()
