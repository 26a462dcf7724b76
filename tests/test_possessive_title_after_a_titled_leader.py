"""A possessive determiner's person behind a title (session 18, the lead): "UN Secretary-General X condemned the
strike. His spokesman, Y, said …" — "his" refers to the titled person the sentence before opens with, though its
first name is the body ("UN"): Y serves what X leads. Before, the opening body was taken as the sentence's subject,
a person's determiner found no person, and Y held no office. A body alone ("The UN condemned … His spokesman, Y")
gives "his" no referent. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "office"), [
    ("NATO Secretary-General Ana Ruiz condemned the strike. Her spokesman, Igor Sechin, said NATO would help.", "en",
     ("Igor Sechin", "North Atlantic Treaty Organisation")),
    ("Chile's President Ana Ruiz condemned the strike. Her spokesman, Igor Sechin, said the army would help.", "en",
     ("Igor Sechin", "Chile")),
])
def test_the_determiner_refers_to_the_titled_person(text: str, lang: str, office: tuple) -> None:
    assert office in read(text, lang).relations(RelationKind.OFFICIAL_OF)


def test_a_body_alone_gives_a_persons_determiner_no_referent() -> None:
    r = read("NATO condemned the strike. His spokesman, Igor Sechin, said the alliance would help.", "en")
    assert "Igor Sechin" in r.entity_names()
    assert r.relations(RelationKind.OFFICIAL_OF) == set()
