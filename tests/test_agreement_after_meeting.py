"""A verb of agreeing coordinated after a meeting's verb, sharing its subject, names the meeting's parties:
"X met Y and agreed to …", "X spoke by phone with Y and agreed …", "X bertemu Y dan sepakat …" — the two agreed
with each other. Not when the agreeing is negated, or belongs to a clause of its own ("Y, who agreed", "said Z had
agreed")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

PAIR = ("Dina Boluarte", "Gabriel Boric")


@pytest.mark.parametrize(("text", "lang"), [
    ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima and agreed to reopen the "
     "border.", "en"),
    ("Chilean President Gabriel Boric spoke by phone with Peruvian President Dina Boluarte on Thursday and agreed "
     "to reopen the border.", "en"),
    ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima and later reached an agreement "
     "on the border.", "en"),
    ("Presiden Chili Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima dan sepakat membuka kembali "
     "perbatasan.", "id"),
])
def test_agreeing_after_meeting_names_the_meeting_parties(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(PAIR, ())}
    assert found.events(EventKind.AGREEMENT) == {(PAIR, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima and did not agree to reopen "
     "the border.", "en"),
    ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte, who agreed to reopen the border.", "en"),
    ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima and said Argentina had agreed "
     "to reopen the border.", "en"),
    ("Presiden Chili Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima dan menolak sepakat membuka "
     "kembali perbatasan.", "id"),
])
def test_no_agreement_when_the_agreeing_is_not_the_pairs(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(PAIR, ())}
    assert found.events(EventKind.AGREEMENT) == set()


def test_a_visit_names_no_partner_to_agree_with() -> None:
    found = read("Chilean President Gabriel Boric visited Lima and agreed to reopen the border.", "en")
    assert found.events(EventKind.VISIT) == {(("Gabriel Boric",), ("Lima",))}
    assert found.events(EventKind.AGREEMENT) == set()


def test_only_the_meetings_of_the_coordinated_verb_name_the_parties() -> None:
    """A meeting told in an earlier sentence takes no part in the agreement of a later one."""
    found = read("Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae Myung on Monday. "
                 "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima and agreed to reopen "
                 "the border.", "en")
    assert found.events(EventKind.AGREEMENT) == {(PAIR, ())}
