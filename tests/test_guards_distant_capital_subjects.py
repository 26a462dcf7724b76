"""A capital far from its verb ("Tokyo pada Kamis, setelah perundingan sehari, menjatuhkan sanksi …": an aside
between them, so the parse says who acts) acts for its country once the text names that country; a capital whose
country the text never names stays the place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ASIDE = {
    "id": "Tokyo pada Kamis, setelah perundingan sehari, menjatuhkan sanksi terhadap Korea Utara.",
    "en": "Tokyo on Thursday, after a day of talks, imposed sanctions on North Korea.",
}


@pytest.mark.parametrize(("lang", "before", "sanction"), [
    ("id", "Jepang khawatir. ", (("Jepang",), ("Korea Utara",))),
    ("en", "Japan is worried. ", (("Japan",), ("North Korea",))),
])
def test_a_capital_far_from_its_verb_acts_for_its_country_named_before(lang: str, before: str,
                                                                        sanction: tuple) -> None:
    assert read(before + ASIDE[lang], lang).events(EventKind.SANCTION) == {sanction}


def test_a_capital_whose_country_is_never_named_stays_the_place() -> None:
    assert read(ASIDE["id"], "id").events(EventKind.SANCTION) == {(("Tokyo",), ("Korea Utara",))}
