"""A participle phrase after a counted member noun is one constituent, however many words its object has (issue
9, session 17, branch fix17): "Chile sanctioned two firms run by the old army, X and Y" names X and Y as the two
firms sanctioned ("run by", "owned by", "dikelola oleh": a passive participle before its agent preposition, or a
tie of ``member_ties``). Without such a phrase the member noun's own words stay bounded, and a name after the
comma that goes on with a verb is the speaker, no member. English and Indonesian, by the exact fact.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TARGETS = ("Zarnik Holdings", "Volkor Group")


@pytest.mark.parametrize(("text", "lang", "agent"), [
    ("Chile sanctioned two firms run by the old army, Zarnik Holdings and Volkor Group.", "en", "Chile"),
    ("Chile sanctioned two firms operated by the old state army, Zarnik Holdings and Volkor Group.", "en", "Chile"),
    ("Chile menjatuhkan sanksi kepada dua perusahaan yang dikelola oleh tentara lama negara itu, Zarnik Holdings "
     "dan Volkor Group.", "id", "Chili"),
], ids=["en-run-by", "en-operated-by", "id-dikelola-oleh"])
def test_the_members_named_after_a_participle_phrase_are_sanctioned(text: str, lang: str, agent: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {((agent,), TARGETS)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile sanctioned two firms run by the old army on Monday, Zarnik Holdings said.", "en"),
    ("Chile sanctioned two firms on Monday after a long review, Zarnik Holdings said.", "en"),
    ("Chile menjatuhkan sanksi kepada dua perusahaan yang dikelola oleh tentara lama, kata Zarnik Holdings.", "id"),
], ids=["en-participle-then-speaker", "en-no-participle", "id-speaker"])
def test_a_speaker_after_the_comma_is_no_member(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Zarnik Holdings" in found.entity_names()
    assert not any("Zarnik Holdings" in targets for _, targets in found.events(EventKind.SANCTION))
