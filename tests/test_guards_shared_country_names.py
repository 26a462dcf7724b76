"""A one-word name two countries share ("Congo", "Kongo") is linked to the one the document's context supports
(its capital named: "Kinshasa"), with the lower confidence of a link the context decides (0.7) — below a name the
gazetteer holds for one entry (0.9); with no such context it is not linked. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

DR_CONGO = "Q974"


@pytest.mark.parametrize(("text", "lang"), [
    ("Fighting in Congo displaced thousands of people, officials in Kinshasa said.", "en"),
    ("Pertempuran di Kongo membuat ribuan orang mengungsi, kata pejabat di Kinshasa.", "id"),
])
def test_a_shared_country_name_linked_by_its_context_has_the_context_links_confidence(text: str, lang: str) -> None:
    links = {e.qid: e.link_confidence for e in read(text, lang).extraction.entities}
    assert links == {DR_CONGO: 0.7, "Q3838": 0.9}


@pytest.mark.parametrize(("text", "lang"), [
    ("Fighting in Congo displaced thousands of people, aid workers said.", "en"),
    ("Pertempuran di Kongo membuat ribuan orang mengungsi, kata pekerja bantuan.", "id"),
])
def test_a_shared_country_name_without_context_is_not_linked(text: str, lang: str) -> None:
    assert [(e.qid, e.link_confidence) for e in read(text, lang).extraction.entities] == [(None, None)]
