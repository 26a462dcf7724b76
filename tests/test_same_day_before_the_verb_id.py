"""A time phrase "pada hari yang sama" between a subject and its verb (issue 9, session 18, branch id18; an open item
of session 17): "Kementerian Keuangan AS pada hari yang sama menjatuhkan sanksi …" — the "yang" of "yang sama" (the
day is one told before) was read as a relative pronoun opening an unnamed subject ("…, yang sama menjatuhkan"), so the
act had no doer. After a time word it opens no subject; an unnamed subject after a comma ("…, kelompok yang sama
mengecam") still names no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("Kementerian Keuangan AS pada hari yang sama menjatuhkan sanksi terhadap Iran.", EventKind.SANCTION,
     (("Departemen Keuangan Amerika Serikat",), ("Iran",))),
    ("Kanada pada hari yang sama menjatuhkan sanksi terhadap Iran.", EventKind.SANCTION, (("Kanada",), ("Iran",))),
    ("Presiden Chili Gabriel Boric pada hari yang sama tiba di Jakarta.", EventKind.VISIT,
     (("Gabriel Boric",), ("Jakarta",))),
], ids=["sanction-by-a-body", "sanction-by-a-country", "visit"])
def test_the_subject_before_the_same_day_acts(text: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, "id").events(kind) == {fact}


def test_an_unnamed_subject_after_a_comma_names_no_one() -> None:
    found = read("Kanada menjatuhkan sanksi terhadap Iran, kelompok yang sama mengecam Peru.", "id")
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
