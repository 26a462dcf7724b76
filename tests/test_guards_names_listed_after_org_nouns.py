"""Guards of the names listed after a noun of organisations (``kg.nlp.names.cues._listed_after_org_noun``), pinned
by a minimal pair (branch mut21): unknown one-word names apposed to "two firms" / "dua perusahaan" are organisations
and the sanction's targets; a name after the comma that speaks next ("…, Zarnik said") is the speaker, a person, not
a firm listed. English and Indonesian (the speaker shape: English). Made-up names, sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "imposer"), [
    ("Canada sanctioned two firms, Zarnik and Volkor.", "en", "Canada"),
    ("Kanada menjatuhkan sanksi terhadap dua perusahaan, Zarnik dan Volkor.", "id", "Kanada"),
])
def test_names_apposed_to_a_noun_of_firms_are_firms(text: str, lang: str, imposer: str) -> None:
    found = read(text, lang)
    assert {found.types()[name] for name in ("Zarnik", "Volkor")} == {"Organization"}
    assert found.events(EventKind.SANCTION) == {((imposer,), ("Zarnik", "Volkor"))}


def test_a_name_that_speaks_next_is_no_firm() -> None:
    found = read("Canada sanctioned two firms, Zarnik said.", "en")
    assert found.types()["Zarnik"] == "Person"
    assert found.events(EventKind.STATEMENT) == {(("Zarnik",), ())}
