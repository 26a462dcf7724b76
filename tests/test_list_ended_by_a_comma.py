"""A coordinated list ended by a comma (session 17, the lead): in "visited Peru and Chile, an Indian official said"
the comma after the last coordinated name closes the list — what follows is another phrase (the reporting clause,
an apposition), not a conjunct — so both names stay the verb's; before, the demonym after the comma was read as a
third conjunct no coordinator joined, and the whole list fell back to its first name. A comma list no coordinator
joins at all is still no list ("sanctioned Peru, Bolivia said": Peru alone). Both languages; sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "kind", "facts"), [
    ("Ana Ruiz visited Peru and Chile, a Chilean official said.", "en", EventKind.VISIT,
     {(("Ana Ruiz",), ("Peru", "Chile"))}),
    ("Ana Ruiz met Marta Vidal and Igor Sechin, an Argentine diplomat said.", "en", EventKind.MEETING,
     {(("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Igor Sechin"), ())}),
    ("Chile sanctioned Peru and Bolivia, a Brazilian newspaper reported.", "en", EventKind.SANCTION,
     {(("Chile",), ("Peru", "Bolivia"))}),
    ("Ana Ruiz mengunjungi Peru dan Chili, kata seorang pejabat Brasil.", "id", EventKind.VISIT,
     {(("Ana Ruiz",), ("Peru", "Chili"))}),
])
def test_a_comma_after_the_last_conjunct_ends_the_list(text: str, lang: str, kind: EventKind, facts: set) -> None:
    assert read(text, lang).events(kind) == facts


@pytest.mark.parametrize(("text", "lang", "kind", "facts"), [
    # no coordinator joins the names: Bolivia is the reporting clause's subject, no second target
    ("Chile sanctioned Peru, Bolivia said.", "en", EventKind.SANCTION, {(("Chile",), ("Peru",))}),
    ("Chili menjatuhkan sanksi terhadap Peru, kata Bolivia.", "id", EventKind.SANCTION, {(("Chili",), ("Peru",))}),
    # a list the coordinator closes after the commas is whole
    ("Ana Ruiz visited Peru, Chile and Bolivia.", "en", EventKind.VISIT,
     {(("Ana Ruiz",), ("Peru", "Chile", "Bolivia"))}),
])
def test_a_list_no_coordinator_closes_is_unchanged(text: str, lang: str, kind: EventKind, facts: set) -> None:
    assert read(text, lang).events(kind) == facts
