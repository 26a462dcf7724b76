"""Guards of modality inside a reported clause (issue 9, branch mut12): a negation inside "said that …" still
negates the clause's event; the verb of saying before the complementiser adds its own cues (none here) to the
clause's, it does not replace them. Minimal pairs in both languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("asserted", "negated", "lang", "chile"), [
    ("Peru said that Chile met Bolivia on Monday.", "Peru said that Chile did not meet Bolivia on Monday.", "en",
     "Chile"),
    ("Peru mengatakan bahwa Chile bertemu Bolivia pada hari Senin.",
     "Peru mengatakan bahwa Chile tidak bertemu Bolivia pada hari Senin.", "id", "Chili"),
])
def test_a_negation_inside_a_reported_clause_still_negates(asserted: str, negated: str, lang: str,
                                                             chile: str) -> None:
    assert read(asserted, lang).events(EventKind.MEETING) == {(("Bolivia", chile), ())}
    x = read(negated, lang)
    assert {"Bolivia", chile, "Peru"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()
    assert x.events(EventKind.STATEMENT) == {(("Peru",), ())}
