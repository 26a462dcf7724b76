"""A listed member given by its title, then its name in apposition (session 18, the lead): "sanctions on four
officials, including the country's interior minister, X" — X is the one named of the counted group, as "including
Interior Minister X" already was; before, the comma after the title ended the search and the group fell back to
its country. A comma after the title with no person after it names nobody. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile imposed sanctions on four Peruvian officials, including the country's interior minister, Ana Ruiz.", "en"),
    ("Chile imposed sanctions on four Peruvian officials, including the interior minister, Ana Ruiz, who ordered "
     "the raid.", "en"),
])
def test_the_person_after_a_listed_title_is_the_target(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {(("Chile",), ("Ana Ruiz",))}


def test_a_listed_title_with_no_name_after_it_leaves_the_group_to_its_country() -> None:
    r = read("Chile imposed sanctions on four Peruvian officials, including the interior minister, Bolivia said.", "en")
    assert r.events(EventKind.SANCTION) == {(("Chile",), ("Peru",))}
