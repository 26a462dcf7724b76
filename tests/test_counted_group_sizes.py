"""Every collective number of a language's lexicon opens a counted group, with or without an article, before the
trigger ("Five countries signed T", "The five countries signed T", "Kelima negara menandatangani T") and after it
("T was signed by the five countries", "T ditandatangani oleh kelima negara"): the counted-group rule asks first
whether a word can open such a phrase at all (``LangResources.counted_openers``), and that pre-check must let every
size through. A word that counts no group ("several", "beberapa") opens none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind
from kg.nlp.resources import load

COUNTRIES = {
    "en": ("Brazil", "Argentina", "Paraguay", "Uruguay", "Chile", "Peru", "Bolivia", "Ecuador", "Colombia",
           "Venezuela"),
    "id": ("Brasil", "Argentina", "Paraguay", "Uruguay", "Chili", "Peru", "Bolivia", "Ekuador", "Kolombia",
           "Venezuela"),
}
MET = {"en": "{group} met in Lima. ", "id": "{group} bertemu di Lima. "}
AND = {"en": " and ", "id": " dan "}
TREATY = {"en": "Treaty of Asuncion", "id": "Traktat Asuncion"}
SIGNED = {  # the counted phrase before the trigger and after it
    "en": ("{count} countries signed the Treaty of Asuncion.",
           "The Treaty of Asuncion was signed by {count} countries."),
    "id": ("{count} negara menandatangani Traktat Asuncion.", "Traktat Asuncion ditandatangani oleh {count} negara."),
}
ARTICLE = {"en": "the ", "id": ""}  # Indonesian counts with the collective number alone: "ketiga negara"


def _group(lang: str, size: int) -> str:
    names = COUNTRIES[lang][:size]
    return ", ".join(names[:-1]) + AND[lang] + names[-1]


def _counts(lang: str) -> list[tuple[str, int, str]]:
    """(language, size, the counted phrase's opening) for every collective number, with and without an article."""
    articles = ("", ARTICLE[lang]) if ARTICLE[lang] else ("",)
    return [(lang, size, article + word) for size, words in load(lang).collective_numbers.items()
            for word in sorted(words) for article in articles]


@pytest.mark.parametrize(("lang", "size", "count"), _counts("en") + _counts("id"))
@pytest.mark.parametrize("place", [0, 1], ids=["before", "after"])
def test_every_collective_number_opens_a_counted_group(lang: str, size: int, count: str, place: int) -> None:
    sentence = SIGNED[lang][place].format(count=count)
    found = read(MET[lang].format(group=_group(lang, size)) + sentence[0].upper() + sentence[1:], lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(name, TREATY[lang]) for name in COUNTRIES[lang][:size]}


@pytest.mark.parametrize(("lang", "count"), [("en", "several"), ("en", "the several"), ("id", "beberapa")])
@pytest.mark.parametrize("place", [0, 1], ids=["before", "after"])
def test_a_word_that_counts_no_group_opens_none(lang: str, count: str, place: int) -> None:
    sentence = SIGNED[lang][place].format(count=count)
    found = read(MET[lang].format(group=_group(lang, 3)) + sentence[0].upper() + sentence[1:], lang)
    assert TREATY[lang] in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
def test_the_openers_are_the_articles_and_every_collective_number_with_its_size(lang: str) -> None:
    res = load(lang)
    listed = {word for words in res.collective_numbers.values() for word in words}
    assert set(res.collective_sizes) == listed
    assert all(word in res.collective_numbers[size] for word, size in res.collective_sizes.items())
    assert res.counted_openers == res.articles | listed
