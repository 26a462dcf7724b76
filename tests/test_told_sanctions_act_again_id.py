"""Sanctions told before that act again (issue 9, session 15, branch id15), Indonesian, by the exact fact: "(Jepang
menjatuhkan sanksi terhadap Korea Utara.) Sanksi tersebut membekukan aset X" — the sanctions referred to by their
noun and a demonstrative freeze X's assets: X is sanctioned by whoever imposed them (the verb of freezing is also a
scope verb, as English "freeze the assets of"), not by no one. With no sanction told before, no imposer is named;
another noun before the verb ("Laporan tersebut") refers to no sanction."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TOLD = "Jepang menjatuhkan sanksi terhadap Korea Utara. "


@pytest.mark.parametrize("scope", ["membekukan aset", "juga membekukan aset", "membekukan seluruh aset milik"])
def test_the_sanctions_told_before_freeze_the_assets_of_a_target(scope: str) -> None:
    found = read(TOLD + f"Sanksi tersebut {scope} Lazarus Group.", "id")
    assert found.events(EventKind.SANCTION) == {(("Jepang",), ("Korea Utara",)), (("Jepang",), ("Lazarus Group",))}


def test_coordinated_targets_of_the_freeze_are_each_sanctioned() -> None:
    found = read(TOLD + "Sanksi itu membekukan aset milik Korea Kwangson Banking Corporation dan Lazarus Group.", "id")
    assert (("Jepang",), ("Korea Kwangson Banking Corporation", "Lazarus Group")) in found.events(EventKind.SANCTION)
    assert not any(agents == () for agents, _ in found.events(EventKind.SANCTION))


def test_with_no_sanction_told_before_no_imposer_is_named() -> None:
    found = read("Sanksi tersebut membekukan aset Lazarus Group.", "id")
    assert found.events(EventKind.SANCTION) == {((), ("Lazarus Group",))}


def test_another_noun_before_the_verb_is_not_the_sanction() -> None:
    found = read(TOLD + "Laporan tersebut membekukan aset Lazarus Group.", "id")
    assert (("Jepang",), ("Lazarus Group",)) not in found.events(EventKind.SANCTION)
