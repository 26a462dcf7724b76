"""A bare title's ministry is one named by the end of the holder's sentence (session 18, en18r): "External Affairs
Minister X met …, India's Ministry of External Affairs said" is India's minister (session 16's rule), but in a story
of two sides "Foreign Secretary X told a briefing … . Pakistan's Foreign Office rejected the accusations" names the
other side's ministry later, replying to X — X stays the dateline's official, not the other side's
(``unnamed_offices.ministry_owner``, ``by``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

LEDE = "NEW DELHI, April 24 — India blamed Chile for the attack. Foreign Secretary Ravi Menon told a briefing that " \
       "the attackers came from Chile"


def test_the_other_side_s_ministry_named_later_is_not_the_holder_s() -> None:
    offices = read(f"{LEDE}. Chile's Foreign Office rejected the accusations.", "en").relations(
        RelationKind.OFFICIAL_OF)
    assert ("Ravi Menon", "India") in offices
    assert ("Ravi Menon", "Chile") not in offices


def test_a_ministry_named_in_the_holder_s_sentence_still_names_the_country() -> None:
    offices = read(f"{LEDE}, Chile's Foreign Office said.", "en").relations(RelationKind.OFFICIAL_OF)
    assert ("Ravi Menon", "Chile") in offices


@pytest.mark.parametrize("tail", [". Kementerian Luar Negeri Chili membantah tuduhan tersebut.",
                                  ", kata Kementerian Luar Negeri India."])
def test_indonesian_bare_minister_keeps_the_story_s_country(tail: str) -> None:
    text = ("NEW DELHI, KOMPAS.com - India menuding Chili berada di balik serangan itu. Menteri Luar Negeri Ravi "
            f"Menon mengatakan para pelaku datang dari Chili{tail}")
    offices = read(text, "id").relations(RelationKind.OFFICIAL_OF)
    assert ("Ravi Menon", "India") in offices
    assert ("Ravi Menon", "Chili") not in offices
