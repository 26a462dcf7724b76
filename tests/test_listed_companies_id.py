"""Companies listed after a cue (issue 9, session 14, branch id14), Indonesian, by the exact entity types and facts:
"dua perusahaan minyak terbesar Rusia, Rosneft dan Lukoil" — a one-word name coordinated after organisations whose
list a cue opens ("perusahaan", its trade, the owner's country) is an organisation too, and a target of the
sanction with the others. Two words shaped as a person's name after the list stay a person; with no cue before the
list, unknown one-word names stay unnamed.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_name_coordinated_after_a_cued_company_is_a_company_and_sanctioned() -> None:
    found = read("Departemen Keuangan AS memasukkan dua perusahaan minyak terbesar Rusia, Rosneft dan Lukoil, "
                 "ke dalam daftar sanksi.", "id")
    assert found.types()["Lukoil"] == "Organization"
    assert found.events(EventKind.SANCTION) == {(("Departemen Keuangan Amerika Serikat",), ("Rosneft", "Lukoil"))}


def test_every_name_of_a_longer_list_is_a_company() -> None:
    found = read("Inggris menjatuhkan sanksi terhadap perusahaan Rusia Sovcomflot, Novatek dan Surgutneftegas.", "id")
    assert {found.types()[n] for n in ("Sovcomflot", "Novatek", "Surgutneftegas")} == {"Organization"}
    assert found.events(EventKind.SANCTION) == {(("Britania Raya",), ("Sovcomflot", "Novatek", "Surgutneftegas"))}


def test_a_persons_name_after_the_companies_stays_a_person() -> None:
    found = read("Inggris menjatuhkan sanksi terhadap perusahaan Rusia Sovcomflot dan Igor Sechin.", "id")
    assert found.types()["Igor Sechin"] == "Person"


def test_without_a_cue_unknown_one_word_names_stay_unnamed() -> None:
    # a sanction's target preposition is a cue since en15s ("sanksi terhadap Rosneft dan Lukoil":
    # tests/test_one_word_sanction_targets.py); a verb of no sanction is none
    found = read("Inggris mengkritik Rosneft dan Lukoil.", "id")
    assert "Lukoil" not in found.entity_names()
