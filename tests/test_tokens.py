"""kg.nlp.tokens: a Doc's lowercase words read once, answering exactly as the Token objects would."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.tokens import first_words, lower_forms, match_phrase_at, phrase_at

TEXT = "Menteri Luar Negeri RI bertemu Sekretaris Jenderal PBB di New York, Senin."


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("id")


def test_lower_forms_are_the_tokens_lowercase_forms(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    assert lower_forms(doc) == [t.lower_ for t in doc]
    assert lower_forms(doc) is lower_forms(doc)  # read once, then kept with the Doc


def test_lower_forms_belong_to_their_doc(nlp: spacy.language.Language) -> None:
    first, second = nlp(TEXT), nlp("Presiden Prancis tiba di Jakarta.")
    assert lower_forms(first) != lower_forms(second)
    assert lower_forms(second) == [t.lower_ for t in second]


@pytest.mark.parametrize(("start", "end"), [
    (0, 3), (3, 4), (5, 8), (10, 12), (0, 0), (4, 2), (12, 40), (40, 45), (-3, -1), (-30, 2),
])
def test_phrase_at_is_a_doc_slice(nlp: spacy.language.Language, start: int, end: int) -> None:
    doc = nlp(TEXT)
    assert phrase_at(doc, start, end) == tuple(t.lower_ for t in doc[start:end])


def test_match_phrase_at_finds_the_longest_phrase(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    titles = frozenset({("menteri",), ("menteri", "luar", "negeri"), ("sekretaris", "jenderal")})
    assert match_phrase_at(doc, 0, titles, 3, len(doc)) == 3
    assert match_phrase_at(doc, 0, titles, 3, 2) == 1  # the phrase may not run past ``end``
    assert match_phrase_at(doc, 5, titles, 3, len(doc)) == 2
    assert match_phrase_at(doc, 4, titles, 3, len(doc)) == 0


def test_first_words_of_a_phrase_set() -> None:
    phrases = frozenset({("menteri", "luar", "negeri"), ("juru", "bicara"), ("presiden",)})
    assert first_words(phrases) == {"menteri", "juru", "presiden"}
    assert first_words(frozenset()) == frozenset()

