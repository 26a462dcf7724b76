"""A verb of naming with a bare plural complement after its objects says what they are, no call: "called A and B
liars", "called A and B traitors to their country" (as "called A a liar" with an article does). A time phrase or an
adverb after the objects leaves the call: "called A and B on Monday", "… afterwards" (English; Indonesian has no
verb that is both a call and a naming: "menyebut" only names)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Ana Ruiz called Marta Vidal and Carlos Soto liars.",
    "Ana Ruiz called Marta Vidal and Carlos Soto traitors to their country.",
    "Ana Ruiz called Marta Vidal liars.",
])
def test_a_bare_plural_complement_names(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == set()
    assert {"Ana Ruiz", "Marta Vidal"} <= found.entity_names()


@pytest.mark.parametrize("text", [
    "Ana Ruiz called Marta Vidal and Carlos Soto on Monday.",
    "Ana Ruiz called Marta Vidal and Carlos Soto afterwards.",
    "Ana Ruiz called Marta Vidal and Carlos Soto yesterday.",
])
def test_a_time_phrase_or_adverb_leaves_the_call(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {
        (("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Carlos Soto"), ())}


def test_naming_in_indonesian_is_no_call() -> None:
    found = read("Ana Ruiz menyebut Marta Vidal dan Carlos Soto pembohong.", "id")
    assert found.events(EventKind.MEETING) == set()
