"""A claim called false is denied (issue 9, session 13, branch id13), Indonesian and English, by the exact fact:

"X menyebut tuduhan itu tidak berdasar", "X called the allegations baseless": a verb that says what its object is
(``characterising_verbs``), a claim noun of the denial triggers as that object, and a word of ``falsity_words``
after it (past the noun's demonstrative, "sebagai"/"as", an article) — X denies. Whose claim it is ("tuduhan
Thailand", "Britain's accusations") accused X. Called anything else ("serius", "serious") it is no denial; a
negated verb asserts none.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

MOD = "Kementerian Pertahanan Kamboja"


@pytest.mark.parametrize("called", ["tidak berdasar", "sebagai fitnah", "tidak benar", "bohong"])
def test_a_claim_called_false_is_denied_id(called: str) -> None:
    found = read(f"{MOD} menyebut tuduhan itu {called}.", "id")
    assert found.events(EventKind.DENIAL) == {((MOD,), ())}


def test_whose_claim_it_is_accused_the_denier_id() -> None:
    found = read(f"{MOD} menyebut tuduhan Thailand sebagai fitnah.", "id")
    assert found.events(EventKind.DENIAL) == {((MOD,), ())}
    assert found.events(EventKind.ACCUSATION) == {(("Thailand",), (MOD,))}


@pytest.mark.parametrize("text", [
    f"{MOD} menyebut tuduhan itu serius.",  # called something else
    f"{MOD} menyebut tuduhan Thailand itu penting untuk diselidiki.",
    f"{MOD} tidak menyebut tuduhan itu tidak berdasar.",  # negated
])
def test_a_claim_called_anything_else_is_not_denied_id(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.DENIAL) == set()
    assert MOD in found.entity_names()


@pytest.mark.parametrize("text", ["Russia called the allegations baseless.",
                                  "Russia described the accusations as false."])
def test_a_claim_called_false_is_denied_en(text: str) -> None:
    assert read(text, "en").events(EventKind.DENIAL) == {(("Russia",), ())}


def test_whose_claim_it_is_accused_the_denier_en() -> None:
    found = read("The Kremlin described Britain's accusations as a fabrication.", "en")
    assert found.events(EventKind.DENIAL) == {(("Kremlin",), ())}
    assert found.events(EventKind.ACCUSATION) == {(("United Kingdom",), ("Kremlin",))}


def test_a_claim_called_serious_is_not_denied_en() -> None:
    found = read("Russia called the allegations serious.", "en")
    assert found.events(EventKind.DENIAL) == set()
    assert "Russia" in found.entity_names()
