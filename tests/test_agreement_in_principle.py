"""An agreement "in principle" is not yet agreed: "reached an agreement in principle on …", "agreed in principle
to …", "sepakat secara prinsip", "mencapai kesepakatan secara prinsip" assert no agreement — the same sentences
without the qualifier do, and a qualifier in another clause ("…, which in principle covers …") does not hold it
back. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "a", "b"), [
    ("Australia and the European Union reached an agreement on a free trade deal on Thursday.", "en",
     "Australia", "European Union"),
    ("Australia and the European Union agreed to cut tariffs.", "en", "Australia", "European Union"),
    ("Australia and the European Union reached an agreement, which in principle covers cars.", "en",
     "Australia", "European Union"),
    ("Indonesia dan Uni Eropa sepakat untuk menurunkan tarif.", "id", "Indonesia", "Uni Eropa"),
])
def test_an_agreement_without_the_qualifier_is_asserted(text: str, lang: str, a: str, b: str) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(tuple(sorted((a, b))), ())}


@pytest.mark.parametrize(("text", "lang", "named"), [
    ("Australia and the European Union reached an agreement in principle on a free trade deal on Thursday.", "en",
     "Australia"),
    ("Australia and the European Union agreed in principle to cut tariffs.", "en", "Australia"),
    ("Indonesia dan Uni Eropa sepakat secara prinsip untuk menurunkan tarif.", "id", "Indonesia"),
    ("Indonesia dan Uni Eropa mencapai kesepakatan secara prinsip soal tarif.", "id", "Indonesia"),
    ("Indonesia dan Uni Eropa pada prinsipnya sepakat menurunkan tarif.", "id", "Indonesia"),
])
def test_an_agreement_in_principle_is_not_asserted(text: str, lang: str, named: str) -> None:
    found = read(text, lang)
    assert named in found.entity_names()
    assert found.events(EventKind.AGREEMENT) == set()
