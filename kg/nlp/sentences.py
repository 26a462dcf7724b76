"""``kg_sentence_quotes``: an opening quote after a full stop starts the next sentence; a comma or a lowercase word
after a full stop glued to a word ("Jr.,", "Jr. tiba") ends none.

spaCy's rule-based ``sentencizer`` keeps punctuation that follows a full stop in the
sentence it ends, which is right for a closing quote (`… dan kokoh.”`) but wrong for
an opening one (`… Ukraina. "Europe must …`): the evidence sentence would end in a
stray quote and the next one would lose it. A quote hugging the next word, after a
space, opens a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})
CLAUSE_MARKS = frozenset({",", ";"})  # after an abbreviation's full stop ("Marcos Jr., yang …"): the sentence goes on


@Language.component("kg_sentence_quotes")
def fix_opening_quotes(doc: Doc) -> Doc:
    for tok in doc[1:-1]:
        if tok.text in CLAUSE_MARKS:
            _abbreviation_goes_on(doc, tok.i)
            continue
        if tok.is_lower and tok.is_alpha and tok.is_sent_start:
            _abbreviation_goes_on(doc, tok.i, lowercase=True)
            continue
        if tok.text not in OPENING_QUOTES:
            continue  # nearly every token: no need to make its neighbours' Token objects
        prev = doc[tok.i - 1]
        nxt = doc[tok.i + 1]
        if (not tok.is_sent_start and prev.whitespace_ and not tok.whitespace_
                and prev.text in {".", "!", "?", "…"} and nxt.is_sent_start):
            tok.is_sent_start = True
            nxt.is_sent_start = False
    return doc


def _abbreviation_goes_on(doc: Doc, i: int, *, lowercase: bool = False) -> None:
    """A comma glued to a full stop ("Ferdinand Marcos Jr., yang …", "PT Maju Co.; …") follows an abbreviation: no
    sentence ends there, so the word after the comma opens none. With ``lowercase``, token ``i`` is a lowercase word
    after a full stop glued to a word ("Ferdinand Marcos Jr. tiba di …"): an abbreviation again, no sentence's end."""
    prev = doc[i - 1]
    if lowercase:
        if prev.text == "." and i >= 2 and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
            doc[i].is_sent_start = False
        return
    nxt = doc[i + 1]
    if prev.text == "." and not prev.whitespace_ and nxt.is_sent_start:
        nxt.is_sent_start = False
