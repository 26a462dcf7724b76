"""A wire dateline after a headline still files the article (branch en13a, issue 9): "Talks resume\n\nLIMA, May 2
(AP) — … Trade Minister Ana Ruiz …" — the bare national title is Peru's (``datelines.article_dateline``: the first
sentence with a dateline among the opening two), as it is when the dateline opens the text
(``tests/test_guards_dateline_office_rule.py``). A third sentence's place is no dateline. Sentences written for
these tests. An official told arriving at the dateline's place is a visitor there (``datelines.travels_to``)."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind

HEADLINE = "Peru and Chile resume talks"
STORY = "Peru said the talks would resume. Trade Minister Ana Ruiz met Marta Vidal."


def test_a_bare_title_after_a_headline_and_dateline_is_the_dateline_country() -> None:
    found = read(f"{HEADLINE}\n\nLIMA, May 2 (AP) — {STORY}", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Peru")}


def test_a_dateline_opening_the_text_still_counts() -> None:
    found = read(f"LIMA, May 2 (AP) — {STORY}", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Peru")}


def test_without_a_dateline_the_bare_title_has_no_country() -> None:
    found = read(f"{HEADLINE}\n\n{STORY}", "en")
    assert "Peru" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_place_opening_a_later_sentence_is_no_dateline() -> None:
    found = read(f"{HEADLINE}\n\nPeru said the talks would resume.\n\nLIMA — Trade Minister Ana Ruiz met Marta Vidal.",
                 "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_an_official_arriving_where_the_article_is_filed_is_a_visitor() -> None:
    # found blind in the en13a batch 2: the dateline's guess made the visitor local, and the visit vanished
    found = read(f"{HEADLINE}\n\nLIMA, May 2 (AP) — Peru said the talks would resume. Trade Minister Ana Ruiz "
                 "arrived in Lima on Monday.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}
