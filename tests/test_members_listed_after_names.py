"""Targets after a named one (issue 9, session 14, branch id14), Indonesian and English, by the exact fact:

- "sanksi terhadap X serta dua perusahaan milik militer, A dan B", "sanctioned X and two military-owned companies,
  A and B": after the names, a coordination word and counted members named after a comma — those names are targets
  too; with no names after the members only X is;
- "Sanksi itu menyasar Jenderal X", "… menyasar Panglima Militer Myanmar X": a title opening the object of the scope
  verb names its holder (the title "jenderal" is also a word of unnamed members, which alone named no one);
  "menyasar sejumlah jenderal Rusia" stays Russia.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind

TOLD = "Uni Eropa menjatuhkan sanksi baru terhadap Rusia, Senin. "
COMPANIES = "dua perusahaan milik militer, Myawaddy Trading dan Htoo Group"


def test_companies_named_after_counted_members_coordinated_after_a_target_are_targets() -> None:
    found = read(f"Inggris menjatuhkan sanksi terhadap Min Aung Hlaing serta {COMPANIES}.", "id")
    assert found.events(EventKind.SANCTION) == {
        (("Britania Raya",), ("Min Aung Hlaing", "Myawaddy Trading", "Htoo Group"))}


def test_counted_members_named_by_no_one_add_no_target() -> None:
    found = read("Inggris menjatuhkan sanksi terhadap Min Aung Hlaing serta dua perusahaan milik militer.", "id")
    assert found.events(EventKind.SANCTION) == {(("Britania Raya",), ("Min Aung Hlaing",))}


def test_english_companies_named_after_counted_members_are_targets() -> None:
    found = read("The UK sanctioned Min Aung Hlaing and two military-owned companies, Myawaddy Trading and Htoo "
                 "Group.", "en")
    assert found.events(EventKind.SANCTION) == {
        (("United Kingdom",), ("Min Aung Hlaing", "Myawaddy Trading", "Htoo Group"))}


def test_a_titled_person_after_the_scope_verb_is_a_target_of_the_sanctions_told() -> None:
    found = read(TOLD + "Sanksi itu menyasar Jenderal Sergei Shoigu dan Htoo Group.", "id")
    assert (("Uni Eropa",), ("Sergei Shoigu", "Htoo Group")) in found.events(EventKind.SANCTION)


def test_a_title_its_country_and_a_name_then_listed_companies_are_all_targets() -> None:
    found = read(TOLD + f"Sanksi itu menyasar Panglima Militer Myanmar Min Aung Hlaing serta {COMPANIES}.", "id")
    assert (("Uni Eropa",), ("Min Aung Hlaing", "Myawaddy Trading", "Htoo Group")) in found.events(
        EventKind.SANCTION)


def test_unnamed_generals_of_a_country_are_that_country() -> None:
    found = read(TOLD + "Sanksi itu menyasar sejumlah jenderal Rusia.", "id")
    assert found.events(EventKind.SANCTION) == {(("Uni Eropa",), ("Rusia",))}
