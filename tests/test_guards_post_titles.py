"""An envoy's post named before the name without the sending country ("the ambassador to Japan, Maria Costa,"):
the person still travels; the country of the post is where the post is, not who travels. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def test_a_post_title_in_apposition_keeps_the_holder_s_visit() -> None:
    found = read("The ambassador to Japan, Maria Costa, arrived in Tokyo.", "en")
    assert found.entity_names() == {"Japan", "Maria Costa", "Tokyo"}
    assert found.events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Ambassador to Japan Maria Costa arrived in Tokyo.", "en"),
    ("Duta Besar untuk Jepang Maria Costa tiba di Tokyo.", "id"),
])
def test_a_post_title_right_before_the_name_keeps_the_holder_s_visit(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("TOKYO — Ambassador to Japan Maria Costa arrived in Tokyo on Friday. Japan welcomed her.", "en"),
    ("TOKYO — Duta Besar untuk Jepang Maria Costa tiba di Tokyo, Jumat. Jepang menyambutnya.", "id"),
])
def test_a_post_abroad_is_no_office_of_the_dateline_country(text: str, lang: str) -> None:
    """The country of the post holds no office of the envoy, even where the article is filed from it (branch en11v:
    a bare title is otherwise the dateline country's office)."""
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
