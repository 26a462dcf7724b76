"""Who speaks, as minimal pairs: a speaker named by an apposition after the speech verb, the order in which the
two speech frames read an English verb that takes its speaker on either side, and the partner named with "I" /
"saya" inside a quotation (whom "we" / "kami" then includes). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

QUOTE = {"en": '"We are ready to negotiate,"', "id": '"Kami siap berunding,"'}
LULA = "Luiz Inácio Lula da Silva"  # "President Lula" links to the gazetteer's person


@pytest.mark.parametrize(("lang", "after"), [
    ("en", "said the adviser of President Lula, Celso Amorim."),
    ("id", "kata penasihat Presiden Lula, Celso Amorim."),
])
def test_a_person_apposed_to_a_titled_phrase_after_the_speech_verb_is_the_speaker(lang: str, after: str) -> None:
    """ "kata penasihat Presiden Lula, Celso Amorim": the adviser speaks, and the apposition names him."""
    found = read(f"{QUOTE[lang]} {after}", lang)
    assert found.events(EventKind.STATEMENT) == {(("Celso Amorim",), ())}


@pytest.mark.parametrize(("lang", "after"), [
    ("en", "said President Lula, in Brasilia."),
    ("id", "kata Presiden Lula, di Brasilia."),
])
def test_a_comma_without_a_person_after_it_leaves_the_speaker_named_after_the_verb(lang: str, after: str) -> None:
    found = read(f"{QUOTE[lang]} {after}", lang)
    assert "Brasília" in found.entity_names()
    assert found.events(EventKind.STATEMENT) == {((LULA,), ())}


@pytest.mark.parametrize(("text", "speaker"), [
    # no quotation before the verb: the speaker is its subject, the name after it is whom he told
    ("Lula told Prime Minister Albanese that Brazil would help.", "Lula"),
    ("Lula told Albanese that Brazil would help.", "Lula"),
    # right after a quotation the speaker follows the verb
    ('"Brazil will help," said Lula.', "Lula"),
])
def test_an_english_speech_verb_takes_its_speaker_from_the_side_the_quotation_leaves(text: str, speaker: str) -> None:
    found = read(text, "en")
    assert {"Lula", "Brazil"} <= found.entity_names()
    assert found.events(EventKind.STATEMENT) == {((speaker,), ())}


# --------------------------------------------------------------------------- "Albanese and I … we …"


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", '"Prime Minister Albanese and I spoke on Sunday, and we agreed to expand trade," Lula said.',
     EventKind.AGREEMENT),
    ("en", '"I and Prime Minister Albanese spoke on Sunday, and we agreed to expand trade," Lula said.',
     EventKind.AGREEMENT),
    ("id", '"Perdana Menteri Albanese dan saya telah bertemu, dan kami sepakat memperluas perdagangan," kata Lula.',
     EventKind.AGREEMENT),
    ("id", '"Saya dan Perdana Menteri Albanese telah bertemu, dan kami sepakat memperluas perdagangan," kata Lula.',
     EventKind.AGREEMENT),
])
def test_we_after_a_person_named_with_i_are_the_speaker_and_that_person(lang: str, text: str,
                                                                        kind: EventKind) -> None:
    found = read(text, lang)
    assert {agents for agents, _ in found.events(kind)} == {("Albanese", "Lula")}
    assert found.events(EventKind.STATEMENT) == {(("Lula",), ())}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"You and I spoke on Sunday, and we agreed to expand trade," Lula said.'),
    ("id", '"Anda dan saya telah bertemu, dan kami sepakat memperluas perdagangan," kata Lula.'),
    # a name before "I" that is not joined to it by "and"
    ("en", '"Prime Minister Albanese, I think, spoke well, and we agreed to expand trade," Lula said.'),
])
def test_we_without_a_named_partner_make_no_agreement(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.STATEMENT) == {(("Lula",), ())}
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize("text", [
    "Spokesman for the Foreign Ministry of Japan, Kenji Tanaka, said Tokyo rejected the proposal.",
    "Kenji Tanaka, a spokesperson for the Foreign Ministry of Japan, said Tokyo rejected the proposal.",
])
def test_a_name_after_said_and_before_its_own_verb_opens_the_reported_clause(text: str) -> None:
    """ "…, said Tokyo rejected …": the parse tags "rejected" a verb, so Tokyo is the reported clause's subject and
    the speaker is the apposed subject before "said"."""
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == {(("Kenji Tanaka",), ())}
    assert "Tokyo" in found.entity_names()


@pytest.mark.parametrize("text", [
    '"We will respond," said Kenji Tanaka on Monday.',
    '"We will respond," said Kenji Tanaka, adding that talks would continue.',
    "The plan failed, said Kenji Tanaka late on Monday.",
])
def test_a_name_after_said_with_no_verb_of_its_own_is_the_speaker(text: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {(("Kenji Tanaka",), ())}
