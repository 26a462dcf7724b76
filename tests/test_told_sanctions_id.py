"""Indonesian sanctions that refer to an act told before (issue 9, session 11, branch id11), with sentences written
for them, positive and negative, by the exact fact:

- its scope: "Sanksi itu menyasar X" (``scope_verbs``) — X is sanctioned by whoever imposed the sanctions told before;
- a like act by others: "Inggris dan Kanada mengumumkan sanksi serupa" (``likeness_words``) — on the targets of the
  act told before;
- a headless relative listing those sanctioned: "Mereka yang dijatuhi sanksi termasuk X";
- unnamed members based in a country: "perusahaan pelayaran yang berbasis di X" (``member_links``);
and the offices such lists name ("Komisaris Hak Anak Rusia X") and the pair "kedua negara" refers to.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

TOLD = "Amerika Serikat menjatuhkan sanksi baru terhadap Iran. "
US, IRAN = ("Amerika Serikat",), ("Iran",)

# --------------------------------------------------------------------------- "sanksi itu menyasar X"


@pytest.mark.parametrize(("second", "targets"), [
    ("Sanksi itu menyasar Bank Melli dan Bank Sepah.", ("Bank Melli", "Bank Sepah")),
    ("Departemen Keuangan menyatakan sanksi tersebut juga menyasar Bank Melli.", ("Bank Melli",)),
    ("Sanksi itu menyasar tiga perusahaan pelayaran yang berbasis di Uni Emirat Arab.", ("Uni Emirat Arab",)),
])
def test_the_scope_of_sanctions_told_before_is_sanctioned_by_their_imposer(second: str, targets: tuple) -> None:
    found = read(TOLD + second, "id")
    assert found.events(EventKind.SANCTION) == {(US, IRAN), (US, targets)}


def test_a_scope_with_no_sanctions_told_before_names_no_imposer() -> None:
    found = read("Sanksi itu menyasar Bank Melli.", "id")
    assert found.events(EventKind.SANCTION) == set()
    assert found.entity_names() == {"Bank Melli"}


def test_sanctions_told_before_that_another_verb_follows_add_no_sanction() -> None:
    found = read(TOLD + "Sanksi itu dikecam Bank Melli.", "id")
    assert found.events(EventKind.SANCTION) == {(US, IRAN)}


# --------------------------------------------------------------------------- "sanksi serupa"


@pytest.mark.parametrize(("second", "imposers"), [
    ("Inggris dan Kanada mengumumkan sanksi serupa pada hari yang sama.", ("Britania Raya", "Kanada")),
    ("Kanada juga menjatuhkan sanksi serupa.", ("Kanada",)),
])
def test_like_sanctions_are_on_the_targets_of_those_told_before(second: str, imposers: tuple) -> None:
    found = read(TOLD + second, "id")
    assert found.events(EventKind.SANCTION) == {(US, IRAN), (imposers, IRAN)}


def test_like_sanctions_not_imposed_are_none() -> None:
    found = read(TOLD + "Kanada tidak menjatuhkan sanksi serupa.", "id")
    assert found.events(EventKind.SANCTION) == {(US, IRAN)}
    assert "Kanada" in found.entity_names()


def test_like_sanctions_with_none_told_before_have_no_target() -> None:
    found = read("Inggris dan Kanada mengumumkan sanksi serupa pada hari yang sama.", "id")
    assert found.events(EventKind.SANCTION) == set()


# --------------------------------------------------------------------------- "mereka yang dijatuhi sanksi termasuk X"


@pytest.mark.parametrize("second", [
    "Mereka yang dijatuhi sanksi termasuk Komisaris Hak Anak Rusia Maria Lvova-Belova.",
    "Yang dikenai sanksi adalah Komisaris Hak Anak Rusia Maria Lvova-Belova.",
])
def test_those_sanctioned_listed_after_a_headless_relative(second: str) -> None:
    found = read("Uni Eropa menjatuhkan sanksi terhadap Rusia. " + second, "id")
    assert found.events(EventKind.SANCTION) == {(("Uni Eropa",), ("Rusia",)), (("Uni Eropa",), ("Maria Lvova-Belova",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Maria Lvova-Belova", "Rusia")}
    assert "Komisaris Hak Anak" not in found.entity_names()


def test_a_list_with_no_sanctions_told_before_names_no_imposer() -> None:
    found = read("Mereka yang dijatuhi sanksi termasuk Maria Lvova-Belova.", "id")
    assert found.events(EventKind.SANCTION) == set()


def test_a_relative_clause_of_a_name_is_no_list() -> None:
    found = read("Uni Eropa menjatuhkan sanksi terhadap Rusia. Korea Utara, yang dijatuhi sanksi sejak 2006, "
                 "mengecam keputusan itu.", "id")
    assert (("Uni Eropa",), ("Korea Utara",)) not in found.events(EventKind.SANCTION)


# --------------------------------------------------------------------------- offices, "kedua negara"


def test_a_portfolio_of_rights_belongs_to_the_title() -> None:
    found = read("Menteri Hak Asasi Manusia Natalius Pigai mengatakan hal itu.", "id")
    assert found.entity_names() == {"Natalius Pigai"}
    assert found.events(EventKind.STATEMENT) == {(("Natalius Pigai",), ())}


def test_both_countries_are_no_speaker_of_parliament() -> None:
    found = read("Perdana Menteri Vietnam Pham Minh Chinh bertemu Ketua DPR RI Puan Maharani. "
                 "Kedua negara sepakat memperluas perdagangan.", "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert found.relations(RelationKind.LEADER_OF) == {("Phạm Minh Chính", "Vietnam"),
                                                       ("Puan Maharani", "Dewan Perwakilan Rakyat")}


def test_both_countries_are_those_the_two_leaders_lead() -> None:
    found = read("Presiden Indonesia Prabowo Subianto bertemu Perdana Menteri Vietnam Pham Minh Chinh. "
                 "Kedua negara sepakat memperluas perdagangan.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Indonesia", "Vietnam"), ())}


def test_like_sanctions_are_on_the_act_announced_not_on_its_listed_details() -> None:
    found = read("Uni Eropa menjatuhkan sanksi terhadap Rusia. Mereka yang dijatuhi sanksi termasuk "
                 "Maria Lvova-Belova. Kanada mengumumkan sanksi serupa.", "id")
    assert (("Kanada",), ("Rusia",)) in found.events(EventKind.SANCTION)
    assert (("Kanada",), ("Maria Lvova-Belova",)) not in found.events(EventKind.SANCTION)


def test_like_sanctions_are_on_the_act_announced_in_the_lead_sentences_before() -> None:
    found = read("Uni Eropa menjatuhkan sanksi terhadap Rusia. Sanksi itu diumumkan di Brussel. Kallas memuji "
                 "langkah itu. Mereka yang dijatuhi sanksi termasuk Maria Lvova-Belova. Kanada mengumumkan sanksi "
                 "serupa.", "id")
    assert (("Kanada",), ("Rusia",)) in found.events(EventKind.SANCTION)
