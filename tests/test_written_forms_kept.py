"""The article's spelling of a linked name is kept as an alias (session 18, the lead): "Kim Jong Un" beside the
gazetteer's "Kim Jong-un". Before, a written form that only differed from the linked name by hyphens, dots or
spacing (what ``kg.text.normalise`` folds) was dropped, so the graph held no literal the article wrote and a search
for the article's words found nothing. A form differing only by case (a dateline's capitals) adds no alias.
Sentences written for these tests."""

from __future__ import annotations

from facts import read
from rdflib import Literal
from rdflib.namespace import SKOS

from kg.rdf import to_graph


def _aliases(text: str, lang: str, name: str) -> tuple[str, ...]:
    return next(e.aliases for e in read(text, lang).extraction.entities if e.name == name)


def test_a_spelling_the_link_folds_is_kept() -> None:
    text = "Pemimpin Korea Utara Kim Jong Un meninjau uji coba itu."
    assert "Kim Jong Un" in _aliases(text, "id", "Kim Jong-un")


def test_the_kept_spelling_is_an_alt_label_in_the_graph() -> None:
    r = read("North Korean leader Kim Jong Un watched the test.", "en")
    _, graph = to_graph(r.extraction)
    assert (None, SKOS.altLabel, Literal("Kim Jong Un", lang="en")) in graph


def test_a_form_differing_only_by_case_adds_no_alias() -> None:
    aliases = _aliases("CHILE said on Monday that Chile would send an envoy.", "en", "Chile")
    assert aliases == ()
