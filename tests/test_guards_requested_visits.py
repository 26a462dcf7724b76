"""A visit one party asks or invites another to make has not happened, and it would be the invitee's, never the
asker's: "Japan asked Lula to visit Tokyo" gives no visit, least of all one by Japan. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Japan asked Lula to visit Tokyo.", "en"),
    ("Japan invited Lula to visit Tokyo.", "en"),
    ("Jepang mengundang Lula untuk mengunjungi Tokyo.", "id"),
    ("Japan will invite Lula to visit Tokyo.", "en"),
    ("Japan is asking Lula to visit Tokyo.", "en"),
    ("Jepang akan meminta Lula untuk mengunjungi Tokyo.", "id"),
])
def test_a_requested_visit_is_no_visit(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Lula", "Tokyo"} < found.entity_names()
    assert found.events(EventKind.VISIT) == set()


def test_a_visit_requested_in_a_reported_clause_is_no_visit_by_the_asker() -> None:
    found = read("Japan said it would ask Lula to visit Tokyo.", "en")
    assert {"Japan", "Lula", "Tokyo"} <= found.entity_names()
    assert found.events(EventKind.VISIT) == set()


def test_a_visit_made_after_a_request_is_the_visitors() -> None:
    found = read("Lula visited Tokyo after Japan asked him.", "en")
    assert found.events(EventKind.VISIT) == {(("Lula",), ("Tokyo",))}
