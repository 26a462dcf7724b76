"""The name finder (kg/nlp/names/) and coreference on sentences we wrote: honorifics, a title's holder
before a name, one-word names. Each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EntityType, EventKind, RelationKind


def _run(text: str, lang: str):
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    types = {e.name: e.type for e in x.entities}
    events = {(ev.kind, tuple(sorted(name[a] for a in ev.agents)), tuple(name[t] for t in ev.targets))
              for ev in x.events}
    relations = {(r.kind, name[r.subject], name[r.object]) for r in x.relations}
    return types, events, relations


# --------------------------------------------------------------------------- honorifics


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("en", "His Excellency Omar Haddad met H.E. Lina Sayegh in Doha.", "Omar Haddad", "Lina Sayegh"),
    ("id", "Yang Mulia Omar Haddad bertemu dengan Yang Terhormat Lina Sayegh di Doha.", "Omar Haddad", "Lina Sayegh"),
])
def test_an_honorific_is_not_part_of_the_name(lang: str, text: str, first: str, second: str) -> None:
    types, events, _ = _run(text, lang)
    assert types.get(first) is EntityType.PERSON and types.get(second) is EntityType.PERSON
    assert not [n for n in types if "Excellency" in n or "Mulia" in n or "Terhormat" in n or "H.E." in n]
    assert (EventKind.MEETING, tuple(sorted((first, second))), ()) in events


def test_a_title_reaches_its_person_across_an_honorific() -> None:
    types, events, relations = _run(
        "Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Korea Utara Yang Mulia Ri Kang Chol "
        "di Pyongyang.", "id")
    assert types.get("Ri Kang Chol") is EntityType.PERSON
    assert (RelationKind.OFFICIAL_OF, "Ri Kang Chol", "Korea Utara") in relations
    assert (EventKind.MEETING, ("Retno Marsudi", "Ri Kang Chol"), ()) in events  # the person, not the country


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("id", "Menteri Luar Negeri China Yang Jiechi bertemu dengan Retno Marsudi di Beijing.", "Yang Jiechi"),
    ("en", "Excellent Okafor met Retno Marsudi in Lagos.", "Excellent Okafor"),  # a first name, not "Excellency"
])
def test_only_a_whole_form_of_address_is_taken_off(lang: str, text: str, person: str) -> None:
    """"Yang" is also a surname, "Excellent" a first name: only "Yang Mulia", "Excellency" address someone."""
    types, events, _ = _run(text, lang)
    assert types.get(person) is EntityType.PERSON
    assert (EventKind.MEETING, tuple(sorted((person, "Retno Marsudi"))), ()) in events


# --------------------------------------------------------------------------- a title's holder, then the person


@pytest.mark.parametrize(("lang", "text", "person", "kind", "holder"), [
    # a known country's name holds an organisation's head word ("Serikat"): still a country, then the person
    ("id", "Presiden Amerika Serikat Joe Biden tiba di Hanoi.", "Joe Biden", RelationKind.LEADER_OF,
     "Amerika Serikat"),
    # a known body right after a lowercase title, then an unknown name: the body's spokesperson
    ("id", "Juru bicara Uni Eropa Lena Markovic mengatakan sanksi itu diperpanjang.", "Lena Markovic",
     RelationKind.OFFICIAL_OF, "Uni Eropa"),
])
def test_title_holder_and_name_are_not_one_organisation(lang: str, text: str, person: str, kind: RelationKind,
                                                          holder: str) -> None:
    types, _, relations = _run(text, lang)
    assert types.get(person) is EntityType.PERSON
    assert types.get(holder) in (EntityType.COUNTRY, EntityType.ORGANIZATION)
    assert (kind, person, holder) in relations


def test_a_known_building_before_a_name_is_no_building_of_that_name() -> None:
    types, events, _ = _run("Juru Bicara Gedung Putih Thomas Weller mengatakan kunjungan itu penting.", "id")
    assert types.get("Thomas Weller") is EntityType.PERSON
    assert (EventKind.STATEMENT, ("Thomas Weller",), ()) in events


@pytest.mark.parametrize(("text", "org"), [
    # the head word stands outside any known name: the run is one body ("Kementerian … Malaysia")
    ("Kementerian Luar Negeri Malaysia mengecam serangan itu.", "Kementerian Luar Negeri Malaysia"),
    ("Indonesia menerima pinjaman dari Bank Pembangunan Asia.", "Bank Pembangunan Asia"),
])
def test_a_body_named_by_its_head_word_stays_one_organisation(text: str, org: str) -> None:
    types, _, _ = _run(text, "id")
    assert types.get(org) is EntityType.ORGANIZATION


# --------------------------------------------------------------------------- one-word names


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Biden met Xi in San Francisco.", ("Biden", "Xi")),
    ("en", "Erdogan also met Putin in Sochi on Friday.", ("Erdogan", "Putin")),
    ("id", "Jokowi bertemu Xi di Beijing.", ("Jokowi", "Xi")),
    ("id", "Prabowo menerima Albanese di Jakarta.", ("Albanese", "Prabowo")),
    ("en", "Erdogan and Putin discussed grain exports.", ("Erdogan", "Putin")),  # opens the sentence, "and" a name
    ("id", "Albanese dan Xi membahas perdagangan.", ("Albanese", "Xi")),
])
def test_a_known_persons_surname_alone_is_a_person(lang: str, text: str, pair: tuple) -> None:
    """No full name earlier in the text: the gazetteer knows the word as a person's first or last name."""
    types, events, _ = _run(text, lang)
    assert all(types.get(name) is EntityType.PERSON for name in pair)
    assert (EventKind.MEETING, tuple(sorted(pair)), ()) in events


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Rice prices rose across Asia this year.", "Rice"),  # opens the sentence, no verb of ours follows
    ("en", "Rice and Wheat prices rose across Asia this year.", "Rice"),  # "and" a word no person bears
    ("en", "Officials met Zorvath in Geneva.", "Zorvath"),  # no known person has that name
    ("id", "Pejabat itu bertemu Zorvath di Jenewa.", "Zorvath"),
])
def test_a_capitalised_word_no_known_person_bears_is_no_person(lang: str, text: str, word: str) -> None:
    types, _, _ = _run(text, lang)
    assert types  # the sentence's known names are found
    assert word not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Biden administration imposed sanctions on Iran."),
    ("id", "Pemerintahan Biden menjatuhkan sanksi terhadap Iran."),
])
def test_an_administration_named_after_a_leader_makes_no_leadership(lang: str, text: str) -> None:
    """The guidelines: leadership needs a title or role; "the X administration" alone is no leaderOf."""
    types, events, relations = _run(text, lang)
    assert types.get("Biden") is EntityType.PERSON
    assert any(e[0] is EventKind.SANCTION and e[2] == ("Iran",) for e in events)
    assert not [r for r in relations if r[0] in (RelationKind.LEADER_OF, RelationKind.OFFICIAL_OF)]
