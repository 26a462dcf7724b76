"""Who speaks a quotation, read from the words beside it. A pronoun right after a closing mark (`"We are ready."
She accused …`) is the speaker of *that* quotation, not of an earlier one; a speech verb after the closing mark
names the speaker also when the comma stands outside the marks (`"…", kata X`, `"…", X said`), and "I"/"saya"
inside is then that speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EARLIER_QUOTE_THEN_PRONOUN = {
    "en": '"Talks will go on," {first} said. {second} said: "We are ready." She accused Peru of spying.',
    "id": '"Perundingan berlanjut," kata {first}. {second} mengatakan: "Kami siap." Dia menuduh Peru melakukan '
          "spionase.",
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize(("first", "second"), [("Ana Ruiz", "Marta Vidal"), ("Marta Vidal", "Ana Ruiz")])
def test_a_pronoun_after_a_closing_mark_is_the_speaker_of_that_quotation(lang: str, first: str, second: str) -> None:
    x = read(EARLIER_QUOTE_THEN_PRONOUN[lang].format(first=first, second=second), lang)
    assert x.events(EventKind.ACCUSATION) == {((second,), ("Peru",))}


@pytest.mark.parametrize(("text", "lang"), [
    ('"Saya bertemu Marta Vidal di Lima", kata Ana Ruiz.', "id"),
    ('"I met Marta Vidal in Lima", Ana Ruiz said.', "en"),
])
def test_a_speaker_named_after_a_comma_outside_the_marks_is_the_first_person(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_with_no_speaker_named_the_first_person_is_no_party() -> None:
    x = read('"Saya bertemu Marta Vidal di Lima", kata dia.', "id")
    assert "Marta Vidal" in x.entity_names()
    assert x.events(EventKind.MEETING) == set()
