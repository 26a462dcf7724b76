"""One capitalised word of no known type that a sanction targets names a body (branch en15s, issue 9): "blacklisted
Belavia", "its own sanctions on Aeroflot", "sanksi terhadap Belavia" — the object of a verb of sanctioning or the
word after the target preposition of a sanction noun (``triggers.json``). A person is named in full before being
named by the surname ("Igor Sechin … sanctioned Sechin"), and the same word elsewhere keeps its old reading ("flew on
Aeroflot" is no body). A name coordinated with such a target is one too ("sanctioned Rosneft and Lukoil"). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US, EU, UK = "United States of America", "European Union", "United Kingdom"


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("The United States on Monday blacklisted Aeroflot, the Russian airline.", "en", {((US,), ("Aeroflot",))}),
    ("The European Union, which has its own sanctions on Belavia, said it would not follow.", "en",
     {((EU,), ("Belavia",))}),
    ("Britain imposed sanctions against Sovcomflot in 2022.", "en", {((UK,), ("Sovcomflot",))}),
    ("Uni Eropa menjatuhkan sanksi terhadap Belavia pada Senin.", "id", {(("Uni Eropa",), ("Belavia",))}),
])
def test_one_word_a_sanction_targets_is_a_body(text: str, lang: str, facts: set) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == facts
    target = next(iter(facts))[1][0]
    assert found.types()[target] == "Organization"


def test_a_surname_of_a_person_named_before_stays_the_person() -> None:
    found = read("The Treasury sanctioned Igor Sechin in 2022. The European Union sanctioned Sechin a month later.",
                 "en")
    assert ((EU,), ("Igor Sechin",)) in found.events(EventKind.SANCTION)
    assert "Sechin" not in found.entity_names()


@pytest.mark.parametrize("text", [
    "The minister flew on Aeroflot to Moscow.",  # no sanction before the word: a preposition keeps its reading
    "The delegation stayed in Belavia for two days.",
])
def test_the_word_elsewhere_is_no_body(text: str) -> None:
    found = read(text, "en")
    assert all(kind != "Organization" for name, kind in found.types().items() if name in ("Aeroflot", "Belavia"))
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "targets"), [
    ("The Treasury sanctioned Rosneft and Lukoil on Monday.", ("Rosneft", "Lukoil")),
    ("Britain imposed sanctions on the Belarusian Potash Company, Belavia and Grodno on Monday.",
     ("Belarusian Potash Company", "Belavia", "Grodno")),
])
def test_a_conjunct_of_a_target_is_a_body_too(text: str, targets: tuple) -> None:
    found = read(text, "en")
    assert {t for _, ts in found.events(EventKind.SANCTION) for t in ts} == set(targets)
    assert all(found.types()[t] == "Organization" for t in targets)


def test_a_conjunct_of_a_place_visited_is_no_body() -> None:
    assert read("The minister visited Paris and Lyon.", "en").types()["Lyon"] == "Place"


@pytest.mark.parametrize(("text", "word"), [
    # a clause of its own after ", and": the word opens its subject
    ("The United States sanctioned Igor Sechin, and the Baltic states banned entry to Oleg Deripaska.", "Baltic"),
    ("Washington sanctions Kataib Hezbollah and its leader.", "Kataib"),  # the word opens a longer name
])
def test_a_word_that_opens_a_phrase_is_no_body(text: str, word: str) -> None:
    found = read(text, "en")
    assert found.entity_names()
    assert word not in found.entity_names()
