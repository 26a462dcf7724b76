""""sanksi terhadap Belarus (paket ketiga)", "talks yesterday with Peru (the first in years)": a parenthesis is
skipped only where it opens before the preposition — one after the object closes nothing before it, so the name
before it is still the object. With no name before the parenthesis there is none. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "kind", "expected"), [
    ("Uni Eropa menjatuhkan sanksi terhadap Belarus (paket ketiga) pada Senin.", "id", EventKind.SANCTION,
     (("Uni Eropa",), ("Belarus",))),
    ("Chile mengadakan pembicaraan dengan Peru (yang pertama) di Lima.", "id", EventKind.MEETING,
     (("Chili", "Peru"), ())),
    ("The EU imposed sanctions yesterday on Belarus (its third package).", "en", EventKind.SANCTION,
     (("European Union",), ("Belarus",))),
    ("Chile held talks yesterday with Peru (the first in years) in Lima.", "en", EventKind.MEETING,
     (("Chile", "Peru"), ())),
])
def test_a_parenthesis_after_the_object_leaves_it_the_object(text: str, lang: str, kind: EventKind,
                                                             expected: tuple) -> None:
    assert read(text, lang).events(kind) == {expected}


def test_a_name_inside_the_parenthesis_after_an_unnamed_object_is_no_target() -> None:
    x = read("The EU imposed sanctions yesterday on two banks (based in Belarus).", "en")
    assert "Belarus" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
