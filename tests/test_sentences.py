"""kg_sentence_quotes: where a sentence starts around quotation marks."""

from __future__ import annotations

import spacy

import kg.nlp.sentences  # noqa: F401  (registers kg_sentence_quotes)


def test_an_opening_quote_after_a_full_stop_starts_the_next_sentence() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_sentence_quotes")
    doc = nlp('Menteri itu tiba di Jakarta. "Kami siap," katanya. Ia pulang dengan “gembira.” Lalu pergi.')
    assert [s.text for s in doc.sents] == [
        "Menteri itu tiba di Jakarta.", '"Kami siap," katanya.', "Ia pulang dengan “gembira.”", "Lalu pergi."]
