"""kg.text: the one normaliser, slug and matching rules, shared by gazetteer, coreference, linking and IRIs."""

from __future__ import annotations

import pytest
import spacy

from kg import gazetteer, link, rdf
from kg.model import EntityType
from kg.nlp.coref import Cluster
from kg.text import is_case_sensitive, normalise, slug, spelling_variants, strip_accents


def test_normalisation() -> None:
    assert normalise("Kim Jong-un") == normalise("Kim Jong Un") == "kim jong un"
    assert normalise("U.S.") == normalise("US") == "us"
    assert normalise("São  Paulo") == "sao paulo"
    assert normalise("Xi’an") == normalise("Xian")
    assert normalise("Washington, D.C.") == "washington dc"


def test_ascii_text_has_no_accents_to_strip() -> None:
    ascii_text = "".join(chr(c) for c in range(128))
    assert strip_accents(ascii_text) == ascii_text
    assert strip_accents("Jóko Štefan") == "Joko Stefan"  # and text that has some keeps its letters


@pytest.mark.parametrize(("name", "expected"), [
    ("Joko Widodo", "joko-widodo"),
    ("JOKO  WIDODO", "joko-widodo"),
    ("Jóko-Widodo", "joko-widodo"),
    ("Xi'an", "xi-an"),
    ("Jonas Gahr Støre", "jonas-gahr-støre"),  # letters without a decomposition are kept
    ("...", ""),
])
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_iri_minting_uses_the_one_slug() -> None:
    assert rdf.slugify is slug


def test_case_sensitivity_rule() -> None:
    assert is_case_sensitive("AS")
    assert is_case_sensitive("U.S.")
    assert is_case_sensitive("DK PBB")
    assert is_case_sensitive("Turkey")  # also a lowercase word
    assert not is_case_sensitive("Korea Utara")
    assert not is_case_sensitive("United Nations Security Council")


def test_spelling_variants() -> None:
    assert spelling_variants("Kim Jong-un") == ["Kim Jong-un", "Kim Jong un"]
    assert spelling_variants("Ōsaka") == ["Ōsaka", "Osaka"]
    assert spelling_variants("Xi'an") == ["Xi'an", "Xi’an"]
    assert spelling_variants("Republic of the Congo") == ["Republic of the Congo", "Republic of Congo"]
    assert spelling_variants("Republic of Congo") == ["Republic of Congo"]  # no article is made up


# --------------------------------------------------------------------------- the stages agree


def test_a_name_with_of_the_is_found_without_its_article() -> None:
    """ "Democratic Republic of Congo" is the gazetteer's "Democratic Republic of the Congo" — not the Republic of
    the Congo, which the same words without "Democratic" name."""
    gaz = gazetteer.load()
    assert [e.qid for e in gaz.lookup("Democratic Republic of Congo")][:1] == ["Q974"]
    assert [e.qid for e in gaz.lookup("Republic of Congo")][:1] == ["Q971"]
    assert gaz.lookup("Republic of Atlantis") == []


def test_coreference_keys_a_dotted_abbreviation_like_the_gazetteer() -> None:
    """"U.S." and "US" are one name for the gazetteer index, so one surface form of a cluster too."""
    gaz = gazetteer.load()
    assert [e.qid for e in gaz.lookup("U.S.")][:1] == [e.qid for e in gaz.lookup("US")][:1] == ["Q30"]
    doc = spacy.blank("en")("U.S. and US")
    cluster = Cluster(0, EntityType.COUNTRY, spans=[doc[0:1], doc[2:3]])
    assert cluster.surface_forms == ["U.S."]


def test_linking_finds_a_person_through_the_gazetteer_word_index() -> None:
    """A full name the phrase matcher gave no candidates for is looked up word by word in the gazetteer's
    index: the mention's words must be normalised as the index's ("Ja'far" is one word, ``jafar``)."""
    chosen = link.choose(EntityType.PERSON, ["Usman Ja'far"], (), set())
    assert chosen.entry is not None and chosen.entry.name_en == "Usman Ja'far"


def test_normalisation_is_remembered_and_stays_right_past_the_memorys_size() -> None:
    """normalise keeps its recent answers (a name is normalised again and again: the gazetteer's index, the name
    finder's word lists, every mention); more distinct names than it keeps are answered the same, the first again."""
    kept = normalise.cache_info().maxsize
    assert kept is not None and kept >= 10_000
    first = normalise("Kim Jong-un")
    assert first == "kim jong un" and normalise("Kim Jong-un") is first
    for number in range(kept + 10):
        assert normalise(f"Tuan Ṣ. Ōta-{number}") == f"tuan s ota {number}"
    assert normalise("Kim Jong-un") == "kim jong un"
    assert normalise("Washington, D.C.") == "washington dc"
