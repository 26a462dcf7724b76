"""kg.sparql: values become SPARQL terms that cannot change the query around them."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.sparql import iri_ref, iri_refs, is_language_tag, prologue, string_literal

HOSTILE = ['a"b', "back\\slash", "line\nbreak\r\n", "} } >", "'''", '"""', "tab\there", "x\\", "#comment",
           'Evil" } ; DROP ALL ; #>\n', "bell\b and feed\f", "é ü 中文"]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_string_literal_matches_exactly_its_text(text: str) -> None:
    """rdflib parses the query and the literal equals the text: nothing leaked into the syntax."""
    graph = Graph()
    subject = URIRef("urn:x:1")
    graph.add((subject, RDFS.label, Literal(text, lang="en")))
    graph.add((URIRef("urn:x:2"), RDFS.label, Literal("other", lang="en")))
    literal = string_literal(text, "en")
    assert "\n" not in literal and "\r" not in literal
    rows = list(graph.query(f"SELECT ?s WHERE {{ ?s <{RDFS.label}> {literal} }}"))
    assert [row[0] for row in rows] == [subject]


def test_string_literal_refuses_control_characters_and_bad_tags() -> None:
    with pytest.raises(ValueError, match="control character"):
        string_literal("nul\x00byte")
    with pytest.raises(ValueError, match="not a language tag"):
        string_literal("x", 'en" } DROP ALL #')
    assert string_literal('a"b', "EN") == '"a\\"b"@en'
    assert string_literal("plain") == '"plain"'


def test_language_tags() -> None:
    assert is_language_tag("en") and is_language_tag("pt-BR") and is_language_tag("zh-Hant-TW")
    assert not is_language_tag("") and not is_language_tag("en_US") and not is_language_tag("en ")


def test_iri_refs_are_checked() -> None:
    assert iri_ref("https://w3id.org/newskg/id/graph/a%20b") == "<https://w3id.org/newskg/id/graph/a%20b>"
    assert iri_refs(["urn:x:1", "urn:x:2"]) == "<urn:x:1> <urn:x:2>"
    for bad in ("not an iri", "http://x/> } DROP ALL", "http://x/{y}", "relative/path"):
        with pytest.raises(ValueError):
            iri_ref(bad)


def test_prologue() -> None:
    text = prologue({"kg": "https://w3id.org/newskg/ontology#", "rdfs": str(RDFS)})
    assert text == ("PREFIX kg: <https://w3id.org/newskg/ontology#>\n"
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
    graph = Graph()
    graph.add((URIRef("urn:x:1"), RDFS.label, Literal("x")))
    assert len(list(graph.query(text + "SELECT ?s WHERE { ?s rdfs:label ?l }"))) == 1
