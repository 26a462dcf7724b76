"""A title, the body it serves and the holder's name in one capitalised run (issue 9, session 12, branch id12), by
the exact entities and offices:

- "Sekretaris Jenderal Partai Komunis Vietnam To Lam": a body whose name ends with its country, then a person the
  gazetteer knows — two names, the person keeps the gazetteer's record;
- "Duta Besar Ukraina untuk PBB Andriy Melnyk", "Ukraine's Ambassador to the UN Andriy Melnyk": a title, the
  country it is held for and the preposition of the post — the body posted to, then the holder (an unknown name
  after an acronym is no part of it: "ASEAN Plus Three" still is one name).
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_a_body_ending_with_its_country_then_a_known_person_are_two_names() -> None:
    found = read("Sekretaris Jenderal Partai Komunis Vietnam To Lam menerima Presiden Prabowo Subianto di Hanoi.", "id")
    assert {"Partai Komunis Vietnam", "Tô Lâm"} <= found.entity_names()
    assert found.types()["Partai Komunis Vietnam"] == "Organization"
    assert found.relations(RelationKind.LEADER_OF) == {("Tô Lâm", "Partai Komunis Vietnam")}
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Tô Lâm"), ())}


def test_a_body_ending_with_its_country_then_an_unknown_person_are_two_names() -> None:
    found = read("Ketua Partai Komunis Vietnam Nguyen Van Lam menerima Presiden Prabowo Subianto di Hanoi.", "id")
    assert {"Partai Komunis Vietnam", "Nguyen Van Lam"} <= found.entity_names()


def test_a_body_without_a_person_after_it_stays_one_name() -> None:
    found = read("Partai Komunis Vietnam menggelar kongres di Hanoi.", "id")
    assert found.types()["Partai Komunis Vietnam"] == "Organization"
    assert not any(t == "Person" for t in found.types().values())


def test_an_ambassador_to_a_body_is_a_person_after_the_body_id() -> None:
    found = read("Duta Besar Ukraina untuk PBB Andriy Melnyk menuduh Rusia menyerang Kyiv.", "id")
    assert found.types()["Andriy Melnyk"] == "Person"
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Andriy Melnyk", "Ukraina")}
    assert found.events(EventKind.ACCUSATION) == {(("Andriy Melnyk",), ("Rusia",))}


def test_an_ambassador_to_a_body_is_a_person_after_the_body_en() -> None:
    found = read("Ukraine's Ambassador to the UN Andriy Melnyk accused Russia of attacking Kyiv.", "en")
    assert found.types()["Andriy Melnyk"] == "Person"
    assert found.events(EventKind.ACCUSATION) == {(("Andriy Melnyk",), ("Russia",))}


def test_a_name_glued_to_an_acronym_without_a_title_before_stays_one_body() -> None:
    for text, lang in (("Indonesia mengirim bantuan untuk ASEAN Plus Three.", "id"),
                       ("Indonesia sent aid to ASEAN Plus Three.", "en")):
        found = read(text, lang)
        assert found.types().get("ASEAN Plus Three") == "Organization", text
        assert not any(t == "Person" for t in found.types().values()), text
