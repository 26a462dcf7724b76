"""A suspended hyphen ends a name (branch fix16), English: in "the Arga Wirana- and Velmar Group-owned firms" the
hyphen after "Wirana" (a space after it) waits for "owned", so "Arga Wirana" and "Velmar Group" are two names, not one
organisation "Arga Wirana- and Velmar Group-owned"; and a body's head word takes no given name's lowercase syllable
("Velmar Group-owned" is the Velmar Group, while "Cho Tae-yul" stays one person's name). Indonesian writes no such
compounds ("perusahaan milik Arga Wirana dan Velmar Group"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read


def test_a_suspended_hyphen_ends_the_first_name() -> None:
    types = read("Chile sanctioned the Arga Wirana- and Velmar Group-owned firms.", "en").types()
    assert types["Velmar Group"] == "Organization"
    assert not any(" and " in name or name.endswith("owned") for name in types)
    assert any(name.startswith("Arga Wirana") and kind == "Person" for name, kind in types.items())


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Chile sanctioned the Velmar Group-owned firms.", "Velmar Group", "Organization"),
    ("Cho Tae-yul met Ana Ruiz.", "Cho Tae-yul", "Person"),
    ("Kim Jong-un met Ana Ruiz.", "Kim Jong-un", "Person"),
])
def test_a_body_head_takes_no_name_syllable(text: str, name: str, kind: str) -> None:
    assert read(text, "en").types()[name] == kind
