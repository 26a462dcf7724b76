"""Indonesian constructions of article-length news (issue 9, session 9): what the body of an article says with
long titles, counterparts, attributions and references back. Each a class of sentences, tested with sentences
written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

# --------------------------------------------------------------------------- gelar panjang sebelum nama


@pytest.mark.parametrize(("text", "person", "body"), [
    # a name ending like an English abstract noun ("-tion") is still a name when a title stands before it
    ("Menteri Dalam Negeri Malaysia Saifuddin Nasution mengatakan patroli itu sah.", "Saifuddin Nasution",
     "Malaysia"),
    ("Menteri Pertahanan Filipina Rudi Hartation menolak klaim itu.", "Rudi Hartation", "Filipina"),
    # a head's title, the lowercase portfolio, the body, then the person: an office of the body
    ("Kepala kebijakan luar negeri Uni Eropa Kaja Kallas mengatakan Iran melanggar hukum.", "Kaja Kallas",
     "Uni Eropa"),
    ("Kepala Urusan Politik PBB Budi Santoso menyampaikan laporan itu.", "Budi Santoso",
     "Perserikatan Bangsa-Bangsa"),
])
def test_a_long_title_before_a_name_makes_the_person_an_official_of_the_body(text: str, person: str,
                                                                            body: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {(person, body)}
    assert found.relations(RelationKind.LEADER_OF) == set()


@pytest.mark.parametrize(("text", "person", "body"), [
    # the head's title alone (or with a qualifier) still heads the body
    ("Kepala Uni Eropa Budi Santoso mengatakan Iran melanggar hukum.", "Budi Santoso", "Uni Eropa"),
    ("Presiden sementara Mali Budi Santoso mengatakan itu.", "Budi Santoso", "Mali"),
])
def test_a_head_title_without_a_portfolio_still_leads(text: str, person: str, body: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.LEADER_OF) == {(person, body)}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_an_event_title_ending_like_an_abstract_noun_is_still_no_person() -> None:
    found = read("Dialog Regional Cooperation digelar di Jakarta.", "id")
    assert not any(t == "Person" for t in found.types().values())
