"""A building named generically by its place head ("Istana Kepresidenan", the presidential palace) and then the city
it stands in is one place in Indonesian: "Istana Kepresidenan Bogor" — not the palace in Jakarta the words alone
stand for, nor the city. With no city after it, or with a comma between, each name keeps its reading. English
puts the city first ("Bogor Palace"), one name by its head word already. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EntityType, EventKind


def test_a_palace_and_its_city_are_one_place() -> None:
    r = read("Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Kepresidenan Bogor "
             "pada Senin.", "id")
    assert r.types()["Istana Kepresidenan Bogor"] == EntityType.PLACE.value
    assert "Istana Merdeka" not in r.types() and "Bogor" not in r.types()
    assert r.events(EventKind.MEETING) == {(("Prabowo Subianto", "Shigeru Ishiba"), ())}


def test_the_palace_named_alone_keeps_its_reading() -> None:
    types = read("Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Kepresidenan "
                 "pada Senin.", "id").types()
    assert types["Istana Merdeka"] == EntityType.PLACE.value
    assert not [name for name in types if name.endswith("Bogor")]


def test_a_comma_keeps_the_city_apart() -> None:
    types = read("Presiden Prabowo Subianto bertemu Anwar Ibrahim di Istana Merdeka, Jakarta, pada Senin.",
                 "id").types()
    assert types["Istana Merdeka"] == EntityType.PLACE.value and types["Jakarta"] == EntityType.PLACE.value


def test_english_names_the_city_first() -> None:
    types = read("Japanese Prime Minister Shigeru Ishiba was received at Bogor Palace on Monday.", "en").types()
    assert types["Bogor Palace"] == EntityType.PLACE.value and "Bogor" not in types
