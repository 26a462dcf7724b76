"""Instruments signed, told in the Indonesian passive and by a noun of cooperation documents (issue 9, session 12,
branch id12), by the exact fact:

- "kesepakatan … yang diteken kedua negara", "Perjanjian Paris yang ditandatangani X dan Y", "perjanjian itu
  diteken X dan Y": the instrument is the subject (a relative or demonstrative stands between it and the verb), so
  the verb is passive and its agent follows it without "oleh" — the signers agreed (and are parties of a named
  treaty); an active verb after a name is no passive;
- "menandatangani sejumlah dokumen kerja sama": signing cooperation documents is an agreement of the signers; only
  discussing them is a meeting.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("agent", ["Kamboja dan Thailand", "oleh Kamboja dan Thailand"])
def test_signers_after_a_passive_signing_of_an_unnamed_instrument_agreed(agent: str) -> None:
    text = f"Serangan itu melanggar kesepakatan gencatan senjata yang ditandatangani {agent} di Kuala Lumpur."
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Kamboja", "Thailand"), ())}


def test_the_two_countries_after_a_passive_signing_are_the_pair_told_before() -> None:
    text = ("Kamboja dan Thailand bertemu di Kuala Lumpur. Serangan itu melanggar kesepakatan gencatan senjata yang "
            "diteken kedua negara pada Oktober.")
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Kamboja", "Thailand"), ())}


def test_signers_after_a_passive_signing_of_a_named_treaty_are_its_parties() -> None:
    found = read("Perjanjian Paris yang ditandatangani Indonesia dan Prancis mulai berlaku.", "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Indonesia", "Perjanjian Paris"),
                                                          ("Prancis", "Perjanjian Paris")}


@pytest.mark.parametrize("text", [
    "Perjanjian yang ditandatangani tahun lalu itu berlaku. Indonesia dan Malaysia bertemu di Jakarta.",
    "Perjanjian itu ditandatangani tahun lalu di Jakarta, Indonesia.",
])
def test_a_passive_signing_without_signers_makes_no_agreement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert "Indonesia" in found.entity_names()


SIGNERS = "Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Singapura Vivian Balakrishnan"


def test_signing_cooperation_documents_is_an_agreement() -> None:
    found = read(f"{SIGNERS} menandatangani sejumlah dokumen kerja sama.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Sugiono", "Vivian Balakrishnan"), ())}


def test_discussing_cooperation_documents_is_no_agreement() -> None:
    found = read(f"{SIGNERS} membahas sejumlah dokumen kerja sama.", "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert found.events(EventKind.MEETING) == {(("Sugiono", "Vivian Balakrishnan"), ())}
