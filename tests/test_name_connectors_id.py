"""Indonesian text keeps Dutch and German name particles inside a name (session 18, the lead, from en18t's blind
batch): "Anna van der Berg", "Pieter van den Broek" — "der" and "den" were English connectors only, so an Indonesian
text split the name into two wrong people. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("name", ["Anna van der Berg", "Pieter van den Broek"])
def test_a_particle_stays_inside_the_name(name: str) -> None:
    r = read(f"Menteri Luar Negeri Belanda {name} tiba di Jakarta pada Senin.", "id")
    assert r.events(EventKind.VISIT) == {((name,), ("Jakarta",))}


def test_two_names_joined_by_a_conjunction_stay_two() -> None:
    r = read("Anna Berg dan Pieter Broek tiba di Jakarta pada Senin.", "id")
    assert {"Anna Berg", "Pieter Broek"} <= r.entity_names()
