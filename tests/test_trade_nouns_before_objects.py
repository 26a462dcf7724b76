"""A noun of a body's trade before a sanction's object, and a hyphened place before it in a conjunct (branch en15s,
issue 9): "sanctioned the freight forwarder X" (``org_cues`` of one to three words before the name), "designated X
and the Dubai-based trader Y" — Y, not Dubai, which only says where Y is based; "and a Dubai-based company" names no
one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "targets"), [
    ("OFAC sanctioned the freight forwarder Baltic Route Services.", ("Baltic Route Services",)),
    ("OFAC sanctioned the Dubai-based trader Sahara Crude Lines.", ("Sahara Crude Lines",)),
    ("OFAC designated five companies on Monday. OFAC also designated Omar Haddad and the Dubai-based freight "
     "forwarder Gulf Route Services.", ("Omar Haddad", "Gulf Route Services")),
])
def test_the_named_body_after_its_trade_is_the_target(text: str, targets: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("OFAC",), targets)}


def test_a_hyphened_place_before_an_unnamed_body_is_no_target() -> None:
    found = read("OFAC designated five companies on Monday. OFAC also designated Omar Haddad and a Dubai-based "
                 "company.", "en")
    assert "Dubai" in found.entity_names()
    assert found.events(EventKind.SANCTION) == {(("OFAC",), ("Omar Haddad",))}
