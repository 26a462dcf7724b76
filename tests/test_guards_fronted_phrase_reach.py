"""Guards of ``view._after_fronted_phrase`` (session 13): a name right after a prepositional phrase opening the
sentence with no comma is the subject — for a phrase of up to eight words — unless a preposition stands right
before the name, whose object it is. Made-up sentences, each failing with its one-token mutant applied by hand
(English: the Indonesian object of "atas nama" is read as the subject today, a bug noted in docs/accuracy.md)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_the_name_after_a_fronted_phrase_of_eight_words_is_the_subject() -> None:
    found = read("At the long awaited annual regional trade summit Ana Ruiz met Peru.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Peru"), ())}


def test_the_object_of_the_fronted_preposition_is_no_party() -> None:
    found = read("On behalf of Ana Ruiz the minister met Peru.", "en")
    assert "Ana Ruiz" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("On the sidelines of the summit in Lima President Ana Ruiz met Marta Vidal.", "en"),
    ("Di sela-sela pertemuan puncak para pemimpin di Jakarta Presiden Ana Ruiz bertemu Marta Vidal.", "id"),
], ids=["en", "id"])
def test_the_reach_counts_to_the_names_title(text: str, lang: str) -> None:
    # eight words of the phrase before the title, the name past the reach: the title opens the subject's phrase
    # (mut20, seed 199: view._after_fronted_phrase 17 counted to the name)
    assert read(text, lang).events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
