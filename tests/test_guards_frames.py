"""The argument paths of the event frames (``kg.extract.events``), as minimal pairs in both languages.

Each positive sentence asserts the exact fact (type, agents, targets); each negative differs by the construction
the path reads and still finds the names, so it cannot pass by extracting nothing. Where a frame sets its own
confidence, the rules' own number is asserted with the calibration table switched off. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.extract import extract
from kg.extract.calibration import TABLE_ENV
from kg.extract.events import FRAME_CONFIDENCE
from kg.model import Document, EventKind, RelationKind

US = {"en": "United States of America", "id": "Amerika Serikat"}


# --------------------------------------------------------------------------- who owns an event noun


@pytest.mark.parametrize(("text", "lang", "japan"), [
    # modifiers between the owner and the event noun: before it in English, after it in Indonesian
    ("Australia praised Lula's first state visit to Japan.", "en", "Japan"),
    ("Australia praised Lula's recent state visit to Japan.", "en", "Japan"),
    ("Australia praised Lula's visit to Japan.", "en", "Japan"),
    ("Australia memuji kunjungan kenegaraan pertama Lula ke Jepang.", "id", "Jepang"),
    ("Australia memuji kunjungan Lula ke Jepang.", "id", "Jepang"),
])
def test_the_owner_of_an_event_noun_is_its_agent_not_the_clause_subject(text: str, lang: str, japan: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == {(("Lula",), (japan,))}
    assert found.events(EventKind.STATEMENT) == {(("Australia",), ())}  # the praise is Australia's


@pytest.mark.parametrize("text", [
    "Brazil welcomed Lula's first visit to Japan.",  # a genitive, then a modifier of the event noun
    "Brazil welcomed Lula's visit to Japan.",  # a genitive right before it
    "Brazil welcomed the first visit to Japan by Lula.",  # a determiner and a modifier; the visitor after "by"
    "Brazil welcomed the visit to Japan by Lula.",  # the visitor after the destination
])
def test_a_determined_visit_is_the_noun_and_its_visitor_is_the_genitive_or_the_by_phrase(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.VISIT) == {(("Lula",), ("Japan",))}


def test_visit_as_a_verb_after_its_subject_keeps_the_subject_as_visitor() -> None:
    """The negative twin: no determiner before "visit", so the verb reading (and the subject) stays."""
    assert read("Brazil said Lula will visit Japan.", "en").events(EventKind.VISIT) == {(("Lula",), ("Japan",))}
    assert read("Brazil and Lula visit Japan.", "en").events(EventKind.VISIT) == {(("Brazil", "Lula"), ("Japan",))}


def test_a_by_phrase_after_a_long_destination_names_the_visitor() -> None:
    assert read("The visit to Ho Chi Minh City by Joe Biden lasted two days.", "en").events(EventKind.VISIT) == {
        (("Joe Biden",), ("Ho Chi Minh City",))}


def test_a_by_phrase_of_another_verb_names_no_visitor() -> None:
    found = read("The visit to Hanoi was praised by Joe Biden.", "en")
    assert found.events(EventKind.VISIT) == set()
    assert {"Hanoi", "Joe Biden"} <= found.entity_names()


def test_a_capital_in_the_genitive_acts_for_its_country() -> None:
    """ "Washington's sanctions" are the United States' once the country is named in the document; the target
    stays what the text names."""
    found = read("Brazil and the United States traded blame. Washington's sanctions on Moscow took effect on "
                 "Monday.", "en")
    assert found.events(EventKind.SANCTION) == {((US["en"],), ("Moscow",))}


# --------------------------------------------------------------------------- "between X and Y", "between the two"


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Lula and Prime Minister Albanese arrived in Tokyo on Monday. A meeting between the two leaders took place at "
     "the hotel.", "en", ("Albanese", "Lula")),
    ("Presiden Lula dan Perdana Menteri Albanese tiba di Tokyo. Pembicaraan antara kedua pemimpin berlangsung di "
     "hotel.", "id", ("Albanese", "Lula")),
])
def test_talks_between_the_two_leaders_are_a_meeting_of_the_two_named_before(text: str, lang: str,
                                                                              parties: tuple[str, ...]) -> None:
    found = read(text, lang)
    assert {agents for agents, _ in found.events(EventKind.MEETING)} == {parties}


@pytest.mark.parametrize(("text", "lang"), [
    ("President Lula arrived in Tokyo on Monday. A meeting between the two leaders took place at the hotel.", "en"),
    ("Presiden Lula tiba di Tokyo. Pembicaraan antara kedua pemimpin berlangsung di hotel.", "id"),
])
def test_talks_between_the_two_leaders_need_two_leaders_named_before(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == {(("Lula",), ("Tokyo",))}  # the first sentence is read
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("The talks between France and Germany lasted an hour.", "en", ("France", "Germany")),
    ("Pembicaraan antara Prancis dan Jerman berlangsung satu jam.", "id", ("Jerman", "Prancis")),
])
def test_talks_between_two_named_countries_are_their_meeting(text: str, lang: str, parties: tuple[str, ...]) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(parties, ())}


# --------------------------------------------------------------------------- who signs a treaty, and with whom


@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    ("Brazil signed a free trade agreement with Australia on Monday.", "en", "free trade agreement",
     ("Australia", "Brazil")),
    ("Brasil menandatangani perjanjian perdagangan bebas dengan Australia pada hari Senin.", "id",
     "perjanjian perdagangan bebas", ("Australia", "Brasil")),
])
def test_a_treaty_signed_with_a_partner_has_both_as_parties_and_is_their_agreement(
        text: str, lang: str, treaty: str, parties: tuple[str, ...]) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == {(parties, ())}


@pytest.mark.parametrize(("text", "lang", "treaty", "party"), [
    ("Brazil signed a free trade agreement in Canberra on Monday.", "en", "free trade agreement", "Brazil"),
    ("Brasil menandatangani perjanjian perdagangan bebas di Canberra pada hari Senin.", "id",
     "perjanjian perdagangan bebas", "Brasil"),
])
def test_a_place_after_the_treaty_is_no_partner(text: str, lang: str, treaty: str, party: str) -> None:
    """Only a partner preposition ("with", "dengan") adds a party; "in Canberra" places the signing."""
    found = read(text, lang)
    assert "Canberra" in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == {(party, treaty)}
    assert found.events(EventKind.AGREEMENT) == set()  # one party makes no agreement


# --------------------------------------------------------------------------- a subject after a comma


@pytest.mark.parametrize(("text", "lang", "china"), [
    # a preposition in the words after the comma: an adverbial, not a bare common-noun subject
    ("Lula landed in Tokyo on Monday and, on arrival accused China of hacking.", "en", "People's Republic of China"),
    ("Lula mendarat di Tokyo pada hari Senin, di bandara menuduh China melakukan peretasan.", "id",
     "Republik Rakyat Tiongkok"),
])
def test_an_adverbial_after_a_comma_keeps_the_subject_named_before(text: str, lang: str, china: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {(("Lula",), (china,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Lula landed in Tokyo on Monday, and senior officials accused China of hacking.", "en"),
    ("Lula mendarat di Tokyo pada hari Senin, pejabat senior menuduh China melakukan peretasan.", "id"),
])
def test_a_bare_common_noun_after_a_comma_names_no_accuser(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == {(("Lula",), ("Tokyo",))}
    assert "People's Republic of China" in found.entity_names() or "Republik Rakyat Tiongkok" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()  # an accusation needs its accuser


# --------------------------------------------------------------------------- the passive frame's own confidence


@pytest.mark.parametrize(("passive", "active", "lang"), [
    ("Iran was sanctioned by Canada on Monday.", "Canada sanctioned Iran on Monday.", "en"),
    ("Iran dijatuhi sanksi oleh Kanada pada hari Senin.", "Kanada menjatuhkan sanksi terhadap Iran pada hari Senin.",
     "id"),
])
def test_without_calibration_a_passive_fact_has_the_frame_confidence(passive: str, active: str, lang: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules' own numbers (``NEWSKG_CALIBRATION=none``): the passive frame's, the active verb's kind's; the
    same fact either way."""
    monkeypatch.setenv(TABLE_ENV, "none")
    canada = {"en": "Canada", "id": "Kanada"}[lang]

    def sanctions(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], float]]:
        x = extract(Document("t", text, lang, "test"))
        name = {e.key: e.name for e in x.entities}
        return [(tuple(name[a] for a in e.agents), tuple(name[t] for t in e.targets), e.evidence.confidence)
                for e in x.events if e.kind is EventKind.SANCTION]

    assert sanctions(passive) == [((canada,), ("Iran",), FRAME_CONFIDENCE)]
    assert sanctions(active) == [((canada,), ("Iran",), EventKind.SANCTION.traits.confidence)]


# --------------------------------------------------------------------------- an imposer named through another noun


@pytest.mark.parametrize(("text", "lang", "imposer", "target"), [
    ("Russian officials condemned the decision of Canada to impose sanctions on Iran.", "en", "Canada", "Iran"),
    ("Pejabat Rusia mengecam keputusan Kanada untuk menjatuhkan sanksi terhadap Iran.", "id", "Kanada", "Iran"),
    ("Kremlin mengkritik langkah Jepang untuk menjatuhkan sanksi baru terhadap Rusia.", "id", "Jepang", "Rusia"),
    # a name after a preposition before "untuk" is where, not who: the subject imposes
    ("Rusia menggunakan pengaruhnya di PBB untuk menjatuhkan sanksi terhadap Ukraina.", "id", "Rusia", "Ukraina"),
])
def test_a_sanction_decided_by_one_party_and_condemned_by_another_is_the_deciders(text: str, lang: str, imposer: str,
                                                                                  target: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == {((imposer,), (target,))}


# --------------------------------------------------------------------------- "the two countries": the pair that met


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Japan and Australia held talks on Monday. Officials from China and India were also in Canberra. The two "
     "countries agreed to expand exercises.", "en", ("Australia", "Japan")),
    ("Jepang dan Australia mengadakan pembicaraan pada hari Senin. Pejabat dari China dan India juga berada di "
     "Canberra. Kedua negara sepakat memperluas latihan.", "id", ("Australia", "Jepang")),
    ("Joe Biden met Narendra Modi at the White House. Emmanuel Macron and Olaf Scholz were in Berlin. The two "
     "leaders agreed to expand trade.", "en", ("Joe Biden", "Narendra Modi")),
])
def test_the_two_countries_are_the_pair_that_met_just_before_not_the_last_two_named(text: str, lang: str,
                                                                                   pair: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(pair, ())}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Japan and Australia are neighbours. Officials from China and India were in Canberra. The two countries "
     "agreed to expand exercises.", "en", ("India", "People's Republic of China")),
    ("Jepang dan Australia bertetangga. Pejabat dari China dan India berada di Canberra. Kedua negara sepakat "
     "memperluas latihan.", "id", ("India", "Republik Rakyat Tiongkok")),
])
def test_without_a_meeting_before_the_two_countries_are_the_last_two_named(text: str, lang: str,
                                                                          pair: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(pair, ())}
