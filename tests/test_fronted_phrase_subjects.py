"""A prepositional phrase opening the sentence with no comma after it: the name right before the verb is the
subject ("On Tuesday Ruto met …", "Pada Selasa Ruto bertemu …"); a name that is the phrase's own object is not
("On behalf of Ruto the minister met …")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("On Tuesday Ruto met Ethiopian Prime Minister Abiy Ahmed.", "en", ("Abiy Ahmed Ali", "Ruto")),
    ("At the summit Ruto met Ethiopian Prime Minister Abiy Ahmed.", "en", ("Abiy Ahmed Ali", "Ruto")),
    ("On the sidelines of the forum Ruto met Ethiopian Prime Minister Abiy Ahmed.", "en",
     ("Abiy Ahmed Ali", "Ruto")),
    ("On the sidelines of the forum Foreign Minister William Ruto met Abiy Ahmed.", "en",
     ("Abiy Ahmed Ali", "William Ruto")),
    ("In Nairobi Ruto met Ethiopian Prime Minister Abiy Ahmed.", "en", ("Abiy Ahmed Ali", "Ruto")),
    ("Pada Selasa Ruto bertemu Perdana Menteri Ethiopia Abiy Ahmed.", "id", ("Abiy Ahmed Ali", "Ruto")),
    ("Di sela forum itu Menteri Luar Negeri William Ruto bertemu Abiy Ahmed.", "id",
     ("Abiy Ahmed Ali", "William Ruto")),
])
def test_the_name_after_a_fronted_phrase_is_the_subject(text: str, lang: str, parties: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(parties, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("On behalf of Ruto the foreign minister met Ethiopian Prime Minister Abiy Ahmed.", "en"),
    ("Atas nama Ruto menteri luar negeri bertemu Perdana Menteri Ethiopia Abiy Ahmed.", "id"),
])
def test_the_object_of_the_fronted_preposition_is_no_subject(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Ruto" in found.entity_names()
    assert not any("Ruto" in parties for parties, _ in found.events(EventKind.MEETING))


def test_a_comma_after_the_phrase_still_closes_it() -> None:
    found = read("On the sidelines of the forum, Ruto met Ethiopian Prime Minister Abiy Ahmed.", "en")
    assert found.events(EventKind.MEETING) == {(("Abiy Ahmed Ali", "Ruto"), ())}
