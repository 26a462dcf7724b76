"""The token sequences of phrase patterns cached between runs (kg.nlp.phrase_tokens): the tokenizer's, cached or not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg import gazetteer, paths
from kg.nlp import phrase_tokens as cache
from kg.nlp.gazetteer_matcher import SPAN_KEY
from kg.nlp.phrase_tokens import cache_key, phrase_tokens

# Forms with what the tokenizer splits: dots, hyphens, apostrophes, accents, brackets, a special case ("don't").
TEXTS = ["U.S.", "Kim Jong-un", "Côte d'Ivoire", "São Tomé and Príncipe", "don't", "(UN)", "New York", "ASEAN"]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(paths.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _tokenizer_says(nlp, texts: list[str], attr: str) -> list[list[str]]:
    return [[t.orth_ if attr == "ORTH" else t.lower_ for t in nlp.make_doc(text)] for text in texts]


@pytest.mark.parametrize("attr", ["ORTH", "LOWER"])
def test_the_first_run_tokenizes_and_keeps_the_next_reads_the_same(folder: Path, attr: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = spacy.blank("en")
    expected = _tokenizer_says(nlp, TEXTS, attr)
    assert expected[0] == (["U.S."] if attr == "ORTH" else ["u.s."]) and expected[4] == ["do", "n't"]
    assert phrase_tokens(nlp, TEXTS, attr) == expected
    files = list(folder.glob(f"phrase-tokens-en-{attr.lower()}-*.json"))
    assert len(files) == 1

    def no_tokenizing(*args: object) -> None:
        raise AssertionError("tokenized although the cache holds the answer")

    monkeypatch.setattr(cache, "_tokenize", no_tokenizing)
    assert phrase_tokens(spacy.blank("en"), TEXTS, attr) == expected


def test_the_key_changes_with_whatever_changes_the_tokens() -> None:
    nlp = spacy.blank("en")
    key = cache_key(nlp, TEXTS, "ORTH")
    assert key == cache_key(spacy.blank("en"), list(TEXTS), "ORTH")
    assert key != cache_key(nlp, TEXTS, "LOWER")
    assert key != cache_key(nlp, TEXTS[::-1], "ORTH")
    assert key != cache_key(nlp, [*TEXTS[:-1], "ASEAN "], "ORTH")
    assert key != cache_key(spacy.blank("id"), TEXTS, "ORTH")
    changed = spacy.blank("en")
    changed.tokenizer.add_special_case("Jong-un", [{"ORTH": "Jong-un"}])
    assert key != cache_key(changed, TEXTS, "ORTH")


def test_a_changed_tokenizer_is_not_served_the_old_tokens(folder: Path) -> None:
    nlp = spacy.blank("en")
    assert phrase_tokens(nlp, TEXTS, "ORTH")[1] == ["Kim", "Jong", "-", "un"]
    nlp.tokenizer.add_special_case("Jong-un", [{"ORTH": "Jong-un"}])
    assert phrase_tokens(nlp, TEXTS, "ORTH")[1] == ["Kim", "Jong-un"]
    assert len(list(folder.glob("phrase-tokens-en-orth-*.json"))) == 1  # the file of the old key was replaced


@pytest.mark.parametrize("damage", [
    "not json at all {",
    json.dumps(["another", [["U.S."]]]),
    json.dumps({"key": "another"}),
    json.dumps([1, 2, 3]),
    None,  # the right key, one text short
    "strings",  # the right key and count, but each text's tokens a string, not a list of tokens
    "[[1]]",
])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(folder: Path, damage: str | None) -> None:
    nlp = spacy.blank("en")
    expected = _tokenizer_says(nlp, TEXTS, "ORTH")
    phrase_tokens(nlp, TEXTS, "ORTH")
    [path] = folder.glob("phrase-tokens-en-orth-*.json")
    if damage is None:
        damage = json.dumps([cache_key(nlp, TEXTS, "ORTH"), expected[:-1]])
    elif damage == "strings":
        damage = json.dumps([cache_key(nlp, TEXTS, "ORTH"), [" ".join(words) for words in expected]])
    path.write_text(damage, encoding="utf-8")
    assert phrase_tokens(nlp, TEXTS, "ORTH") == expected
    assert json.loads(path.read_text(encoding="utf-8")) == [cache_key(nlp, TEXTS, "ORTH"), expected]


def test_no_cache_when_the_folder_cannot_be_written_or_caching_is_off(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = spacy.blank("en")
    expected = _tokenizer_says(nlp, TEXTS, "ORTH")
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setenv(paths.CACHE_ENV, str(not_a_folder / "cache"))
    assert phrase_tokens(nlp, TEXTS, "ORTH") == expected
    monkeypatch.setenv(paths.CACHE_ENV, "")
    assert paths.cache_dir() is None
    assert phrase_tokens(nlp, TEXTS, "ORTH") == expected
    monkeypatch.delenv(paths.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert paths.cache_dir() == tmp_path / "xdg" / "newskg"
    with pytest.raises(ValueError, match="attr must be one of"):
        phrase_tokens(nlp, TEXTS, "NORM")


def _matches(lang: str, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    nlp = spacy.blank(lang)
    matcher = nlp.add_pipe("kg_gazetteer")
    matcher.initialize(nlp=nlp, gazetteer=gazetteer.load(), lang=lang)
    doc = matcher(nlp.make_doc(text))
    return [(s.text, s.label_, tuple(e.key for e in s._.kg_candidates)) for s in doc.spans[SPAN_KEY]]


def test_the_gazetteer_matches_the_same_with_a_cold_a_warm_and_no_cache(folder: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("The U.S. and the United Nations Security Council met in New York; Kim Jong-un sent word from "
            "Pyongyang, and the president of Côte d'Ivoire flew to Jakarta via Singapore. US officials said us.")
    cold = _matches("en", text)
    assert list(folder.glob("phrase-tokens-en-*.json"))
    warm = _matches("en", text)
    monkeypatch.setenv(paths.CACHE_ENV, "")
    uncached = _matches("en", text)
    assert cold == warm == uncached
    found = {span for span, _, _ in cold}
    assert {"U.S.", "United Nations Security Council", "New York", "Jakarta", "Singapore"} <= found
    assert "us" not in found  # "US" is matched as written only


def test_the_gazetteer_patterns_share_one_match_id_and_leave_the_vocabulary_as_it_was(folder: Path) -> None:
    """A match id of its own per surface form made spaCy add a lexeme for each (~6,500 per language: most of the
    pipeline's start-up); the forms are told apart by the tokens they match."""
    nlp = spacy.blank("en")
    matcher = nlp.add_pipe("kg_gazetteer")
    matcher.initialize(nlp=nlp, gazetteer=gazetteer.load(), lang="en")
    words = len(nlp.vocab)
    assert not [text for text in nlp.vocab.strings if text[:1] in ("=", "~") and len(text) > 3 and text[1:].isalpha()]
    doc = matcher(nlp.make_doc("Jakarta and New York, the U.S. and us."))
    assert [(span.text, {entry.name_en for entry in span._.kg_candidates}) for span in doc.spans[SPAN_KEY]] == [
        ("Jakarta", {"Jakarta"}), ("New York", {"New York City"}), ("U.S.", {"United States of America"})]
    assert len(nlp.vocab) - words <= 12  # the document's own words
