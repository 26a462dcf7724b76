""""Kepala Negara" after a foreign leader's short form (issue 9, session 15, branch id15), Indonesian, by the exact
fact. The descriptor of an office ("kata Kepala Negara") is the home leader written without a holder ("Presiden
Prabowo Subianto"); a foreign leader introduced with the country ("Presiden Laos Thongloun Sisoulith") and then
written short ("Presiden Thongloun disambut …") is a foreigner still, not the home office."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

GUEST = ("Presiden Prabowo Subianto menerima Presiden Laos Thongloun Sisoulith di Bogor, Rabu. "
         "Setibanya di istana, Presiden Thongloun disambut dengan upacara militer. ")
SAID = "\"Laos adalah sahabat lama Indonesia,\" kata Kepala Negara."


def test_the_head_of_state_is_the_home_leader_not_the_guest_written_short() -> None:
    found = read(GUEST + SAID, "id")
    assert found.events(EventKind.STATEMENT) == {(("Prabowo Subianto",), ())}


def test_with_no_home_leader_the_guest_written_short_is_not_the_head_of_state() -> None:
    found = read("Presiden Laos Thongloun Sisoulith tiba di Bogor, Rabu. "
                 "Presiden Thongloun disambut dengan upacara militer. " + SAID, "id")
    assert found.events(EventKind.STATEMENT) == set()
    assert "Thongloun Sisoulith" in found.entity_names()


def test_a_home_leader_written_short_after_the_guest_is_still_the_head_of_state() -> None:
    found = read(GUEST + "Presiden Prabowo kemudian memberikan keterangan pers. " + SAID, "id")
    assert found.events(EventKind.STATEMENT) == {(("Prabowo Subianto",), ())}
