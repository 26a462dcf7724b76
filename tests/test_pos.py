"""The shipped Indonesian POS tagger tells proper names from capitalised common words.

Why these cases: newskg reads runs of NNP as candidate names the gazetteer does not know, and
must not read a capitalised sentence-initial common word as one. The sentences are written
for this test (not taken from the corpus or the shared evaluation set); only decisions the
model gets robustly are asserted, see docs/models.md for what it gets wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import pos

MODEL_DIR = pos.model_path("id")
pytestmark = pytest.mark.skipif(
    MODEL_DIR is None or not (MODEL_DIR / "config.cfg").is_file(),
    reason="data/models/id_pos is absent (train it with scripts/train_id_tagger.py)",
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    tagger_nlp = pos.load_tagger("id")
    assert tagger_nlp is not None
    return tagger_nlp


def tags(nlp: Language, text: str) -> dict[str, str]:
    return {t.text: t.tag_ for t in nlp(text)}


def test_loader_is_cached_and_other_languages_have_none() -> None:
    assert pos.load_tagger("id") is pos.load_tagger("id")
    assert pos.load_tagger("en") is None
    assert pos.load_tagger("xx") is None


def test_missing_model_folder_gives_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKG_DATA", str(tmp_path))
    assert pos.load_tagger("id") is None


def test_shipped_model_is_small_and_licensed() -> None:
    assert MODEL_DIR is not None
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 10_000_000
    notice = (MODEL_DIR / "NOTICE.md").read_text(encoding="utf-8")
    assert "kumparan.com" in notice and "MIT" in notice


def test_names_are_nnp_and_common_words_are_not(nlp: Language) -> None:
    t = tags(nlp, "Menteri Luar Negeri Retno Marsudi bertemu Sergei Lavrov di Moskow pada hari Selasa.")
    for name in ("Retno", "Marsudi", "Sergei", "Lavrov", "Moskow"):
        assert t[name] == "NNP", name
    for word in ("bertemu", "hari", "di", "pada"):
        assert t[word] != "NNP", word
    assert t["bertemu"] == "VB"


def test_unknown_foreign_names_are_nnp(nlp: Language) -> None:
    t = tags(nlp, "Ajudan Kremlin Yuri Ushakov mengatakan Putin akan menginap di Kumsusan State Guest House.")
    for name in ("Kremlin", "Yuri", "Ushakov", "Putin", "Kumsusan", "State", "Guest", "House"):
        assert t[name] == "NNP", name
    for word in ("mengatakan", "menginap"):
        assert t[word] != "NNP", word
    t = tags(nlp, "Analis Rachel Minyoung Lee menilai langkah itu berisiko.")
    for name in ("Rachel", "Minyoung", "Lee"):
        assert t[name] == "NNP", name
    assert t["Analis"] != "NNP"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kemitraan itu penting.", "Kemitraan"),
        ("Agenda pertemuan itu dibahas oleh kedua pemimpin.", "Agenda"),
        ("Sebagai negara tetangga, Indonesia dan Malaysia sepakat memperkuat kerja sama.", "Sebagai"),
        ("Kunjungan kenegaraan itu membahas perdagangan dan investasi.", "Kunjungan"),
    ],
)
def test_sentence_initial_common_word_is_not_nnp(nlp: Language, text: str, word: str) -> None:
    assert tags(nlp, text)[word] != "NNP"


@pytest.mark.parametrize("separator", [" ", "\n\n", "\n"])
def test_sentence_initial_inside_a_document(nlp: Language, separator: str) -> None:
    """Articles are tagged whole: a sentence start after a full stop or a line break counts too."""
    doc = nlp(f"Pertemuan itu berlangsung tertutup.{separator}Kemitraan strategis kedua negara dinilai kuat.")
    kemitraan = next(t for t in doc if t.text == "Kemitraan")
    assert kemitraan.tag_ != "NNP"
    assert all(t.tag_ == "SYM" for t in doc if t.is_space)


def test_acronyms_and_places_are_nnp(nlp: Language) -> None:
    t = tags(nlp, "Dewan Keamanan PBB menjatuhkan sanksi baru terhadap Korea Utara.")
    for name in ("PBB", "Korea", "Utara"):
        assert t[name] == "NNP", name
    assert t["sanksi"] == "NN"


def test_source_into_blank_pipeline_matches_shipped_pipeline(nlp: Language) -> None:
    text = "Presiden Joko Widodo menerima Perdana Menteri Fumio Kishida di Istana Bogor, Jawa Barat."
    blank = spacy.blank("id")
    blank.add_pipe("sentencizer")
    assert pos.add_tagger(blank)
    assert blank.pipe_names == ["sentencizer", "tagger"]
    assert [t.tag_ for t in blank(text)] == [t.tag_ for t in nlp(text)]
    runs = [span.text for span in pos.proper_noun_runs(blank(text))]
    assert "Fumio Kishida" in " | ".join(runs)
    assert "Jawa Barat" in runs


def test_add_tagger_without_model_leaves_pipeline_alone() -> None:
    blank = spacy.blank("en")
    assert not pos.add_tagger(blank)
    assert blank.pipe_names == []


def test_tag_doc_on_a_foreign_vocab() -> None:
    doc = spacy.blank("id")("Sergei Lavrov tiba di Jakarta.")
    assert pos.tag_doc(doc) is doc
    assert [t.tag_ for t in doc if t.text in {"Sergei", "Lavrov", "Jakarta"}] == ["NNP"] * 3
    en_doc: Doc = spacy.blank("en")("Lavrov arrived.")
    assert pos.tag_doc(en_doc).has_annotation("TAG") is False
