"""Who met whom in a symmetric event (``EventFinder._parties``): a coordinated subject meeting one object is one
meeting of all of them; only with two or more objects does each subject meet each object (the conjuncts of one
side did not meet each other). Both languages; sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

JAPAN = {"en": "Japan", "id": "Jepang"}
TEXT = {
    "en": "Indonesia and Malaysia met {} in Tokyo on Monday.",
    "id": "Indonesia dan Malaysia bertemu {} di Tokyo pada Senin.",
}
AND = {"en": "and", "id": "dan"}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_two_subjects_meeting_one_object_are_one_meeting(lang: str) -> None:
    facts = read(TEXT[lang].format(JAPAN[lang]), lang)
    assert facts.events(EventKind.MEETING) == {(tuple(sorted(("Indonesia", "Malaysia", JAPAN[lang]))), ())}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_two_subjects_meeting_two_objects_pair_across_the_sides(lang: str) -> None:
    facts = read(TEXT[lang].format(f"{JAPAN[lang]} {AND[lang]} Thailand"), lang)
    assert facts.events(EventKind.MEETING) == {
        tuple([tuple(sorted((s, t))), ()]) for s in ("Indonesia", "Malaysia") for t in (JAPAN[lang], "Thailand")}
