"""The doer of an act a condemnation refers back to, past a sentence that only tells talks (session 17, the lead):
in "Chile accused Peru of shelling a border town. Ana Ruiz said she had spoken with Marta Vidal. Bolivia condemned
the attack." the attack is Peru's — a sentence whose opener only said something and met someone tells no act to
condemn (a sentence telling only a meeting already was passed over); before, the speaker who had met someone was
taken for the attacker. An act told by the opener still counts. Both languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Chile accused Peru of shelling a border town. Ana Ruiz said she had spoken with Marta Vidal. "
     "Bolivia condemned the attack.", "en", {(("Chile",), ("Peru",)), (("Bolivia",), ("Peru",))}),
    ("Chile shelled a border town. Ana Ruiz said she had spoken with Marta Vidal. Bolivia condemned the attack.",
     "en", {(("Bolivia",), ("Chile",))}),
    ("Chili menuduh Peru menembaki sebuah kota perbatasan. Ana Ruiz mengatakan dia telah berbicara dengan Marta "
     "Vidal. Bolivia mengecam serangan itu.", "id", {(("Chili",), ("Peru",)), (("Bolivia",), ("Peru",))}),
])
def test_the_talks_are_passed_over(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == facts


@pytest.mark.parametrize(("text", "facts"), [
    # the opener's own act, beside what it said: the act is condemned
    ("Chile announced sanctions on Peru. Bolivia condemned the move.", {(("Bolivia",), ("Chile",))}),
    # only talks told before: no act to condemn, no accusation
    ("Chile met Peru in Lima. Bolivia condemned the attack.", set()),
])
def test_an_act_told_before_still_counts(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == facts
