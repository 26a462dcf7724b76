"""An active verb right before a copula or a listing verb ends a headless relative clause (branch fix16): "Among
those who sanctioned were Bolivia and Ecuador", "Di antara yang menjatuhkan sanksi adalah Bolivia dan Ekuador" —
Bolivia and Ecuador did the act, nobody's act was on them. The passive ("those sanctioned were", "yang dijatuhi
sanksi adalah") still lists the targets of the act told before. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BEFORE_EN = "Chile sanctioned Peru in May. "
BEFORE_ID = "Chili menjatuhkan sanksi terhadap Peru pada Mei. "


@pytest.mark.parametrize(("text", "lang", "told"), [
    (BEFORE_EN + "Among those who sanctioned were Bolivia and Ecuador.", "en", (("Chile",), ("Peru",))),
    (BEFORE_EN + "Those who sanctioned include Bolivia and Ecuador.", "en", (("Chile",), ("Peru",))),
    (BEFORE_ID + "Di antara yang menjatuhkan sanksi adalah Bolivia dan Ekuador.", "id", (("Chili",), ("Peru",))),
])
def test_those_named_after_the_copula_of_an_active_relative_are_no_targets(text: str, lang: str, told: tuple) -> None:
    found = read(text, lang)
    assert {"Bolivia", "Peru"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == {told}


@pytest.mark.parametrize(("text", "lang", "told", "listed"), [
    (BEFORE_EN + "Among those sanctioned were Bolivia and Ecuador.", "en", (("Chile",), ("Peru",)),
     (("Chile",), ("Bolivia", "Ecuador"))),
    (BEFORE_ID + "Di antara yang dijatuhi sanksi adalah Bolivia dan Ekuador.", "id", (("Chili",), ("Peru",)),
     (("Chili",), ("Bolivia", "Ekuador"))),
])
def test_a_passive_relative_lists_the_targets(text: str, lang: str, told: tuple, listed: tuple) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {told, listed}
