"""Leadership told by a verb of heading in a relative clause after a person's name (``titles.heading_verbs``):
"X, who chairs the African Union, …", "X, yang mengetuai Uni Afrika, …" — X heads the body that is the verb's whole
object. Not a past office ("who chaired"), not a body that only qualifies the object ("who leads Chile's
delegation", "yang memimpin delegasi Chile"), not another verb ("who visited"). Issue 9. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz, who chairs the African Union, met President Gabriel Boric of Chile.", "en"),
    ("Ana Ruiz, who also heads the African Union, met President Gabriel Boric of Chile.", "en"),
    ("Ana Ruiz, who presides over the African Union, met President Gabriel Boric of Chile.", "en"),
    ("Ana Ruiz, yang mengetuai Uni Afrika, bertemu Presiden Chili Gabriel Boric.", "id"),
    ("Ana Ruiz yang juga memimpin Uni Afrika bertemu Presiden Chili Gabriel Boric.", "id"),
])
def test_a_heading_verb_in_a_relative_clause_makes_its_subject_the_bodys_head(text: str, lang: str) -> None:
    leads = read(text, lang).relations(RelationKind.LEADER_OF)
    assert ("Ana Ruiz", "African Union") in leads or ("Ana Ruiz", "Uni Afrika") in leads


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz, who chaired the African Union, met President Gabriel Boric of Chile.", "en"),  # a past office
    ("Ana Ruiz, who leads Peru's delegation, met President Gabriel Boric of Chile.", "en"),  # Peru qualifies
    ("Ana Ruiz, who visited the African Union, met President Gabriel Boric of Chile.", "en"),  # no heading verb
    ("Ana Ruiz, yang memimpin delegasi Peru, bertemu Presiden Chili Gabriel Boric.", "id"),
    ("Ana Ruiz, yang mengunjungi Uni Afrika, bertemu Presiden Chili Gabriel Boric.", "id"),
])
def test_no_heading_verb_or_no_whole_object_gives_no_leadership(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Ana Ruiz" in found.entity_names()
    assert {lead for lead in found.relations(RelationKind.LEADER_OF) if lead[0] == "Ana Ruiz"} == set()
