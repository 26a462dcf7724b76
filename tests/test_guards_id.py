"""Indonesian frames, blockers and guards as minimal pairs: the positive sentence gives the exact fact (type,
agent, target), the negative one — the same sentence with the guarded word — gives no fact of that type, while
its entities are still found. Sentences written for these tests; each pair kills one class of mutant that
survived the suite before (docs/accuracy.md "Mutation testing")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

EU, BELARUS, US = "Uni Eropa", "Belarus", "Amerika Serikat"
JAPAN, CHINA, INDONESIA = "Jepang", "Republik Rakyat Tiongkok", "Indonesia"
JOKOWI, KISHIDA = "Joko Widodo", "Fumio Kishida"

SANCTION_ON_BELARUS = {((EU,), (BELARUS,))}


# --------------------------------------------------------------------------- sanksi


@pytest.mark.parametrize("text", [
    "Uni Eropa menjatuhkan sanksi terhadap Belarus pada hari Senin.",  # verb frame
    "Uni Eropa memberlakukan sanksi terhadap Belarus pada hari Senin.",
])
def test_a_sanction_names_imposer_and_target(text: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == SANCTION_ON_BELARUS


def test_a_passive_sanction_keeps_the_imposer_as_agent_and_the_subject_as_target() -> None:
    assert read("Belarus dijatuhi sanksi oleh Uni Eropa pada hari Senin.", "id").events(
        EventKind.SANCTION) == SANCTION_ON_BELARUS


@pytest.mark.parametrize("text", [
    "Uni Eropa tidak menjatuhkan sanksi terhadap Belarus pada hari Senin.",  # negation
    "Uni Eropa belum menjatuhkan sanksi terhadap Belarus.",  # negation: not yet
    "Uni Eropa akan menjatuhkan sanksi terhadap Belarus bulan depan.",  # modality: future
    "Uni Eropa mencabut sanksi terhadap Belarus pada hari Senin.",  # blocker: lifting
    "Uni Eropa melonggarkan sanksi terhadap Belarus pada hari Senin.",  # blocker: easing
    "Uni Eropa mengancam akan menjatuhkan sanksi terhadap Belarus.",  # blocker and modality: a threat
])
def test_negated_future_lifted_or_threatened_sanctions_are_not_asserted(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.SANCTION) == set()
    assert {EU, BELARUS} <= found.entity_names()


# --------------------------------------------------------------------------- tuduhan


def test_an_accusation_names_accuser_and_accused() -> None:
    assert read("Jepang menuduh China melanggar perjanjian itu.", "id").events(
        EventKind.ACCUSATION) == {((JAPAN,), (CHINA,))}


@pytest.mark.parametrize("text", [
    "Jepang tidak menuduh China melanggar perjanjian itu.",
    "Jepang akan menuduh China melanggar perjanjian itu.",
    "Jepang mungkin menuduh China melanggar perjanjian itu.",
])
def test_negated_or_hypothetical_accusations_are_not_asserted(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {JAPAN, CHINA} <= found.entity_names()


# --------------------------------------------------------------------------- pertemuan


MEETING = "Presiden Indonesia Joko Widodo {} Perdana Menteri Jepang Fumio Kishida di Tokyo."


def test_a_meeting_has_both_parties_as_agents() -> None:
    assert read(MEETING.format("bertemu dengan"), "id").events(EventKind.MEETING) == {((KISHIDA, JOKOWI), ())}


@pytest.mark.parametrize("verb", ["tidak bertemu dengan", "belum bertemu dengan", "batal bertemu dengan"])
def test_negated_meetings_are_not_asserted(verb: str) -> None:
    found = read(MEETING.format(verb), "id")
    assert found.events(EventKind.MEETING) == set()
    assert {(JOKOWI, INDONESIA), (KISHIDA, JAPAN)} <= found.relations(RelationKind.LEADER_OF)


@pytest.mark.parametrize("text", [
    "Presiden Indonesia Joko Widodo berunding di Tokyo pada hari Senin.",  # reciprocal frame, one subject
    "Presiden Indonesia Joko Widodo membahas perdagangan di Tokyo pada hari Senin.",  # object is no party
])
def test_a_meeting_needs_two_parties(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == set()
    assert (JOKOWI, INDONESIA) in found.relations(RelationKind.LEADER_OF)


# --------------------------------------------------------------------------- kesepakatan


def test_an_agreement_has_both_parties_as_agents() -> None:
    assert read("Indonesia dan Jepang sepakat memperluas perdagangan.", "id").events(
        EventKind.AGREEMENT) == {((INDONESIA, JAPAN), ())}


@pytest.mark.parametrize("text", [
    "Indonesia dan Jepang tidak sepakat memperluas perdagangan.",
    "Indonesia dan Jepang akan sepakat memperluas perdagangan.",
])
def test_negated_or_future_agreements_are_not_asserted(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {INDONESIA, JAPAN} <= found.entity_names()


# --------------------------------------------------------------------------- kunjungan


@pytest.mark.parametrize("text", [
    "Presiden Indonesia Joko Widodo tiba di Tokyo pada hari Senin.",  # intransitive frame
    "Joko Widodo mengunjungi Tokyo pada hari Senin.",  # verb frame
])
def test_a_visit_names_the_visitor_and_the_destination(text: str) -> None:
    assert read(text, "id").events(EventKind.VISIT) == {((JOKOWI,), ("Tokyo",))}


def test_arriving_in_ones_own_country_is_no_visit_to_it() -> None:
    found = read("Presiden Indonesia Joko Widodo tiba di Jakarta pada hari Senin.", "id")
    assert not any("Jakarta" in targets for _, targets in found.events(EventKind.VISIT))
    assert (JOKOWI, INDONESIA) in found.relations(RelationKind.LEADER_OF)  # the home the filter needs is known


def test_coming_home_is_no_visit() -> None:
    found = read("Joko Widodo tiba kembali di Tokyo pada hari Senin.", "id")
    assert found.events(EventKind.VISIT) == set()
    assert {JOKOWI, "Tokyo"} <= found.entity_names()


def test_a_negated_visit_is_not_asserted() -> None:
    found = read("Joko Widodo belum mengunjungi Tokyo.", "id")
    assert found.events(EventKind.VISIT) == set()
    assert {JOKOWI, "Tokyo"} <= found.entity_names()


# --------------------------------------------------------------------------- bingkai argumen


def test_a_meeting_held_by_a_light_verb_has_its_subject_as_party() -> None:
    assert read("Joko Widodo mengadakan pertemuan dengan Fumio Kishida di Tokyo.", "id").events(
        EventKind.MEETING) == {((KISHIDA, JOKOWI), ())}


def test_a_meeting_noun_after_another_verb_gives_no_meeting_of_the_subject() -> None:
    found = read("Joko Widodo menolak pertemuan dengan Fumio Kishida di Tokyo.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {JOKOWI, KISHIDA} <= found.entity_names()


@pytest.mark.parametrize("text", [
    "Dalam kunjungan ke Tokyo, Presiden Joko Widodo bertemu dengan Perdana Menteri Fumio Kishida.",
    "Pada kunjungan ke Tokyo, Presiden Joko Widodo menandatangani nota kesepahaman.",
])
def test_a_visit_in_an_opening_adverbial_belongs_to_the_main_clause_subject(text: str) -> None:
    assert read(text, "id").events(EventKind.VISIT) == {((JOKOWI,), ("Tokyo",))}


def test_a_coordinated_subject_list_agrees_as_every_party() -> None:
    assert read("Jepang, Australia dan India sepakat memperluas perdagangan.", "id").events(
        EventKind.AGREEMENT) == {(("Australia", "India", JAPAN), ())}


# --------------------------------------------------------------------------- rujukan dan penutur


def test_the_two_leaders_are_the_two_last_named() -> None:
    found = read("Presiden Joko Widodo bertemu dengan Perdana Menteri Fumio Kishida di Tokyo. Kedua pemimpin "
                 "sepakat memperluas perdagangan.", "id")
    assert found.events(EventKind.AGREEMENT) == {((KISHIDA, JOKOWI), ())}


def test_a_title_with_its_country_and_itu_is_that_countrys_leader() -> None:
    found = read("Presiden Rusia Vladimir Putin tiba di Hanoi. Presiden Rusia itu bertemu dengan Presiden Vietnam "
                 "To Lam.", "id")
    assert found.events(EventKind.MEETING) == {(("Tô Lâm", "Vladimir Putin"), ())}


def test_an_adviser_of_a_leader_is_an_official_of_the_leaders_country() -> None:
    found = read("Presiden Rusia Vladimir Putin tiba di Hanoi. Penasihat Putin, Yuri Ushakov, mengatakan "
                 "perundingan berjalan baik.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Yuri Ushakov", "Rusia")}
    rules = {r.evidence.rule for r in found.extraction.relations if r.kind is RelationKind.OFFICIAL_OF}
    assert rules == {"title-of-leader"}


@pytest.mark.parametrize(("text", "rule"), [
    ('"Perundingan berjalan baik," kata Joko Widodo.', "id:statement:speech_after:kata"),
    ("Joko Widodo mengatakan perundingan berjalan baik.", "id:statement:speech_before:mengatakan"),
])
def test_the_speaker_of_a_statement(text: str, rule: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.STATEMENT) == {((JOKOWI,), ())}
    assert {ev.evidence.rule for ev in found.extraction.events} == {rule}


def test_a_plural_subject_denies_as_both_countries_last_named() -> None:
    found = read("Jepang dan Korea Selatan menggelar latihan bersama. Kedua negara membantah laporan itu.", "id")
    assert found.events(EventKind.DENIAL) == {(("Jepang", "Korea Selatan"), ())}


def test_a_pronoun_after_a_sentence_is_the_last_person_not_the_last_speaker() -> None:
    found = read('"Perundingan berjalan baik," kata Joko Widodo. Fumio Kishida tiba di Jakarta pada hari Senin. Ia '
                 "bertemu dengan Joko Widodo pada hari Selasa.", "id")
    assert found.events(EventKind.MEETING) == {((KISHIDA, JOKOWI), ())}
