"""A bare title is read from what was told before it (session 18, en18a): "Foreign Secretary X" is an office of the
country whose ministry of that portfolio the document names before the title or in its own sentence
(``unnamed_offices.ministry_owner``'s ``told_by``) — a ministry of another country told later ("Pakistan's Foreign
Office rejected the accusations" after India's official spoke) is the other side's, and the dateline's guess stays.
Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import RelationKind

DELHI = "NEW DELHI, April 24 (Reuters) - India on Thursday blamed a militant group for an attack on a bus. "


def test_a_ministry_told_after_the_title_is_not_its_owner() -> None:
    offices = read(DELHI + "Foreign Secretary Anil Rao told a briefing that the attackers had trained abroad. "
                   "Pakistan's Foreign Office rejected the accusations.", "en").relations(RelationKind.OFFICIAL_OF)
    assert ("Anil Rao", "Pakistan") not in offices
    assert ("Anil Rao", "India") in offices  # the dateline's


def test_a_ministry_told_later_with_no_dateline_gives_no_office() -> None:
    text = ("India blamed a militant group for an attack on a bus, and Foreign Secretary Anil Rao summoned an envoy. "
            "Pakistan's Foreign Office rejected the accusations.")
    offices = read(text, "en").relations(RelationKind.OFFICIAL_OF)
    assert ("Anil Rao", "Pakistan") not in offices


def test_a_ministry_told_before_still_names_the_country() -> None:
    offices = read("Peru's Ministry of External Affairs said the talks would resume. External Affairs Minister Ana "
                   "Ruiz met John Kerry in Washington last week.", "en").relations(RelationKind.OFFICIAL_OF)
    assert ("Ana Ruiz", "Peru") in offices


def test_a_ministry_in_the_titles_own_sentence_still_names_the_country() -> None:
    offices = read("WASHINGTON, Jan 22 — External Affairs Minister Ana Ruiz met John Kerry on Tuesday, Peru's "
                   "Ministry of External Affairs said.", "en").relations(RelationKind.OFFICIAL_OF)
    assert ("Ana Ruiz", "Peru") in offices
