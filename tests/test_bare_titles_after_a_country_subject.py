"""A bare title after a sentence that opens with a country or capital as its subject is that country's office, not
the dateline's (branch en16s, issue 9): "CANBERRA (AAP) - … New Zealand followed hours later. Foreign Minister X
said …", "Tehran rejected the measures. Foreign ministry spokesman Y accused …" (``datelines.subject_scene``,
read by ``RoleFinder._dateline_office``). Only where a dateline would otherwise give the office; a sentence opening
otherwise leaves the dateline's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

LEAD = "CANBERRA (AAP) - Australia has imposed sanctions on Iran. "


@pytest.mark.parametrize(("middle", "office"), [
    ("New Zealand followed hours later. Foreign Minister Winston Peters said Wellington had acted.",
     ("Winston Peters", "New Zealand")),
    ("Tehran rejected the measures. Foreign ministry spokesman Esmaeil Baghaei said Iran would respond.",
     ("Esmaeil Baghaei", "Iran")),
    ("Foreign Minister Winston Peters said Australia had acted.", ("Winston Peters", "Australia")),
    ("The allies of Iran were silent. Foreign Minister Winston Peters said Australia had acted.",
     ("Winston Peters", "Australia")),
])
def test_the_scene_of_a_bare_title(middle: str, office: tuple[str, str]) -> None:
    assert read(LEAD + middle, "en").relations(RelationKind.OFFICIAL_OF) == {office}


def test_no_office_without_a_dateline() -> None:
    found = read("New Zealand followed hours later. Foreign Minister Winston Peters said Wellington had acted.", "en")
    assert "Winston Peters" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
