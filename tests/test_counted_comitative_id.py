"""A counted group joined by a comitative and named by a list (issue 9, session 13, branch id13), Indonesian, by
the exact fact:

"Indonesia bersama 14 negara lain, termasuk Jepang, Australia dan Korea Selatan, menandatangani T": the list names
members of the counted group the comitative joins to the subject, so every one of them and the subject signs (all
are parties of T and agree). Without the list ("bersama 14 negara lain menandatangani") only the subject is named;
without the comitative ("Sejumlah negara, termasuk A dan B, …") the list alone signs.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind

RCEP = "Kemitraan Ekonomi Komprehensif Regional"
LISTED = ("Jepang", "Australia", "Korea Selatan")


def test_the_subject_and_the_listed_members_all_sign() -> None:
    found = read(f"Indonesia bersama 14 negara lain, termasuk Jepang, Australia dan Korea Selatan, menandatangani "
                 f"{RCEP} pada Minggu.", "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {(c, RCEP) for c in ("Indonesia", *LISTED)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(("Indonesia", *LISTED))), ())}


def test_a_comitative_group_with_sejumlah_and_antara_lain() -> None:
    found = read(f"Indonesia bersama sejumlah negara lain, antara lain Jepang dan Australia, menandatangani {RCEP}.",
                 "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {(c, RCEP) for c in ("Indonesia", "Jepang", "Australia")}


def test_without_the_list_only_the_subject_is_named() -> None:
    found = read(f"Indonesia bersama 14 negara lain menandatangani {RCEP} pada Minggu.", "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Indonesia", RCEP)}


def test_without_the_comitative_the_list_alone_signs() -> None:
    found = read(f"Sejumlah negara, termasuk Jepang dan Australia, menandatangani {RCEP} pada Minggu.", "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Jepang", RCEP), ("Australia", RCEP)}


def test_a_name_before_a_counted_group_that_is_no_comitative_does_not_sign() -> None:
    found = read(f"Indonesia mengundang 14 negara lain, termasuk Jepang dan Australia, menandatangani {RCEP}.", "id")
    assert ("Indonesia", RCEP) not in found.relations(RelationKind.TREATY_PARTY)
