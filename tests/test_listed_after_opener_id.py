"""Names listed after a counted noun and "yaitu"/"yakni" (issue 9, session 16, branch id16), Indonesian, by the exact
fact: in "memasukkan empat perusahaan, yaitu A, B, C, dan D, ke dalam daftar sanksinya" each listed one-word name is
an organisation (the noun says what they are), a long list still reaches the sanctions list after it (a name counts
as one word of the reach), and a list owned by a suffix ("daftar sanksinya", "daftar hitamnya") is a sanctions list.
A noun that names no organisations, or a list that is no sanctions list, makes neither."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_four_companies_listed_after_yaitu_are_sanctioned() -> None:
    found = read("Dewan Uni Eropa memasukkan empat perusahaan, yaitu Rosneft, Gazprom Neft, Sovcomflot, dan Alrosa, "
                 "ke dalam daftar sanksinya.", "id")
    assert found.types()["Sovcomflot"] == "Organization"
    assert found.events(EventKind.SANCTION) == {
        (("Dewan Uni Eropa",), ("Rosneft", "Gazprom Neft", "Sovcomflot", "Alrosa"))}


def test_companies_listed_after_yakni_under_sanction() -> None:
    found = read("Dewan Uni Eropa menjatuhkan sanksi terhadap tiga perusahaan, yakni Rosneft, Sovcomflot, dan Alrosa.",
                 "id")
    assert found.events(EventKind.SANCTION) == {(("Dewan Uni Eropa",), ("Rosneft", "Sovcomflot", "Alrosa"))}


def test_a_blacklist_owned_by_a_suffix() -> None:
    found = read("Amerika Serikat memasukkan Volga Shipping dan Baltic Trade ke dalam daftar hitamnya.", "id")
    assert found.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Volga Shipping", "Baltic Trade"))}


def test_a_list_of_guests_is_no_sanction() -> None:
    found = read("Amerika Serikat memasukkan Volga Shipping dan Baltic Trade ke dalam daftar tamunya.", "id")
    assert {"Amerika Serikat", "Volga Shipping"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_a_noun_of_people_makes_no_organisations() -> None:
    found = read("Dewan Uni Eropa memasukkan tiga orang, yaitu Rosneft, Sovcomflot, dan Alrosa, ke dalam daftar "
                 "sanksi.", "id")
    assert not any(kind == "Organization" for name, kind in found.types().items() if name != "Dewan Uni Eropa")
