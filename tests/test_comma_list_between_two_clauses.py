"""A comma list between two clauses of the same verb (branch fix16): "Japan visited Peru, Bolivia and Brazil visited
Chile" — a comma list counts only when a coordinator closes it, and here the coordinator joins Bolivia to Brazil,
the second clause's subjects; so Japan visited Peru alone and Bolivia is no destination of Japan's visit as well as
a visitor of Chile (one reading, not both). A list a coordinator closes before the object's end stays whole ("Japan
visited Peru, Bolivia and Brazil."). Both languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Japan visited Peru, Bolivia and Brazil visited Chile.", "en",
     {(("Japan",), ("Peru",)), (("Bolivia", "Brazil"), ("Chile",))}),
    ("Japan visited Peru, Bolivia, and Brazil visited Chile.", "en",
     {(("Japan",), ("Peru",)), (("Bolivia", "Brazil"), ("Chile",))}),
    ("Jepang mengunjungi Peru, Bolivia dan Brasil mengunjungi Chili.", "id",
     {(("Jepang",), ("Peru",)), (("Bolivia", "Brasil"), ("Chili",))}),
])
def test_a_name_between_the_clauses_is_read_once(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.VISIT) == facts


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Japan visited Peru, Bolivia and Brazil.", "en", {(("Japan",), ("Peru", "Bolivia", "Brazil"))}),
    ("Jepang mengunjungi Peru, Bolivia dan Brasil.", "id", {(("Jepang",), ("Peru", "Bolivia", "Brasil"))}),
])
def test_a_closed_comma_list_is_every_destination(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.VISIT) == facts
