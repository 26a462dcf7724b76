"""An adverbial that closes the clause after coordinated objects (issue 9, session 14, branch id14), Indonesian, by
the exact fact: "X menelepon A dan B secara terpisah" is a call with A and one with B — "secara" may open a verb
("A dan B secara resmi menandatangani …", a clause of B's own), but an adverbial that reaches the clause's end
within two words and no verb opens none. A verb after the adverb still opens B's clause.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_objects_before_an_adverbial_closing_the_clause_are_all_met() -> None:
    found = read("Sekjen PBB António Guterres menelepon Shehbaz Sharif dan Perdana Menteri India Narendra Modi "
                 "secara terpisah.", "id")
    assert found.events(EventKind.MEETING) == {(("António Guterres", "Shehbaz Sharif"), ()),
                                               (("António Guterres", "Narendra Modi"), ())}


def test_an_adverbial_before_a_comma_closes_the_clause_too() -> None:
    found = read("Guterres bertemu Shehbaz Sharif dan Narendra Modi secara bergantian, Senin.", "id")
    assert found.events(EventKind.MEETING) == {(("Guterres", "Shehbaz Sharif"), ()),
                                               (("Guterres", "Narendra Modi"), ())}


def test_an_adverb_before_a_verb_opens_the_last_names_own_clause() -> None:
    found = read("Presiden Joko Widodo mengunjungi Peru dan Brasil kemudian mengunjungi Chile.", "id")
    assert found.events(EventKind.VISIT) == {(("Joko Widodo",), ("Peru",)), (("Brasil",), ("Chili",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile sanctioned Peru and France criticised the move.", "en"),
    ("Chile imposed sanctions on Peru, and France criticised them.", "en"),
    ("Chile menjatuhkan sanksi terhadap Peru dan Prancis mengkritik langkah itu.", "id"),
])
def test_a_verb_after_a_conjunct_opens_its_clause_even_near_the_end(text: str, lang: str) -> None:
    """A trigger after the conjunct is a verb, not a closing adverb: the conjunct is the next clause's subject."""
    targets = {t for _, ts in read(text, lang).events(EventKind.SANCTION) for t in ts}
    assert targets == {"Peru"}
