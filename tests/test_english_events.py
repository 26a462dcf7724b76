"""English event constructions: go-betweens, welcomes with a time phrase, reporting verbs of emphasis, floated
"both" and "signatories to" with treaty parties.

Sentences written for these tests; each construction has a sentence that must give the exact fact and one of
the same shape that must not.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EventKind, RelationKind

Fact = tuple[tuple[str, ...], tuple[str, ...]]


def facts(text: str, kind: EventKind, lang: str = "en") -> set[Fact]:
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    return {(tuple(sorted(name[a] for a in ev.agents)), tuple(name[t] for t in ev.targets))
            for ev in x.events if ev.kind is kind}


def parties(text: str) -> set[tuple[str, str]]:
    x = extract(Document("t", text, "en", "test"))
    name = {e.key: e.name for e in x.entities}
    return {(name[r.subject], name[r.object]) for r in x.relations if r.kind is RelationKind.TREATY_PARTY}


# -- a go-between: "X launched a mediation effort between A and B" is X meeting A and X meeting B ------------
@pytest.mark.parametrize("text", [
    "Japanese envoy Taro Kono launched a mediation effort between Thailand and Cambodia on Monday.",
    "Japanese envoy Taro Kono launched a mediation effort on Monday between Thailand and Cambodia.",
])
def test_a_mediator_meets_each_side_and_the_sides_do_not_meet(text: str) -> None:
    assert facts(text, EventKind.MEETING) == {(("Taro Kono", "Thailand"), ()), (("Cambodia", "Taro Kono"), ())}


def test_mediation_in_indonesian_is_a_go_between_too() -> None:
    text = "Utusan Jepang Taro Kono memulai mediasi antara Thailand dan Kamboja pada hari Senin."
    got = facts(text, EventKind.MEETING, "id")
    assert got == {(("Taro Kono", "Thailand"), ()), (("Kamboja", "Taro Kono"), ())}


def test_mediation_with_no_mediator_named_is_no_meeting_of_the_sides() -> None:
    assert facts("Mediation between Thailand and Cambodia resumed in Kuala Lumpur on Monday.", EventKind.MEETING) \
        == set()


def test_talks_between_two_sides_are_still_their_meeting() -> None:
    text = "Norway hosted talks between Ethiopia and Eritrea on Monday."
    assert (("Eritrea", "Ethiopia"), ()) in facts(text, EventKind.MEETING)


# -- a welcome given to a guest, a time phrase between the noun and "to" ---------------------------------------
def test_a_warm_welcome_on_a_day_to_a_guest_is_a_meeting() -> None:
    text = "President Emmanuel Macron gave a warm welcome on Friday to Kenyan President William Ruto."
    assert facts(text, EventKind.MEETING) == {(("Emmanuel Macron", "William Ruto"), ())}


def test_a_warm_welcome_to_a_proposal_is_no_meeting() -> None:
    text = "President Emmanuel Macron gave a warm welcome on Friday to the proposal on fishing quotas."
    assert facts(text, EventKind.MEETING) == set()


# -- reporting verbs of emphasis make statements, for each of coordinated subjects -----------------------------
def test_emphasis_by_two_named_leaders_is_a_statement_of_each() -> None:
    text = "Joko Widodo and Anthony Albanese emphasized the importance of trade in the region."
    assert facts(text, EventKind.STATEMENT) == {(("Anthony Albanese", "Joko Widodo"), ())}


def test_emphasis_by_an_unnamed_subject_is_no_statement() -> None:
    assert facts("Officials emphasized the importance of trade in the region.", EventKind.STATEMENT) == set()


# -- "both" floated after coordinated countries: the countries are the parties, not their leaders --------------
def test_floated_both_after_coordinated_countries_gives_the_countries_as_parties() -> None:
    text = ("Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum spoke on Monday. "
            "Canada and Mexico are both parties to the Ottawa Treaty.")
    assert parties(text) == {("Canada", "Ottawa Treaty"), ("Mexico", "Ottawa Treaty")}


def test_signatories_to_a_treaty_are_its_parties() -> None:
    assert parties("Chile and Peru are both signatories to the Antarctic Treaty.") == {
        ("Chile", "Antarctic Treaty"), ("Peru", "Antarctic Treaty")}


def test_countries_that_are_not_parties_are_none() -> None:
    assert parties("Chile and Peru are not parties to the Antarctic Treaty.") == set()


# -- a plural "they" after names coordinated earlier in its sentence names them --------------------------------
def test_they_after_a_coordinated_subject_names_both_parties() -> None:
    text = "Thailand and Cambodia said they had reached an agreement on the border."
    assert facts(text, EventKind.AGREEMENT) == {(("Cambodia", "Thailand"), ())}


def test_they_after_a_single_name_makes_no_agreement() -> None:
    assert facts("Thailand said they had reached an agreement on the border.", EventKind.AGREEMENT) == set()


def test_the_agreement_they_announced_belongs_to_the_pair_named_before() -> None:
    text = "The Secretary-General congratulated Thailand and Cambodia for the agreement they announced in Kuala Lumpur."
    assert facts(text, EventKind.AGREEMENT) == {(("Cambodia", "Thailand"), ())}
    assert facts(text, EventKind.STATEMENT) == {(("Cambodia", "Thailand"), ())}


def test_an_agreement_with_no_relative_clause_has_no_parties_from_the_object() -> None:
    text = "The Secretary-General congratulated Thailand and Cambodia for the agreement on the border."
    assert facts(text, EventKind.AGREEMENT) == set()


def test_the_agreements_they_signed_past_a_parenthesised_acronym() -> None:
    text = ("The Secretary-General praised Mali and the Economic Community of West African States (ECOWAS) for the "
            "agreements they signed in Algiers.")
    assert facts(text, EventKind.AGREEMENT) == {(("Economic Community of West African States", "Mali"), ())}


def test_agreements_praised_with_no_relative_clause_name_no_parties() -> None:
    text = ("The Secretary-General praised Mali and the Economic Community of West African States (ECOWAS) for the "
            "agreements on trade.")
    assert facts(text, EventKind.AGREEMENT) == set()
