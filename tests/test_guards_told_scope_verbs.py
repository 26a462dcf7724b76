""""(Canada imposed sanctions on Iran.) The sanctions were aimed at Syria", "Sanksi itu juga sudah menyasar Suriah": a
scope verb after a noun referring to an act told before names more of its targets (``told_events._scope_of_told``)
— a scope verb of up to three words, after up to two adverbs; another verb there ("were discussed by", "dibahas")
names no target. Issue 9 (branch mut16, seed 191's siblings). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TOLD = {"en": "Canada imposed sanctions on Iran. ", "id": "Kanada menjatuhkan sanksi kepada Iran. "}


@pytest.mark.parametrize(("second", "lang", "canada", "target"), [
    ("The sanctions were aimed at Syria.", "en", "Canada", "Syria"),  # a scope verb of three words
    ("Sanksi itu juga sudah menyasar Suriah.", "id", "Kanada", "Suriah"),  # two adverbs before it
])
def test_a_scope_verb_names_another_target_of_the_act_told_before(second: str, lang: str, canada: str,
                                                                  target: str) -> None:
    assert read(TOLD[lang] + second, lang).events(EventKind.SANCTION) == {((canada,), ("Iran",)),
                                                                           ((canada,), (target,))}


@pytest.mark.parametrize(("second", "lang", "canada"), [
    ("The sanctions were discussed by Syria.", "en", "Canada"),
    ("Sanksi itu juga sudah dibahas Suriah.", "id", "Kanada"),
])
def test_another_verb_after_the_act_names_no_target(second: str, lang: str, canada: str) -> None:
    assert read(TOLD[lang] + second, lang).events(EventKind.SANCTION) == {((canada,), ("Iran",))}
