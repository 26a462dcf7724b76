"""A country's name written right before the name of one of its bodies, both known to the gazetteer ("the U.S.
State Department"), is two names: the country and the body — the text names the country too. A body of another
country beside a country's name is that country's own body, one name ("Kementerian Luar Negeri Iran"), and a form
the gazetteer knows whole only as the body's ("Kemlu AS") stays one. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

US, STATE_DEPARTMENT = "Q30", "Q789915"


def test_the_country_and_its_body_are_two_names() -> None:
    r = read("The U.S. State Department said on Monday that the talks had failed.", "en")
    assert sorted(e.qid for e in r.extraction.entities) == [US, STATE_DEPARTMENT]
    statements = r.events(EventKind.STATEMENT)
    assert statements == {(("United States Department of State",), ())}


def test_another_countrys_body_is_one_name() -> None:
    r = read("Kementerian Luar Negeri Iran mengecam sanksi itu pada Senin.", "id")
    assert [e.name for e in r.extraction.entities] == ["Kementerian Luar Negeri Iran"]


def test_a_form_known_whole_stays_one_name() -> None:
    r = read("Kemlu AS menyatakan perundingan itu gagal pada Senin.", "id")
    assert [e.qid for e in r.extraction.entities] == [STATE_DEPARTMENT]
