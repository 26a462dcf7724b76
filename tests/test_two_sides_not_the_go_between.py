"""What "the two sides" / "kedua pihak" / "kedua menteri" refers to (issue 9, session 18, branch en18t).

A go-between is neither side: the names a mediating word describes ("the Brazilian and Argentine mediators said",
"Brazilian officials who mediated", "Argentina, which brokered the talks", "Argentina, yang menjadi penengah") are
left out of the pair a later plural phrase picks, so it finds the two the text is about. A plural phrase that names
its pair by a title keeps to holders of that class of title: "the two ministers" / "kedua menteri" are no minister
and the prime minister he met, "kedua kepala negara" no president and the first lady beside him. Without a mediating
word the last named are still taken. English and Indonesian; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "pair", "treaty"), [
    ("Fighting between Chile and Peru went on over the weekend, the Brazilian and Argentine mediators said on "
     "Monday. The two sides had signed the Treaty of Lima in May.", "en", ("Chile", "Peru"), "Treaty of Lima"),
    ("Chile and Peru resumed fighting on Sunday in the presence of Brazilian officials who mediated the talks. "
     "The two sides had signed the Treaty of Lima in May.", "en", ("Chile", "Peru"), "Treaty of Lima"),
    ("Chile and Peru resumed fighting on Sunday, according to Argentina, which brokered the talks. The two sides "
     "had signed the Treaty of Lima in May.", "en", ("Chile", "Peru"), "Treaty of Lima"),
    ("Chili dan Peru kembali bertempur pada Minggu, menurut Argentina, yang menjadi penengah dalam perundingan itu. "
     "Kedua pihak telah menandatangani Perjanjian Lima pada Mei.", "id", ("Chili", "Peru"), "Perjanjian Lima"),
], ids=["en-mediators", "en-who-mediated", "en-which-brokered", "id-penengah"])
def test_the_two_sides_are_not_the_mediator(text: str, lang: str, pair: tuple[str, str], treaty: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == {(pair, ())}
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in pair}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # no mediating word: the last two named are still the pair
    ("Chile and Peru resumed fighting on Sunday, according to Argentina. The two sides had signed the Treaty of "
     "Lima in May.", "en", ("Argentina", "Peru")),
    ("Chili dan Peru kembali bertempur pada Minggu, menurut Argentina. Kedua pihak telah menandatangani Perjanjian "
     "Lima pada Mei.", "id", ("Argentina", "Peru")),
], ids=["en-no-mediator", "id-no-mediator"])
def test_without_a_mediating_word_the_last_named_are_taken(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(pair, ())}


SIGNED_EN = ("Chilean Defence Minister Ana Ruiz and Peruvian Defence Minister Marta Vidal signed the Treaty of Lima in "
             "Quito on Thursday. Ruiz then met Peruvian Prime Minister Gustavo Adrianzen. ")
SIGNED_ID = ("Menteri Pertahanan Chili Ana Ruiz dan Menteri Pertahanan Peru Marta Vidal menandatangani Perjanjian Lima "
             "di Quito, Kamis. Sebelumnya, Ruiz bertemu dengan Perdana Menteri Peru Gustavo Adrianzen. ")


@pytest.mark.parametrize(("text", "lang", "pair"), [
    (SIGNED_EN + "The two ministers agreed to hold more joint exercises.", "en", ("Ana Ruiz", "Marta Vidal")),
    (SIGNED_ID + "Kedua menteri sepakat memperbanyak latihan bersama.", "id", ("Ana Ruiz", "Marta Vidal")),
    ("Presiden Chili Gabriel Boric dan Ibu Negara Irina Karamanos disambut Presiden Peru Dina Boluarte di Lima, "
     "Senin. Kedua kepala negara sepakat memperluas perdagangan.", "id", ("Dina Boluarte", "Gabriel Boric")),
], ids=["en-the-two-ministers", "id-kedua-menteri", "id-kedua-kepala-negara"])
def test_a_titled_pair_keeps_to_its_class_of_title(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(pair, ())}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # an untitled phrase still takes the pair that met last
    (SIGNED_EN + "The two agreed to hold more joint exercises.", "en", ("Ana Ruiz", "Gustavo Adrianzen")),
    (SIGNED_ID + "Keduanya sepakat memperbanyak latihan bersama.", "id", ("Ana Ruiz", "Gustavo Adrianzen")),
], ids=["en-the-two", "id-keduanya"])
def test_an_untitled_phrase_takes_the_last_pair(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in {agents for agents, _ in read(text, lang).events(EventKind.AGREEMENT)}
