"""An aide's office told after the name, held for a leader: "X, an adviser to President Y", "X, spokesperson for the
Secretary-General" — the aide serves what the leader leads (officialOf), the leader keeps the nearer title ("an
adviser to Azerbaijani President Y": Y leads, X serves), and the apposition is no second speaker (the parse's
conjunct without a coordination word is an apposition). Not for a title no leader holds ("an adviser to the
minister"), nor a post abroad ("the ambassador to Peru"). Issue 9 (branch en17a). Sentences written for these
tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_an_adviser_to_a_titled_leader_serves_the_leaders_country() -> None:
    found = read("Farid Ahmadov, an adviser to Azerbaijani President Ilham Aliyev, said the attack was planned.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Farid Ahmadov", "Azerbaijan")}
    assert found.relations(RelationKind.LEADER_OF) == {("Ilham Aliyev", "Azerbaijan")}
    assert found.events(EventKind.STATEMENT) == {(("Farid Ahmadov",), ())}


def test_an_adviser_to_a_leader_named_before_serves_the_leaders_country() -> None:
    found = read("Chilean President Gabriel Boric visited Peru. Maria Lopez, an adviser to President Boric, said the "
                 "talks went well.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Maria Lopez", "Chile")}


def test_a_spokesperson_for_a_leaders_bare_title_serves_what_the_leader_leads() -> None:
    found = read("U.N. Secretary-General Antonio Guterres condemned the attack. Stephane Dujarric, spokesperson for "
                 "the Secretary-General, told reporters the convoy was hit.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Stephane Dujarric", "United Nations")}


def test_an_adviser_to_a_minister_serves_no_leader() -> None:
    found = read("Chilean President Gabriel Boric visited Peru. Maria Lopez, an adviser to the minister, said the "
                 "talks went well.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == {("Gabriel Boric", "Chile")}


def test_an_ambassador_to_a_country_serves_no_leader_there() -> None:
    found = read("Chilean President Gabriel Boric visited Peru. Maria Lopez, the ambassador to Peru, said the talks "
                 "went well.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_coordinated_subjects_still_speak_together() -> None:
    found = read("Chile, Peru and Bolivia, which border the ocean, said on Monday that the talks had failed.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Bolivia", "Chile", "Peru"), ())}


def test_a_bare_title_two_leaders_hold_names_no_one() -> None:
    found = read("President Gabriel Boric received President Javier Milei in Santiago. Maria Lopez, spokesperson for "
                 "the President, said Chile and Argentina would meet again.", "en")
    assert ("Maria Lopez", "Chile") not in found.relations(RelationKind.OFFICIAL_OF)
    assert ("Maria Lopez", "Argentina") not in found.relations(RelationKind.OFFICIAL_OF)
    assert found.events(EventKind.MEETING) >= {(("Gabriel Boric", "Javier Milei"), ())}
