"""The claim nouns a denial may be called false by ("called the findings baseless") are read from the denial verbs'
phrases ("rejected the findings"): the phrase's last word and, where it ends in a plural suffix, its singular — so
"the finding" is a claim too (``EventWords`` claim nouns, mut18, seed 193: ``_read`` 79 took the singular of the
phrase's second word); a few words of its noun phrase may stand after the verb. English: Indonesian marks no plural
on the noun. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("noun", ["finding", "findings"])
def test_a_claim_noun_singular_or_plural_called_false_is_denied(noun: str) -> None:
    assert read(f"Chile called the {noun} baseless.", "en").events(EventKind.DENIAL) == {(("Chile",), ())}


@pytest.mark.parametrize("noun", ["finding", "findings"])
def test_a_claim_noun_called_serious_is_not_denied(noun: str) -> None:
    x = read(f"Chile called the {noun} serious.", "en")
    assert x.entity_names() == {"Chile"}
    assert not x.events(EventKind.DENIAL)


def test_a_claim_noun_a_few_modifiers_after_the_verb_is_denied() -> None:
    """Up to four words of the noun phrase may stand between the verb and the claim noun."""
    assert read("Chile called the latest two allegations baseless.", "en").events(EventKind.DENIAL) == {
        (("Chile",), ())}
