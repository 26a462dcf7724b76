"""Guards of the body opening the phrase of its unnamed head (``kg.extract.anaphora._opens_unnamed_body_head``),
pinned by a minimal pair (branch mut21): the head's title may end three words after the body ("U.N. human rights
chief condemns …" in a headline) — the head spoke, the body did no act that a later "condemned the killings"
accuses; an act the body itself did ("The African Union struck a rebel camp") is still condemned. English (Indonesian
heads write the title first). Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_headline_of_a_head_three_words_after_the_body_is_no_act_to_condemn() -> None:
    found = read("U.N. human rights chief condemns killings\n\nGENEVA (Reuters) - U.N. High Commissioner for Human "
                 "Rights Volker Türk on Friday condemned the killings.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert found.events(EventKind.STATEMENT) == {(("Volker Türk",), ())}


def test_an_act_the_body_did_is_condemned() -> None:
    found = read("The African Union struck a rebel camp on Monday. Chile condemned the attack.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("African Union",))}


# an unnamed head with a person right after its verb, and the same head named in apposition (mut22, seed 211:
# unnamed_offices.title_owner 18 — the apposition test turned round read "met Ana Ruiz" as the head's name)
def test_an_unnamed_body_head_meeting_a_person_is_no_meeting_of_the_body() -> None:
    found = read("The IAEA chief met Ana Ruiz in Vienna.", "en")
    assert found.types()["Ana Ruiz"] == "Person"
    assert found.events(EventKind.MEETING) == set()


def test_a_body_head_named_in_apposition_meets_as_that_person() -> None:
    found = read("The IAEA chief, Ana Ruiz, met Chile in Vienna.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Chile"), ())}
