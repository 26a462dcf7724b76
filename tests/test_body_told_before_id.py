"""A title owned by a body told before, in a head-initial language (issue 9, session 13, branch id13), Indonesian, by
the exact relation:

"Kementerian Pertahanan Kamboja menolak …. Juru bicara kementerian tersebut, Maly Socheata, mengatakan …": the body's
head noun ("kementerian", an ``org_heads`` word) with its demonstrative after the title refers back to the last body
named with that head — the person in apposition holds the title there. No body told before, or one with another
head ("kelompok tersebut" after a ministry), gives no office.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

MOD = "Kementerian Pertahanan Kamboja"


@pytest.mark.parametrize(("title", "kind"), [("Juru bicara", RelationKind.OFFICIAL_OF),
                                             ("Menteri", RelationKind.OFFICIAL_OF)])
def test_the_title_belongs_to_the_body_told_before(title: str, kind: RelationKind) -> None:
    found = read(f"{MOD} menyebut tuduhan itu tidak berdasar. "
                 f"{title} kementerian tersebut, Maly Socheata, mengatakan ranjau itu sisa perang.", "id")
    assert found.relations(kind) >= {("Maly Socheata", MOD)}


@pytest.mark.parametrize("text", [
    "Juru bicara kementerian tersebut, Maly Socheata, mengatakan ranjau itu sisa perang.",  # no body told before
    f"{MOD} menolak tuduhan itu. Juru bicara kelompok tersebut, Maly Socheata, mengatakan hal itu.",  # another head
])
def test_no_body_with_that_head_told_before_gives_no_office(text: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert "Maly Socheata" in found.entity_names()
