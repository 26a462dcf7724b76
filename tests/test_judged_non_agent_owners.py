""""Chile criticised the Treaty of Lima for its sanctions on Bolivia": a possessive after a preposition that follows
the object of a judging verb names that object as the owner of the event noun. A treaty acts on nobody, so the
sanction is the treaty's — no one's — and never the critic's (``arguments.owned_by_judged_non_agent``); a country
there owns it ("criticised Peru for its sanctions" is Peru's). Issue 9 (branch fix13; found by mut16). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", ["Chile criticised the Treaty of Lima for its sanctions on Bolivia.",
                                  "Chile condemned the Treaty of Lima over its sanctions on Bolivia."])
def test_a_sanction_owned_by_a_judged_treaty_is_nobodys(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.SANCTION) == set()
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Treaty of Lima",))}


def test_a_sanction_owned_by_a_judged_country_is_that_countrys() -> None:
    found = read("Chile criticised Peru for its sanctions on Bolivia.", "en")
    assert found.events(EventKind.SANCTION) == {(("Peru",), ("Bolivia",))}
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_a_sanction_announced_after_judging_a_treaty_is_the_subjects() -> None:
    """No preposition of a reason between the treaty and "its": the possessive is the subject's own."""
    found = read("Chile criticised the Treaty of Lima and announced its sanctions on Bolivia.", "en")
    assert found.events(EventKind.SANCTION) == {(("Chile",), ("Bolivia",))}


def test_indonesian_a_sanction_owned_by_a_judged_treaty_is_not_the_critics() -> None:
    found = read("Chile mengkritik Perjanjian Lima atas sanksinya terhadap Bolivia.", "id")
    assert found.events(EventKind.SANCTION) == set()
    assert found.events(EventKind.ACCUSATION) == {(("Chili",), ("Perjanjian Lima",))}


@pytest.mark.parametrize(("text", "lang", "owner"), [
    ("Chile mengkritik Peru atas kunjungannya ke Bolivia.", "id", "Peru"),
    ("Chile mengkritik Peru saat kunjungannya ke Bolivia.", "id", "Chili"),
], ids=["atas", "saat"])
def test_indonesian_a_possessive_suffix_after_the_preposition_names_the_judged_owner(text: str, lang: str,
                                                                                   owner: str) -> None:
    # the suffix "-nya" on the event noun is the possessive, no word before it (mut20, seed 199:
    # arguments._judged_owner 11 looked for it one word too far left); "saat" (while) is no preposition of cause
    assert read(text, lang).events(EventKind.VISIT) == {((owner,), ("Bolivia",))}
