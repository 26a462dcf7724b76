"""A company named by the industry it works in ends its name with a body's head word ("Sony Pictures", "Wuhan
Rongyao Biotech", "General Dynamics", "Turkish Aerospace"): one organisation, in English and in Indonesian copy —
not a person by default, a city and a person, or a general's rank and a surname. A title before a person's name
stays a title; a city named alone stays the city. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind

ORG = EntityType.ORGANIZATION.value


@pytest.mark.parametrize(("text", "lang", "imposer", "targets"), [
    ("China imposed sanctions on General Dynamics and Sony Pictures on Friday.", "en", "People's Republic of China",
     ("General Dynamics", "Sony Pictures")),
    ("China menjatuhkan sanksi terhadap General Dynamics dan Sony Pictures pada Jumat.", "id",
     "Republik Rakyat Tiongkok", ("General Dynamics", "Sony Pictures")),
    ("The United States sanctioned Wuhan Rongyao Biotech on Monday.", "en", "United States of America",
     ("Wuhan Rongyao Biotech",)),
    ("Amerika Serikat menjatuhkan sanksi terhadap Wuhan Rongyao Biotech pada Senin.", "id", "Amerika Serikat",
     ("Wuhan Rongyao Biotech",)),
])
def test_companies_named_by_their_industry_are_targets(text: str, lang: str, imposer: str,
                                                       targets: tuple[str, ...]) -> None:
    r = read(text, lang)
    assert all(r.types()[t] == ORG for t in targets) and "Wuhan" not in r.types()
    assert r.events(EventKind.SANCTION) == {((imposer,), targets)}


def test_an_english_industry_word_in_indonesian_copy() -> None:
    types = read("Menhan menyaksikan penandatanganan kontrak dengan Turkish Aerospace di Ankara.", "id").types()
    assert types["Turkish Aerospace"] == ORG


@pytest.mark.parametrize(("text", "lang"), [
    ("General Ahmed Saleh met the Chinese envoy in Khartoum on Monday.", "en"),
    ("Jenderal Ahmed Saleh bertemu utusan China di Khartoum pada Senin.", "id"),
])
def test_a_rank_before_a_persons_name_stays_a_title(text: str, lang: str) -> None:
    assert read(text, lang).types()["Ahmed Saleh"] == EntityType.PERSON.value


def test_a_title_word_inside_a_bodys_name_is_no_title() -> None:
    types = read("The hackers work for the Reconnaissance General Bureau, officials said.", "en").types()
    assert types == {"Reconnaissance General Bureau": ORG}


def test_a_coordinator_before_the_title_word_opens_a_second_name() -> None:
    types = read("The ministry said the companies include Lockheed Martin and General Dynamics.", "en").types()
    assert types["General Dynamics"] == ORG and not [name for name in types if "and" in name.split()]
