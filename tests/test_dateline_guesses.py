"""The dateline's country guesses a bare national title (branch en13a, issue 9): "LIMA, May 2 (AP) — … Trade
Minister Ana Ruiz …" is Peru's office, also below a headline (``datelines.document_dateline``, en13s; en13a had
dropped the headline case, the lead kept it: on 32 blind English articles relation F1 0.68 → 0.70, P 0.81 → 0.80).
An official told arriving at the dateline's place is a visitor, not its office holder, and the visit stays
(``datelines.travels_to``; found blind in en13a's batch 2). Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind

HEADLINE = "Peru and Chile resume talks"
STORY = "Peru said the talks would resume. Trade Minister Ana Ruiz met Marta Vidal."


def test_a_dateline_opening_the_text_files_the_bare_title() -> None:
    found = read(f"LIMA, May 2 (AP) — {STORY}", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Peru")}


def test_below_a_headline_the_dateline_files_the_bare_title_too() -> None:
    found = read(f"{HEADLINE}\n\nLIMA, May 2 (AP) — {STORY}", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Peru")}


def test_an_official_arriving_where_the_article_is_filed_is_a_visitor() -> None:
    found = read("LIMA, May 2 (AP) — Peru said the talks would resume. Trade Minister Ana Ruiz arrived in Lima on "
                 "Monday.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}


def test_an_official_met_where_the_article_is_filed_is_local() -> None:
    found = read("LIMA, May 2 (AP) — Peru said the talks would resume. Trade Minister Ana Ruiz met Marta Vidal in "
                 "Lima on Monday.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Peru")}
