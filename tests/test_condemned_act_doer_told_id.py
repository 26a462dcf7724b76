"""The doer of an act condemned, named beside the act's noun (issue 9, session 17, branch id17), Indonesian, by the
exact fact. "X mengutuk pembunuhan jurnalis di Khartoum, Sudan, oleh Y": the act's own object may hold a place
("di" and the places named, with their commas) before "oleh" names its doer. "… serangan drone Rusia …. Jerman
mengecam serangan tersebut": an act noun referring back is the act told before whose noun names its doer — the
country or body after the noun and its modifiers, or the one after "oleh" — rather than whoever opened a sentence
before ("Melalui juru bicaranya, X, Y mendesak …" opens with a spokesman who did nothing). An act whose noun names
its victims ("penembakan warga sipil Ukraina"), or no one, gives no doer."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_doer_after_oleh_past_the_place_of_the_act() -> None:
    found = read("Uni Eropa mengutuk pembunuhan jurnalis di Khartoum, Sudan, oleh Pasukan Dukungan Cepat.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Uni Eropa",), ("Pasukan Dukungan Cepat",))}


def test_a_place_without_oleh_names_no_doer() -> None:
    found = read("Uni Eropa mengutuk penembakan warga sipil di Kharkiv, Ukraina.", "id")
    assert {"Uni Eropa", "Kharkiv", "Ukraina"} <= found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()


def test_an_act_referred_back_is_the_one_whose_noun_names_its_doer() -> None:
    found = read("Presiden Prancis Emmanuel Macron mengecam serangan drone Rusia terhadap rumah sakit di Kharkiv. "
                 "Melalui juru bicaranya, Pierre Dumas, Macron mendesak semua pihak menahan diri. Uni Eropa juga "
                 "mengecam serangan tersebut.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Emmanuel Macron",), ("Rusia",)), (("Uni Eropa",), ("Rusia",))}


def test_the_doer_told_after_oleh_before() -> None:
    found = read("Uni Eropa mengutuk pembunuhan jurnalis di Khartoum, Sudan, oleh Pasukan Dukungan Cepat. Jerman turut "
                 "mengecam serangan tersebut.", "id")
    assert (("Jerman",), ("Pasukan Dukungan Cepat",)) in found.events(EventKind.ACCUSATION)


def test_an_act_seen_with_its_doer() -> None:
    found = read("Sejumlah saksi melihat serangan drone Rusia di Kharkiv pada Senin. Jerman mengecam serangan "
                 "tersebut.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Jerman",), ("Rusia",))}


def test_an_act_whose_noun_names_its_victims_has_no_doer() -> None:
    found = read("Sejumlah saksi melihat penembakan warga sipil Ukraina di Kharkiv pada Senin. Jerman mengecam "
                 "serangan tersebut.", "id")
    assert {"Ukraina", "Jerman"} <= found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
