"""Two titles one person holds, joined (issue 9, session 14, branch id14), Indonesian and Malay, by the exact fact:
"Perdana Menteri sekaligus Menteri Luar Negeri Qatar X" leads Qatar and is its official — a title joined by
``title_joiners`` ("sekaligus", "merangkap") right before the title that names the holder is the person's office of
that holder too. A former title joined so gives nothing; a single title stays one office.
"""

from __future__ import annotations

from facts import read

from kg.model import RelationKind

QATARI = "Sheikh Mohammed bin Abdulrahman Al Thani"
NAME = "Mohammed bin Abdulrahman Al Thani"


def test_a_leaders_title_joined_before_an_officials_is_held_too() -> None:
    found = read(f"Perdana Menteri sekaligus Menteri Luar Negeri Qatar {QATARI} tiba di Jakarta.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {(NAME, "Qatar")}
    assert found.relations(RelationKind.OFFICIAL_OF) == {(NAME, "Qatar")}


def test_merangkap_joins_two_titles_too() -> None:
    found = read("Presiden merangkap Menteri Pertahanan Kuba Raúl Castro tiba di Hanoi.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {("Raúl Castro", "Kuba")}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Raúl Castro", "Kuba")}


def test_a_single_title_is_one_office() -> None:
    found = read(f"Menteri Luar Negeri Qatar {QATARI} tiba di Jakarta.", "id")
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert found.relations(RelationKind.OFFICIAL_OF) == {(NAME, "Qatar")}


def test_a_former_title_joined_before_gives_no_office() -> None:
    found = read("Mantan Perdana Menteri sekaligus Menteri Luar Negeri Qatar Hamad bin Jassim tiba di Jakarta.", "id")
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_malay_merangkap_joins_two_titles() -> None:
    found = read(f"Perdana Menteri merangkap Menteri Luar Negeri Qatar {QATARI} tiba di Kuala Lumpur.", "ms")
    assert found.relations(RelationKind.LEADER_OF) == {(NAME, "Qatar")}
    assert found.relations(RelationKind.OFFICIAL_OF) == {(NAME, "Qatar")}
