"""The person or body in apposition to what a country owns is the target (branch en12s, issue 9): "sanctioned Iran's
defence minister, X" sanctions X, "three units of Russia's military intelligence agency, the GRU" the GRU — not the
country whose office or body it is. Without the apposed name the country stands for its members, and a name that
goes on into a list ("Russia's central bank, X and Y") is no apposition. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

US = "United States of America"
UK = "United Kingdom"


@pytest.mark.parametrize(("text", "fact"), [
    ("The United States sanctioned Iran's defence minister, Aziz Nasirzadeh.", ((US,), ("Aziz Nasirzadeh",))),
    ("Britain imposed sanctions on Iran's defence minister, Aziz Nasirzadeh, on Tuesday.",
     ((UK,), ("Aziz Nasirzadeh",))),
    ("Britain on Friday sanctioned three units of Russia's military intelligence agency, the GRU, and 18 of its "
     "officers.", ((UK,), ("GRU",))),
])
def test_the_apposed_name_is_the_target(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


def test_the_apposed_person_still_holds_the_office() -> None:
    x = read("The United States sanctioned Iran's defence minister, Aziz Nasirzadeh.", "en")
    assert x.relations(RelationKind.OFFICIAL_OF) == {("Aziz Nasirzadeh", "Iran")}


def test_without_a_name_the_country_is_the_target() -> None:
    x = read("The United States sanctioned Iran's defence minister.", "en")
    assert x.events(EventKind.SANCTION) == {((US,), ("Iran",))}


def test_a_name_opening_a_list_is_no_apposition() -> None:
    x = read("The United States sanctioned Iran's state shipping line, Hezbollah and Hamas.", "en")
    assert {"Hezbollah", "Hamas"} <= x.entity_names()
    assert ((US,), ("Hezbollah",)) not in x.events(EventKind.SANCTION)


def test_the_apposed_person_in_indonesian() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap menteri pertahanan Iran, Aziz Nasirzadeh.", "id")
    assert x.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Aziz Nasirzadeh",))}
