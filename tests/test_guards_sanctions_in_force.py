"""Guards of the sanctions told as a state their target is in (``kg.extract.sanctions_in_force``) and of the
nationalities that impose them (``kg.nlp.names.demonyms._imposer_under``), pinned by minimal pairs (branch mut21):
the reach of the coordinated imposers before the sanction noun (eight words: "U.S., British, Canadian and European
Union"), the nationality's own reach to the preposition and to the noun (five words either way), and the imposers'
types — a state or a body imposes sanctions, a place modifying the noun ("Crimea sanctions") is what they are about.
English: Indonesian names the imposers after the noun, which its passive frame reads. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US, EU, UK = "United States of America", "European Union", "United Kingdom"


def test_four_imposers_over_eight_words_all_impose() -> None:
    found = read("Igor Sechin remains under U.S., British, Canadian and European Union sanctions.", "en")
    assert found.events(EventKind.SANCTION) == {(("Canada", EU, UK, US), ("Igor Sechin",))}


def test_the_same_names_with_no_state_preposition_impose_nothing() -> None:
    found = read("Igor Sechin discussed U.S., British, Canadian and European Union sanctions.", "en")
    assert {"Igor Sechin", EU, US} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("text", [
    "Igor Sechin remains under European Union, U.S. and British sanctions.",  # five words back to "under"
    "Igor Sechin remains under British, U.S. and European Union sanctions.",  # five words on to "sanctions"
])
def test_a_nationality_five_words_from_the_preposition_or_the_noun_imposes(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((EU, UK, US), ("Igor Sechin",))}


def test_a_nationality_before_sanctions_with_no_state_preposition_is_no_country() -> None:
    found = read("Igor Sechin welcomed British sanctions.", "en")
    assert UK not in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "facts"), [
    ("Igor Sechin remains under Ukrainian sanctions.", {(("Ukraine",), ("Igor Sechin",))}),
    ("Igor Sechin remains under Peru sanctions.", {(("Peru",), ("Igor Sechin",))}),
    ("Igor Sechin remains under Crimea sanctions.", set()),  # a place: what the sanctions are about
])
def test_only_a_state_or_a_body_before_the_noun_imposes(text: str, facts: set) -> None:
    found = read(text, "en")
    assert "Igor Sechin" in found.entity_names()
    assert found.events(EventKind.SANCTION) == facts


# the imposers named before the noun keep the text's order, as a coordinated subject does (mut22, seed 211:
# sanctions_in_force._names_before 19 — each name inserted after the first instead of before it)
@pytest.mark.parametrize(("text", "imposers"), [
    ("Peru remains under Ecuador, Bolivia and Chile sanctions.", ["Ecuador", "Bolivia", "Chile"]),
    ("Peru remains under Chile and Ecuador sanctions.", ["Chile", "Ecuador"]),
], ids=["three", "two"])
def test_imposers_before_the_sanction_noun_are_listed_in_the_texts_order(text: str, imposers: list[str]) -> None:
    found = read(text, "en")
    assert [([found.names[a] for a in ev.agents], [found.names[t] for t in ev.targets])
            for ev in found.extraction.events if ev.kind is EventKind.SANCTION] == [(imposers, ["Peru"])]


def test_imposers_of_a_coordinated_subject_keep_the_same_order() -> None:
    found = read("Ecuador, Bolivia and Chile imposed sanctions on Peru.", "en")
    assert [[found.names[a] for a in ev.agents] for ev in found.extraction.events
            if ev.kind is EventKind.SANCTION] == [["Ecuador", "Bolivia", "Chile"]]
