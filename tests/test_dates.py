"""kg.extract.dates and kg/lang/*/dates.json: finding date expressions, resolving them, the document's date.

Every sentence here is written for these tests. The reference day is mostly Wednesday 19 June 2024.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import spacy

from kg import language
from kg.errors import ResourceError
from kg.extract.dates import (
    DateMention,
    DateValue,
    Precision,
    Tense,
    document_date,
    find_dateline,
    find_dates,
    find_dates_in_span,
    mention_tokens,
    parse_published,
    resolve,
)
from kg.nlp import date_patterns
from kg.nlp.date_patterns import Unit, compile_patterns, date_languages, load_patterns
from kg.paths import LANG_DIR

WED = date(2024, 6, 19)  # a Wednesday
PAST, FUTURE = Tense.PAST, Tense.FUTURE


def texts(sentence: str, lang: str) -> list[str]:
    return [m.text for m in find_dates(sentence, lang)]


def only(sentence: str, lang: str) -> DateMention:
    mentions = find_dates(sentence, lang)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


def value(expression: str, lang: str, reference: date | None = WED, tense: Tense | None = None) -> str | None:
    """The ISO value of the one date expression in ``expression``."""
    resolved = resolve(only(expression, lang), reference, tense)
    return resolved.iso() if resolved is not None else None


# --------------------------------------------------------------------------- the data


def test_every_language_with_a_pipeline_has_date_data() -> None:
    assert set(language.SUPPORTED) <= set(date_languages())  # Malay too: dates are data
    for code in date_languages():
        patterns = load_patterns(code)
        assert len(set(patterns.months.values())) == 12
        assert set(patterns.weekdays.values()) == set(range(7))
        assert any(p.unit is None for p in patterns.patterns)
        assert {p.unit for p in patterns.patterns} >= set(Unit)


def test_language_codes_are_normalised() -> None:
    assert load_patterns("en-GB").lang == "en"
    assert load_patterns("ID").lang == "id"
    with pytest.raises(ResourceError, match="no date data for language 'xx'"):
        load_patterns("xx")


def test_reset_forgets_the_date_patterns() -> None:
    from kg.nlp.pipeline import reset

    before = load_patterns("id")
    assert load_patterns("id") is before
    reset()
    assert load_patterns("id") is not before


def test_a_language_folder_without_date_data_finds_no_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ms").mkdir()
    monkeypatch.setattr(date_patterns, "LANG_DIR", tmp_path)
    load_patterns.cache_clear()
    try:
        assert load_patterns("zsm").lang == "ms" and load_patterns("ms").patterns == ()
        assert find_dates("Dia tiba semalam, 19 Jun 2024.", "ms") == []
        assert document_date("KUALA LUMPUR, 19 Jun 2024 — Dia tiba.", "ms", published="2024-06-20") == date(2024, 6, 20)
    finally:
        monkeypatch.undo()
        load_patterns.cache_clear()


def _data(code: str) -> dict:
    return json.loads((LANG_DIR / code / "dates.json").read_text(encoding="utf-8"))


BROKEN = [
    (lambda d: d.pop("absolute"), "missing key 'absolute'"),
    (lambda d: d.update(monts=[]), "unknown key 'monts'"),
    (lambda d: d["months"].pop(), "months must list 12 entries"),
    (lambda d: d["weekdays"][0]["names"].append("Senin"), "write 'Senin' in lowercase"),
    (lambda d: d["months"][2]["abbreviations"].append("jan"), "'jan' names both entry 1 and entry 3"),
    (lambda d: d.update(first_weekday=7), "first_weekday must be 0"),
    (lambda d: d["absolute"].append("{day} {bulan} {year}"), "unknown placeholder {bulan}"),
    (lambda d: d["absolute"].append("{day} {mon"), "unbalanced '{'"),
    (lambda d: d["absolute"].append("{day} {year}"), "a {day} needs a month"),
    (lambda d: d["absolute"].append("{wday} {mon}"), "a weekday without a {day} is a relative form"),
    (lambda d: d["absolute"].append("[pada ]"), "everything is optional"),
    (lambda d: d["absolute"].append("{day} {mon} {month}"), "used twice"),
    # a numeric month beside a named one, full or abbreviated (mut18, seed 193: _check_absolute 81, 82)
    (lambda d: d["absolute"].append("{day} {mm} {mon}"), "a month both named and numbered"),
    (lambda d: d["absolute"].append("{day} {mm} {month}"), "a month both named and numbered"),
    # the other rules of an absolute template, one broken at a time (mut18: siblings of _check_absolute 81, 82)
    (lambda d: d["absolute"].append("{n} {mon} {year}"), "{n} belongs in relative forms"),
    (lambda d: d["absolute"].append("{day} {wday}"), "needs a {year}, {month}, {mon} or {mm}"),
    (lambda d: d["absolute"].append("{mm} {year}"), "a numeric {mm} needs a {day}"),
    (lambda d: d["absolute"].append("{day_end} {mon} {year}"), "{day_end} needs a {day}"),
    (lambda d: d["absolute"].append("{day} {mon} {year} {yy}"), "{year} and {yy} together"),
    (lambda d: d["relative"].append("kemarin dulu"), "relative entry: must be"),  # a form without its unit
    (lambda d: d["relative"].append({"form": "kemarin dulu", "unit": "fortnight", "offset": -1}),
     "unknown unit 'fortnight'"),
    (lambda d: d["relative"].append({"form": "{weekday} dulu", "unit": "weekday", "offset": -2}),
     "offset of a weekday or month name is -1, 0 or 1"),
    (lambda d: d["relative"].append({"form": "dulu", "unit": "weekday", "offset": -1}),
     "unit weekday and its names"),
    (lambda d: d["relative"].append({"form": "{month} dulu", "unit": "day", "offset": -1}),
     "unit day and its names"),
    (lambda d: d["relative"].append({"form": "{n} hari silam", "unit": "day"}), "give offset"),
    (lambda d: d["relative"].append({"form": "{day} hari silam", "unit": "day", "offset": -1}),
     "relative forms write no day"),
]


@pytest.mark.parametrize(("breakage", "message"), BROKEN, ids=[m for _, m in BROKEN])
def test_broken_date_data_is_a_resource_error(breakage: Callable[[dict], object], message: str) -> None:
    data = _data("id")
    compile_patterns(data, "id")  # the shipped data is fine
    breakage(data)
    with pytest.raises(ResourceError, match=r"dates\.json: ") as info:
        compile_patterns(data, "id")
    assert message in str(info.value)


def test_a_third_language_is_data_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dutch, written as data for this test: lowercase month names, its own relative words."""
    dutch = {
        "capitalised_names": False,
        "first_weekday": 0,
        "months": [{"names": [n], "abbreviations": []} for n in (
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december")],
        "weekdays": [{"names": [n], "abbreviations": []} for n in (
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")],
        "absolute": ["{day} {mon} {year}", "{day} {mon}", "{mon} {year}"],
        "relative": [
            {"form": "gisteren", "unit": "day", "offset": -1},
            {"form": "vorige week", "unit": "week", "offset": -1},
            {"form": "afgelopen {weekday}", "unit": "weekday", "offset": -1},
            {"form": "op {weekday}", "unit": "weekday", "offset": 0},
        ],
    }
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "dates.json").write_text(json.dumps(dutch), encoding="utf-8")
    monkeypatch.setattr(date_patterns, "LANG_DIR", tmp_path)
    load_patterns.cache_clear()
    try:
        sentence = "De premier sprak gisteren met de koning, die op dinsdag 18 juni 2024 aankwam en vorige week reisde."
        found = {m.text: resolve(m, WED) for m in find_dates(sentence, "nl")}
        assert {k: v.iso() if v else None for k, v in found.items()} == {
            "gisteren": "2024-06-18", "18 juni 2024": "2024-06-18", "op dinsdag": "2024-06-18",
            "vorige week": "2024-06"}
        assert date_languages() == ("nl",)
    finally:
        load_patterns.cache_clear()


# --------------------------------------------------------------------------- finding: Indonesian


def test_indonesian_weekday_with_day_and_month_in_parentheses() -> None:
    sentence = "Menteri itu tiba di Tokyo pada Rabu (19/6) untuk kunjungan kerja."
    mention = only(sentence, "id")
    assert sentence[mention.start:mention.end] == mention.text == "Rabu (19/6)"
    assert (mention.year, mention.month, mention.day, mention.weekday, mention.unit) == (None, 6, 19, 2, None)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Perjanjian itu ditandatangani pada 19 Juni 2024 di Jakarta.", ["19 Juni 2024"]),
    ("Rabu, 19 Juni 2024, kedua menteri bertemu.", ["Rabu, 19 Juni 2024"]),
    ("Kunjungan berlangsung 19-21 Juni 2024.", ["19-21 Juni 2024"]),
    ("Surat itu bertanggal 19/6/2024.", ["19/6/2024"]),
    ("Pertemuan digelar Senin (17/6/2024) malam.", ["Senin (17/6/2024)"]),
    ("Sidang dibuka pada 5 Des. lalu.", ["5 Des."]),
    ("Laporan itu terbit Juni 2024.", ["Juni 2024"]),
    ("Ia terakhir berkunjung pada 2023.", ["pada 2023"]),
    ("Presiden bertemu PM Jepang kemarin dan akan terbang ke Seoul besok.", ["kemarin", "besok"]),
    ("Pekan lalu ia ke Beijing; bulan depan ia ke Paris.", ["Pekan lalu", "bulan depan"]),
    ("Rabu lalu ia bertemu menteri, dan Rabu depan ia ke Canberra.", ["Rabu lalu", "Rabu depan"]),
    ("Ia tiba Rabu pekan lalu.", ["Rabu pekan lalu"]),
    ("Dua hari yang lalu kedua pihak berunding.", ["Dua hari yang lalu"]),
    ("Pada Desember tahun lalu ia ke Tokyo.", ["Desember tahun lalu"]),
    ("Jum'at (21/6) mereka bertemu.", ["Jum'at (21/6)"]),
])
def test_indonesian_date_expressions(sentence: str, expected: list[str]) -> None:
    assert texts(sentence, "id") == expected


def test_indonesian_minggu_is_sunday_only_as_a_capitalised_weekday() -> None:
    assert only("Minggu (23/6) ia tiba.", "id").weekday == 6
    assert only("Hari Minggu lalu ia tiba.", "id").unit is Unit.WEEKDAY
    assert only("Ia tiba minggu lalu.", "id").unit is Unit.WEEK
    assert only("Minggu lalu ia tiba.", "id").unit is Unit.WEEK  # sentence-initial: the week, as usual
    assert texts("Ia menginap dua minggu di sana.", "id") == []


@pytest.mark.parametrize("sentence", [
    "Sekitar 2/3 anggota parlemen mendukung usul itu.",
    "Pasal 19 ayat 6 mengatur hal itu.",
    "Sebanyak 1.200 orang mengungsi ke 12 kamp.",
    "Kedua negara sepakat memperluas perdagangan.",
    "Tanggal 31/6/2024 tidak ada.",
])
def test_indonesian_text_without_dates(sentence: str) -> None:
    assert texts(sentence, "id") == []


def test_an_impossible_day_is_not_a_date() -> None:
    assert all(m.day is None or m.day <= 30 for m in find_dates("Tanggal 31/6/2024 dan 31 Juni 2024.", "id"))
    assert texts("Tanggal 31/6/2024 dan 31 Juni 2024.", "id") == ["Juni 2024"]
    assert texts("Jadwal 30 Februari 2024 itu salah.", "id") == ["Februari 2024"]


# --------------------------------------------------------------------------- finding: English


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The treaty was signed on June 19, 2024 in Jakarta.", ["June 19, 2024"]),
    ("On Wednesday, June 19, 2024, the ministers met.", ["Wednesday, June 19, 2024"]),
    ("The talks ended on 19 June 2024.", ["19 June 2024"]),
    ("The summit ran from June 19-21, 2024.", ["June 19-21, 2024"]),
    ("The letter is dated 6/19/2024.", ["6/19/2024"]),
    ("The letter is dated 19/6/2024.", ["19/6/2024"]),
    ("The report appeared in June 2024.", ["June 2024"]),
    ("They met on the 3rd of May 2024.", ["the 3rd of May 2024"]),
    ("He last visited in 2023.", ["in 2023"]),
    ("The minister arrived yesterday and leaves tomorrow.", ["yesterday", "tomorrow"]),
    ("Last week the envoy flew to Beijing; next month he goes to Paris.", ["Last week", "next month"]),
    ("The president met the king on Wednesday.", ["Wednesday"]),
    ("They met last Wednesday and meet again next Wednesday.", ["last Wednesday", "next Wednesday"]),
    ("The deal was struck on Monday of last week.", ["Monday of last week"]),
    ("Two days ago the sides resumed talks.", ["Two days ago"]),
    ("They first met in December last year.", ["in December last year"]),
    ("Talks resumed in early June.", ["in early June"]),
])
def test_english_date_expressions(sentence: str, expected: list[str]) -> None:
    assert texts(sentence, "en") == expected


@pytest.mark.parametrize("sentence", [
    "Theresa May said the talks may continue.",
    "Thousands joined the march on the capital.",
    "The envoy stayed at Mar-a-Lago.",
    "The Sun reported that the minister sat down with rebels.",
    "About 2/3 of the members voted for it.",
    "The ministers agreed to expand trade.",
])
def test_english_text_without_dates(sentence: str) -> None:
    assert texts(sentence, "en") == []


def test_find_within_a_span_of_the_text() -> None:
    text = "Kemarin ia tiba. Rabu (19/6) ia bertemu menteri."
    second = text.index("Rabu")
    assert [m.text for m in find_dates(text, "id", second, len(text))] == ["Rabu (19/6)"]
    assert [m.text for m in find_dates(text, "id", 0, second)] == ["Kemarin"]
    assert find_dates(text, "id", second + 1, len(text)) == []  # never a match starting inside a word


def test_spacy_sentence_offsets_and_tokens() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Jokowi tiba kemarin. Ia bertemu Kishida pada Rabu (19/6) di Tokyo.")
    sentence = doc[4:]
    mentions = find_dates_in_span(sentence)
    assert [m.text for m in mentions] == ["Rabu (19/6)"]
    start, end = mention_tokens(doc, mentions[0])
    assert doc[start:end].text == "Rabu (19/6)"
    assert doc.text[mentions[0].start:mentions[0].end] == "Rabu (19/6)"


# --------------------------------------------------------------------------- resolving


@pytest.mark.parametrize(("expression", "lang", "expected"), [
    ("kemarin", "id", "2024-06-18"),
    ("hari ini", "id", "2024-06-19"),
    ("besok", "id", "2024-06-20"),
    ("kemarin lusa", "id", "2024-06-17"),
    ("3 hari yang lalu", "id", "2024-06-16"),
    ("yesterday", "en", "2024-06-18"),
    ("the day before yesterday", "en", "2024-06-17"),
    ("two days ago", "en", "2024-06-17"),
    ("pekan lalu", "id", "2024-06"),  # 10–16 June: one month
    ("last week", "en", "2024-06"),
    ("bulan depan", "id", "2024-07"),
    ("last month", "en", "2024-05"),
    ("tahun lalu", "id", "2023"),
    ("Senin", "id", "2024-06-17"),  # the nearest Monday on or before the reference
    ("on Monday", "en", "2024-06-17"),
    ("Rabu", "id", "2024-06-19"),  # the reference day itself
    ("Kamis", "id", "2024-06-13"),
    ("Rabu lalu", "id", "2024-06-12"),
    ("last Wednesday", "en", "2024-06-12"),
    ("Rabu depan", "id", "2024-06-26"),
    ("next Wednesday", "en", "2024-06-26"),
    ("next Friday", "en", "2024-06-21"),
    ("Rabu pekan lalu", "id", "2024-06-12"),
    ("Senin pekan depan", "id", "2024-06-24"),
    ("Friday of last week", "en", "2024-06-14"),
    ("Desember tahun lalu", "id", "2023-12"),
    ("June next year", "en", "2025-06"),
    ("19 Juni 2024", "id", "2024-06-19"),
    ("June 2024", "en", "2024-06"),
    ("Rabu (19/6)", "id", "2024-06-19"),
    ("June 19", "en", "2024-06-19"),
])
def test_resolution_against_the_document_date(expression: str, lang: str, expected: str) -> None:
    assert value(expression, lang) == expected


def test_a_bare_weekday_follows_the_tense() -> None:
    assert value("Senin", "id", tense=PAST) == "2024-06-17"
    assert value("Senin", "id", tense=FUTURE) == "2024-06-24"
    assert value("on Monday", "en", tense=FUTURE) == "2024-06-24"
    assert value("Rabu", "id", tense=FUTURE) == "2024-06-19"
    assert value("next Monday", "en", tense=PAST) == "2024-06-24"  # the words outrank the tense


def test_a_week_across_two_months_is_unknown() -> None:
    wednesday_5_june = date(2024, 6, 5)  # last week = 27 May – 2 June
    assert value("pekan lalu", "id", wednesday_5_june) is None
    assert value("this week", "en", wednesday_5_june) == "2024-06"


def test_month_arithmetic_across_the_year() -> None:
    assert value("bulan lalu", "id", date(2024, 1, 10)) == "2023-12"
    assert value("next month", "en", date(2024, 12, 10)) == "2025-01"
    assert value("kemarin", "id", date(2024, 1, 1)) == "2023-12-31"


JAN_3 = date(2024, 1, 3)  # a Wednesday early in January


def test_year_boundary_december_in_a_january_article() -> None:
    assert value("pada Desember", "id", JAN_3, PAST) == "2023-12"
    assert value("in December", "en", JAN_3, PAST) == "2023-12"
    assert value("pada Desember", "id", JAN_3) == "2023-12"  # tense unknown: the nearest December
    assert value("pada Desember", "id", JAN_3, FUTURE) == "2024-12"
    assert value("Desember lalu", "id", JAN_3) == "2023-12"
    assert value("last December", "en", JAN_3) == "2023-12"


def test_year_boundary_day_and_month_without_a_year() -> None:
    assert value("19 Desember", "id", JAN_3, PAST) == "2023-12-19"
    assert value("December 19", "en", JAN_3, PAST) == "2023-12-19"
    assert value("December 19", "en", JAN_3) == "2023-12-19"  # nearest
    assert value("19 Desember", "id", JAN_3, FUTURE) == "2024-12-19"
    # the written weekday settles the year whatever the tense: 19 December 2023 was a Tuesday
    assert value("Selasa (19/12)", "id", JAN_3, FUTURE) == "2023-12-19"
    assert value("3 Januari", "id", date(2023, 12, 30), FUTURE) == "2024-01-03"
    assert value("3 Januari", "id", date(2023, 12, 30)) == "2024-01-03"
    assert value("3 Januari", "id", date(2023, 12, 30), PAST) == "2023-01-03"


def test_a_month_alone_takes_the_year_the_tense_points_to() -> None:
    assert value("in June", "en", JAN_3, PAST) == "2023-06"
    assert value("in June", "en", JAN_3, FUTURE) == "2024-06"
    assert value("in June", "en", JAN_3) == "2024-06"  # five months ahead is nearer than seven back
    assert value("pada Juni", "id", WED, PAST) == "2024-06"  # the month we are in


def test_one_day_of_grace_for_time_zones() -> None:
    assert value("20 Juni", "id", WED, PAST) == "2024-06-20"
    assert value("21 Juni", "id", WED, PAST) == "2023-06-21"


def test_29_february_only_in_a_leap_year() -> None:
    assert value("29 Februari", "id", date(2025, 3, 1), PAST) == "2024-02-29"


def test_nothing_is_guessed_without_a_reference() -> None:
    for expression, lang in [("Rabu", "id"), ("kemarin", "id"), ("19 Juni", "id"), ("in June", "en"),
                             ("last week", "en"), ("next Wednesday", "en"), ("Rabu (19/6)", "id")]:
        assert value(expression, lang, reference=None) is None, expression
    assert value("19 Juni 2024", "id", reference=None) == "2024-06-19"
    assert value("June 2024", "en", reference=None) == "2024-06"


def test_a_year_alone_is_found_but_dates_no_event() -> None:
    year = resolve(only("Ia terakhir berkunjung pada 2023.", "id"), WED)
    assert year == DateValue(2023) and year.precision is Precision.YEAR
    assert year.event_date() is None
    assert DateValue(2024, 6).event_date() == "2024-06"
    assert DateValue(2024, 6, 19).event_date() == "2024-06-19"


# --------------------------------------------------------------------------- values


def test_date_values() -> None:
    day, month = DateValue(2024, 6, 19), DateValue(2024, 6)
    assert (day.precision, month.precision) == (Precision.DAY, Precision.MONTH)
    assert DateValue.from_iso("2024-06-19") == day and DateValue.from_iso("2024-06") == month
    assert DateValue.from_iso("2024") == DateValue(2024)
    assert month.first_day() == date(2024, 6, 1) and month.last_day() == date(2024, 6, 30)
    assert DateValue(2024, 2).last_day() == date(2024, 2, 29)
    assert day.compatible(month) and month.compatible(day) and DateValue(2024).compatible(day)
    assert not day.compatible(DateValue(2024, 6, 20))
    assert not month.compatible(DateValue(2024, 7))
    for bad in [lambda: DateValue(2024, 13), lambda: DateValue(2024, 6, 31), lambda: DateValue(2024, None, 3),
                lambda: DateValue.from_iso("19/6/2024")]:
        with pytest.raises(ValueError):
            bad()


# --------------------------------------------------------------------------- the document's date


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("JAKARTA, 19 Juni 2024 — Presiden bertemu Perdana Menteri Jepang di Istana.", "id", "19 Juni 2024"),
    ("Jakarta, 19 Juni 2024 (Kantor Berita) - Menteri Luar Negeri tiba di Tokyo.", "id", "19 Juni 2024"),
    ("Presiden bertemu PM Jepang\nRabu, 19 Juni 2024 10:30 WIB\n\nPresiden tiba kemarin.", "id",
     "Rabu, 19 Juni 2024"),
    ("WASHINGTON (Newswire) - June 19, 2024 - The United States imposed sanctions.", "en", "June 19, 2024"),
    ("Leaders meet in Jakarta\nPublished: Wednesday, June 19, 2024 10:30 a.m. ET\nThe president met.", "en",
     "Wednesday, June 19, 2024"),
])
def test_datelines(text: str, lang: str, expected: str) -> None:
    mention = find_dateline(text, lang)
    assert mention is not None and mention.text == expected
    assert document_date(text, lang) == WED


@pytest.mark.parametrize(("text", "lang"), [
    ("On June 19, 2024, the president met the king.", "en"),
    ("The minister said on June 19, 2024 - the day after the vote - that talks would resume.", "en"),
    ("The president will visit China on June 19, 2025\nThe visit was announced.", "en"),
    ("Jakarta (Kantor Berita) - Presiden tiba pada Rabu (19/6) di Tokyo.", "id"),  # no year
    ("Satu\nDua\nTiga\nEmpat\nRabu, 19 Juni 2024\nLima.", "id"),  # below the head of the text
    ("Presiden mengatakan perjanjian yang diteken pada 19 Juni 2024 itu penting.", "id"),
])
def test_not_datelines(text: str, lang: str) -> None:
    assert find_dateline(text, lang) is None
    assert document_date(text, lang) is None


def test_published_comes_first_then_the_dateline() -> None:
    text = "JAKARTA, 18 Juni 2024 — Presiden tiba di Tokyo."
    assert document_date(text, "id", published="2024-06-19") == WED
    assert document_date(text, "id", published="sometime in June") == date(2024, 6, 18)
    assert document_date(text, "id") == date(2024, 6, 18)
    assert document_date("Presiden tiba di Tokyo kemarin.", "id") is None


@pytest.mark.parametrize(("published", "lang", "expected"), [
    ("2024-06-19", "en", WED),
    ("2024-06-19T23:30:00-05:00", "en", WED),  # the publisher's calendar day, as written
    ("2024/6/19", None, WED),
    ("Wed, 19 Jun 2024 10:00:00 +0700", None, WED),
    ("19 Juni 2024", "id", WED),
    ("19 Juni 2024", None, WED),  # any language with date data
    ("June 19, 2024", "en", WED),
    ("June 2024", "en", None),  # no day
    ("yesterday", "en", None),
    ("2024-02-30", "en", None),
    ("", "en", None),
])
def test_parse_published(published: str, lang: str | None, expected: date | None) -> None:
    assert parse_published(published, lang) == expected
