"""Whitespace between sentences changes no fact: one space, two spaces, a line break inside a paragraph or a blank
line after a full stop end the sentence before the same way (``kg_sentence_quotes`` gives the blank to the sentence
it follows, so every sentence opens with its word). Before, the blank opened the next sentence and a rule reading
that sentence's first word ("Designated entities include …", "The presidents of A and B met") found a space."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind
from kg.nlp.pipeline import make_pipeline

SEPARATORS = [" ", "  ", "\n", "\n\n"]
# plain ids: the mutation run passes node ids through a file, where quotes, backslashes and blanks do not survive
NAMES = {" ": "space", "  ": "two-spaces", "\n": "newline", "\n\n": "blank-line", " \n ": "spaced-newline"}

# (lang, first sentence, second sentence, kind, the facts of that kind in the two sentences)
CASES = [
    ("en", "Canada imposed sanctions on four entities.", "Designated entities include Hezbollah and Hamas.",
     EventKind.SANCTION, {(("Canada",), ("Hezbollah", "Hamas"))}),
    ("en", "Ana Ruiz of Chile met Marta Vidal of Peru on Tuesday.",
     "The presidents of Bolivia and Ecuador met on Friday.",
     EventKind.MEETING, {(("Ana Ruiz", "Marta Vidal"), ()), (("Bolivia", "Ecuador"), ())}),
    ("en", "Britain imposed sanctions on Iran on Friday.", "The government also sanctioned Hezbollah.",
     EventKind.SANCTION, {(("United Kingdom",), ("Iran",)), (("United Kingdom",), ("Hezbollah",))}),
    ("en", "Britain imposed sanctions on Iran on Friday.", '"We will not accept this," Iran said.',
     EventKind.STATEMENT, {(("Iran",), ())}),
    ("id", "Kanada menjatuhkan sanksi terhadap empat entitas.", "Sasaran sanksi itu termasuk Hizbullah dan Hamas.",
     EventKind.SANCTION, {(("Kanada",), ("Hezbollah", "Hamas"))}),
    ("id", "Ana Ruiz dari Chile bertemu Marta Vidal dari Peru.",
     "Presiden Bolivia dan Ekuador bertemu pada hari Jumat.",
     EventKind.MEETING, {(("Ana Ruiz", "Marta Vidal"), ()), (("Bolivia", "Ekuador"), ())}),
]

# a meeting told before gives the listing sentence no act: no sanction, whatever the spacing
NEGATIVES = [
    ("en", "Chile met Peru on Monday.", "Designated entities include Hezbollah and Hamas.", EventKind.SANCTION),
    ("id", "Kanada bertemu Peru pada hari Senin.", "Sasaran sanksi itu termasuk Hizbullah dan Hamas.",
     EventKind.SANCTION),
]


@pytest.mark.parametrize("separator", SEPARATORS, ids=NAMES.get)
@pytest.mark.parametrize(("lang", "first", "second", "kind", "facts"), CASES)
def test_same_facts_whatever_the_whitespace(lang: str, first: str, second: str, kind: EventKind,
                                            facts: set, separator: str) -> None:
    assert read(first + separator + second, lang).events(kind) == facts


@pytest.mark.parametrize("separator", SEPARATORS, ids=NAMES.get)
@pytest.mark.parametrize(("lang", "first", "second", "kind"), NEGATIVES)
def test_no_act_told_before_whatever_the_whitespace(lang: str, first: str, second: str, kind: EventKind,
                                                    separator: str) -> None:
    facts = read(first + separator + second, lang)
    assert facts.events(kind) == set()
    assert {"Hezbollah", "Hamas"} <= facts.entity_names()


@pytest.mark.parametrize("separator", ["  ", "\n", "\n\n", " \n "], ids=NAMES.get)
def test_a_sentence_opens_with_its_word(separator: str) -> None:
    doc = make_pipeline("en")(f"Chile met Peru.{separator}Bolivia met Ecuador.")
    assert [s.text.strip() for s in doc.sents] == ["Chile met Peru.", "Bolivia met Ecuador."]
    assert [s[0].text for s in doc.sents] == ["Chile", "Bolivia"]
