"""Nationalities coordinated before one noun both name their countries (issue 9, session 18, branch en18t): in "the
Brazilian and Argentine mediators", "Saudi and U.S. officials" the first nationality shares the noun the second
modifies, so it names its country as the second does; before, only the last conjunct did. A noun that names no
country's people or office ("French and Italian wine") makes neither a mention. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read


@pytest.mark.parametrize(("text", "countries"), [
    ("The Brazilian and Argentine mediators said the talks had ended.", {"Brazil", "Argentina"}),
    ("Brazilian and Argentine officials said the talks had ended.", {"Brazil", "Argentina"}),
    ("The Saudi and U.S. mediators said the talks had ended.", {"Saudi Arabia", "United States of America"}),
])
def test_both_nationalities_name_their_countries(text: str, countries: set[str]) -> None:
    assert read(text, "en").entity_names() == countries


def test_a_noun_of_no_people_names_no_country() -> None:
    assert read("Ana Ruiz likes French and Italian wine.", "en").entity_names() == {"Ana Ruiz"}

