"""A body's acronym in brackets after a later mention of its long name, not the first, still joins the long name
(``Coreference._merge_bracketed_acronyms`` reads every mention of the name, mut18, seed 193: 15): the acronym's own
mentions are the body's. Without the bracket an acronym that does not spell the name (one from another language)
stays a name of its own — one that spells it joins it, bracket or not, since session 18
(``_merge_initials_of_a_named_body``, tests/test_acronyms_of_named_bodies.py), so this guard uses an acronym of
other initials. Both languages; names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BODY = {"en": "Andean Fisheries Council", "id": "Dewan Perikanan Andes"}
ACRONYM = {"en": "CAPA", "id": "CAPA"}  # "Consejo Andino de Pesca": not the initials of either name
TEXT = {
    "en": "Chile joined the Andean Fisheries Council on Monday. The Andean Fisheries Council{} then accused Peru of "
          "fraud. The CAPA also accused Bolivia of fraud.",
    "id": "Chile bergabung dengan Dewan Perikanan Andes pada hari Senin. Dewan Perikanan Andes{} kemudian menuduh Peru "
          "melakukan kecurangan. CAPA juga menuduh Bolivia melakukan kecurangan.",
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_acronym_bracketed_after_a_later_mention_joins_the_body(lang: str) -> None:
    x = read(TEXT[lang].format(f" ({ACRONYM[lang]})"), lang)
    assert ACRONYM[lang] not in x.entity_names()
    assert x.events(EventKind.ACCUSATION) == {((BODY[lang],), ("Peru",)), ((BODY[lang],), ("Bolivia",))}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_acronym_never_bracketed_after_the_name_stays_apart(lang: str) -> None:
    x = read(TEXT[lang].format(""), lang)
    assert x.events(EventKind.ACCUSATION) == {((BODY[lang],), ("Peru",)), ((ACRONYM[lang],), ("Bolivia",))}
