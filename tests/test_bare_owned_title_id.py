"""An official's title owned by a country, written bare (issue 9, session 14, branch id14), Indonesian, by the exact
fact: "Menlu RI bertemu X", "Dalam pertemuan itu, Menlu RI menyampaikan …" — a capitalised official's title and its
country with no name after it is, in a language without definite determiners, the definite title: that country's
official named before ("Menteri Luar Negeri RI Sugiono"), as "Menlu Australia itu" was. With no such official named
before, or a lowercase title, the country stays the party; a leader's title ("Presiden Rusia") was read so already.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind

ARRIVED = "Menteri Luar Negeri RI Sugiono tiba di Tokyo, Senin. "
LAVROV = "Menteri Luar Negeri Rusia Sergey Lavrov"


def test_a_bare_owned_title_meeting_someone_is_the_official_named_before() -> None:
    found = read(ARRIVED + f"Menlu RI juga bertemu {LAVROV}.", "id")
    assert found.events(EventKind.MEETING) == {(("Sergey Lavrov", "Sugiono"), ())}


def test_a_bare_owned_title_as_the_object_is_the_official_named_before() -> None:
    found = read(ARRIVED + f"{LAVROV} kemudian bertemu Menlu RI.", "id")
    assert found.events(EventKind.MEETING) == {(("Sergey Lavrov", "Sugiono"), ())}


def test_a_bare_owned_title_speaking_after_a_fronted_phrase_is_the_official() -> None:
    found = read(ARRIVED + "Dalam pertemuan itu, Menlu RI menyampaikan pentingnya reformasi keuangan global.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Sugiono",), ())}


def test_with_no_official_of_that_country_named_before_the_country_stays() -> None:
    found = read(f"Menlu RI bertemu {LAVROV} di Jakarta.", "id")
    assert found.events(EventKind.MEETING) == {(("Indonesia", "Sergey Lavrov"), ())}


def test_another_countrys_official_named_before_is_not_taken() -> None:
    found = read("Menteri Luar Negeri Jepang Takeshi Iwaya tiba di Jakarta. "
                 f"Menlu RI bertemu {LAVROV}.", "id")
    assert found.events(EventKind.MEETING) == {(("Indonesia", "Sergey Lavrov"), ())}


def test_a_lowercase_title_is_no_definite_title() -> None:
    found = read(ARRIVED + "Kemudian menteri luar negeri RI bertemu Sergey Lavrov.", "id")
    assert found.events(EventKind.MEETING) == {(("Indonesia", "Sergey Lavrov"), ())}
