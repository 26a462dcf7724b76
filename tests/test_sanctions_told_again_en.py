"""English sentences that go on with a sanction told before (branch en12s, issue 9): a definite noun of a body as the
subject ("The government also sanctioned X", "The Council also targeted X") is the imposer told before, a general
verb ("targeted", "listed") sanctions only after its agent's sanction, a general noun ("the measures", "Ottawa's
measures") only refers to sanctions told before or owned by their imposer, and "similar sanctions" are on the
targets told before. Without a sanction told before, none of these words imposes one. English only: Indonesian
marks reference after the noun ("sanksi itu", tested in test_told_sanctions_id.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"
UK = "United Kingdom"
US = "United States of America"
TOLD = "The European Union imposed sanctions on Iran on Monday. "
ON_IRAN = ((EU,), ("Iran",))


@pytest.mark.parametrize("text", [
    "The Council also targeted Hezbollah and Hamas.",
    "The EU also targeted Hezbollah and Hamas.",
    "The EU has listed Hezbollah and Hamas.",
])
def test_a_general_verb_after_the_agent_s_sanction(text: str) -> None:
    assert read(TOLD + text, "en").events(EventKind.SANCTION) == {ON_IRAN, ((EU,), ("Hezbollah", "Hamas"))}


@pytest.mark.parametrize("text", [
    "The European Union imposed sanctions on Iran on Monday. Israel targeted Hezbollah and Hamas.",
    "The European Union imposed sanctions on Iran on Monday. The report listed Hezbollah and Hamas.",
    "The European Union met Iran on Monday. The EU also targeted Hezbollah and Hamas.",
    "Israel's air strikes targeted Hezbollah and Hamas.",
])
def test_a_general_verb_without_the_agent_s_sanction(text: str) -> None:
    x = read(text, "en")
    assert {"Hezbollah", "Hamas"} <= x.entity_names()
    assert not any("Hezbollah" in targets for _, targets in x.events(EventKind.SANCTION))


def test_the_government_is_the_imposer_told_before() -> None:
    x = read("Britain sanctioned the GRU on Friday. The government also sanctioned Russia's deputy defence minister, "
             "Yunus-Bek Yevkurov.", "en")
    assert x.events(EventKind.SANCTION) == {((UK,), ("GRU",)), ((UK,), ("Yunus-Bek Yevkurov",))}


def test_the_government_with_no_sanction_told_names_no_imposer() -> None:
    x = read("Britain met the GRU on Friday. The government also sanctioned Russia's deputy defence minister, "
             "Yunus-Bek Yevkurov.", "en")
    assert x.events(EventKind.SANCTION) == {((), ("Yunus-Bek Yevkurov",))}


@pytest.mark.parametrize(("text", "fact"), [
    (TOLD + "The measures target Hezbollah and Hamas.", ((EU,), ("Hezbollah", "Hamas"))),
    ("Canada's measures target Hezbollah and Hamas.", (("Canada",), ("Hezbollah", "Hamas"))),
])
def test_measures_referring_to_sanctions(text: str, fact: tuple) -> None:
    assert fact in read(text, "en").events(EventKind.SANCTION)


@pytest.mark.parametrize("text", [
    "Israel took measures against Hamas and Hezbollah.",
    "The measures target Hezbollah and Hamas.",
])
def test_measures_referring_to_nothing_told(text: str) -> None:
    x = read(text, "en")
    assert {"Hezbollah", "Hamas"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_similar_sanctions_are_on_the_targets_told_before() -> None:
    x = read("The United States imposed sanctions on Iran on Monday. Britain and Canada announced similar "
             "sanctions.", "en")
    assert x.events(EventKind.SANCTION) == {((US,), ("Iran",)), (("Canada", UK), ("Iran",))}


def test_similar_sanctions_with_nothing_told_are_on_no_one() -> None:
    x = read("The United States met Iran on Monday. Britain and Canada announced similar sanctions.", "en")
    assert x.events(EventKind.SANCTION) == set()
