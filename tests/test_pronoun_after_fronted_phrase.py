"""A pronoun after a sentence that opens with a fronted phrase (issue 9, session 15, branch id15), by the exact fact:
"Di Kairo, Sugiono bertemu X. Selanjutnya, ia bertolak ke Yordania" — the sentence's subject stands after the phrase
a preposition opens and a comma closes, and "ia"/"he" refers to it, not to the person the verb took last. The
phrase's own object is not the subject ("Menurut Sugiono, X akan tiba"), in both languages."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_id_the_pronoun_is_the_subject_after_the_fronted_place() -> None:
    found = read("Di Kairo, Sugiono bertemu Menteri Luar Negeri Mesir Badr Abdelatty. "
                 "Selanjutnya, ia bertolak ke Yordania untuk bertemu Raja Abdullah II.", "id")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Yordania",))}
    assert found.events(EventKind.MEETING) == {(("Badr Abdelatty", "Sugiono"), ()),
                                               (("Abdullah II of Jordan", "Sugiono"), ())}


def test_id_the_object_of_the_fronted_phrase_is_not_the_subject() -> None:
    found = read("Menurut Sugiono, Badr Abdelatty akan tiba di Jakarta pekan depan. "
                 "Ia kemudian bertolak ke Singapura.", "id")
    assert (("Badr Abdelatty",), ("Singapura",)) in found.events(EventKind.VISIT)
    assert not any("Sugiono" in agents for agents, _ in found.events(EventKind.VISIT))


def test_en_the_pronoun_is_the_subject_after_the_fronted_place() -> None:
    found = read("In Cairo, Sugiono met Egyptian Foreign Minister Badr Abdelatty. "
                 "He then flew to Jordan to meet King Abdullah II.", "en")
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Jordan",))}
