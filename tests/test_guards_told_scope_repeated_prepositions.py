""""(Canada imposed sanctions on Iran.) The sanctions also apply to Syria and against Cuba": the names a scope verb
gives an act told before (``told_events._scope_of_told``) may each open with a preposition of the act's targets
again — every conjunct is a target; after a preposition that is not the act's ("with"), the name is no target.
Issue 9 (branch mut16, seed 191). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "canada", "targets"), [
    ("Canada imposed sanctions on Iran. The sanctions also apply to Syria and against Cuba.", "en", "Canada",
     ("Syria", "Cuba")),
    ("Kanada menjatuhkan sanksi kepada Iran. Sanksi itu juga ditujukan kepada Suriah dan kepada Kuba.", "id",
     "Kanada", ("Suriah", "Kuba")),
])
def test_a_target_preposition_repeated_before_a_conjunct_keeps_it_a_target(text: str, lang: str, canada: str,
                                                                           targets: tuple[str, ...]) -> None:
    assert ((canada,), targets) in read(text, lang).events(EventKind.SANCTION)


@pytest.mark.parametrize(("text", "lang", "canada", "target"), [
    ("Canada imposed sanctions on Iran. The sanctions also apply to Syria and with Cuba.", "en", "Canada", "Syria"),
    ("Kanada menjatuhkan sanksi kepada Iran. Sanksi itu juga ditujukan kepada Suriah dan dengan Kuba.", "id",
     "Kanada", "Suriah"),
])
def test_another_preposition_before_a_conjunct_makes_it_no_target(text: str, lang: str, canada: str,
                                                                  target: str) -> None:
    found = read(text, lang).events(EventKind.SANCTION)
    assert ((canada,), (target,)) in found
    assert all("Kuba" not in targets and "Cuba" not in targets for _, targets in found)
