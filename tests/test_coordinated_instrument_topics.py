"""An instrument's topic of coordinated nouns (branch en17t, issue 9): "a memorandum of understanding on water
management and sanitation services", "agreements on maritime security, fisheries and the blue economy", "nota
kesepahaman tentang pengelolaan air dan layanan sanitasi perkotaan" — every conjunct of the topic belongs to the
instrument's name, and its signers are parties to that one instrument. A verb after the coordinator ("and discussed
…"), a second instrument ("and an extradition treaty"), a new clause's subject ("and the two ministers left") or a
comma before another clause ("…, the ministry said") ends the topic where it was. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Kenya and Ghana signed a memorandum of understanding on water management and sanitation services.", "en",
     "memorandum of understanding on water management and sanitation services"),
    ("Kenya and Ghana signed agreements on maritime security, fisheries and the blue economy on Friday.", "en",
     "agreements on maritime security, fisheries and the blue economy"),
    ("Kenya and Ghana signed an agreement on road safety, rail transport, and port logistics.", "en",
     "agreement on road safety, rail transport, and port logistics"),
    ("Kenya dan Ghana menandatangani nota kesepahaman tentang pengelolaan air dan layanan sanitasi perkotaan.", "id",
     "nota kesepahaman tentang pengelolaan air dan layanan sanitasi perkotaan"),
    ("Kenya dan Ghana menandatangani nota kesepahaman di bidang perikanan, pertanian dan energi terbarukan pada "
     "Jumat.", "id", "nota kesepahaman di bidang perikanan, pertanian dan energi terbarukan"),
])
def test_every_coordinated_topic_word_names_the_one_instrument(text: str, lang: str, treaty: str) -> None:
    x = read(text, lang)
    assert x.types()[treaty] == "Treaty"
    assert x.relations(RelationKind.TREATY_PARTY) == {("Kenya", treaty), ("Ghana", treaty)}
    assert x.events(EventKind.AGREEMENT) == {(("Ghana", "Kenya"), ())}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Kenya and Ghana signed an agreement on energy and discussed regional trade.", "en", "agreement on energy"),
    ("Kenya and Ghana signed an agreement on trade and an extradition treaty.", "en", "agreement on trade"),
    ("Kenya and Ghana signed an agreement on trade and the two ministers left.", "en", "agreement on trade"),
    ("Kenya and Ghana signed an agreement on trade, the ministry said.", "en", "agreement on trade"),
    ("Kenya dan Ghana menandatangani nota kesepahaman tentang perdagangan dan membahas isu keamanan.", "id",
     "nota kesepahaman tentang perdagangan"),
    ("Kenya dan Ghana menandatangani nota kesepahaman tentang perdagangan dan perjanjian ekstradisi.", "id",
     "nota kesepahaman tentang perdagangan"),
])
def test_a_verb_an_instrument_or_a_clause_after_the_coordinator_ends_the_topic(text: str, lang: str,
                                                                             treaty: str) -> None:
    x = read(text, lang)
    treaties = {name for name, kind in x.types().items() if kind == "Treaty"}
    assert treaty in treaties
    assert not any(name.startswith(treaty) and name != treaty for name in treaties)
    assert {("Kenya", treaty), ("Ghana", treaty)} <= x.relations(RelationKind.TREATY_PARTY)
