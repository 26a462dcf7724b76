"""An Indonesian passive signing names its signers right after the verb, with no agent preposition ("Traktat itu
ditandatangani Putin dan Kim"): they are the treaty's parties and agreed with each other. A passive signing
followed by a time or a place, or negated, names no party. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "treaty", "signers"), [
    ("Traktat Persahabatan Pyongyang ditandatangani Presiden Vladimir Putin dan Kim Jong-un di Pyongyang pada Juni "
     "lalu.", "Traktat Persahabatan Pyongyang", ("Vladimir Putin", "Kim Jong-un")),
    ("Konvensi Batas Laut Sulawesi diteken Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Malaysia Mohamad "
     "Hasan di Putrajaya.", "Konvensi Batas Laut Sulawesi", ("Sugiono", "Mohamad Hasan")),
])
def test_the_names_after_a_passive_signing_are_its_parties(text: str, treaty: str, signers: tuple[str, str]) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {(signers[0], treaty), (signers[1], treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(signers)), ())}


@pytest.mark.parametrize("text", [
    "Traktat Persahabatan Pyongyang ditandatangani Senin lalu di Pyongyang.",
    "Traktat Persahabatan Pyongyang ditandatangani di Pyongyang pada Juni lalu.",
    "Konvensi Batas Laut Sulawesi belum ditandatangani Malaysia.",
])
def test_a_passive_signing_without_signers_after_it_names_no_party(text: str) -> None:
    found = read(text, "id")
    assert any(t in found.entity_names() for t in ("Traktat Persahabatan Pyongyang", "Konvensi Batas Laut Sulawesi"))
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == set()
