"""``kg_sentence_quotes``: whitespace between sentences (two spaces, a line break, a blank line) ends the sentence
before it, so every sentence opens with its first word, whatever the spacing; a blank line ends a sentence (a
headline, a dateline line or a list's heading has no full stop: a headline, a blank line and "BRUSSELS (Reuters) - …"
are two sentences); an opening quote after a full stop starts the next sentence; a comma or a lowercase word after a
full stop glued to a word ("Jr.,", "Jr. tiba") ends none. ``kg_abbreviation_ends``: a name word that the tokenizer
reads as an abbreviation of a proper name ("Jun." for June) ends its sentence when a name word stands before it and a
capitalised word (or nothing) after it: "… met Defence Minister Dong Jun. The talks …".

spaCy's rule-based ``sentencizer`` keeps punctuation that follows a full stop in the
sentence it ends, which is right for a closing quote (`… dan kokoh.”`) but wrong for
an opening one (`… Ukraina. "Europe must …`): the evidence sentence would end in a
stray quote and the next one would lose it. A quote hugging the next word, after a
space, opens a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})
CLAUSE_MARKS = frozenset({",", ";"})  # after an abbreviation's full stop ("Marcos Jr., yang …"): the sentence goes on


@Language.component("kg_sentence_quotes")
def fix_opening_quotes(doc: Doc) -> Doc:
    for tok in doc[1:-1]:
        if tok.is_space:
            if tok.is_sent_start:
                tok.is_sent_start = False  # the blank ends the sentence before: the next one opens with its word
                doc[tok.i + 1].is_sent_start = True
            elif tok.text.count("\n") >= 2:
                doc[tok.i + 1].is_sent_start = True  # a paragraph ends its sentence, with a full stop or without
            continue
        if tok.text in CLAUSE_MARKS:
            _abbreviation_goes_on(doc, tok.i)
            _quoted_exclamation_goes_on(doc, tok.i)
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


def _quoted_exclamation_goes_on(doc: Doc, i: int) -> None:
    """A comma after a quotation closed by "!" or "?" (`"We will meet Peru!", X said`): the quotation is the object of
    the verb after the comma, so no sentence starts there."""
    if i >= 2 and doc[i - 1].text in CLOSING_QUOTES and doc[i - 2].text in {"!", "?"} and doc[i + 1].is_sent_start:
        doc[i + 1].is_sent_start = False


@Language.component("kg_abbreviation_ends")
def split_abbreviation_ends(doc: Doc) -> Doc:
    """ "Dong Jun. The talks": the tokenizer's exception reads "Jun." as June (its norm a capitalised word without a
    full stop); between a name word and a capitalised word (not a number: "Jun. 5") or the text's end it is a name
    word and a full stop, split before the sentencizer sees them."""
    ends = [tok for tok in doc[1:] if tok.text.endswith(".") and _name_word_and_full_stop(doc, tok)]
    if ends:
        with doc.retokenize() as retokenizer:
            for tok in ends:
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return doc


def _name_word_and_full_stop(doc: Doc, tok: Token) -> bool:
    text = tok.text
    if len(text) < 3 or not text.endswith(".") or not text[:-1].isalpha() or not text[0].isupper():
        return False
    norm = tok.norm_
    if "." in norm or not norm[:1].isupper() or norm.lower() == text[:-1].lower():
        return False  # not an abbreviation of a proper name ("Gen.", "Co.", "Jr." keep their full stop)
    prev = doc[tok.i - 1]
    if not (prev.is_alpha and prev.is_title):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or (nxt.is_title and nxt.is_alpha and bool(tok.whitespace_))
