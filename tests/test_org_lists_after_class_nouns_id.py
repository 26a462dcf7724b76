"""Organisations listed after an Indonesian class noun (issue 9, session 17, branch fix17): "Kanada menjatuhkan
sanksi kepada perusahaan Rusia dan Zarnik" — the class noun and a country stand for that country's companies, and a
one-word name coordinated after them is another organisation (Zarnik, no longer lost); "dua bank negara,
Sberbank-VTB dan Gazprombank" — a modifier after the class noun ("negara") keeps the cue of the names apposed, and
"bank" is a class noun of organisations as in English ("two state banks, …"). A person's family name or a noun of
persons ("dua pejabat negara") makes no organisation. By the exact fact (English: the same lists pinned).
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Kanada menjatuhkan sanksi kepada perusahaan Rusia dan Zarnik.", "id", (("Kanada",), ("Rusia", "Zarnik"))),
    ("Kanada menjatuhkan sanksi kepada dua bank negara, Sberbank-VTB dan Gazprombank.", "id",
     (("Kanada",), ("Sberbank-VTB", "Gazprombank"))),
    ("Kanada menjatuhkan sanksi kepada dua bank, Zarnik dan Volkor.", "id", (("Kanada",), ("Zarnik", "Volkor"))),
    ("Canada sanctioned two state banks, Sberbank-VTB and Gazprombank.", "en",
     (("Canada",), ("Sberbank-VTB", "Gazprombank"))),
], ids=["id-class-noun-country-and-name", "id-modifier-after-class-noun", "id-bank", "en-state-banks"])
def test_the_listed_organisations_are_sanctioned(text: str, lang: str,
                                                 fact: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == {fact}
    assert all(found.types()[name] == "Organization" for name in fact[1] if name != "Rusia")


@pytest.mark.parametrize(("text", "names"), [
    ("Kanada menjatuhkan sanksi kepada dua pejabat negara, Zarnik dan Volkor.", {"Zarnik", "Volkor"}),
    ("Kanada bertemu perusahaan Rusia dan Budi di Jakarta.", {"Budi"}),
], ids=["id-officials", "id-person-after-companies"])
def test_persons_listed_are_no_organisations(text: str, names: set[str]) -> None:
    types = read(text, "id").types()
    assert not any(types.get(name) == "Organization" for name in names)
