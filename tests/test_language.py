"""Language detection (py3langid restricted to id/ms/en) and code normalisation."""

from __future__ import annotations

import pytest

from kg import language
from kg.errors import LanguageError

# Short sentences written for these tests, in the register of international news.
INDONESIAN = [
    "Presiden bertemu perdana menteri di istana pada hari Senin.",
    "Menteri luar negeri menghadiri pertemuan tingkat tinggi di Singapura.",
    "Pemerintah membantah tuduhan tersebut dalam sebuah pernyataan resmi.",
    "Kedua negara sepakat untuk memperkuat kerja sama ekonomi.",
    "Rusia dan Korea Utara menandatangani perjanjian kemitraan strategis.",
    "Dewan Keamanan PBB gagal mengesahkan rancangan resolusi itu.",
    "Amerika Serikat menjatuhkan sanksi baru terhadap para pemimpin militer.",
    "Ribuan warga turun ke jalan untuk memprotes kudeta.",
    "Kunjungan ini adalah yang pertama dalam dua puluh empat tahun.",
    "Juru bicara kementerian mengatakan pembicaraan berjalan dengan baik.",
    "Putin tiba di Pyongyang pada Rabu dini hari.",
    "Indonesia mendesak semua pihak menahan diri.",
]
ENGLISH = [
    "The president met the prime minister at the palace on Monday.",
    "The foreign minister attended a high-level meeting in Singapore.",
    "The government denied the allegations in an official statement.",
    "Both countries agreed to strengthen economic cooperation.",
    "Russia and North Korea signed a strategic partnership treaty.",
    "The UN Security Council failed to adopt the draft resolution.",
    "The United States imposed new sanctions on the military leaders.",
    "Thousands of people took to the streets to protest the coup.",
    "This is the first visit in twenty-four years.",
    "A ministry spokesman said the talks went well.",
    "Putin arrived in Pyongyang early on Wednesday.",
    "Indonesia urged all parties to exercise restraint.",
]
MALAY = "Kerajaan Malaysia akan mengadakan perbincangan dengan pihak berkuasa Singapura minggu hadapan."


@pytest.mark.parametrize("sentence", INDONESIAN)
def test_detects_indonesian(sentence: str) -> None:
    assert language.detect(sentence) == "id"


@pytest.mark.parametrize("sentence", ENGLISH)
def test_detects_english(sentence: str) -> None:
    assert language.detect(sentence) == "en"


def test_malay_is_routed_to_indonesian() -> None:
    ranked = dict(language._get_identifier().rank(MALAY))
    assert ranked["ms"] > ranked["id"]  # py3langid hears Malay …
    assert language.detect(MALAY) == "id"  # … but detection never guesses Malay: Indonesian sounds Malay too


def test_scores_are_probabilities() -> None:
    scores = language.scores(ENGLISH[0])
    assert set(scores) == {"id", "en"}
    assert scores["id"] + scores["en"] == pytest.approx(1.0, abs=1e-4)


def test_text_without_letters_gets_the_default() -> None:
    assert language.detect("") == language.DEFAULT
    assert language.detect("  12/08 — 2024 ") == language.DEFAULT


def test_classifier_is_a_lazy_singleton() -> None:
    first = language._get_identifier()
    assert language._get_identifier() is first
    # restricted to our three labels, without touching py3langid's global model
    assert set(first.nb_classes) == {"id", "ms", "en"}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("id", "id"),
        ("in", "id"),
        ("ind", "id"),
        ("ms", "ms"),
        ("zsm", "ms"),
        ("en", "en"),
        ("eng", "en"),
        ("EN", "en"),
        ("en-US", "en"),
        ("id_ID", "id"),
        (" id ", "id"),
    ],
)
def test_normalise_accepts_known_codes(code: str, expected: str) -> None:
    assert language.normalise(code) == expected


@pytest.mark.parametrize("code", ["fr", "zh", "", "  ", "english", "xx-YY"])
def test_normalise_rejects_other_codes(code: str) -> None:
    with pytest.raises(LanguageError) as raised:
        language.normalise(code)
    assert raised.value.code == "E020"


def test_supported_languages() -> None:
    """The registry is the folders of kg/lang; detection chooses among those that name py3langid labels."""
    assert language.SUPPORTED == ("en", "id", "ms")
    assert language.DETECTABLE == ("en", "id")  # Malay is read only when named (docs/languages.md)
    assert language.get("ind").code == "id" and language.get("en-GB").head_initial is False


def test_names_do_not_outvote_function_words():
    """Country names look Indonesian to a character model; "and", "to", "said" settle it."""
    assert language.detect("Indonesia and Malaysia agreed to expand trade, Malaysia said.") == "en"
    assert language.detect("Indonesia dan Malaysia sepakat memperluas perdagangan, kata Malaysia.") == "id"
