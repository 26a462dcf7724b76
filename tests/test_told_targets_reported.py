"""Targets listed after a sanction told before, reported or with offices (branch en13s, issue 9): "Hayashi said the
targets include X", "Hayashi mengatakan sasaran sanksi itu termasuk X" (a list opener right after the speech verb,
as at a sentence's start: tests/test_told_target_lists.py), "The sanctioned individuals include X", and items written
as an office of an owner with the name apposed ("the head of Iran's police, X, and the prosecutor-general of Tehran,
Y": X and Y are listed, not Iran or Tehran). With no sanction told before, none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

FROZE = "Japan froze the assets of 11 individuals in Russia on Friday."
IMPOSED = "Australia has imposed sanctions on five Iranian officials."
V = "Alexander Venediktov"


@pytest.mark.parametrize(("text", "lang", "fact"), [
    (f"{FROZE} Chief Cabinet Secretary Kenji Mori said the targets include {V}.", "en", (("Japan",), (V,))),
    (f"{FROZE} Mori said that the targets include {V}.", "en", (("Japan",), (V,))),
    (f"Jepang membekukan aset 11 orang Rusia pada Jumat. Mori mengatakan sasaran sanksi itu termasuk {V}.", "id",
     (("Jepang",), (V,))),
    (f"{IMPOSED} The sanctioned individuals include Ahmad Mirzaei and Ali Salehi.", "en",
     (("Australia",), ("Ahmad Mirzaei", "Ali Salehi"))),
    (f"{IMPOSED} The targets include the head of Iran's morality police, Ahmad Mirzaei, and the prosecutor-general of "
     "Tehran, Ali Salehi.", "en", (("Australia",), ("Ahmad Mirzaei", "Ali Salehi"))),
])
def test_targets_listed_after_a_sanction(text: str, lang: str, fact: tuple) -> None:
    assert fact in read(text, lang).events(EventKind.SANCTION)


@pytest.mark.parametrize(("text", "lang", "named"), [
    (f"Japan hosted talks with Russia on Friday. Mori said the targets include {V}.", "en", V),
    (f"Jepang menggelar pembicaraan dengan Rusia pada Jumat. Mori mengatakan sasaran sanksi itu termasuk {V}.", "id",
     V),
    ("Japan hosted talks with Iran on Friday. The targets include the head of Iran's police, Ahmad Mirzaei.", "en",
     "Ahmad Mirzaei"),
])
def test_no_sanction_told_no_targets(text: str, lang: str, named: str) -> None:
    found = read(text, lang)
    assert named in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_an_office_without_an_apposed_name_lists_no_owner() -> None:
    text = f"{IMPOSED} The targets include the head of Iran's police and the prosecutor-general of Tehran."
    assert read(text, "en").events(EventKind.SANCTION) == {(("Australia",), ("Iran",))}
