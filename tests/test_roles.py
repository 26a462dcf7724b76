"""Leadership and office (kg/extract/roles.py): each pattern with a sentence where it applies and one where it
must not, asserting the exact fact. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EntityType, RelationKind

LEADER, OFFICIAL = RelationKind.LEADER_OF, RelationKind.OFFICIAL_OF


def _run(text: str, lang: str):
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    entities = {e.name: e for e in x.entities}
    roles = {(r.kind, name[r.subject], name[r.object]) for r in x.relations
             if r.kind in (RelationKind.LEADER_OF, RelationKind.OFFICIAL_OF)}
    return entities, roles


# --------------------------------------------------------------------------- nationality + title + name


@pytest.mark.parametrize(("text", "fact", "qid"), [
    ("French President Emmanuel Macron arrived in Berlin on Monday.", (LEADER, "Emmanuel Macron", "France"), "Q142"),
    ("Hungarian Prime Minister Laszlo Kertesz told lawmakers.", (LEADER, "Laszlo Kertesz", "Hungary"), "Q28"),
    ("Kenyan Foreign Minister Grace Wanjiru met her counterpart.", (OFFICIAL, "Grace Wanjiru", "Kenya"), "Q114"),
    ("The Chilean trade minister, Pablo Rojas, signed the deal.", (OFFICIAL, "Pablo Rojas", "Chile"), "Q298"),
    ("Ghanaian President Kwame Boateng arrived in Lome.", (LEADER, "Kwame Boateng", "Ghana"), "Q117"),
    ("Slovak Foreign Minister Peter Horvath spoke to reporters.", (OFFICIAL, "Peter Horvath", "Slovakia"), "Q214"),
    ("Uruguayan President Ana Silveira thanked her hosts.", (LEADER, "Ana Silveira", "Uruguay"), "Q77"),
])
def test_a_nationality_before_a_title_names_the_country_held(text: str, fact: tuple, qid: str) -> None:
    """The country is never named, only its nationality: the nationality is the country's mention."""
    entities, roles = _run(text, "en")
    assert fact in roles
    country = entities[fact[2]]
    assert country.type is EntityType.COUNTRY and country.qid == qid


@pytest.mark.parametrize("text", [
    "Chinese cuisine is popular in Lima.",  # (a noun of its people or bodies does: tests/test_sanction_members_en.py)
    "French wine exports to Canada rose sharply last year.",
    "The Japanese delegation arrived in Seoul.",
])
def test_a_nationality_without_a_title_and_a_name_is_no_country(text: str) -> None:
    entities, _ = _run(text, "en")
    assert [e.name for e in entities.values() if "demonym" in {m.method for m in e.mentions}] == []
    assert entities  # the sentence's other names are found


def test_a_country_named_and_its_nationality_are_one_entity() -> None:
    entities, roles = _run("French President Emmanuel Macron said France would help.", "en")
    assert (LEADER, "Emmanuel Macron", "France") in roles
    france = entities["France"]
    assert {m.text for m in france.mentions} == {"French", "France"}


def test_an_indonesian_title_takes_the_country_name_itself() -> None:
    _, roles = _run("Menteri Luar Negeri Prancis Jean Dupont tiba di Jakarta.", "id")
    assert (OFFICIAL, "Jean Dupont", "Prancis") in roles


# --------------------------------------------------------------------------- a title phrase in apposition


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "The President of Chile, Ana Torres, arrived in Lima.", (LEADER, "Ana Torres", "Chile")),
    ("en", "The First Commander of the Popular Liberation Front, Diego Ramos, signed the accord.",
     (LEADER, "Diego Ramos", "Popular Liberation Front")),
    ("en", "A spokesperson for the European Union, Klara Novak, said the talks had failed.",
     (OFFICIAL, "Klara Novak", "European Union")),
    ("en", "The leader of the ruling Labour Party, Tom Fisher, met reporters.", (LEADER, "Tom Fisher", "Labour Party")),
    ("id", "Menteri Luar Negeri Republik Indonesia (RI), Arief Wicaksono, tiba di Seoul.",
     (OFFICIAL, "Arief Wicaksono", "Indonesia")),
    ("id", "Biden bertemu pemimpin Partai Buruh yang berkuasa, Rina Wulandari, di Jakarta.",
     (LEADER, "Rina Wulandari", "Partai Buruh")),
])
def test_a_title_and_its_holder_before_a_comma_belong_to_the_name_after_it(lang: str, text: str, fact: tuple) -> None:
    _, roles = _run(text, lang)
    assert fact in roles


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The former President of Chile, Ana Torres, arrived in Lima."),  # no longer holds it
    ("en", "The president of the club, Ana Torres, praised Chile."),  # the holder named is no country or body
    ("en", "After the talks in Chile, Ana Torres flew home."),  # no title at all
    ("id", "Mantan Menteri Luar Negeri Republik Indonesia (RI), Arief Wicaksono, tiba di Seoul."),
])
def test_an_apposition_without_a_current_title_and_holder_is_no_role(lang: str, text: str) -> None:
    entities, roles = _run(text, lang)
    person = "Ana Torres" if lang == "en" else "Arief Wicaksono"
    assert entities[person].type is EntityType.PERSON
    assert not [r for r in roles if r[1] == person]


def test_a_title_before_the_next_name_is_not_the_previous_ones() -> None:
    """ "In line with X, Foreign Minister of Indonesia Y said …": the title is Y's, not X's."""
    _, roles = _run("Senada dengan Ahmad Yani, Menlu Indonesia Retno Marsudi menyatakan hubungan kedua negara baik.",
                    "id")
    assert (OFFICIAL, "Retno Marsudi", "Indonesia") in roles
    assert not [r for r in roles if r[1] == "Ahmad Yani"]
    _, roles = _run("Ahmad Yani, Menteri Luar Negeri Indonesia, tiba di Seoul.", "id")
    assert (OFFICIAL, "Ahmad Yani", "Indonesia") in roles  # the pattern itself still holds


# --------------------------------------------------------------------------- titles of office


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("id", "Ketua perunding Palestina Samir Haddad mengatakan perundingan akan berlanjut.",
     (OFFICIAL, "Samir Haddad", "Palestina")),
    ("en", "Palestinian chief negotiator Samir Haddad said the talks would go on.",
     (OFFICIAL, "Samir Haddad", "Palestine")),
    ("id", "Sekjen PBB Antonio Guterres tiba di Jakarta.", (LEADER, "Antonio Guterres", "Perserikatan Bangsa-Bangsa")),
])
def test_titles_of_office_and_of_heads(lang: str, text: str, fact: tuple) -> None:
    _, roles = _run(text, lang)
    assert fact in roles
    other = LEADER if fact[0] is OFFICIAL else OFFICIAL
    assert (other, fact[1], fact[2]) not in roles  # a chief negotiator is no head of state


def test_an_office_in_a_government_body_is_an_office_of_its_country() -> None:
    _, roles = _run("Sekretaris Kabinet Jepang Hiroshi Tanaka mengatakan Jepang akan menanggapi.", "id")
    assert {(OFFICIAL, "Hiroshi Tanaka", "Kabinet Jepang"), (OFFICIAL, "Hiroshi Tanaka", "Jepang")} <= roles


def test_an_office_in_an_international_body_is_no_office_of_a_country() -> None:
    _, roles = _run("Juru bicara Uni Eropa Lena Markovic mengatakan Belgia mendukung sanksi.", "id")
    assert roles == {(OFFICIAL, "Lena Markovic", "Uni Eropa")}


def test_a_place_of_government_stands_for_its_country_in_an_office() -> None:
    _, roles = _run("Juru Bicara Gedung Putih Thomas Weller mengatakan Amerika Serikat siap membantu.", "id")
    assert (OFFICIAL, "Thomas Weller", "Amerika Serikat") in roles
    _, roles = _run("Juru Bicara Gedung Putih Thomas Weller mengatakan bantuan siap dikirim.", "id")
    assert not roles  # the country is not named: nothing to hold the office of


# --------------------------------------------------------------------------- a title and a one-word name


@pytest.mark.parametrize(("text", "fact"), [
    ("Presiden Jokowi akan bertemu dengan Presiden Obama di Washington. Amerika Serikat menyambut kunjungan itu.",
     (LEADER, "Obama", "Amerika Serikat")),
    ("Perdana Menteri Lee tiba di Jakarta. Singapura dan Indonesia sepakat bekerja sama.",
     (LEADER, "Lee", "Singapura")),
    ("Presiden Xi bertemu dengan pengusaha di Beijing. China membuka pasar.",
     (LEADER, "Xi", "Republik Rakyat Tiongkok")),
])
def test_a_titled_surname_takes_the_country_of_the_one_leader_of_that_name(text: str, fact: tuple) -> None:
    entities, roles = _run(text, "id")
    kind, surname, country = fact
    # the linker may name the person by the gazetteer's full name ("Lee" -> "Lee Hsien Loong")
    person = _person_called(entities, surname)
    assert (kind, person, country) in roles


@pytest.mark.parametrize("text", [
    # the country is not named in the document
    "Presiden Jokowi akan bertemu dengan Presiden Obama di Washington.",
    # two named countries have a leader of that name
    "Perdana Menteri Lee tiba di Jakarta. Singapura dan Korea Selatan sepakat bekerja sama.",
])
def test_a_titled_surname_without_one_named_country_is_no_role(text: str) -> None:
    entities, roles = _run(text, "id")
    person = _person_called(entities, "Obama" if "Obama" in text else "Lee")
    assert entities[person].type is EntityType.PERSON
    assert not [r for r in roles if r[1] == person]


def _person_called(entities: dict, surname: str) -> str:
    """The label of the one entity that has ``surname`` as a word of its label (family names come first
    in Chinese and Korean names, last in most others)."""
    labels = [label for label in entities if surname in label.split()]
    assert len(labels) == 1, labels
    return labels[0]
