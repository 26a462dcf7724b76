"""What a modality cue scopes over, in both languages: minimal pairs whose negative sentence a careful reader does
not turn into the fact its positive twin states (kg/extract/modality.py, docs/accuracy.md "Session 10, modality
and precision"). Each pair names the same entities, so the negative cannot pass by finding nothing. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

Fact = tuple[tuple[str, ...], tuple[str, ...]]
MEETING_LAVROV_KIM: Fact = (("Kim Jong-un", "Sergei Lavrov"), ())


def _pair(positive: str, negative: str, lang: str, kind: EventKind, fact: Fact) -> None:
    asserted, not_asserted = read(positive, lang), read(negative, lang)
    assert asserted.events(kind) == {fact}
    names = set(fact[0]) | set(fact[1])
    assert names <= not_asserted.entity_names()
    assert not_asserted.events(kind) == set()


# --------------------------------------------------------------------------- polar questions

@pytest.mark.parametrize(("positive", "negative", "lang", "kind", "fact"), [
    ("Prabowo Subianto will visit Canberra this year.", "Will Prabowo Subianto visit Canberra this year?", "en",
     EventKind.VISIT, (("Prabowo Subianto",), ("Canberra",))),
    ("Anthony Albanese met Xi Jinping in Lima.", "Did Anthony Albanese meet Xi Jinping in Lima?", "en",
     EventKind.MEETING, (("Anthony Albanese", "Xi Jinping"), ())),
    ("Prabowo Subianto akan bertemu Xi Jinping di Beijing.", "Akankah Prabowo Subianto bertemu Xi Jinping di Beijing?",
     "id", EventKind.MEETING, (("Prabowo Subianto", "Xi Jinping"), ())),
    ("Prabowo Subianto akan bertemu Xi Jinping di Beijing.",
     "Apakah Prabowo Subianto akan bertemu Xi Jinping di Beijing?", "id", EventKind.MEETING,
     (("Prabowo Subianto", "Xi Jinping"), ())),
])
def test_a_polar_question_asserts_nothing(positive: str, negative: str, lang: str, kind: EventKind,
                                          fact: Fact) -> None:
    _pair(positive, negative, lang, kind, fact)


@pytest.mark.parametrize(("positive", "negative", "fact"), [
    ("Xi Jinping met Joe Biden, and the talks ended well.",
     "Had Xi Jinping met Joe Biden, the talks would have ended differently.", (("Joe Biden", "Xi Jinping"), ())),
    ("After the talks succeeded, Thailand and Malaysia signed a border agreement.",
     "Should the talks succeed, Thailand and Malaysia will sign a border agreement.", (("Malaysia", "Thailand"), ())),
])
def test_an_inverted_condition_asserts_nothing(positive: str, negative: str, fact: Fact) -> None:
    _pair(positive, negative, "en", EventKind.MEETING, fact)
    assert read(negative, "en").events(EventKind.AGREEMENT) == set()


def test_a_question_about_why_keeps_what_it_takes_for_granted() -> None:
    found = read("Why did Anthony Albanese meet Xi Jinping in Lima?", "en")
    assert found.events(EventKind.MEETING) == {(("Anthony Albanese", "Xi Jinping"), ())}


# --------------------------------------------------------------------------- a cue past an aside or a phrase

@pytest.mark.parametrize(("positive", "negative", "lang", "kind", "fact"), [
    ("Emmanuel Macron, in the end, travelled to Hanoi.", "Emmanuel Macron did not, in the end, travel to Hanoi.", "en",
     EventKind.VISIT, (("Emmanuel Macron",), ("Hanoi",))),
    ("Russia said on Wednesday that Sergei Lavrov had met Kim Jong Un.",
     "Russia denied on Wednesday that Sergei Lavrov had met Kim Jong Un.", "en", EventKind.MEETING, MEETING_LAVROV_KIM),
    ("Rusia mengatakan pada Rabu bahwa Sergei Lavrov telah bertemu Kim Jong Un.",
     "Rusia membantah pada Rabu bahwa Sergei Lavrov telah bertemu Kim Jong Un.", "id", EventKind.MEETING,
     MEETING_LAVROV_KIM),
])
def test_a_cue_past_an_aside_or_a_time_phrase_still_scopes(positive: str, negative: str, lang: str,
                                                          kind: EventKind, fact: Fact) -> None:
    _pair(positive, negative, lang, kind, fact)


@pytest.mark.parametrize(("positive", "negative", "lang", "party", "treaty"), [
    ("Japan, in the end, signed the Paris Agreement.", "Japan did not, in the end, sign the Paris Agreement.", "en",
     "Japan", "Paris Agreement"),
    ("Jepang, pada akhirnya, menandatangani Perjanjian Paris.",
     "Jepang tidak, pada akhirnya, menandatangani Perjanjian Paris.", "id", "Jepang", "Perjanjian Paris"),
])
def test_a_negation_past_an_aside_makes_no_party(positive: str, negative: str, lang: str, party: str,
                                                treaty: str) -> None:
    assert read(positive, lang).relations(RelationKind.TREATY_PARTY) == {(party, treaty)}
    found = read(negative, lang)
    assert {party, treaty} <= found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()


# --------------------------------------------------------------------------- coordination

@pytest.mark.parametrize(("positive", "negative", "lang", "kind", "fact"), [
    # the cue belongs to the first conjunct only: its object, not the coordination
    ("Emmanuel Macron accepted the invitation and visited Jakarta in November.",
     "Emmanuel Macron plans to accept the invitation and visit Jakarta.", "en",
     EventKind.VISIT, (("Emmanuel Macron",), ("Jakarta",))),
    ("Olaf Scholz menerima usulan itu dan berkunjung ke Jakarta.",
     "Olaf Scholz berencana menerima usulan itu dan berkunjung ke Jakarta.", "id",
     EventKind.VISIT, (("Olaf Scholz",), ("Jakarta",))),
])
def test_a_cue_in_a_first_conjunct_does_not_scope_over_the_second(positive: str, negative: str, lang: str,
                                                                  kind: EventKind, fact: Fact) -> None:
    _pair(positive, negative, lang, kind, fact)


# --------------------------------------------------------------------------- "has yet to", "did not go ahead"

@pytest.mark.parametrize(("positive", "negative", "lang", "fact"), [
    ("Australia has condemned North Korea's missile launch.",
     "Australia has yet to condemn North Korea's missile launch.", "en", (("Australia",), ("North Korea",))),
    ("Australia telah mengecam peluncuran rudal Korea Utara.", "Australia belum mengecam peluncuran rudal Korea Utara.",
     "id", (("Australia",), ("Korea Utara",))),
])
def test_a_condemnation_not_yet_made_is_no_accusation(positive: str, negative: str, lang: str, fact: Fact) -> None:
    _pair(positive, negative, lang, EventKind.ACCUSATION, fact)
    assert read(negative, lang).events(EventKind.STATEMENT) == set()


@pytest.mark.parametrize(("positive", "negative", "lang", "fact"), [
    ("William Ruto's trip to Seoul went ahead as planned.", "William Ruto's trip to Seoul did not go ahead.", "en",
     (("William Ruto",), ("Seoul",))),
    ("Kunjungan William Ruto ke Seoul terlaksana sesuai rencana.", "Kunjungan William Ruto ke Seoul tidak terlaksana.",
     "id", (("William Ruto",), ("Seoul",))),
    # the parse finds the verb of the event noun past an aside or a relative clause
    ("Olaf Scholz's visit to Nairobi, scheduled for Tuesday, went ahead.",
     "Olaf Scholz's visit to Nairobi, scheduled for Tuesday, was cancelled.", "en", (("Olaf Scholz",), ("Nairobi",))),
    ("Kunjungan Prabowo Subianto ke Tokyo yang dijadwalkan pekan depan akan berlangsung tiga hari.",
     "Kunjungan Prabowo Subianto ke Tokyo yang dijadwalkan pekan depan dibatalkan.", "id",
     (("Prabowo Subianto",), ("Tokyo",))),
])
def test_a_trip_that_did_not_happen_is_no_visit(positive: str, negative: str, lang: str, fact: Fact) -> None:
    _pair(positive, negative, lang, EventKind.VISIT, fact)


# --------------------------------------------------------------------------- a planned trip called off later

@pytest.mark.parametrize(("positive", "negative", "lang"), [
    ("Xi Jinping was expected to travel to Hanoi in December, and China said on Friday that the trip would last "
     "three days.",
     "Xi Jinping was expected to travel to Hanoi in December, but China said on Friday that the trip had been "
     "postponed.", "en"),
    ("Xi Jinping dijadwalkan berkunjung ke Hanoi pada Desember, dan Tiongkok mengatakan bahwa kunjungan itu akan "
     "berlangsung tiga hari.",
     "Xi Jinping dijadwalkan berkunjung ke Hanoi pada Desember, tetapi Tiongkok mengatakan bahwa kunjungan itu "
     "ditunda.", "id"),
    ("Xi Jinping will travel to Hanoi in December. The trip will last three days.",
     "Xi Jinping will travel to Hanoi in December. The trip was postponed on Friday.", "en"),
    ("Xi Jinping akan berkunjung ke Hanoi pada Desember. Kunjungan itu akan berlangsung tiga hari.",
     "Xi Jinping akan berkunjung ke Hanoi pada Desember. Kunjungan itu ditunda pada Jumat.", "id"),
])
def test_a_planned_trip_called_off_afterwards_is_no_visit(positive: str, negative: str, lang: str) -> None:
    _pair(positive, negative, lang, EventKind.VISIT, (("Xi Jinping",), ("Hanoi",)))


def test_a_trip_made_is_not_undone_by_a_later_one_called_off() -> None:
    found = read("Xi Jinping travelled to Hanoi in December. The trip was a success.", "en")
    assert found.events(EventKind.VISIT) == {(("Xi Jinping",), ("Hanoi",))}


# --------------------------------------------------------------------------- an instrument still to come

@pytest.mark.parametrize(("positive", "negative", "lang", "parties", "treaty"), [
    ("Brazil and Japan signed a trade agreement last year.", "Brazil and Japan will sign a trade agreement next year.",
     "en", ("Brazil", "Japan"), "trade agreement"),
    ("Indonesia dan Jepang telah menandatangani perjanjian perdagangan tahun lalu.",
     "Indonesia dan Jepang akan menandatangani perjanjian perdagangan tahun depan.", "id", ("Indonesia", "Jepang"),
     "perjanjian perdagangan"),
    ("Vietnam menandatangani kesepakatan keamanan dengan Australia pada Jumat.",
     "Vietnam diharapkan menandatangani kesepakatan keamanan dengan Australia pada Jumat.", "id",
     ("Australia", "Vietnam"), "kesepakatan keamanan"),
])
def test_a_common_noun_instrument_to_come_has_no_parties(positive: str, negative: str, lang: str,
                                                         parties: tuple[str, str], treaty: str) -> None:
    assert read(positive, lang).relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    found = read(negative, lang)
    assert set(parties) <= found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == set()


def test_a_common_noun_instrument_to_come_has_parties_once_the_text_comes_back_to_it() -> None:
    found = read("Salva Kiir bersedia menandatangani perjanjian damai. Riek Machar menandatangani perjanjian itu "
                 "di Addis Ababa.", "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Salva Kiir Mayardit", "perjanjian damai"),
                                                          ("Riek Machar", "perjanjian damai")}
    alone = read("Salva Kiir bersedia menandatangani perjanjian damai. Riek Machar tiba di Addis Ababa.", "id")
    assert {"Salva Kiir Mayardit", "perjanjian damai"} <= alone.entity_names()
    assert alone.relations(RelationKind.TREATY_PARTY) == set()


def test_a_named_instrument_to_come_keeps_its_prospective_party() -> None:
    found = read("Canada will sign the Paris Agreement next year.", "en")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Canada", "Paris Agreement")}


# --------------------------------------------------------------------------- reports dismissed

def test_dismissing_reports_is_a_denial_and_not_the_meeting() -> None:
    denied = read("Indonesia dismissed reports that Prabowo Subianto had met Vladimir Putin.", "en")
    assert denied.events(EventKind.DENIAL) == {(("Indonesia",), ())}
    assert denied.events(EventKind.MEETING) == set()
    said = read("Indonesia said that Prabowo Subianto had met Vladimir Putin.", "en")
    assert said.events(EventKind.MEETING) == {(("Prabowo Subianto", "Vladimir Putin"), ())}
    assert said.events(EventKind.DENIAL) == set()


# --------------------------------------------------------------------------- a plan over its purpose clause

@pytest.mark.parametrize(("positive", "negative", "lang", "parties", "treaty"), [
    ("Narendra Modi travelled to Washington in June to sign a defence agreement with the United States.",
     "Narendra Modi had planned to travel to Washington in June to sign a defence agreement with the United States.",
     "en", ("Narendra Modi", "United States of America"), "defence agreement"),
    ("Narendra Modi terbang ke Washington pada Juni untuk menandatangani perjanjian pertahanan dengan Amerika Serikat.",
     "Narendra Modi semula berencana terbang ke Washington pada Juni untuk menandatangani perjanjian pertahanan "
     "dengan Amerika Serikat.", "id", ("Amerika Serikat", "Narendra Modi"), "perjanjian pertahanan"),
])
def test_a_plan_scopes_over_the_purpose_of_the_trip_planned(positive: str, negative: str, lang: str,
                                                           parties: tuple[str, str], treaty: str) -> None:
    asserted = read(positive, lang)
    assert asserted.events(EventKind.AGREEMENT) == {(parties, ())}
    assert asserted.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    found = read(negative, lang)
    assert set(parties) <= found.entity_names()
    assert found.events(EventKind.AGREEMENT) == set()
    assert found.events(EventKind.VISIT) == set()
    assert found.relations(RelationKind.TREATY_PARTY) == set()


@pytest.mark.parametrize(("positive", "negative", "lang", "place"), [
    ("Narendra Modi was supposed to visit Bangkok in March, and the visit went ahead.",
     "Narendra Modi was supposed to visit Bangkok in March, but the visit was scrapped.", "en", "Bangkok"),
    ("Narendra Modi sedianya berkunjung ke Bangkok pada Maret, dan kunjungan itu berjalan lancar.",
     "Narendra Modi sedianya berkunjung ke Bangkok pada Maret, tetapi kunjungan itu dibatalkan.", "id", "Bangkok"),
    # put off in the next sentence
    ("Narendra Modi will travel to Washington. The trip will last two days.",
     "Narendra Modi will travel to Washington. The trip was later put off.", "en", "Washington, D.C."),
    ("Narendra Modi akan terbang ke Washington. Perjalanan itu akan berlangsung dua hari.",
     "Narendra Modi akan terbang ke Washington. Perjalanan itu kemudian diundur.", "id", "Washington, D.C."),
])
def test_a_trip_that_was_to_be_made_and_was_scrapped_is_no_visit(positive: str, negative: str, lang: str,
                                                                 place: str) -> None:
    _pair(positive, negative, lang, EventKind.VISIT, (("Narendra Modi",), (place,)))


# --------------------------------------------------------------------------- a schedule over its purpose clause

@pytest.mark.parametrize(("scheduled", "lang", "parties", "treaty"), [
    ("Tshisekedi and Kagame will meet in Washington next month to sign a broader economic framework.", "en",
     ("Kagame", "Tshisekedi"), "broader economic framework"),
    ("Jokowi dan Albanese akan bertemu di Jakarta pekan depan untuk menandatangani perjanjian kerja sama pertahanan.",
     "id", ("Albanese", "Jokowi"), "perjanjian kerja sama pertahanan"),
])
def test_a_schedule_scopes_over_the_purpose_of_the_meeting(scheduled: str, lang: str, parties: tuple[str, str],
                                                           treaty: str) -> None:
    """ "will meet … to sign X": nothing is signed yet (the meeting itself is scheduled, and kept); a signing
    after a comma and a coordination is no purpose of the schedule ("said it will …, and met … to sign")."""
    found = read(scheduled, lang)
    assert found.events(EventKind.MEETING) == {(parties, ())}
    assert found.events(EventKind.AGREEMENT) == set()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    met = read("Rwanda said it will cooperate, and Tshisekedi and Kagame met in Washington to sign the Treaty of "
               "Amity.", "en")
    assert met.events(EventKind.AGREEMENT) == {(("Kagame", "Tshisekedi"), ())}


@pytest.mark.parametrize(("scheduled", "done", "lang", "parties"), [
    ("Prime Minister Mark Carney will travel to Tokyo to sign the agreement with Japanese Prime Minister Shigeru "
     "Ishiba.",
     "Prime Minister Mark Carney travelled to Tokyo to sign the agreement with Japanese Prime Minister Shigeru Ishiba.",
     "en", ("Mark Carney", "Shigeru Ishiba")),
    ("Perdana Menteri Mark Carney akan terbang ke Tokyo untuk menandatangani perjanjian dengan Perdana Menteri Jepang "
     "Shigeru Ishiba.",
     "Perdana Menteri Mark Carney terbang ke Tokyo untuk menandatangani perjanjian dengan Perdana Menteri Jepang "
     "Shigeru Ishiba.",
     "id", ("Mark Carney", "Shigeru Ishiba")),
])
def test_a_schedule_scopes_over_an_agreement_noun_in_the_purpose_of_the_trip(
        scheduled: str, done: str, lang: str, parties: tuple[str, str]) -> None:
    """ "will travel to X to sign the agreement with Y": the trip is scheduled (a visit, as the guidelines count
    it), the agreement its purpose — not yet made, though the noun "agreement with Y" names both parties. The
    same trip made: the agreement is."""
    planned = read(scheduled, lang)
    assert planned.events(EventKind.VISIT) == {((parties[0],), ("Tokyo",))}
    assert planned.events(EventKind.AGREEMENT) == set()
    assert read(done, lang).events(EventKind.AGREEMENT) == {(parties, ())}
