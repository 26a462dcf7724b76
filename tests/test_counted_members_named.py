"""Counted members of a group, then their names after a comma (branch en11, issue 9): "designated two banks, X and
Y", "sanctions on five entities, including X", "asset freezes on 116 individuals and entities, among them the
Moscow-based shipping firm X" — the named ones are the targets. A name after the comma that goes on with a verb
speaks ("…, the Treasury said"), and one after a speech verb ("…, kata Reuters") is no member. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"


@pytest.mark.parametrize(("text", "targets"), [
    ("Canada designated two military-run banks, Kyaw Trading Bank and Golden Lotus Holdings.",
     ("Kyaw Trading Bank", "Golden Lotus Holdings")),
    ("Canada imposed sanctions on five entities, including Golden Lotus Holdings and Kyaw Trading Bank.",
     ("Golden Lotus Holdings", "Kyaw Trading Bank")),
    ("Canada imposed sanctions on six individuals and entities, among them the Yangon-based shipping firm "
     "Golden Lotus Holdings.", ("Golden Lotus Holdings",)),
])
def test_names_after_counted_members_are_the_targets(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("Canada",), targets)}


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on five companies, the Treasury said.",  # the name after the comma speaks
    "The EU imposed sanctions on five companies, Reuters reported.",
])
def test_a_speaker_after_counted_members_is_no_target(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.SANCTION) == set()
    assert EU in x.entity_names()


def test_counted_members_of_a_named_country_stay_the_country() -> None:
    x = read("The EU imposed sanctions on five officials of Iran, the foreign ministry said.", "en")
    assert x.events(EventKind.SANCTION) == {((EU,), ("Iran",))}


def test_indonesian_names_after_a_list_opener() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap lima pejabat, termasuk Ahmad Yusuf dan Budi Santoso.", "id")
    assert x.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Ahmad Yusuf", "Budi Santoso"))}


def test_indonesian_speaker_after_counted_members_is_no_target() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap lima perusahaan, kata Reuters.", "id")
    assert x.events(EventKind.SANCTION) == set()
    assert "Reuters" in x.entity_names()
