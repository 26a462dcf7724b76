"""A legal suffix after a comma ends a company's name (branch en15s, issue 9): "X Electronics Co., Ltd.", "Y
Holdings, LLC" — one name, the comma between a body's head word and a suffix written with a period or in capitals
(``org_heads``). A comma before any other word ends the name as before ("the Bank of Korea, Reuters said").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "name"), [
    ("OFAC designated Sahara Crude Lines Co., Ltd., a supplier of servo motors, on Tuesday.",
     "Sahara Crude Lines Co., Ltd."),
    ("OFAC sanctioned Arctic Star Holdings, LLC on Tuesday.", "Arctic Star Holdings, LLC"),
])
def test_a_suffix_after_a_comma_is_part_of_the_name(text: str, name: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.SANCTION) == {(("OFAC",), (name,))}


def test_a_comma_before_another_name_ends_the_name() -> None:
    found = read("The statement came from the Bank of Korea, Reuters said.", "en")
    assert {"Bank of Korea", "Reuters"} <= found.entity_names()
