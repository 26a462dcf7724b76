"""Whose sanctions reach whom, in Indonesian (issue 9, session 15, branch id15), by the exact fact:
- "Sanksi Uni Eropa menyasar X dan Y": the name right after the noun is its possessor, who imposed the sanctions
  (as English "Canada's sanctions hit X"); a possessor with no verb of scope after it imposes nothing here.
- "… dua pejabat junta, yakni Menteri Energi X dan Jenderal Y": members counted, then listed after an opener with
  their titles — the titled people are the targets.
- "Myanma Oil and Gas Enterprise": an English company name inside Indonesian text keeps its "and" (no Indonesian
  coordination) and its head word "Enterprise"."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_possessor_of_the_sanctions_imposes_them_on_the_names_reached() -> None:
    found = read("Sanksi Uni Eropa menyasar Myanmar Economic Corporation dan Min Aung Hlaing.", "id")
    assert found.events(EventKind.SANCTION) == {(("Uni Eropa",), ("Myanmar Economic Corporation", "Min Aung Hlaing"))}


def test_a_possessor_with_no_verb_of_scope_imposes_nothing() -> None:
    found = read("Sanksi Uni Eropa merugikan Myanmar Economic Corporation.", "id")
    assert found.events(EventKind.SANCTION) == set()
    assert {"Uni Eropa", "Myanmar Economic Corporation"} <= found.entity_names()


def test_titled_members_listed_after_an_opener_are_the_targets() -> None:
    found = read("Uni Eropa menjatuhkan sanksi terhadap dua pejabat junta, yakni Menteri Energi Myo Myint Oo dan "
                 "Jenderal Soe Win.", "id")
    assert found.events(EventKind.SANCTION) == {(("Uni Eropa",), ("Myo Myint Oo", "Soe Win"))}


def test_members_listed_without_an_opener_after_a_title_are_not_read_as_a_list() -> None:
    found = read("Uni Eropa menjatuhkan sanksi terhadap dua pejabat junta, Menteri Energi Myo Myint Oo mengatakan.",
                 "id")
    assert not any("Myo Myint Oo" in targets for _, targets in found.events(EventKind.SANCTION))


def test_an_english_company_name_keeps_its_and() -> None:
    found = read("Sanksi Uni Eropa menyasar perusahaan minyak negara Myanma Oil and Gas Enterprise.", "id")
    assert found.types().get("Myanma Oil and Gas Enterprise") == "Organization"
    assert found.events(EventKind.SANCTION) == {(("Uni Eropa",), ("Myanma Oil and Gas Enterprise",))}
