"""A slash inside one acronym keeps its second piece also where that piece spells a glue word of names (branch fix15,
mut19 bug "ZLMF/DE"): "DE", "ON" written in capitals after the slash are letters of the acronym, not the "de" of "de
Gaulle" nor the "on" of "Agreement on Trade", which a name's end sheds. Not across a space ("ZLMF/ DE") nor between
names known apart ("US/UK"). English and Indonesian. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Officials of the ZLMF/DE met envoys of Uganda in Kampala.", "en", "ZLMF/DE"),
    ("Officials of the ZLMF/ON met envoys of Uganda in Kampala.", "en", "ZLMF/ON"),
    ("Pejabat ZLMF/DE bertemu utusan Uganda di Kampala.", "id", "ZLMF/DE"),
])
def test_the_acronym_keeps_its_second_piece(text: str, lang: str, name: str) -> None:
    names = read(text, lang).entity_names()
    assert name in names
    assert name.split("/")[0] not in names


@pytest.mark.parametrize(("text", "lang"), [
    ("The ZLMF/DE met Uganda in Kampala.", "en"),
    ("ZLMF/DE bertemu Uganda di Kampala.", "id"),
])
def test_the_whole_acronym_meets(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(("Uganda", "ZLMF/DE"), ())}


def test_a_spaced_slash_joins_no_piece() -> None:
    names = read("Officials of the ZLMF / DE met envoys of Uganda in Kampala.", "en").entity_names()
    assert "ZLMF / DE" not in names and "ZLMF/DE" not in names


def test_names_known_apart_stay_two() -> None:
    names = read("The US/UK met Uganda in Kampala.", "en").entity_names()
    assert {"United States of America", "United Kingdom"} <= names
