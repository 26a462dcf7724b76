"""kg.nlp.tokenizer gives exactly spaCy's stock tokens, with its one-word exceptions served by a set look-up.

Compared token by token (text, offset, whitespace, norm, lower case, shape, lexical flags, sentence start after a
sentencizer) with the stock tokenizer on text we write and on spaCy's exceptions in many contexts. The larger
proof (UD treebanks, the 1 MB corpus, every exception in every context) is ``scripts/compare_tokenizers.py``.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
import spacy
from spacy.tokenizer import Tokenizer as SpacyTokenizer

from kg.nlp import tokenizer as served_tokenizer
from kg.nlp.pipeline import make_pipeline
from kg.nlp.tokenizer import ServedExceptions, Tokenizer

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "compare_tokenizers.py"

WRITTEN = {
    "id": [
        "Anak-anak bermain di taman, sementara orang-orang tua duduk berbincang-bincang.",
        "Menteri Luar Negeri bertemu mitranya pada 3 Jan. 2025 di Jakarta, dll. Ia tiba-tiba pergi.",
        "Warna abu-abu/merah dipakai sekali-sekali; kata-katanya (abu-abu) tidak berbeda - beda.",
        "Dr. Sari, S.H., M.Hum. berkata: \"Kerja sama itu baik-baik saja.\" Hubungan RI-Malaysia membaik.",
        "Rumah-rumahnya rusak. Rumah-rumah-nya? ABU-ABU, Abu-Abu dan abu-abu-abu. Harga Rp10.000-an.",
        "Presiden  berkunjung\tke Moskow—lalu ke Beijing… Kunjungan itu (2-4 Mei) mulai pukul 10.00 WIB :)",
        "Lihat https://contoh.id/berita-hari-ini dan surel redaksi@contoh.id untuk jum'at ini.",
        "Mereka bersalam-salaman -- lalu pulang-pergi.\nBaris baru: kupu-kupu, kupu-kupu-nya, ke-2, ke-20.",
    ],
    "en": [
        "The minister didn't say whether they'll meet again; it's a long-term plan, e.g. in Jan. or Feb.",
        "Dr. Smith (U.S.) met Mr. Lee at 5 p.m. — they'd agreed on a follow-up :-) y'all know it's fine.",
    ],
    "ms": ["Kanak-kanak bermain-main di luar. Dr. Ahmad berkata rundingan itu baik-baik sahaja, dsb."],
}


@cache
def compare_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compare_tokenizers", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def comparison(lang: str):  # the script's Comparison
    return compare_script().Comparison(lang)


@pytest.mark.parametrize("lang", sorted(WRITTEN))
def test_written_text_is_tokenized_as_spacy_does(lang: str) -> None:
    assert comparison(lang).differences(WRITTEN[lang]) == []


@pytest.mark.parametrize("lang", ["id", "en", "ms"])
def test_exceptions_in_context_are_tokenized_as_spacy_does(lang: str) -> None:
    compare = comparison(lang)
    exceptions = sorted(compare.nlp.Defaults.tokenizer_exceptions)
    sample = exceptions[::40] if len(exceptions) > 4000 else exceptions[::4]  # every exception: the script
    texts = list(compare_script().exception_texts(sample, per_text=50))
    assert len(texts) >= len(compare_script().CONTEXTS)
    assert compare.differences(texts) == []


def test_most_indonesian_exceptions_are_served_and_the_rest_kept() -> None:
    nlp = comparison("id").nlp
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer) and isinstance(tokenizer.token_match, ServedExceptions)
    served = tokenizer.token_match.words
    assert {"abu-abu", "Abu-Abu", "ABU-ABU", "anak-anak"} <= served
    assert {"Jan.", "dll.", "Dr.", "°C.", "jum'at"} <= tokenizer.rules.keys()  # a suffix, a norm, several tokens
    assert len(served) > 15_000 and len(tokenizer.rules) < 400
    assert served.isdisjoint(tokenizer.rules)
    assert served | tokenizer.rules.keys() == nlp.Defaults.tokenizer_exceptions.keys()


def test_special_case_patterns_are_split_as_the_stock_tokenizer_splits_them() -> None:
    """The served words become ``token_match``, which spaCy also applies when it splits a special case into the
    pattern of its ``PhraseMatcher`` pass: none of those splits may change."""
    tokenizer = comparison("id").nlp.tokenizer
    ours = SpacyTokenizer(tokenizer.vocab, None, tokenizer.prefix_search, tokenizer.suffix_search,
                          tokenizer.infix_finditer, tokenizer.token_match, tokenizer.url_match)
    for text in tokenizer.rules:
        assert [token.text for token in ours(text)] == tokenizer._pieces(text), text


def test_the_stock_tokenizer_decides_when_pieces_spell_a_served_word() -> None:
    compare = comparison("id")
    tokenizer = compare.nlp.tokenizer
    before = tokenizer.stock_calls
    assert [t.text for t in tokenizer("Rumah itu hijau.")] == ["Rumah", "itu", "hijau", "."]
    assert tokenizer.stock_calls == before
    doc = tokenizer("warna abu-abu/merah")  # the infix "/" splits the chunk; the stock matcher merges abu-abu
    assert [t.text for t in doc] == ["warna", "abu-abu", "/", "merah"]
    assert tokenizer.stock_calls == before + 1
    assert compare.differences(["warna abu-abu/merah", "berbeda - beda"]) == []


def test_pickled_tokenizer_tokenizes_the_same() -> None:
    tokenizer = comparison("id").nlp.tokenizer
    copy = pickle.loads(pickle.dumps(tokenizer))
    assert isinstance(copy, Tokenizer) and copy.token_match.words == tokenizer.token_match.words
    for text in WRITTEN["id"]:
        assert [(t.text, t.norm_, t.whitespace_) for t in copy(text)] == [
            (t.text, t.norm_, t.whitespace_) for t in tokenizer(text)]


def test_a_saved_tokenizer_loads_in_plain_spacy_and_tokenizes_the_same(tmp_path: Path) -> None:
    tokenizer = comparison("id").nlp.tokenizer
    plain = spacy.blank("id").tokenizer.from_bytes(tokenizer.to_bytes())
    tokenizer.to_disk(tmp_path / "tokenizer")
    from_disk = spacy.blank("id").tokenizer.from_disk(tmp_path / "tokenizer")
    for text in WRITTEN["id"]:
        ours = [(t.text, t.norm_, t.whitespace_) for t in tokenizer(text)]
        assert [(t.text, t.norm_, t.whitespace_) for t in plain(text)] == ours
        assert [(t.text, t.norm_, t.whitespace_) for t in from_disk(text)] == ours
    assert "abu-abu" in plain.rules  # a served word is an ordinary special case in spaCy's format


def test_the_pipeline_uses_it() -> None:
    nlp = make_pipeline("id")
    assert isinstance(nlp.tokenizer, Tokenizer)
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "kg.tokenizer.v1"}


def test_the_split_is_cached_and_a_damaged_cache_is_recomputed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path))
    nlp = comparison("ms").nlp
    exceptions = nlp.Defaults.tokenizer_exceptions
    served, kept = served_tokenizer.split_exceptions(nlp, exceptions)
    [path] = tmp_path.glob("tokenizer-ms-*.json")
    key, words = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(served) == words and len(key) == 64
    assert served_tokenizer.split_exceptions(nlp, exceptions) == (served, kept)
    path.write_text(json.dumps([key, ["not an exception"]]), encoding="utf-8")  # foreign words: not trusted
    assert served_tokenizer.split_exceptions(nlp, exceptions) == (served, kept)
    path.write_text("{", encoding="utf-8")
    assert served_tokenizer.split_exceptions(nlp, exceptions) == (served, kept)
    monkeypatch.setenv("NEWSKG_CACHE", "")  # no cache at all
    assert served_tokenizer.split_exceptions(nlp, exceptions) == (served, kept)


def test_the_prefixes_are_cached_and_a_damaged_cache_is_recomputed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path))
    made = spacy.blank("ms", config={"nlp": {"tokenizer": {"@tokenizers": "kg.tokenizer.v1"}}})
    served = made.tokenizer.token_match
    assert isinstance(served, ServedExceptions) and served.cached is not None
    expected = served.joinable
    assert {"abu", "abu-", "abu-a", "abu-abu", "ABU-"} <= expected and "abu-abu-" not in expected
    [path] = tmp_path.glob("tokenizer-prefixes-ms-*.json")
    key, stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored == sorted(expected) and key == served.cached[1]

    def fresh() -> ServedExceptions:
        return ServedExceptions(served.words, served.exceptions, served.token_match, served.cached)

    assert fresh().joinable == expected  # read back
    path.write_text(json.dumps([key, stored[::2]]), encoding="utf-8")  # some exceptions missing: not trusted
    assert fresh().joinable == expected
    path.write_text("[", encoding="utf-8")
    assert fresh().joinable == expected
    assert pickle.loads(pickle.dumps(served)).joinable == expected
