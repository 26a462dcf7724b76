"""Sanctions condemned by a definite noun after their parts were told (issue 9, session 18, branch id18; session 17's
open "the story's first imposer rather than the nearest"), by the exact fact: "Kanada dan Peru menjatuhkan sanksi
terhadap Iran. Kanada membekukan aset X. Iran mengecam sanksi itu" — the act told last is a part of the first one
(all its doers are among the first one's), so the sanctions condemned are the first act's: Iran accuses Canada and
Peru, not Canada alone. An act by other doers is another act: the nearest one is condemned, as before. Both
languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Kanada dan Peru menjatuhkan sanksi terhadap Iran. Kanada membekukan aset Ali Rezaei. Iran mengecam sanksi itu.",
     "id", (("Iran",), ("Kanada", "Peru"))),
    ("Canada and Peru imposed sanctions on Iran. Canada froze the assets of Ali Rezaei. Iran condemned the sanctions.",
     "en", (("Iran",), ("Canada", "Peru"))),
], ids=["id", "en"])
def test_the_act_a_part_was_told_of_is_condemned(text: str, lang: str, fact: tuple) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {fact}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Uni Eropa menjatuhkan sanksi terhadap Rusia. Sepekan kemudian, Amerika Serikat menjatuhkan sanksi terhadap Iran. "
     "Iran mengecam sanksi itu.", "id", (("Iran",), ("Amerika Serikat",))),
    ("The EU imposed sanctions on Russia. A week later, the United States imposed sanctions on Iran. Iran condemned "
     "the sanctions.", "en", (("Iran",), ("United States of America",))),
], ids=["id", "en"])
def test_an_act_by_other_doers_is_the_nearest(text: str, lang: str, fact: tuple) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {fact}
