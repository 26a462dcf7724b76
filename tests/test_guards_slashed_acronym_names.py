""""The KDLM/B Northern Command accused …": an acronym with a slash inside is one name, and the capitalised words
after it go on with that name — the slash does not end it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "name", "target"), [
    ("The KDLM/B Northern Command accused Ghana of spying.", "en", "KDLM/B Northern Command", "Ghana"),
    ("KDLM/B Komando Pusat menuduh Ghana melakukan spionase.", "id", "KDLM/B Komando Pusat", "Ghana"),
])
def test_capitalised_words_after_a_slashed_acronym_go_on_with_its_name(text: str, lang: str, name: str,
                                                                        target: str) -> None:
    x = read(text, lang)
    assert x.types()[name] == "Organization"
    assert x.events(EventKind.ACCUSATION) == {((name,), (target,))}


def test_a_slashed_acronym_alone_is_the_whole_name() -> None:
    x = read("The KDLM/B accused Ghana of spying.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("KDLM/B",), ("Ghana",))}
