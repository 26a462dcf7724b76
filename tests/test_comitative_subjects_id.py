"""Co-agents joined to the subject by a comitative, and a sanction told before without a target (issue 9, session
12, branch id12), Indonesian, by the exact fact:

- "X bersama Y (dan Z) VERB …": every name before the verb acts ("Amerika Serikat bersama Inggris dan Kanada
  menjatuhkan sanksi": three imposers), for any event type; "bersama" after the object, or before a common noun,
  joins no named agent;
- "X menjatuhkan sanksi baru terkait …" names no target, so it is no fact, but "Sanksi itu menyasar Y" after it is
  X's sanction on Y (the act told before, by its agents); a negated act is none to refer to.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "agents"), [
    ("Amerika Serikat bersama Inggris dan Kanada menjatuhkan sanksi terhadap Iran.",
     ("Amerika Serikat", "Britania Raya", "Kanada")),
    ("Amerika Serikat beserta Kanada menjatuhkan sanksi terhadap Iran.", ("Amerika Serikat", "Kanada")),
    ("Amerika Serikat dan Inggris bersama Kanada menjatuhkan sanksi terhadap Iran.",
     ("Amerika Serikat", "Britania Raya", "Kanada")),
])
def test_comitative_co_agents_of_a_sanction_all_impose(text: str, agents: tuple[str, ...]) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(agents, ("Iran",))}


def test_comitative_co_agents_of_a_condemnation_all_accuse() -> None:
    found = read("Jepang bersama Korea Selatan mengecam peluncuran rudal Korea Utara.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Jepang", "Korea Selatan"), ("Korea Utara",))}


def test_comitative_co_agents_of_a_visit_both_travel() -> None:
    found = read("Presiden Joko Widodo bersama Perdana Menteri Singapura Lawrence Wong mengunjungi Tokyo.", "id")
    assert found.events(EventKind.VISIT) == {(("Joko Widodo", "Lawrence Wong"), ("Tokyo",))}


@pytest.mark.parametrize("text", [
    "Amerika Serikat menjatuhkan sanksi terhadap Iran bersama Inggris.",  # after the object: no subject
    "Amerika Serikat bersama sekutunya menjatuhkan sanksi terhadap Iran.",  # a common noun: no one named
])
def test_a_comitative_off_the_subject_adds_no_named_agent(text: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Iran",))}


TOLD = ("Amerika Serikat bersama Inggris {verb} sanksi baru terkait pasokan bahan bakar jet bagi militer Myanmar. "
        "Sanksi itu menyasar dua perusahaan, Shoon Energy dan Asia Sun Group.")


def test_a_sanction_told_without_a_target_is_referred_to_by_its_scope() -> None:
    found = read(TOLD.format(verb="menjatuhkan"), "id")
    assert found.events(EventKind.SANCTION) == {
        (("Amerika Serikat", "Britania Raya"), ("Shoon Energy", "Asia Sun Group"))}
    assert found.types()["Shoon Energy"] == "Organization"


def test_a_negated_sanction_told_without_a_target_is_none_to_refer_to() -> None:
    found = read(TOLD.format(verb="tidak menjatuhkan"), "id")
    assert found.events(EventKind.SANCTION) == set()
    assert {"Shoon Energy", "Asia Sun Group"} <= found.entity_names()
