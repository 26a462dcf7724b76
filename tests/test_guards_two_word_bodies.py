"""An organisation nobody knows named by two words, then in brackets an acronym spelled in another language ("Front
Kalmar (KLF)", "The Kalmar Front (FLK)"): the acronym is that body's, later mentions of it are the same entity.
Names made up for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document


@pytest.mark.parametrize(("text", "lang", "body", "acronym"), [
    ("Front Kalmar (KLF) menuduh Brasil melanggar perjanjian. KLF juga mengecam Jepang.", "id", "Front Kalmar", "KLF"),
    ("The Kalmar Front (FLK) accused Brazil of breaking the deal. The FLK also condemned Japan.", "en", "Kalmar Front",
     "FLK"),
])
def test_a_two_word_body_and_its_foreign_acronym_are_one_organisation(text: str, lang: str, body: str,
                                                                      acronym: str) -> None:
    x = extract(Document("t", text, lang, "test"))
    organisations = [(e.name, e.aliases, len(e.mentions)) for e in x.entities if e.type.value == "Organization"]
    assert organisations == [(body, (acronym,), 3)]
