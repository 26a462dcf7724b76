"""kg_sentence_quotes: where a sentence starts around quotation marks."""

from __future__ import annotations

import spacy
from facts import read

import kg.nlp.sentences  # noqa: F401  (registers kg_sentence_quotes)
from kg.model import EventKind


def test_an_opening_quote_after_a_full_stop_starts_the_next_sentence() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_sentence_quotes")
    doc = nlp('Menteri itu tiba di Jakarta. "Kami siap," katanya. Ia pulang dengan “gembira.” Lalu pergi.')
    assert [s.text for s in doc.sents] == [
        "Menteri itu tiba di Jakarta.", '"Kami siap," katanya.', "Ia pulang dengan “gembira.”", "Lalu pergi."]


def test_a_comma_glued_to_a_full_stop_follows_an_abbreviation_and_ends_no_sentence() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_sentence_quotes")
    doc = nlp("Presiden Ferdinand Marcos Jr., yang tiba di Jakarta, bertemu Prabowo. Ia pulang Senin.")
    assert [s.text for s in doc.sents] == [
        "Presiden Ferdinand Marcos Jr., yang tiba di Jakarta, bertemu Prabowo.", "Ia pulang Senin."]


def test_a_visitor_named_with_an_abbreviation_before_a_relative_clause_visits_and_meets() -> None:
    found = read("Presiden Filipina Ferdinand Marcos Jr., yang berkunjung ke Jakarta pekan ini, bertemu dengan "
                 "Presiden Prabowo Subianto.", "id")
    marcos = next(name for name in found.entity_names() if "Marcos" in name)
    assert found.events(EventKind.VISIT) == {((marcos,), ("Jakarta",))}
    assert found.events(EventKind.MEETING) == {((marcos, "Prabowo Subianto"), ())}
