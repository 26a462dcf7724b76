"""An act noun followed by a relative clause with no pronoun names the act of the clause's subject (issue 9,
session 17, branch fix17): "Russia condemned the measures Ana Ruiz imposed on Bolivia" is Ana Ruiz's sanction on
Bolivia (the condemnation is Russia's of her), "the visit Chile paid to Bolivia" Chile's visit, "the deal Chile
signed with Bolivia" their agreement; a capital stands for its country ("the measures Lima imposed"). A clause whose
verb is no scope or light verb ("the measures Chile discussed"), or a noun with no clause ("the visit to Bolivia"),
names no such act. English only: Indonesian opens the clause with "yang" and a passive verb.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("Russia condemned the measures Ana Ruiz imposed on Bolivia.", EventKind.SANCTION, (("Ana Ruiz",), ("Bolivia",))),
    ("Russia condemned the sanctions Chile has imposed on Bolivia.", EventKind.SANCTION, (("Chile",), ("Bolivia",))),
    ("Peru met Ecuador on Monday. Russia condemned the measures Lima imposed on Bolivia.", EventKind.SANCTION,
     (("Peru",), ("Bolivia",))),
    ("Russia condemned the visit Chile paid to Bolivia.", EventKind.VISIT, (("Chile",), ("Bolivia",))),
    ("Russia praised the deal Chile signed with Bolivia.", EventKind.AGREEMENT, (("Bolivia", "Chile"), ())),
], ids=["sanction-person", "sanction-auxiliary", "sanction-capital", "visit-paid", "deal-signed"])
def test_the_relative_clause_names_its_subjects_act(text: str, kind: EventKind,
                                                     fact: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert read(text, "en").events(kind) == {fact}


def test_the_condemnation_is_of_the_clauses_subject() -> None:
    found = read("Russia condemned the measures Ana Ruiz imposed on Bolivia.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Russia",), ("Ana Ruiz",))}


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("Russia condemned the measures Ana Ruiz discussed on Monday.", EventKind.SANCTION, {"Russia", "Ana Ruiz"}),
    ("Russia condemned the sanctions Chile and Bolivia discussed.", EventKind.SANCTION, {"Russia", "Chile", "Bolivia"}),
    ("Russia condemned the visit Chile announced in Bolivia.", EventKind.VISIT, {"Russia", "Chile", "Bolivia"}),
    ("Russia praised the deal Chile announced on Monday.", EventKind.AGREEMENT, {"Russia", "Chile"}),
], ids=["sanction-discussed", "sanction-discussed-by-two", "visit-announced", "deal-announced"])
def test_no_act_without_a_scope_or_light_verb_in_the_clause(text: str, kind: EventKind, names: set[str]) -> None:
    found = read(text, "en")
    assert names <= found.entity_names()
    assert not {agents for agents, _ in found.events(kind)} & {("Ana Ruiz",), ("Chile",), ("Bolivia", "Chile")}


# A capital whose country the text does not name acts itself, as in "Lima imposed sanctions on Bolivia" (session 18,
# fix18: before, only a capital of a named country could be the clause's subject); a city that is no national
# capital stands for no government.
@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("Russia condemned the measures Lima imposed on Bolivia.", EventKind.SANCTION, (("Lima",), ("Bolivia",))),
    ("Russia condemned the sanctions Tokyo has imposed on Bolivia.", EventKind.SANCTION, (("Tokyo",), ("Bolivia",))),
    ("Russia praised the deal Lima signed with Bolivia.", EventKind.AGREEMENT, (("Bolivia", "Lima"), ())),
], ids=["sanction-capital-alone", "sanction-capital-auxiliary", "deal-capital-alone"])
def test_a_capital_of_an_unnamed_country_acts_itself(text: str, kind: EventKind,
                                                      fact: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert read(text, "en").events(kind) == {fact}


@pytest.mark.parametrize("text", [
    "Russia condemned the measures Sydney imposed on Bolivia.",
    "Russia condemned the measures Lima discussed with Bolivia.",
], ids=["city-no-capital", "capital-no-scope-verb"])
def test_no_act_of_a_city_or_without_a_scope_verb(text: str) -> None:
    found = read(text, "en")
    assert {"Russia", "Bolivia"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
