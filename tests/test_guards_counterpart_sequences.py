"""Several counterparts in one sentence (``RoleFinder._counterparts``): a counterpart with no one named before it
("His Thai counterpart X met …") gives no office, and the reading goes on to the next person of the sentence, whose
counterpart phrase names both the country and the person whose office it is. Without a country the counterpart
holds nothing. Invented names, sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

VOLKOV = "Zentaro Volkov"
TEXT = {
    "en": "His Thai counterpart Suriya Wongsakul met Prime Minister Anthony Albanese"
          " and his {}counterpart {} on Monday.",
    "id": "Mitranya dari Thailand Suriya Wongsakul bertemu Perdana Menteri Anthony Albanese"
          " dan mitranya {}{} pada Senin.",
}
COUNTRY = {"en": "Malaysian ", "id": "dari Malaysia, "}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_later_counterpart_in_the_sentence_still_holds_the_office(lang: str) -> None:
    facts = read(TEXT[lang].format(COUNTRY[lang], VOLKOV + ("," if lang == "id" else "")), lang)
    assert facts.relations(RelationKind.LEADER_OF) == {(VOLKOV, "Malaysia")}
    assert facts.relations(RelationKind.OFFICIAL_OF) == set()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_counterpart_of_no_country_holds_nothing(lang: str) -> None:
    facts = read(TEXT[lang].format("", VOLKOV), lang)
    assert facts.relations(RelationKind.LEADER_OF) == set()
    assert {VOLKOV, "Anthony Albanese", "Suriya Wongsakul"} <= facts.entity_names()
