"""An office named in apposition with a capacity marker (issue 9, session 13, branch id13), Indonesian, by the exact
relation:

"X, selaku ketua ASEAN, …", "X selaku Ketua ASEAN membuka …", "Selaku ketua ASEAN tahun ini, X …", "Sebagai Ketua
ASEAN, Perdana Menteri Malaysia X …": a capacity marker (``capacity_markers``), a title and its holder, after the
name that is its clause's subject or opening the sentence whose subject it is — X holds that office, beside the title
before the name. Not a candidate ("mencalonkan X sebagai Sekjen PBB": X is no clause subject), not a former office
("sebagai mantan ketua"), not a capacity with no title ("sebagai tuan rumah"), and no country subject is a person.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

ASEAN = "Association of Southeast Asian Nations"


@pytest.mark.parametrize("text", [
    "Anwar Ibrahim, selaku ketua ASEAN, mengundang kedua pemimpin ke Putrajaya.",
    "Anwar Ibrahim selaku Ketua ASEAN membuka pertemuan di Kuala Lumpur.",
    "Selaku ketua ASEAN tahun ini, Anwar Ibrahim mengundang kedua pemimpin ke Putrajaya.",
    "Dalam kapasitasnya sebagai Ketua ASEAN, Anwar Ibrahim membuka pertemuan.",
])
def test_a_capacity_marker_gives_the_name_the_office(text: str) -> None:
    assert read(text, "id").relations(RelationKind.LEADER_OF) == {("Anwar Ibrahim", ASEAN)}


def test_the_office_in_capacity_is_beside_the_title_before_the_name() -> None:
    found = read("Sebagai Ketua ASEAN, Perdana Menteri Malaysia Anwar Ibrahim mengundang kedua pemimpin.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {("Anwar Ibrahim", ASEAN), ("Anwar Ibrahim", "Malaysia")}


def test_an_official_title_in_capacity_is_an_office() -> None:
    found = read("Retno Marsudi, selaku utusan khusus PBB, tiba di Yangon.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Retno Marsudi", "Perserikatan Bangsa-Bangsa")}


@pytest.mark.parametrize("text", [
    "Indonesia mencalonkan Retno Marsudi sebagai Sekretaris Jenderal PBB.",  # a candidate, no clause subject
    "Sebagai mantan ketua ASEAN, Joko Widodo memberi nasihat.",  # a former office
    "Sebagai tuan rumah ASEAN, Joko Widodo menyambut para tamu.",  # no title
    "Sebagai Ketua ASEAN, Malaysia mengundang Joko Widodo ke Kuala Lumpur.",  # the subject is no person
])
def test_no_office_without_a_title_held_by_the_clause_subject(text: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.LEADER_OF) | found.relations(RelationKind.OFFICIAL_OF) == set()
    assert any(kind == "Person" for kind in found.types().values())
