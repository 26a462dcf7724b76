"""A title with no name as the subject after a fronted phrase (issue 9, session 16, branch id16), Indonesian, by the
exact fact: in "Atas nama Presiden X, menteri itu bertemu Y. Di Brussel, ia bertemu Z." the pronoun refers to the
minister the title refers to — the subject — not to Y, whom the verb takes, nor to X, on whose behalf the minister
acts (X meets no one)."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

TEXT = ("Menteri Luar Negeri Sugiono tiba di Paris. Atas nama Presiden Prabowo Subianto, menteri itu bertemu "
        "Presiden Prancis Emmanuel Macron. Di Brussel, ia bertemu Perwakilan Tinggi Uni Eropa Kaja Kallas.")


def test_the_pronoun_after_a_titled_subject_is_the_holder() -> None:
    assert read(TEXT, "id").events(EventKind.MEETING) == {(("Emmanuel Macron", "Sugiono"), ()),
                                                          (("Kaja Kallas", "Sugiono"), ())}


def test_on_whose_behalf_meets_no_one() -> None:
    found = read("Atas nama Prabowo, Sugiono bertemu Presiden Prancis Emmanuel Macron.", "id")
    assert found.events(EventKind.MEETING) == {(("Emmanuel Macron", "Sugiono"), ())}
