"""Guards of subjects that name no one (``kg/extract/unnamed_subjects.py``, moved from ``view.py`` in session 12)
that no test of the construction noticed when mutated by hand (branch mut17): a place whose name opens with a
capitalised article still only places the unnamed speaker ("An official in The Hague said"), and a relative pronoun
opens a bare plural subject as a comma does ("the fuel which rights groups say …": the groups speak, not the main
clause's subject). English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_an_unnamed_speaker_placed_in_a_city_named_with_its_article_makes_no_statement_of_it() -> None:
    x = read("An official in The Hague said the talks would resume.", "en")
    assert "The Hague" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()


def test_the_city_named_with_its_article_as_subject_states() -> None:
    assert read("The Hague said the talks would resume.", "en").events(EventKind.STATEMENT) == {(("The Hague",), ())}


@pytest.mark.parametrize("text", [
    "Chile sold the fuel which rights groups say was used against Peru.",
    "Chile bought the drones that aid groups say were used in Peru.",
])
def test_a_bare_plural_after_a_relative_pronoun_speaks_not_the_main_subject(text: str) -> None:
    x = read(text, "en")
    assert {"Chile", "Peru"} <= x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()


def test_a_name_after_the_relative_pronoun_states() -> None:
    x = read("Chile sold the fuel which Peru says was used against Bolivia.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Peru",), ())}


def test_three_lowercase_words_after_the_comma_name_no_speaker() -> None:
    """Up to three words of a common noun phrase ("pejabat senior pemerintah") are a subject that names no one: the
    main clause's subject does not speak (mut18: ``bare_subject``'s bound, a sibling of seed 193's 14)."""
    x = read("Chile bertemu Peru pada Senin, pejabat senior pemerintah mengatakan.", "id")
    assert x.events(EventKind.MEETING) == {(("Chili", "Peru"), ())}
    assert x.events(EventKind.STATEMENT) == set()


def test_a_name_after_the_comma_speaks() -> None:
    x = read("Chile bertemu Peru pada Senin, Bolivia mengatakan.", "id")
    assert x.events(EventKind.STATEMENT) == {(("Bolivia",), ())}
