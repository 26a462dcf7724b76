"""Guards of ``anaphora._bare_title_after`` (session 13): a bare capitalised title after a verb of saying is the
home office named before only in a language without definite determiners (Indonesian `"…," ujar Presiden`); an
English bare "said President" picks no one; a text cut short after the title. Made-up sentences, each failing
with its one-token mutant applied by hand."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

HOSTS_ID = 'Presiden Joko Widodo menerima Presiden Kenya William Ruto. "Kami sepakat," ujar Presiden'
HOSTS_EN = 'President Joe Biden met Kenyan President William Ruto. "We agree," said President.'


def test_a_bare_title_after_ujar_is_the_home_office_even_at_the_texts_end() -> None:
    for text in (HOSTS_ID + ".", HOSTS_ID):  # the second cut short after the title
        assert read(text, "id").events(EventKind.STATEMENT) == {(("Joko Widodo",), ())}


def test_an_english_bare_title_after_said_is_no_one_named_before() -> None:
    found = read(HOSTS_EN, "en")
    assert found.events(EventKind.MEETING) == {(("Joe Biden", "William Ruto"), ())}
    assert found.events(EventKind.STATEMENT) == set()
