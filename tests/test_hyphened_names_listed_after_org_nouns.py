"""A hyphened name in a list apposed to a noun of organisations (branch fix16), English: "two state banks,
Sberbank-VTB and Gazprombank" — the hyphen joining two capitalised words inside a listed name does not break the walk
back to the noun, so the name after the coordinator is a bank too, and a target. (Indonesian "dua bank negara, A-B
dan C" is still open: docs/accuracy.md, fix16.) Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "names"), [
    ("Chile sanctioned two state banks, Sberbank-VTB and Gazprombank.", ("Sberbank-VTB", "Gazprombank")),
    ("Chile sanctioned two state banks, Zarnik-Volkor and Tarsk.", ("Zarnik-Volkor", "Tarsk")),
])
def test_the_name_after_a_hyphened_one_is_listed_too(text: str, names: tuple[str, ...]) -> None:
    found = read(text, "en")
    assert {found.types()[n] for n in names} == {"Organization"}
    assert found.events(EventKind.SANCTION) == {(("Chile",), names)}

