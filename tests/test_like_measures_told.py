"""A like measure by others after a sanction told before (issue 9, session 18, branch id18), by the exact fact:
"Jepang mengambil langkah serupa" — a general noun of a measure ("langkah", "tindakan") names a sanction only as a
like act on the targets of the one told before (or, before a scope verb, as that one), as "took similar action"
already did in English; and the doers of a like measure may follow it after "oleh" / "by" ("langkah serupa oleh
Amerika Serikat dan Jepang", "similar measures by the United States and Japan") — before, nobody took it, or the
sentence's subject (who only welcomed it) did. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TOLD_ID = "Korea Selatan menjatuhkan sanksi terhadap Korea Utara pada Selasa. "
TOLD_EN = "South Korea imposed sanctions on North Korea on Tuesday. "


@pytest.mark.parametrize(("text", "lang", "doers"), [
    (TOLD_ID + "Jepang mengambil langkah serupa.", "id", ("Jepang",)),
    (TOLD_ID + "Sanksi itu diumumkan bersamaan dengan langkah serupa oleh Amerika Serikat dan Jepang.", "id",
     ("Amerika Serikat", "Jepang")),
    (TOLD_ID + "Australia menyambut sanksi serupa oleh Jepang.", "id", ("Jepang",)),
    (TOLD_EN + "The sanctions were announced alongside similar measures by the United States and Japan.", "en",
     ("Japan", "United States of America")),
], ids=["id-took-a-like-step", "id-like-step-by", "id-welcomed-like-sanctions-by", "en-like-measures-by"])
def test_a_like_measure_sanctions_the_same_target(text: str, lang: str, doers: tuple[str, ...]) -> None:
    first = ("South Korea",) if lang == "en" else ("Korea Selatan",)
    target = ("North Korea",) if lang == "en" else ("Korea Utara",)
    assert read(text, lang).events(EventKind.SANCTION) == {(first, target), (doers, target)}


@pytest.mark.parametrize(("text", "names"), [
    # urged to take a like step: a wish, no act
    (TOLD_ID + "Jepang mendesak negara lain mengambil langkah serupa.", {"Jepang"}),
    # a like step after a visit, no sanction told: no sanction
    ("Presiden Chili Ana Ruiz mengunjungi Peru. Bolivia mengambil langkah serupa.", {"Bolivia", "Peru"}),
    # "tindakan" as what is condemned: an accusation of its owner, no sanction
    (TOLD_ID + "Jepang mengecam tindakan Korea Utara.", {"Jepang"}),
], ids=["urged", "after-a-visit", "condemned-act"])
def test_no_like_measure_taken(text: str, names: set[str]) -> None:
    found = read(text, "id")
    assert names <= found.entity_names()
    assert not any(agents for agents, _ in found.events(EventKind.SANCTION)
                   if set(agents) & {"Jepang", "Bolivia"})
