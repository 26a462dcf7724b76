"""A bare title in a story about another country's government (issue 9, session 16, branch id16), Indonesian, by the
exact fact: where the copy names neither Indonesia (whose officials Indonesian news titles bare) nor anyone the
gazetteer places there, and names one country only before the title, "Juru bicara junta Zaw Min Tun", "Menteri Energi
Ko Ko Lwin" hold that country's offices. Two countries named before, Indonesia named, an Indonesian actor, or a
titled person travelling there, give no such office."""

from __future__ import annotations

from facts import read

from kg.model import RelationKind

JUNTA = "Junta militer Myanmar menggelar pemilu bertahap pada Minggu. "


def test_the_spokesman_and_the_minister_of_the_storys_country() -> None:
    found = read(JUNTA + "Juru bicara junta Zaw Min Tun mengatakan pemungutan suara berjalan lancar. "
                 "Menteri Energi Ko Ko Lwin menyatakan pasokan listrik aman.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Zaw Min Tun", "Myanmar"), ("Ko Ko Lwin", "Myanmar")}


def test_the_country_named_after_the_title_does_not_count() -> None:
    found = read("Pemerintah Thailand mengumumkan kabinet baru. Menteri Luar Negeri Sihasak Phuangketkeow mengatakan "
                 "Thailand akan memperkuat hubungan dengan Kamboja.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Sihasak Phuangketkeow", "Thailand")}


def test_two_countries_named_before_give_no_office() -> None:
    found = read("Thailand dan Kamboja sepakat berunding. Menteri Luar Negeri Sihasak Phuangketkeow mengatakan "
                 "perundingan digelar pekan depan.", "id")
    assert "Sihasak Phuangketkeow" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_an_indonesian_actor_keeps_the_bare_title_open() -> None:
    found = read(JUNTA + "Prabowo Subianto menyambut pemilu itu. Menteri Energi Ko Ko Lwin menyatakan pasokan listrik "
                 "aman.", "id")
    assert ("Ko Ko Lwin", "Myanmar") not in found.relations(RelationKind.OFFICIAL_OF)


def test_a_minister_travelling_to_the_country_is_no_official_of_it() -> None:
    found = read(JUNTA + "Menteri Energi Ko Ko Lwin tiba di Myanmar pada Senin.", "id")
    assert "Ko Ko Lwin" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
