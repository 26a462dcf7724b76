"""An action plan, a roadmap or a letter of intent signed by two parties is an instrument between them, as an
agreement is (``treaty_heads``: en "action plan", "roadmap", "letter of intent"; id "rencana aksi", "peta jalan";
ms "pelan tindakan", "peta jalan") — the signers agree and are its parties. Only signed: a plan unveiled or a
roadmap lacked names no instrument."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "brazil"), [
    ("Brazil and Peru signed an action plan on border security.", "en", "Brazil"),
    ("Brazil and Peru signed a roadmap on trade.", "en", "Brazil"),
    ("Brazil and Peru signed a letter of intent on energy.", "en", "Brazil"),
    ("Brasil dan Peru menandatangani rencana aksi kerja sama keamanan.", "id", "Brasil"),
    ("Brasil dan Peru menandatangani peta jalan perdagangan.", "id", "Brasil"),
])
def test_a_signed_plan_is_an_agreement_of_its_signers(text: str, lang: str, brazil: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == {((brazil, "Peru"), ())}
    assert {party for party, _ in found.relations(RelationKind.TREATY_PARTY)} == {brazil, "Peru"}


def test_the_two_leaders_after_a_reception_sign_a_plan() -> None:
    found = read("Ana Ruiz was welcomed by President Marta Vidal at the palace, and the two leaders later signed "
                 "an action plan on security.", "en")
    assert found.events(EventKind.AGREEMENT) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile unveiled an action plan on security.", "en"),
    ("Chile said it had no roadmap for the talks.", "en"),
    ("Chile menyusun peta jalan perdagangan.", "id"),
])
def test_a_plan_nobody_signed_is_no_instrument(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == set()
    assert EntityType.TREATY not in found.types().values()
