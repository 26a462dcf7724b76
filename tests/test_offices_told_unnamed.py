"""An office named by its owner before its holder is (branch en11v, issue 9): wire copy writes "Chile's foreign
minister flew to Lima …" in the lede and "Foreign Minister X" a sentence later. The bare title is the office told
before (``officialOf`` X, Chile), and the unnamed holder who travelled is X — where the document writes that title
for one owner only, in an earlier sentence, and gives it to one person. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

LEDE = "Chile's foreign minister flew to Lima on Monday for talks on the border."
LEDE_DEMONYM = "The Chilean foreign minister flew to Lima on Monday for talks on the border."


@pytest.mark.parametrize("lede", [LEDE, LEDE_DEMONYM])
def test_the_bare_title_names_the_office_told_before(lede: str) -> None:
    found = read(f"{lede} Foreign Minister Ana Ruiz met President Luis Rojas of Peru at the palace.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Chile")}
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Luis Rojas"), ())}


def test_the_unnamed_office_stays_its_country_without_a_holder_named() -> None:
    found = read(LEDE, "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.events(EventKind.VISIT) == {(("Chile",), ("Lima",))}


@pytest.mark.parametrize("text", [
    # in one sentence, the two are two people
    "Chile's foreign minister met Foreign Minister Ana Ruiz in Lima on Monday.",
    # the title told for two owners: which one is unsaid
    "Chile's foreign minister and Peru's foreign minister flew to Quito. Foreign Minister Ana Ruiz spoke first.",
    # two people given the one office by their bare titles hold other offices
    f"{LEDE} Foreign Minister Ana Ruiz and Foreign Minister Luis Rojas met at the palace.",
    # another title than the one told
    f"{LEDE} Defence Minister Ana Ruiz met President Luis Rojas of Peru at the palace.",
])
def test_no_office_from_a_title_told_otherwise(text: str) -> None:
    found = read(text, "en")
    assert {"Chile", "Ana Ruiz"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
