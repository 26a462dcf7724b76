"""Names next to the bodies they belong to or are described by (``kg.nlp.names``): a person's name then "of" and a body
the gazetteer knows, also when "of" stands right before the person's name ("the visit of X of the Bank of Japan");
an Indonesian class noun and the acronym of its field before an unknown name ("Kelompok HAM Lintas Nusa": the name
is "Lintas Nusa", an organisation found by that cue). Every entity of the text is asserted — name, type and how
it was found (the mention's ``method``, kept as provenance). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def entities(text: str, lang: str) -> dict[str, tuple[str, list[str]]]:
    """Entity name → (type, method of each mention)."""
    return {e.name: (e.type.value, [m.method for m in e.mentions]) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize("text", [
    "The visit of Kenji Tanaka of the Bank of Japan to Jakarta ended on Monday.",
    "The remarks of Kenji Tanaka of the Bank of Japan were welcomed in Jakarta.",
    "Kenji Tanaka of the Bank of Japan arrived in Jakarta on Monday.",
])
def test_a_name_then_of_and_a_known_body_is_a_person_of_that_body(text: str) -> None:
    found = {name: kind for name, (kind, _) in entities(text, "en").items()}
    assert found == {"Kenji Tanaka": "Person", "Bank of Japan": "Organization", "Jakarta": "Place"}


@pytest.mark.parametrize(("text", "name"), [
    ("Kelompok HAM Lintas Nusa menuduh Myanmar menyiksa tahanan.", "Lintas Nusa"),
    ("Organisasi HAM Lintas Nusa Raya menuduh Myanmar menyiksa tahanan.", "Lintas Nusa Raya"),
])
def test_a_class_noun_and_its_field_s_acronym_cue_the_unknown_name_after_them(text: str, name: str) -> None:
    assert entities(text, "id") == {name: ("Organization", ["names-org-cue"]), "Myanmar": ("Country", ["gazetteer"])}
    assert read(text, "id").events(EventKind.ACCUSATION) == {((name,), ("Myanmar",))}


def test_a_class_noun_without_an_acronym_is_part_of_the_name() -> None:
    text = "Kelompok Lintas Nusa menuduh Myanmar menyiksa tahanan."
    assert entities(text, "id") == {"Kelompok Lintas Nusa": ("Organization", ["names"]),
                                    "Myanmar": ("Country", ["gazetteer"])}
