"""Indonesian puts a title before the body it serves and the holder's name after it: "Kepala Biro Humas Setjen Kemhan
Frega Wenas" is the bureau of a body the gazetteer knows (Kemhan), then a person — as "Kementerian Luar Negeri China
Mao Ning" is a body then its spokesperson. English writes the body before the title ("the defence ministry's spokesman
X"), so the construction is Indonesian's. Without a title before it, or with no name after the known body, nobody is
split off. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read


@pytest.mark.parametrize(("text", "body", "person"), [
    ("Kepala Biro Humas Setjen Kemhan Dimas Prakoso mengatakan latihan bersama itu berlanjut.",
     "Biro Humas Setjen Kemhan", "Dimas Prakoso"),
    ("Menurut Kepala Biro Umum Setjen Kemhan Rina Hapsari, delegasi tiba Senin.",
     "Biro Umum Setjen Kemhan", "Rina Hapsari"),
])
def test_a_titled_name_after_a_body_ending_in_a_known_body_is_a_person(text: str, body: str, person: str) -> None:
    types = read(text, "id").types()
    assert types.get(body) == "Organization" and types.get(person) == "Person"
    assert f"{body} {person}" not in types


@pytest.mark.parametrize("text", [
    "Kepala Biro Humas Setjen Kemhan mengatakan latihan bersama itu berlanjut.",
    "Juru bicara Biro Humas Kemhan Republik Indonesia mengatakan latihan itu selesai.",
])
def test_no_person_is_split_off_a_body_with_no_name_after_it(text: str) -> None:
    assert "Person" not in read(text, "id").types().values()
