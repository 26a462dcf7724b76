"""An act noun referring back ("the attack", "the offensive", "serangan itu") names the doer of the act told
before — but a meeting or an agreement is no act condemned: the sentence telling only one is skipped
(`EventFinder._earlier_doer`). A one-sided act (a strike, a visit) is still the act referred to."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile met Peru in Lima. Bolivia condemned the attack.", "en"),
    ("Chile signed an agreement with Peru. Bolivia condemned the offensive.", "en"),
    ("Chile bertemu Peru di Lima. Bolivia mengecam serangan itu.", "id"),
])
def test_a_meeting_is_no_act_condemned(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile bombed a town in Peru. Bolivia condemned the attack.", "en"),
    ("Chile visited Taiwan. China condemned the move.", "en"),
])
def test_a_one_sided_act_is_condemned(text: str, lang: str) -> None:
    accusations = read(text, lang).events(EventKind.ACCUSATION)
    assert {targets for _, targets in accusations} == {("Chile",)}
