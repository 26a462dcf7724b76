"""Company names ending in a legal suffix (branch en14s, issue 9): "Asia Pacific Links Ltd.", "Lianbei Oil Terminal",
"X Trading FZE" — the suffix (lexicon ``org_heads``) makes the whole run one organisation, over a known place inside
it ("Asia Pacific"); a suffix with its period ends the name, so the capitalised word after it opens the next sentence
spaCy did not split ("… Ltd. Kupol was …"), while "Co. Ltd." goes on; a country after a trade noun opens the name in
English ("the company Myanmar Economic Corporation"), unlike Indonesian ("perusahaan Rusia Sovcomflot"). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "name"), [
    ("Japan sanctioned Asia Pacific Links Ltd. on Friday.", "Asia Pacific Links Ltd."),
    ("The State Department imposed sanctions on Lianbei Oil Terminal.", "Lianbei Oil Terminal"),
    ("The Treasury sanctioned Qingshan Harbor Storage Co. Ltd. on Monday.", "Qingshan Harbor Storage Co. Ltd."),
    ("The Treasury sanctioned Farzaneh Petro Trading FZE on Monday.", "Farzaneh Petro Trading FZE"),
    ("They include the company Myanmar Economic Corporation.", "Myanmar Economic Corporation"),
])
def test_the_suffix_makes_one_organisation(text: str, name: str) -> None:
    assert read(text, "en").types().get(name) == "Organization"


def test_the_suffix_ends_the_name() -> None:
    found = read("Japan sanctioned Asia Pacific Links Ltd. Kupol was also named.", "en")
    assert found.events(EventKind.SANCTION) == {(("Japan",), ("Asia Pacific Links Ltd.",))}


def test_indonesian_owner_after_the_trade_noun() -> None:
    types = read("Inggris menjatuhkan sanksi terhadap perusahaan Rusia Zolotar Marine Logistics.", "id").types()
    assert types.get("Zolotar Marine Logistics") == "Organization"


def test_no_suffix_no_company() -> None:
    assert "Organization" not in read("The ship docked at Terminal 3 in Busan.", "en").types().values()
