"""A name apposed to what a possessor owns may be closed by a dash set off by spaces, as by a comma: "Iran's shipping
line, Sea Star Logistics - a firm …" names the company (en, id). A hyphen glued to the next word ("Sea Star
Logistics -based firms") or a coordinator (a list) closes no apposition: no target."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("lang", "text", "facts"), [
    ("en", "The United States sanctioned Iran's shipping line, Sea Star Logistics - a firm.",
     {(("United States of America",), ("Sea Star Logistics",))}),
    ("en", "The United States sanctioned Iran's shipping line, Sea Star Logistics – a firm.",
     {(("United States of America",), ("Sea Star Logistics",))}),
    ("id", "Amerika Serikat menjatuhkan sanksi terhadap perusahaan pelayaran Iran, Sea Star Logistics - sebuah firma.",
     {(("Amerika Serikat",), ("Sea Star Logistics",))}),
])
def test_a_dash_closes_the_apposition(lang: str, text: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


@pytest.mark.parametrize("text", [
    "The United States sanctioned Iran's shipping line, Sea Star Logistics -based firms.",
    "The United States sanctioned Iran's shipping line, Sea Star Logistics and Blue Harbor Shipping.",
])
def test_no_dash_no_apposition(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.SANCTION) == set()
    assert "Sea Star Logistics" in found.entity_names()
