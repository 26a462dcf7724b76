"""Bodies of a country named by a head word or a word of its rulers (issue 9, session 12, branch id12), Indonesian,
by the exact entities and facts:

- "Kedubes Rusia", "Konsulat Jenderal Amerika Serikat" opening a sentence: the mission (a body abroad) is the
  denier, never its country by metonymy as "Pemerintah Rusia" is; "Jenderal" inside "Konsulat Jenderal" is the
  head's word, not a general's title ("Konsul Jenderal Jepang X" is still a person);
- "Juru bicara junta Myanmar X", "Pemimpin rezim X": a word of the rulers between a title and the country keeps the
  office the country's;
- "Konsensus Lima Poin": a consensus is an instrument.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "body"), [
    ("Kedubes Rusia membantah tuduhan itu.", "Kedubes Rusia"),
    ("Konsulat Jenderal Amerika Serikat di Surabaya membantah tuduhan itu.", "Konsulat Jenderal Amerika Serikat"),
    ("Kemarin, Konsulat Jenderal Jepang membantah tuduhan itu.", "Konsulat Jenderal Jepang"),
])
def test_a_mission_abroad_is_the_denier(text: str, body: str) -> None:
    found = read(text, "id")
    assert found.types()[body] == "Organization"
    assert found.events(EventKind.DENIAL) == {((body,), ())}


def test_a_government_opening_a_sentence_is_still_its_country() -> None:
    found = read("Pemerintah Rusia membantah tuduhan itu.", "id")
    assert found.events(EventKind.DENIAL) == {(("Rusia",), ())}


def test_a_consul_general_is_a_person_with_an_office() -> None:
    found = read("Konsul Jenderal Jepang Takeshi Iwaya membantah tuduhan itu.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Takeshi Iwaya", "Jepang")}
    assert found.events(EventKind.DENIAL) == {(("Takeshi Iwaya",), ())}


@pytest.mark.parametrize(("text", "kind", "person"), [
    ("Juru bicara junta Myanmar Zaw Min Tun membantah tuduhan itu.", RelationKind.OFFICIAL_OF, "Zaw Min Tun"),
    ("Pemimpin junta Myanmar Min Aung Hlaing tiba di Moskow.", RelationKind.LEADER_OF, "Min Aung Hlaing"),
])
def test_a_word_of_the_rulers_keeps_the_office_the_country_s(text: str, kind: RelationKind, person: str) -> None:
    assert read(text, "id").relations(kind) == {(person, "Myanmar")}


def test_a_former_office_under_the_junta_is_none() -> None:
    found = read("Mantan juru bicara junta Myanmar Zaw Min Tun membantah tuduhan itu.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert "Zaw Min Tun" in found.entity_names()


def test_a_named_consensus_is_an_instrument() -> None:
    found = read("Menteri Luar Negeri Malaysia Mohamad Hasan mengatakan ASEAN berpegang pada Konsensus Lima Poin.",
                 "id")
    assert found.types()["Konsensus Lima Poin"] == "Treaty"
