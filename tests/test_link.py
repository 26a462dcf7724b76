"""Linking hard cases, both languages, through the whole path (``kg.extract.extract``).

Sentences written for these tests. What matters: a link is made only when the type, the words
around the mention and the rest of the document agree; otherwise the entity keeps its own IRI.
"""

from __future__ import annotations

import pytest

from kg import gazetteer, link
from kg.extract import extract
from kg.extract.entities import ResolvedEntity, _merge_same_qid, canonical_keys
from kg.model import Document, EntityType
from kg.nlp.coref import Cluster
from kg.rdf import entity_iri
from kg.text import normalise
from kg.vocab import ENTITY

US, GEORGIA, DR_CONGO, CONGO, SOUTH_KOREA, NORTH_KOREA = "Q30", "Q230", "Q974", "Q971", "Q884", "Q423"


def entities(text: str, lang: str):
    return extract(Document("t", text, lang, "test")).entities


def named(ents, text: str):
    wanted = normalise(text)
    found = [e for e in ents if wanted in {normalise(n) for n in (e.name, *e.aliases)}]
    return found[0] if found else None


def qids(ents) -> set[str]:
    return {e.qid for e in ents if e.qid}


# --------------------------------------------------------------------------- Georgia


@pytest.mark.parametrize(("text", "lang"), [
    ("Presiden Georgia menyambut delegasi Uni Eropa di Tbilisi pada hari Selasa.", "id"),
    ("The president of Georgia received the delegation in Tbilisi on Tuesday.", "en"),
])
def test_georgia_the_country_with_its_capital(text: str, lang: str) -> None:
    georgia = named(entities(text, lang), "Georgia")
    assert georgia is not None and georgia.qid == GEORGIA and georgia.type is EntityType.COUNTRY


@pytest.mark.parametrize(("text", "lang"), [
    ("Georgia, a US state, sent its governor to a meeting in Atlanta on Monday.", "en"),
    ("Negara bagian Georgia di Amerika Serikat mengirim gubernurnya ke Atlanta.", "id"),
])
def test_georgia_the_us_state_is_not_the_country(text: str, lang: str) -> None:
    ents = entities(text, lang)
    georgia = named(ents, "Georgia")
    assert georgia is not None and georgia.qid is None  # found, and left unlinked
    assert GEORGIA not in qids(ents) and US in qids(ents)  # the linker did link the country named beside it


# --------------------------------------------------------------------------- Washington


@pytest.mark.parametrize(("text", "lang"), [
    ("Washington announced new sanctions against Moscow, the US State Department said.", "en"),
    ("Washington mengumumkan sanksi baru terhadap Moskwa, kata pemerintah Amerika Serikat.", "id"),
])
def test_washington_alone_is_the_capital(text: str, lang: str) -> None:
    washington = named(entities(text, lang), "Washington")
    assert washington is not None and washington.qid == "Q61"


@pytest.mark.parametrize(("text", "lang"), [
    ("George Washington was the first president of the United States.", "en"),
    ("George Washington adalah presiden pertama Amerika Serikat.", "id"),
])
def test_george_washington_is_one_person_never_the_city(text: str, lang: str) -> None:
    """A given name before the city's one-word name makes a person of both (``kg.nlp.names``), so no link to the
    city is even tried; the country of the sentence is still linked."""
    ents = entities(text, lang)
    person = named(ents, "George Washington")
    assert person is not None and person.type is EntityType.PERSON and person.qid is None
    assert named(ents, "Washington") is None  # the city's name is no entity of its own
    assert "Q61" not in qids(ents) and US in qids(ents)


def test_washington_state_is_not_the_city() -> None:
    ents = entities("Wildfires spread across Washington state, near Seattle.", "en")
    washington = named(ents, "Washington")
    assert washington is not None and washington.qid is None
    assert "Q61" not in qids(ents) and named(ents, "Seattle").qid == "Q5083"  # the city beside it is linked


# --------------------------------------------------------------------------- Congo


@pytest.mark.parametrize(("text", "lang"), [
    ("Fighting in Congo displaced thousands of people, aid workers said.", "en"),
    ("Pertempuran di Kongo membuat ribuan orang mengungsi, kata pekerja bantuan.", "id"),
])
def test_congo_without_context_is_not_linked(text: str, lang: str) -> None:
    ents = entities(text, lang)
    congo = named(ents, "Congo" if lang == "en" else "Kongo")
    assert congo is not None and congo.qid is None
    assert not qids(ents) & {DR_CONGO, CONGO}


def test_congo_with_kinshasa_is_the_dr_congo() -> None:
    ents = entities("Fighting in Congo displaced thousands of people, officials in Kinshasa said.", "en")
    assert DR_CONGO in qids(ents) and CONGO not in qids(ents)


# --------------------------------------------------------------------------- Korea


@pytest.mark.parametrize(("text", "lang"), [
    ("The next round of talks will be held in Korea, the organisers said.", "en"),
    ("Putaran perundingan berikutnya akan digelar di Korea.", "id"),
])
def test_korea_alone_is_not_linked(text: str, lang: str) -> None:
    ents = entities(text, lang)
    korea = named(ents, "Korea")
    assert korea is not None and korea.qid is None  # found: neither of the two Koreas
    assert not qids(ents) & {SOUTH_KOREA, NORTH_KOREA}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Korea Selatan dan Jepang menggelar latihan bersama.", "id", "Korea Selatan"),
    ("Korsel dan Jepang menggelar latihan bersama.", "id", "Korsel"),
    ("South Korea and Japan held joint drills.", "en", "South Korea"),
])
def test_south_korea_by_its_names(text: str, lang: str, name: str) -> None:
    korea = named(entities(text, lang), name)
    assert korea is not None and korea.qid == SOUTH_KOREA


# --------------------------------------------------------------------------- AS / as


def test_indonesian_as_is_the_united_states() -> None:
    us = named(entities("Menteri Luar Negeri AS tiba di Jakarta pada hari Rabu.", "id"), "AS")
    assert us is not None and us.qid == US


def test_english_as_is_a_word() -> None:
    ents = entities("The minister spoke as a guest at the forum in Jakarta.", "en")
    assert [(e.name, e.qid) for e in ents] == [("Jakarta", "Q3630")]  # "as" is no entity; the place is linked


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize(("text", "lang"), [
    ("Lee said the negotiations had gone well.", "en"),
    ("Lee mengatakan perundingan berjalan baik.", "id"),
])
def test_lee_alone_is_not_linked(text: str, lang: str) -> None:
    lee = named(entities(text, lang), "Lee")
    assert lee is not None and lee.type is EntityType.PERSON and lee.qid is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Obama told reporters that the talks were useful.", "en"),
    ("Obama mengatakan kepada wartawan bahwa pembicaraan itu bermanfaat.", "id"),
])
def test_surname_alone_never_links_to_a_namesake(text: str, lang: str) -> None:
    gaz = gazetteer.load()
    namesake = [e for e in gaz.lookup_words("Obama") if e.name_en.startswith("Francisco")]
    assert namesake, "the namesake this test guards against is in the gazetteer"
    obama = named(entities(text, lang), "Obama")
    assert obama is not None and obama.type is EntityType.PERSON and obama.qid is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Barack Obama met leaders of Southeast Asia in Bangkok. Obama praised the region.", "en"),
    ("Barack Obama bertemu para pemimpin Asia Tenggara di Bangkok. Obama memuji kawasan itu.", "id"),
])
def test_full_name_links_and_the_surname_joins_it(text: str, lang: str) -> None:
    ents = entities(text, lang)
    obama = named(ents, "Barack Obama")
    assert obama is not None and obama.qid == "Q76"
    assert "Obama" in obama.aliases
    region = named(ents, "Southeast Asia" if lang == "en" else "Asia Tenggara")
    assert region is not None and region.qid == "Q11708"


@pytest.mark.parametrize("names", [["Washington"], ["Washington D.C."]])
def test_person_mention_never_links_to_a_place(names: list[str]) -> None:
    """One word and two: a two-word name gets past the one-word surname refusal to the type check itself."""
    place = gazetteer.load().by_qid("Q61")
    assert link.choose(EntityType.PLACE, names, [place], set()).entry is place  # the same names link a place
    assert link.choose(EntityType.PERSON, names, [place], set()).entry is None


# --------------------------------------------------------------------------- threshold and IRIs


def test_unlinked_entity_keeps_its_own_iri() -> None:
    ents = entities("Fighting in Congo displaced thousands of people, aid workers said.", "en")
    congo = named(ents, "Congo")
    assert congo is not None and congo.qid is None and congo.link_confidence is None
    iri = str(entity_iri(congo))
    assert iri.startswith(str(ENTITY)) and iri.endswith(f"{congo.type.value.lower()}/congo")


def test_below_threshold_abstains() -> None:
    gaz = gazetteer.load()
    a, b = gaz.by_qid(DR_CONGO), gaz.by_qid(CONGO)
    chosen = link.choose(EntityType.COUNTRY, ["Congo"], [a, b], set())
    assert chosen.entry is None


# --------------------------------------------------------------------------- merging


def test_merge_same_qid_keeps_one_entity_with_all_spans() -> None:
    from kg.nlp.pipeline import make_pipeline

    doc = make_pipeline("id")("Amerika Serikat dan AS.")
    spans = list(doc.ents)
    entry = gazetteer.load().by_qid(US)
    first = ResolvedEntity("country-amerika-serikat", EntityType.COUNTRY,
                           Cluster(0, EntityType.COUNTRY, [spans[0]]), entry, 0.6)
    second = ResolvedEntity("country-as", EntityType.COUNTRY,
                            Cluster(1, EntityType.COUNTRY, [spans[-1], spans[0]]), entry, 0.9)
    merged = _merge_same_qid([first, second])
    assert len(merged) == 1 and merged[0].key == "country-amerika-serikat"
    assert len(merged[0].cluster.spans) == len({(s.start, s.end) for s in spans})  # no duplicates
    assert merged[0].link_confidence == 0.9
    assert canonical_keys(merged) == {"country-as": "country-amerika-serikat"}


# --------------------------------------------------------------------------- people: full names and their variants

SBY, ALBANESE, MOON, LI_KEQIANG, LI_QIANG = "Q57405", "Q335697", "Q21001", "Q18111", "Q4414390"  # as in the gazetteer


@pytest.mark.parametrize(("text", "lang"), [
    ("Susilo B. Yudhoyono membuka konferensi itu di Jakarta.", "id"),
    ("Susilo B. Yudhoyono opened the conference in Jakarta.", "en"),
])
def test_a_middle_initial_is_the_initial_of_the_middle_name(text: str, lang: str) -> None:
    person = named(entities(text, lang), "Susilo B. Yudhoyono")
    assert person is not None and person.qid == SBY


@pytest.mark.parametrize(("text", "lang"), [
    ("Susilo K. Yudhoyono membuka konferensi itu di Jakarta.", "id"),
    ("Susilo K. Yudhoyono opened the conference in Jakarta.", "en"),
])
def test_a_middle_initial_of_another_name_is_another_person(text: str, lang: str) -> None:
    person = named(entities(text, lang), "Susilo K. Yudhoyono")
    assert person is not None and person.qid is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Perdana Menteri Anthony Norman Albanese tiba di Jakarta pada hari Senin.", "id"),
    ("Prime Minister Anthony Norman Albanese arrived in Jakarta on Monday.", "en"),
])
def test_a_further_given_name_between_first_and_last_name(text: str, lang: str) -> None:
    person = named(entities(text, lang), "Anthony Norman Albanese")
    assert person is not None and person.qid == ALBANESE


@pytest.mark.parametrize(("mention", "full", "same"), [
    ("susilo b yudhoyono", "susilo bambang yudhoyono", True),
    ("anthony norman albanese", "anthony albanese", True),
    ("kim jong", "kim jong un", True),  # the words of the full name, in order
    ("norman anthony albanese", "anthony albanese", False),  # another first name
    ("anthony norman smith", "anthony albanese", False),  # another last name
    ("susilo k yudhoyono", "susilo bambang yudhoyono", False),  # another middle initial
    ("albanese", "anthony albanese", False),  # one word is no full name
])
def test_same_person(mention: str, full: str, same: bool) -> None:
    from kg.link.people import same_person

    assert same_person(tuple(mention.split()), tuple(full.split())) is same


# --------------------------------------------------------------------------- people: a surname after a leader's title


@pytest.mark.parametrize(("text", "lang"), [
    ("Perdana Menteri Albanese mengatakan Australia akan menambah bantuan.", "id"),
    ("Prime Minister Albanese said Australia would increase its aid.", "en"),
    ("Perdana Menteri Australia Albanese mengatakan bantuan akan ditambah.", "id"),  # the country between
    ("Presiden Moon menyambut delegasi Jepang di Seoul, Korea Selatan.", "id"),  # a surname written first
    ("President Moon welcomed the Japanese delegation in Seoul, South Korea.", "en"),
])
def test_a_surname_after_a_leaders_title_links_to_the_documents_one_leader(text: str, lang: str) -> None:
    ents = entities(text, lang)
    leader = named(ents, "Albanese") or named(ents, "Moon")
    assert leader is not None and leader.qid in {ALBANESE, MOON} and leader.type is EntityType.PERSON


@pytest.mark.parametrize(("text", "lang"), [
    ("Perdana Menteri Albanese mengatakan bantuan akan ditambah.", "id"),  # no country of his named
    ("Prime Minister Albanese said the aid would increase.", "en"),
    ("Albanese mengatakan Australia akan menambah bantuan.", "id"),  # no title
    ("Albanese said Australia would increase its aid.", "en"),
    ("Menteri Albanese mengatakan Australia akan menambah bantuan.", "id"),  # not a leader's title
    ("Minister Albanese said Australia would increase its aid.", "en"),
])
def test_a_surname_without_a_leaders_title_or_his_country_is_not_linked(text: str, lang: str) -> None:
    person = named(entities(text, lang), "Albanese")
    assert person is not None and person.qid is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Perdana Menteri Li mengatakan Tiongkok akan membuka pasarnya.", "id"),
    ("Premier Li said China would open its markets.", "en"),
])
def test_a_surname_two_leaders_of_the_country_bear_is_not_linked(text: str, lang: str) -> None:
    gaz = gazetteer.load()
    assert gaz.by_qid(LI_KEQIANG) is not None and gaz.by_qid(LI_QIANG) is not None, "both Premiers Li are listed"
    person = named(entities(text, lang), "Li")
    assert person is None or person.qid is None
