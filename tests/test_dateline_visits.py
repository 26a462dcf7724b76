"""A visit whose place is only in the dateline (branch en11v, issue 9): "WARSAW — … during a visit by German
Chancellor X" — the lede's visit noun names no destination, and the report was filed where it happens. Only the
dateline's own sentence, only for a visitor whose home is known and lies elsewhere. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "visitor", "place"), [
    ("LISBON — Portugal and Spain pledged on Friday to link their power grids during a visit by Spanish Prime "
     "Minister Ana Ruiz.", "en", "Ana Ruiz", "Lisbon"),
    ("LISBON (Reuters) - Spanish Prime Minister Ana Ruiz, on her first visit as prime minister, praised Portugal's "
     "reforms.", "en", "Ana Ruiz", "Lisbon"),
    ("LISBOA — Portugal dan Spanyol sepakat menghubungkan jaringan listrik selama kunjungan Perdana Menteri Spanyol "
     "Ana Ruiz, Jumat.", "id", "Ana Ruiz", "Lisbon"),
])
def test_a_visit_told_in_the_dateline_sentence_goes_to_the_dateline_place(text: str, lang: str, visitor: str,
                                                                          place: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {((visitor,), (place,))}


@pytest.mark.parametrize("text", [
    # no dateline: the visit's place is unsaid
    "Portugal and Spain pledged on Friday to link their power grids during a visit by Spanish Prime Minister Ana "
    "Ruiz.",
    # the visit told in a later sentence may be any trip
    "LISBON — Portugal and Spain pledged on Friday to link their power grids. Analysts said a visit by Spanish "
    "Prime Minister Ana Ruiz was overdue.",
    # the visitor is at home in the dateline's country
    "LISBON — Spain and Portugal pledged on Friday to link their power grids during a visit by Portuguese Prime "
    "Minister Ana Ruiz.",
])
def test_no_visit_to_the_dateline_place_elsewhere(text: str) -> None:
    found = read(text, "en")
    assert {"Portugal", "Spain", "Ana Ruiz"} <= found.entity_names()
    assert found.events(EventKind.VISIT) == set()
