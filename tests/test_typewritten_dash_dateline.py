"""A dateline ended by a typewritten dash (branch en14s, issue 9): "TOKYO (Kyodo) -- …", as wire copy set on
typewriters doubles the hyphen — the dateline's country owns a bare national title as with "—"
(:meth:`kg.extract.roles.RoleFinder._dateline_office`), and the agency in brackets is no subject. English.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

BODY = ("Japan on Friday froze the assets of 11 individuals in Russia. The government also banned exports to 22 "
        "Russian entities, Chief Cabinet Secretary Yoshimasa Hayashi told a press conference.")


@pytest.mark.parametrize("dash", ["--", "—", "-"])
def test_the_dateline_country_owns_the_title(dash: str) -> None:
    found = read(f"TOKYO (Kyodo) {dash} {BODY}", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Yoshimasa Hayashi", "Japan")}
    assert found.events(EventKind.SANCTION) == {(("Japan",), ("Russia",))}


def test_no_dateline_no_office() -> None:
    found = read(BODY, "en")
    assert "Yoshimasa Hayashi" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
