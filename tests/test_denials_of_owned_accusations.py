"""A denial of an accusation whose maker is named: the denier denies, the maker accused the denier. In Indonesian the
maker follows the noun ("menolak tuduhan Chile", head-initial), and a manner adverb may stand between the verb and
its object ("menolak keras tuduhan Chile"); in English the maker's possessive precedes it, past an adverb before the
verb ("Peru firmly rejected Chile's accusations"). "tuduhan terhadap Chile" names the accused, not the maker; a noun
of no claim ("rencana Chile", "Chile's plan") is no denial."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("lang", "text", "accuser"), [
    ("id", "Peru menolak keras tuduhan Chile.", "Chili"),
    ("id", "Peru menolak tuduhan Chile.", "Chili"),
    ("id", "Peru membantah keras tuduhan Chile bahwa pihaknya memata-matai Bolivia.", "Chili"),
    ("id", "Peru membantah tuduhan Chile.", "Chili"),
    ("en", "Peru firmly rejected Chile's accusations.", "Chile"),
    ("en", "Peru rejected Chile's accusations firmly.", "Chile"),
])
def test_denial_and_the_accusation_denied(lang: str, text: str, accuser: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert found.events(EventKind.ACCUSATION) == {((accuser,), ("Peru",))}


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Peru menolak keras tuduhan terhadap Chile."),
    ("id", "Peru menolak tuduhan itu."),
])
def test_no_maker_named_no_accusation(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert found.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Peru menolak keras rencana Chile."),
    ("en", "Peru firmly rejected Chile's plan."),
])
def test_no_claim_no_denial(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.DENIAL) == set()
    assert found.events(EventKind.ACCUSATION) == set()
    assert "Peru" in found.entity_names()
