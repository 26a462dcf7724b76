"""A sanction noun heading the subject of a clause that a verb of saying reports is no sanction by the speaker:
"Brazil said sanctions on Russia had failed" — Brazil talks about sanctions, it imposes none. The noun's object
reading stays the speaker's: "Brazil announced sanctions on Russia". Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "speaker", "target"), [
    ("Brazil said sanctions on Russia had failed.", "en", "Brazil", "Russia"),
    ("Brazil said that the sanctions on Russia would not work.", "en", "Brazil", "Russia"),
    ("Brasil mengatakan sanksi terhadap Rusia gagal.", "id", "Brasil", "Rusia"),
    ("Brasil mengatakan bahwa sanksi terhadap Rusia tidak efektif.", "id", "Brasil", "Rusia"),
])
def test_a_sanction_in_a_reported_clause_is_not_the_speakers(text: str, lang: str, speaker: str,
                                                             target: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.STATEMENT) == {((speaker,), ())}
    assert all(agents != (speaker,) for agents, _ in found.events(EventKind.SANCTION))
    assert found.events(EventKind.SANCTION) <= {((), (target,))}


@pytest.mark.parametrize(("text", "lang", "sanction"), [
    ("Brazil announced sanctions on Russia.", "en", (("Brazil",), ("Russia",))),
    ("Brazil announced sanctions on Russia on Monday.", "en", (("Brazil",), ("Russia",))),
    ("Brasil mengumumkan sanksi terhadap Rusia pada hari Senin.", "id", (("Brasil",), ("Rusia",))),
])
def test_announced_sanctions_are_the_announcers(text: str, lang: str, sanction: tuple) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {sanction}
