""""Canada imposed sanctions on Iran, and Chile condemned the sanctions": a definite event noun after a verb of
judging ("the sanctions", "sanksi itu", "the visit") refers back to the act of its kind told before — earlier in the
same sentence as well as in the sentences before — and its doer is the target (``events._earlier_agents``). An act
told only after the judgement is no referent. Issue 9 (branch fix13; found by mut16). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "accusation"), [
    ("Canada imposed sanctions on Iran, and Chile condemned the sanctions.", "en", (("Chile",), ("Canada",))),
    ("Canada imposed sanctions on Iran. Chile condemned the sanctions.", "en", (("Chile",), ("Canada",))),
    ("Peru visited Bolivia, and Chile criticised the visit.", "en", (("Chile",), ("Peru",))),
    ("Kanada menjatuhkan sanksi kepada Iran, dan Chile mengecam sanksi itu.", "id", (("Chili",), ("Kanada",))),
    ("Kanada menjatuhkan sanksi kepada Iran. Chile mengecam sanksi itu.", "id", (("Chili",), ("Kanada",))),
])
def test_a_definite_act_noun_refers_to_the_act_told_before_in_the_sentence(text: str, lang: str,
                                                                            accusation: tuple) -> None:
    found = read(text, lang)
    assert found.events(EventKind.ACCUSATION) == {accusation}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile condemned the sanctions, and Canada imposed sanctions on Iran.", "en"),
    ("Chile mengecam sanksi itu, dan Kanada menjatuhkan sanksi kepada Iran.", "id"),
])
def test_an_act_told_after_the_judgement_is_no_referent(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Canada", "Kanada"} & found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
    assert len(found.events(EventKind.SANCTION)) == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("Canada imposed sanctions on Iran, and Chile condemned the visit.", "en"),
    ("Kanada menjatuhkan sanksi kepada Iran, dan Chile mengecam kunjungan itu.", "id"),
])
def test_a_noun_of_another_kind_does_not_refer_to_the_act(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == {(("Canada" if lang == "en" else "Kanada",), ("Iran",))}
    assert found.events(EventKind.ACCUSATION) == set()
