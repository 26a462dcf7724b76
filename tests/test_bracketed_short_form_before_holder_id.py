"""A body's or country's short form in brackets between it and the holder of its title (issue 9, session 16,
branch id16), Indonesian, by the exact fact: "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) X" leads the body
and "Menteri Luar Negeri Republik Rakyat Demokratik Korea (RRDK) X" serves the country, as without the bracket. A
bracket holding anything but the name's short form does not join the title to the holder."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_the_head_of_a_body_written_with_its_acronym() -> None:
    found = read("Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) António Guterres mengecam serangan itu.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {("António Guterres", "Perserikatan Bangsa-Bangsa")}


def test_the_minister_of_a_country_written_with_its_short_form() -> None:
    found = read("Menteri Luar Negeri Republik Rakyat Demokratik Korea (RRDK) Choe Son Hui bertemu Sugiono.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Choe Son Hui", "Korea Utara")}
    assert found.events(EventKind.MEETING) == {(("Choe Son Hui", "Sugiono"), ())}


def test_a_bracket_with_no_short_form_joins_nothing() -> None:
    found = read("Sekretaris Jenderal Perserikatan Bangsa-Bangsa (Kamis) António Guterres mengecam serangan itu.", "id")
    assert {"António Guterres", "Perserikatan Bangsa-Bangsa"} <= found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == set()
