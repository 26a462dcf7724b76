"""Hostile acts a speaker reports of another country's forces, Indonesian (issue 9, session 16, branch id16), by the
exact fact: "X mengatakan (bahwa) pasukan Thailand telah melanggar …", "… jet tempur Pakistan mengebom …" — the
forces before their country (a head-initial noun phrase) — is X's accusation of that country, as English "X said
Thai forces had violated …" is. A modal, or an act that is no hostile one, makes none."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

SPEAKER = "Kementerian Pertahanan Kamboja mengatakan "


def test_forces_of_a_country_violating() -> None:
    found = read(SPEAKER + "pasukan Thailand telah melanggar wilayah Kamboja.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Kementerian Pertahanan Kamboja",), ("Thailand",))}


def test_warplanes_of_a_country_bombing_after_bahwa() -> None:
    found = read("Juru bicara pemerintah Afghanistan Zabihullah Mujahid mengatakan bahwa jet tempur Pakistan "
                 "mengebom desa-desa di Khost.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Zabihullah Mujahid",), ("Pakistan",))}


def test_a_modal_reports_no_act() -> None:
    found = read(SPEAKER + "pasukan Thailand mungkin melanggar wilayah Kamboja.", "id")
    assert "Thailand" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()


def test_an_exercise_is_no_hostile_act() -> None:
    found = read(SPEAKER + "pasukan Thailand menggelar latihan di perbatasan.", "id")
    assert "Thailand" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
