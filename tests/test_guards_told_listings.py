"""Guards of listings that name the targets of a sanction told before (``kg/extract/listings.py``
``_list_opening``, ``_act_on_unnamed_members``, ``_targets_listed_after_told``, ``_names_a_role``; session 12) that no
test of the construction noticed when mutated by hand (branch mut17): an article opening the sentence before the
participle and its member noun, a sanction on counted members told before, a listing inside quotation marks, the
clause of "as" after a designated body, and a text cut short after the opener. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"
TREASURY = "United States Department of the Treasury"


@pytest.mark.parametrize("text", [
    "Canada imposed sanctions on four entities. The designated entities include Hezbollah.",
    "Canada imposed sanctions on four entities. Designated entities include Hezbollah.",
    "Canada imposed sanctions on four entities. Those designated include Hezbollah.",
    "Canada imposed sanctions on Iran's oil companies. The designated entities include Hezbollah.",
])
def test_listed_members_after_a_sanction_on_unnamed_members_are_its_targets(text: str) -> None:
    assert (("Canada",), ("Hezbollah",)) in read(text, "en").events(EventKind.SANCTION)


@pytest.mark.parametrize("text", [
    "Canada met Iran on Monday. The designated entities include Hezbollah.",
    "Canada met four entities. Those designated include Hezbollah.",
])
def test_listed_members_with_no_sanction_told_before_are_no_ones_targets(text: str) -> None:
    x = read(text, "en")
    assert "Hezbollah" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ('The European Union imposed sanctions on Iran on Monday. "Those hit by the measures include Hezbollah and '
     'Hamas."', "en", ((EU,), ("Hezbollah", "Hamas"))),
    ('Amerika Serikat menjatuhkan sanksi terhadap Iran pada Senin. "Sasaran sanksi itu termasuk Hizbullah."', "id",
     (("Amerika Serikat",), ("Hezbollah",))),
])
def test_a_listing_inside_quotation_marks_names_the_told_targets(text: str, lang: str, fact: tuple) -> None:
    assert fact in read(text, lang).events(EventKind.SANCTION)


def test_a_quoted_listing_with_no_sanction_told_before_names_no_targets() -> None:
    x = read('The European Union met Iran on Monday. "Those hit by the measures include Hezbollah and Hamas."', "en")
    assert x.events(EventKind.MEETING) == {((EU, "Iran"), ())}
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("text", [
    "The Treasury designated the Quds Force, which acts as a proxy for Iran.",
    "The Treasury designated the Quds Force, as expected.",
])
def test_as_after_the_designated_bodys_clause_names_no_role(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((TREASURY,), ("Quds Force",))}


def test_as_in_the_designated_bodys_clause_names_a_role() -> None:
    x = read("The Treasury designated the Quds Force as lead agency.", "en")
    assert "Quds Force" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_a_text_cut_short_after_the_told_target_opener_keeps_the_sanction_before() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap Iran pada Senin. Sasaran sanksi itu", "id")
    assert x.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Iran",))}
