"""Shapes of a cue across a coordination that the words settle without the parse (kg/extract/modality.py
``ModalityReader._governs``; docs/benchmarks.md: the parse of each such sentence cost 45 % of a build's CPU on the
benchmark corpus). Minimal pairs in both languages, exact facts; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

Fact = tuple[tuple[str, ...], tuple[str, ...]]


def _pair(positive: str, negative: str, lang: str, kind: EventKind, fact: Fact) -> None:
    asserted, not_asserted = read(positive, lang), read(negative, lang)
    assert asserted.events(kind) == {fact}
    assert set(fact[0]) | set(fact[1]) <= not_asserted.entity_names()
    assert not_asserted.events(kind) == set()


@pytest.mark.parametrize(("positive", "negative", "lang"), [
    # a cue verb with a noun phrase object governs that object, not a verb conjunct after it
    ("Peru denied the reports and accused Brazil of spying.", "Peru denied that it had accused Brazil of spying.",
     "en"),
    ("Peru membantah laporan itu dan menuduh Brasil melakukan spionase.",
     "Peru membantah bahwa pihaknya menuduh Brasil melakukan spionase.", "id"),
])
def test_a_denial_of_a_noun_phrase_leaves_the_next_verb_asserted(positive: str, negative: str, lang: str) -> None:
    _pair(positive, negative, lang, EventKind.ACCUSATION, (("Peru",), ("Brazil" if lang == "en" else "Brasil",)))


@pytest.mark.parametrize(("positive", "negative", "lang"), [
    # a cue with an infinitive complement governs its second conjunct: an agreed meeting is no meeting held
    ("Japan and Peru expanded trade and met again in Lima.",
     "Japan and Peru agreed to expand trade and to meet again in Lima next year.", "en"),
    ("Jepang dan Peru memperluas perdagangan dan bertemu lagi di Lima.",
     "Jepang dan Peru sepakat untuk memperluas perdagangan dan akan bertemu lagi di Lima tahun depan.", "id"),
])
def test_an_agreed_second_conjunct_is_intended(positive: str, negative: str, lang: str) -> None:
    _pair(positive, negative, lang, EventKind.MEETING, (("Japan", "Peru") if lang == "en" else ("Jepang", "Peru"), ()))


def test_a_denial_of_a_longer_indonesian_phrase_still_asks_the_parse() -> None:
    # "berencana menerima usulan itu dan berkunjung": the demonstrative closes the inner verb's object, not the
    # cue's — the plan scopes over both conjuncts (the words do not settle it; the parse does)
    assert read("Olaf Scholz berencana menerima usulan itu dan berkunjung ke Jakarta.", "id").events(
        EventKind.VISIT) == set()
