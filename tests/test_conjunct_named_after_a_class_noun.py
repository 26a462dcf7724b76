"""A conjunct named after a class noun that describes it, and "as well as" (session 18, `en18s`): in "sanctioned X and
the state broadcaster Y", "…, as well as the state arms exporter Y", "dan maskapai nasional Y" the conjunction joins a
noun phrase whose head (a class noun of bodies or people: ``org_cues``, ``member_nouns``, one-word titles) describes
the name after it — Y is listed too; before, only a class noun the name reader knew as part of a name's phrase
("company", a title) let the list go on. "as well as" is one conjunction of three words (it never matched, being
compared word by word). A clause after the conjunction is no conjunct ("and then visited Y", "and accused the firm Y",
"and said Y would …"); the comma closing a name set off by commas goes on with the list ("sanctioned Iran's defence
minister, X, and the airline Y"). Company names a country or place opens or holds ("Iran Air", "X Middle East
DMCC", "Wuhan X Biotech") are one organisation's name: "air", "dmcc", "biotech" are heads of bodies' names.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Britain sanctioned Igor Petrov and the state broadcaster Belteleradiocompany.", "en",
     {(("United Kingdom",), ("Igor Petrov", "Belteleradiocompany"))}),
    ("Britain sanctioned Igor Petrov and the state airline Belavia Airlines.", "en",
     {(("United Kingdom",), ("Igor Petrov", "Belavia Airlines"))}),
    ("Britain sanctioned Igor Petrov, as well as the state arms exporter Rosoboronexport.", "en",
     {(("United Kingdom",), ("Igor Petrov", "Rosoboronexport"))}),
    ("Britain sanctioned Rosneft Trading as well as Igor Petrov.", "en",
     {(("United Kingdom",), ("Rosneft Trading", "Igor Petrov"))}),
    ("Inggris menjatuhkan sanksi terhadap Igor Petrov dan maskapai nasional Belavia Airlines.", "id",
     {(("Britania Raya",), ("Igor Petrov", "Belavia Airlines"))}),
    # "as well as" after an apposition describing the last name
    ("Britain sanctioned Igor Petrov, a banker based in Moscow, as well as Rosneft Trading.", "en",
     {(("United Kingdom",), ("Igor Petrov", "Rosneft Trading"))}),
    # the comma closing a name set off by commas goes on with the list: no clause starts there
    ("London sanctioned Iran's defence minister, Aziz Nasirzadeh, and the state airline Saha Airlines.", "en",
     {(("London",), ("Aziz Nasirzadeh", "Saha Airlines"))}),
])
def test_a_described_conjunct_is_listed(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


@pytest.mark.parametrize(("text", "lang", "other"), [
    ("Britain sanctioned Igor Petrov and then visited Rosneft Trading.", "en", "Rosneft Trading"),
    ("Britain sanctioned Igor Petrov and accused the firm Rosneft Trading of fraud.", "en", "Rosneft Trading"),
    ("Britain sanctioned Igor Petrov and said Rosneft Trading would be next.", "en", "Rosneft Trading"),
    ("Chile sanctioned Igor Petrov, as well as Bolivia said.", "en", "Bolivia"),
    ("Britain sanctioned Igor Petrov, a banker based in Moscow, as well as Rosneft Trading said it would appeal.",
     "en", "Rosneft Trading"),
    ("Britain sanctioned the businessman, Igor Petrov, and Russia condemned the decision.", "en", "Russia"),
    ("Inggris menjatuhkan sanksi terhadap Igor Petrov dan kemudian mengunjungi Rosneft Trading.", "id",
     "Rosneft Trading"),
])
def test_a_clause_after_the_conjunction_is_no_conjunct(text: str, lang: str, other: str) -> None:
    r = read(text, lang)
    assert {targets for _, targets in r.events(EventKind.SANCTION)} == {("Igor Petrov",)}
    assert other in r.entity_names()


@pytest.mark.parametrize(("text", "name"), [
    ("The European Union sanctioned Iran Air on Monday.", "Iran Air"),
    ("Britain also designated Litasco Middle East DMCC, a trader owned by Lukoil.", "Litasco Middle East DMCC"),
    ("The Treasury sanctioned Wuhan Rongyao Biotech on Tuesday.", "Wuhan Rongyao Biotech"),
])
def test_a_company_named_with_a_place_is_one_organisation(text: str, name: str) -> None:
    r = read(text, "en")
    assert r.types().get(name) == "Organization"
    assert any(targets == (name,) for _, targets in r.events(EventKind.SANCTION))


def test_a_country_before_a_common_noun_stays_the_country() -> None:
    r = read("Britain sanctioned Iran on Monday. Air strikes continued.", "en")
    assert r.events(EventKind.SANCTION) == {(("United Kingdom",), ("Iran",))}
    assert "Iran Air" not in r.entity_names()
