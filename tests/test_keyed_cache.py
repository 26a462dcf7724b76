"""The files of derived data in ``NEWSKG_CACHE`` (``kg.nlp.keyed_cache``) and the key the tokenizer's cached split
is stamped with (``kg.nlp.tokenizer``): a cache folder that does not exist yet is made, a file of an older key is
replaced, one of another name is left alone, and a tokenizer with other affix rules is never served the split
cached for the stock one (the split depends on those rules)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import spacy
from spacy.lang.ms import Malay

from kg.nlp import tokenizer as served_tokenizer
from kg.nlp.keyed_cache import read_keyed, write_keyed

KEY_A = "a" * 64
KEY_B = "b" * 64


def test_a_cache_folder_that_does_not_exist_yet_is_made_with_its_parents(tmp_path: Path) -> None:
    path = tmp_path / "home" / ".cache" / "newskg" / f"words-{KEY_A[:16]}.json"
    write_keyed(path, KEY_A, ["kunjungan", "sanksi"])
    assert read_keyed(path, KEY_A) == ["kunjungan", "sanksi"]
    assert json.loads(path.read_text(encoding="utf-8")) == [KEY_A, ["kunjungan", "sanksi"]]
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # readable by the other users of a shared cache
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind


def test_a_new_key_replaces_the_file_of_the_old_one_and_leaves_other_names_alone(tmp_path: Path) -> None:
    old = tmp_path / f"words-id-{KEY_A[:16]}.json"
    other = tmp_path / f"words-en-{KEY_A[:16]}.json"
    write_keyed(old, KEY_A, [1])
    write_keyed(other, KEY_A, [2])
    new = tmp_path / f"words-id-{KEY_B[:16]}.json"
    write_keyed(new, KEY_B, [3])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([new.name, other.name])
    assert read_keyed(new, KEY_B) == [3] and read_keyed(other, KEY_A) == [2]
    assert read_keyed(new, KEY_A) is None  # a file stamped with another key reads as nothing


def test_a_folder_that_cannot_be_made_leaves_nothing_and_raises_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    path = blocker / "cache" / f"words-{KEY_A[:16]}.json"
    write_keyed(path, KEY_A, [1])
    assert read_keyed(path, KEY_A) is None
    assert blocker.read_text(encoding="utf-8") == "not a folder"


class _BareDefaults(Malay.Defaults):
    suffixes = ()
    prefixes = ()


class _BareMalay(Malay):
    """Malay with no prefix or suffix rules: more of spaCy's exceptions are then split as plain text would be."""

    Defaults = _BareDefaults


def test_a_tokenizer_with_other_affix_rules_is_not_served_the_split_cached_for_the_stock_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stock, bare = spacy.blank("ms"), _BareMalay()
    every = stock.Defaults.tokenizer_exceptions
    exceptions = {text: every[text] for text in sorted(every)[:300]}  # emoticons, abbreviations: both kinds
    monkeypatch.setenv("NEWSKG_CACHE", "")  # no cache: what each split is
    uncached_stock = served_tokenizer.split_exceptions(stock, exceptions)
    uncached_bare = served_tokenizer.split_exceptions(bare, exceptions)
    assert uncached_stock[0] < uncached_bare[0]  # the affix rules decide which exceptions are served
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path))
    assert served_tokenizer.split_exceptions(stock, exceptions) == uncached_stock
    assert served_tokenizer.split_exceptions(bare, exceptions) == uncached_bare
    assert served_tokenizer.split_exceptions(stock, exceptions) == uncached_stock
