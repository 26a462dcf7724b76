""""The two countries" / "kedua negara" are the two parties of the last meeting or agreement told before — not the
one agent of a visit or a condemnation told in between. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Japan and Brazil met in Tokyo on Monday. Japan visited Chile. The two countries agreed to expand trade.",
     "en", ("Brazil", "Japan")),
    ("Japan and Brazil met in Tokyo on Monday. Japan condemned Russia. The two countries agreed to expand trade.",
     "en", ("Brazil", "Japan")),
    ("Jepang dan Brasil bertemu di Tokyo pada hari Senin. Jepang mengunjungi Chili. "
     "Kedua negara sepakat memperluas perdagangan.", "id", ("Brasil", "Jepang")),
    ("Jepang dan Brasil bertemu di Tokyo pada hari Senin. Jepang mengecam Rusia. "
     "Kedua negara sepakat memperluas perdagangan.", "id", ("Brasil", "Jepang")),
])
def test_the_two_countries_skip_a_one_sided_event_told_between(text: str, lang: str, pair: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(pair, ())}
    assert found.events(EventKind.AGREEMENT) == {(pair, ())}
