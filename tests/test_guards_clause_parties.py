"""Guards of ``clause_parties._partners_before`` (session 13): an agreeing verb coordinated after a meeting's verb
takes the meeting's parties only when nothing closes the meeting's clause between them — a relative clause
whose own verb the agreeing is, or a semicolon. Minimal pairs with made-up sentences, each failing with its
one-token mutant applied by hand."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Chile met Peru in Lima and agreed to reopen the border.", "en", ("Chile", "Peru")),
    ("Chili bertemu Peru di Lima dan sepakat membuka kembali perbatasan.", "id", ("Chili", "Peru")),
])
def test_agreeing_coordinated_with_the_meeting_takes_its_parties(text: str, lang: str,
                                                                 pair: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(pair, ())}
    assert found.events(EventKind.AGREEMENT) == {(pair, ())}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # the relative clause's subject agreed, alone: no party to agree with
    ("Chile met Peru, which opposed the plan and agreed to reopen the border.", "en", ("Chile", "Peru")),
    ("Chile met Peru, whose leader opposed the plan and agreed to reopen the border.", "en", ("Chile", "Peru")),
    ("Chili bertemu Peru, yang menentang rencana itu dan sepakat membuka kembali perbatasan.", "id",
     ("Chili", "Peru")),
    # a semicolon closes the meeting's clause
    ("Chile met Peru in Lima; and later agreed to reopen the border.", "en", ("Chile", "Peru")),
    ("Chili bertemu Peru di Lima; dan kemudian sepakat membuka kembali perbatasan.", "id", ("Chili", "Peru")),
])
def test_agreeing_past_a_closed_clause_names_no_meeting_party(text: str, lang: str,
                                                              pair: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(pair, ())}
    assert found.events(EventKind.AGREEMENT) == set()
