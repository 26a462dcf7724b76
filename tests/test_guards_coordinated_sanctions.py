"""A sanction verb's target stands after every sanction noun coordinated with its own ("menjatuhkan sanksi ekonomi
dan larangan perjalanan kepada X", "imposed sanctions and an embargo on X"): the verb's frame reads past them, a
modifier after the noun and an article after "and" included, so the fact is the verb's (its rule, its
confidence), one sanction, not one read off the last noun. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def _sanctions(text: str, lang: str) -> set[tuple[tuple[str, ...], tuple[str, ...], str]]:
    found = read(text, lang)
    return {(tuple(found.names[a] for a in ev.agents), tuple(found.names[t] for t in ev.targets), ev.evidence.rule)
            for ev in found.extraction.events if ev.kind is EventKind.SANCTION}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Uni Eropa menjatuhkan sanksi ekonomi dan larangan perjalanan kepada Rusia.", "id",
     (("Uni Eropa",), ("Rusia",), "id:sanction:verb:menjatuhkan_sanksi")),
    ("The European Union imposed sanctions and an embargo on Russia.", "en",
     (("European Union",), ("Russia",), "en:sanction:verb:imposed_sanctions")),
    ("The European Union imposed sanctions and the embargo on Russia.", "en",
     (("European Union",), ("Russia",), "en:sanction:verb:imposed_sanctions")),
])
def test_a_sanction_verbs_target_after_coordinated_sanction_nouns_is_the_verbs(text: str, lang: str,
                                                                             fact: tuple) -> None:
    assert _sanctions(text, lang) == {fact}


@pytest.mark.parametrize(("text", "lang"), [
    ("Uni Eropa menjatuhkan sanksi dan mengirim bantuan kepada Rusia.", "id"),
    ("The European Union imposed sanctions and sent aid to Russia.", "en"),
])
def test_a_name_after_another_verb_coordinated_with_the_sanction_is_not_its_target(text: str, lang: str) -> None:
    found = read(text, lang)
    assert len(found.entity_names()) == 2
    assert _sanctions(text, lang) == set()
