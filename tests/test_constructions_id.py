"""Indonesian constructions of ordinary news that the word windows missed (issue 9, unseen-news work): each a
class of sentences, tested with sentences written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU, BELARUS, US, CUBA = "Uni Eropa", "Belarus", "Amerika Serikat", "Kuba"


# --------------------------------------------------------------------------- sanksi sebagai kata benda


@pytest.mark.parametrize(("text", "imposer", "target"), [
    # a relative passive clause: its agent right after the verb, or after "oleh"
    ("Sanksi yang dijatuhkan Uni Eropa kepada Belarus diperpanjang.", EU, BELARUS),
    ("Sanksi yang diberlakukan oleh Amerika Serikat terhadap Kuba sudah berlangsung puluhan tahun.", US, CUBA),
    ("Embargo yang diberlakukan Amerika Serikat terhadap Kuba dikritik banyak negara.", US, CUBA),
    # a possessor right after the noun, a capital standing for its government
    ("Sanksi Washington terhadap Moskwa mulai berlaku pekan lalu.", "Washington", "Moscow"),
    ("Sanksi Amerika Serikat atas Kuba diperluas.", US, CUBA),
])
def test_a_nominal_sanction_names_its_imposer_and_target(text: str, imposer: str, target: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {((imposer,), (target,))}


def test_a_sanction_imposed_by_no_one_named_has_no_imposer() -> None:
    assert read("Sanksi yang dijatuhkan kepada Belarus diperpanjang.", "id").events(
        EventKind.SANCTION) == {((), (BELARUS,))}


@pytest.mark.parametrize("text", [
    "Uni Eropa mencabut sanksi yang dijatuhkan kepada Belarus.",  # lifted
    "Uni Eropa mengancam akan menjatuhkan sanksi kepada Belarus.",  # threatened
])
def test_lifted_or_negated_nominal_sanctions_are_not_asserted(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.SANCTION) == set()
    assert {EU, BELARUS} <= found.entity_names()



# --------------------------------------------------------------------------- nama organisasi di awal kalimat


def test_a_name_opening_a_sentence_keeps_a_common_first_word_the_text_writes_inside_a_sentence() -> None:
    found = read("Human Rights Watch menuduh Israel melanggar hukum internasional. Israel membantah laporan Human "
                 "Rights Watch.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Human Rights Watch",), ("Israel",))}


@pytest.mark.parametrize(("text", "accuser"), [
    # the common word opens a longer run than the one written inside: it is no word of the name
    ("Laporan Human Rights Watch menuduh Israel. Israel membantah laporan Human Rights Watch.", "Human Rights Watch"),
    # a run with a known name in it stays the known name ("Pemerintah" by metonymy)
    ("Pemerintah Indonesia menuduh Israel. Israel membantah tuduhan Pemerintah Indonesia.", "Indonesia"),
])
def test_a_common_word_before_a_name_at_a_sentence_start_stays_out_of_it(text: str, accuser: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.ACCUSATION) == {((accuser,), ("Israel",))}


@pytest.mark.parametrize("text", [
    "Organisasi HAM Amnesty International menuduh Myanmar menyiksa tahanan.",
    "Kelompok HAM Amnesty International menuduh Myanmar menyiksa tahanan.",
])
def test_a_class_noun_and_its_field_before_a_name_are_not_the_name(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.ACCUSATION) == {(("Amnesty International",), ("Myanmar",))}


def test_the_speaker_named_after_a_class_noun_and_its_field_speaks() -> None:
    found = read("Menurut Organisasi HAM Amnesty International, Myanmar menyiksa tahanan.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Amnesty International",), ())}


def test_an_organisation_named_with_its_class_noun_and_no_acronym_keeps_it() -> None:
    found = read("Organisasi Kerja Sama Islam mengecam Israel.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Organisation of Islamic Cooperation",), ("Israel",))}
