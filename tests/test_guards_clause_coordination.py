"""Guards of coordination across clauses (issue 9, branch mut12): a comma before "and" closes a clause when only
one name stands before it ("Chile accused Peru, and Bolivia condemned Ecuador": Peru is no second subject of
"condemned"), while a list of names keeps its commas ("Chile, Peru and Bolivia condemned Ecuador"). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Chile accused Peru, and Bolivia condemned Ecuador on Monday.", "en", ("Chile", "Peru", "Bolivia", "Ecuador")),
    ("Chile menuduh Peru, dan Bolivia mengecam Ekuador pada hari Senin.", "id",
     ("Chili", "Peru", "Bolivia", "Ekuador")),
])
def test_a_comma_and_and_open_a_new_clause(text: str, lang: str, names: tuple[str, str, str, str]) -> None:
    first, second, third, fourth = names
    assert read(text, lang).events(EventKind.ACCUSATION) == {((first,), (second,)), ((third,), (fourth,))}


def test_a_list_of_names_keeps_its_commas() -> None:
    assert read("Chile, Peru and Bolivia condemned Ecuador on Monday.", "en").events(EventKind.ACCUSATION) == {
        (("Bolivia", "Chile", "Peru"), ("Ecuador",))}

