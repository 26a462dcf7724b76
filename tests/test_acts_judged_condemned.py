"""Acts judged by a word of condemnation (session 18, en18a): an act noun referring back, called "unacceptable", "a
provocation", "barbaric" … (``condemnation_words``) by a characterising verb ("called the attack \"unacceptable\"") or
given such a word as its predicate in a reported clause ("said the attack was a deliberate provocation", "mengatakan
serangan itu tidak dapat diterima"), accuses the act's doer told before, as "condemned the attack" does. A judgement
of another kind ("a mistake", "mengejutkan"), a negated one ("was not unacceptable") or no act told before accuse no
one. Both languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EN_ACT = "Peruvian troops shelled a village near the border on Sunday. "
ID_ACT = "Pasukan Peru menembaki sebuah desa di dekat perbatasan pada hari Minggu. "


@pytest.mark.parametrize(("text", "lang", "judge", "doer"), [
    (EN_ACT + 'Ana Ruiz called the attack "unacceptable".', "en", "Ana Ruiz", "Peru"),
    (EN_ACT + 'Ana Ruiz called the shelling "a deliberate provocation".', "en", "Ana Ruiz", "Peru"),
    (EN_ACT + 'Chile said the attack was "a deliberate provocation".', "en", "Chile", "Peru"),
    (EN_ACT + "Ana Ruiz told reporters that the attack was completely unacceptable.", "en", "Ana Ruiz", "Peru"),
    (ID_ACT + "Ana Ruiz menyebut serangan itu biadab.", "id", "Ana Ruiz", "Peru"),
    (ID_ACT + "Chili mengatakan serangan itu tidak dapat diterima.", "id", "Chili", "Peru"),
])
def test_an_act_judged_condemned_accuses_its_doer(text: str, lang: str, judge: str, doer: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((judge,), (doer,))}


@pytest.mark.parametrize(("text", "lang"), [
    (EN_ACT + "Ana Ruiz said the attack was a mistake.", "en"),
    (EN_ACT + "Ana Ruiz said the attack was not unacceptable.", "en"),
    (EN_ACT + 'Ana Ruiz called the attack "regrettable".', "en"),
    ('Ana Ruiz called the decision "unacceptable".', "en"),
    (ID_ACT + "Ana Ruiz mengatakan serangan itu mengejutkan.", "id"),
])
def test_no_condemnation_no_accusation(text: str, lang: str) -> None:
    r = read(text, lang)
    assert r.events(EventKind.ACCUSATION) == set()
    assert (("Ana Ruiz",), ()) in r.events(EventKind.STATEMENT)


@pytest.mark.parametrize(("text", "lang", "judge", "doers"), [
    ("Chile and Bolivia imposed sanctions on Peru on Monday. Lima called the sanctions illegal.", "en", "Peru",
     ("Chile", "Bolivia")),
    ("Chili menjatuhkan sanksi terhadap Peru pada hari Senin. Peru menyebut sanksi itu ilegal.", "id", "Peru",
     ("Chili",)),
])
def test_an_event_judged_condemned_accuses_its_agents(text: str, lang: str, judge: str, doers: tuple) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((judge,), doers)}


def test_an_event_judged_otherwise_accuses_no_one() -> None:
    r = read("Chile imposed sanctions on Peru on Monday. Lima called the sanctions regrettable.", "en")
    assert r.events(EventKind.ACCUSATION) == set()
