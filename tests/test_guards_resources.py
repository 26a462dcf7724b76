"""Guards of the language data and resources that extraction is built from: a broken or odd entry is refused
or skipped on its own, never silently taking the entries after it along. Data written for these tests."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import spacy

from kg import gazetteer
from kg.errors import ResourceError
from kg.extract.dates import find_dates, resolve
from kg.gazetteer.index import Gazetteer
from kg.nlp import date_patterns
from kg.nlp.date_patterns import compile_patterns, load_patterns
from kg.nlp.gazetteer_matcher import SPAN_KEY
from kg.paths import LANG_DIR

VIETNAM, INDONESIA = "Q881", "Q252"
REFERENCE = date(2024, 6, 19)


@pytest.mark.parametrize("blank", ["   ", "\t\t"], ids=["spaces", "tabs"])
def test_a_blank_surface_form_is_skipped_and_the_forms_after_it_still_match(blank: str) -> None:
    full = gazetteer.load()
    vietnam = replace(full.by_qid(VIETNAM), aliases=(blank,))  # its blank alias comes before Indonesia's forms
    small = Gazetteer([vietnam, full.by_qid(INDONESIA)])
    nlp = spacy.blank("en")
    matcher = nlp.add_pipe("kg_gazetteer")
    matcher.initialize(nlp=nlp, gazetteer=small, lang="en")
    doc = matcher(nlp.make_doc("Vietnam and Indonesia signed a deal."))
    assert [(s.text, s._.kg_candidates[0].qid) for s in doc.spans[SPAN_KEY]] == [
        ("Vietnam", VIETNAM), ("Indonesia", INDONESIA)]


def test_names_that_differ_only_in_a_letter_uppercase_merges_are_two_forms() -> None:
    """Forms matched on lowercase are told apart by their lowercase: "Große Allianz" and "Grosse Allianz" (two
    bodies; uppercase would make both "GROSSE ALLIANZ") each match their own text and entry. Names written here."""
    full = gazetteer.load()
    sharp = replace(full.by_qid(VIETNAM), aliases=("Große Allianz",))
    double = replace(full.by_qid(INDONESIA), aliases=("Grosse Allianz",))
    nlp = spacy.blank("en")
    matcher = nlp.add_pipe("kg_gazetteer")
    matcher.initialize(nlp=nlp, gazetteer=Gazetteer([sharp, double]), lang="en")
    doc = matcher(nlp.make_doc("The Große Allianz and the Grosse Allianz signed a deal."))
    assert [(s.text, s._.kg_candidates[0].qid) for s in doc.spans[SPAN_KEY]] == [
        ("Große Allianz", VIETNAM), ("Grosse Allianz", INDONESIA)]


# --------------------------------------------------------------------------- date data (kg/lang/*/dates.json)


def _dates(code: str) -> dict:
    return json.loads((LANG_DIR / code / "dates.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("breakage", "problem"), [
    (lambda d: d["absolute"].append("{day} {mon} {year} {yy}"), "absolute template '{day} {mon} {year} {yy}': "
                                                                  "{year} and {yy} together"),
    (lambda d: d["absolute"].append("{day_end} {mon} {year}"), "absolute template '{day_end} {mon} {year}': "
                                                                 "{day_end} needs a {day}"),
    (lambda d: d.update(relative={"form": "kemarin"}), "relative must be a list of {form, unit, offset|within} "
                                                       "objects"),
    (lambda d: d.update(first_weekday=7), "first_weekday must be 0 (Monday) … 6 (Sunday)"),
    (lambda d: d.update(first_weekday=True), "first_weekday must be 0 (Monday) … 6 (Sunday)"),
], ids=["year-and-yy", "day-end-alone", "relative-not-a-list", "first-weekday-seven", "first-weekday-boolean"])
def test_each_problem_of_the_date_data_is_named_exactly(breakage: Callable[[dict], object], problem: str) -> None:
    """The error lists each problem, separated by "; ", in words the author of the data can act on."""
    data = _dates("id")
    compile_patterns(data, "id")
    breakage(data)
    with pytest.raises(ResourceError) as info:
        compile_patterns(data, "id")
    assert problem in re.split(r"^dates\.json: |; ", info.value.args[0])


@pytest.mark.parametrize(("first", "days_before"), [(False, 1), (True, 2)])
def test_equally_long_relative_forms_go_to_the_first_in_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 first: bool, days_before: int) -> None:
    """Two relative forms matching the same words: the one earlier in the language's list wins."""
    data = _dates("id")
    other = {"form": "kemarin", "unit": "day", "offset": -2}
    data["relative"] = [other, *data["relative"]] if first else [*data["relative"], other]
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / "dates.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(date_patterns, "LANG_DIR", tmp_path)
    load_patterns.cache_clear()
    try:
        mentions = find_dates("Presiden tiba kemarin di Hanoi.", "id")
        assert [m.text for m in mentions] == ["kemarin"]
        resolved = resolve(mentions[0], REFERENCE, None)
        assert resolved is not None and resolved.iso() == (REFERENCE - timedelta(days=days_before)).isoformat()
    finally:
        monkeypatch.undo()
        load_patterns.cache_clear()


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Presiden tiba kemarin dan kembali lagi 19 Juni.", "id", ["kemarin", "19 Juni"]),  # 7 characters each
    ("The minister left last week and returns in June 2024.", "en", ["last week", "June 2024"]),  # 9 each
])
def test_a_relative_and_an_absolute_date_of_the_same_length_are_both_found(text: str, lang: str,
                                                                          found: list[str]) -> None:
    assert [m.text for m in find_dates(text, lang)] == found
