"""A bare title in Indonesian copy ("Presiden bertolak …") repeats the title written without a holder (issue 9,
session 12, branch id12): the home office the copy needs not qualify ("Presiden Joko Widodo"), not a foreigner's
qualified one named after it ("Presiden Kenya William Ruto"); with no unqualified holder, the last person with the
title. By the exact fact."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

TRIP = "Presiden Joko Widodo tiba di Nairobi, Kenya. Jokowi disambut Presiden Kenya William Ruto."


def test_a_bare_title_repeats_the_unqualified_holder_not_the_last_named() -> None:
    found = read(f"{TRIP} Dari Nairobi, Presiden bertolak menuju Dar es Salaam, Tanzania.", "id")
    assert (("Joko Widodo",), ("Dar es Salaam",)) in found.events(EventKind.VISIT)
    assert not any("William Ruto" in agents for agents, _ in found.events(EventKind.VISIT))


def test_a_bare_title_without_an_unqualified_holder_is_the_last_with_the_title() -> None:
    text = ("Presiden Kenya William Ruto tiba di Jakarta. Ruto bertemu Presiden Brasil Luiz Inácio Lula da Silva. "
            "Presiden mengatakan kedua negara akan bekerja sama.")
    found = read(text, "id")
    assert found.events(EventKind.STATEMENT) == {(("Luiz Inácio Lula da Silva",), ())}
