"""An entity keeps, among its aliases, every spelling the document gives its name that differs from the name in
more than case or spacing — a hyphen ("Lee Jae-myung" beside the gazetteer's "Lee Jae Myung", "Kim Jong Un" beside
"Kim Jong-un"): a reader, a search or a scorer may look for the name as the article wrote it. The name written as the
gazetteer writes it adds no alias. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

KIM = "Q56226"


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korean leader Kim Jong Un inspected a missile launch on Monday.", "en"),
    ("Pemimpin Korea Utara Kim Jong Un meninjau peluncuran rudal pada Senin.", "id"),
])
def test_a_spelling_without_the_hyphen_is_kept_as_an_alias(text: str, lang: str) -> None:
    [kim] = [e for e in read(text, lang).extraction.entities if e.qid == KIM]
    assert kim.name == "Kim Jong-un" and kim.aliases == ("Kim Jong Un",)


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korean leader Kim Jong-un inspected a missile launch on Monday.", "en"),
    ("Pemimpin Korea Utara Kim Jong-un meninjau peluncuran rudal pada Senin.", "id"),
])
def test_the_name_as_the_gazetteer_writes_it_adds_no_alias(text: str, lang: str) -> None:
    [kim] = [e for e in read(text, lang).extraction.entities if e.qid == KIM]
    assert kim.aliases == ()
