"""A state named by its body after a preposition (``DocView._state_body_ahead``): "accused by the government of
Chile", "sanctions on the government of Venezuela", "talks with the government of Chile" — the state acts or is
acted on, as "the Chilean government" is. Sentences and names written for these tests; each negative sentence
differs by the construction and still names the entities.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

PERU, CHILE, CANADA, VENEZUELA = "Peru", "Chile", "Canada", "Venezuela"


@pytest.mark.parametrize("text", [
    "Peru was accused by the government of Chile of spying.",
    "Peru was accused of spying by the government of Chile.",
    "Peru was accused of spying by the foreign ministry of Chile.",
])
def test_the_government_of_a_country_after_by_is_the_accuser(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {((CHILE,), (PERU,))}


def test_the_government_of_a_country_after_on_is_the_sanctioned_state() -> None:
    assert read("Canada imposed sanctions on the government of Venezuela.", "en").events(EventKind.SANCTION) \
        == {((CANADA,), (VENEZUELA,))}


def test_the_government_of_a_country_after_with_is_the_other_party() -> None:
    assert read("Peru held talks with the government of Chile.", "en").events(EventKind.MEETING) \
        == {((CHILE, PERU), ())}


def test_a_member_of_the_government_is_no_state() -> None:
    """ "by a member of the government of Chile": one unnamed person accused, not the state."""
    found = read("Peru was accused by a member of the government of Chile.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {PERU, CHILE} <= found.entity_names()


def test_the_indonesian_government_of_a_country_after_oleh_is_the_accuser() -> None:
    """Indonesian names the state's government without a preposition: "oleh pemerintah Chile"."""
    assert read("Peru dituduh oleh pemerintah Chile melanggar gencatan senjata.", "id") \
        .events(EventKind.ACCUSATION) == {(("Chili",), (PERU,))}
