"""The calibration table (``kg.extract.calibration``): what a fact's confidence becomes, and the table file read
back exactly. Tables written for these tests."""

from __future__ import annotations

from types import MappingProxyType

from kg.extract.calibration import DEFAULT_STRENGTH, CalibrationTable, Cell


def test_a_kind_without_rule_levels_takes_the_kinds_value_and_an_unknown_kind_keeps_the_raw_one() -> None:
    table = CalibrationTable(kinds=MappingProxyType({"Visit": Cell(0.7, 10, 7)}))
    assert table.confidence("Visit", "en:visit:verb", 0.9) == 0.7
    assert table.confidence("Meeting", "en:meet:verb", 0.9) == 0.9


def test_the_finest_rule_level_wins() -> None:
    table = CalibrationTable(kinds=MappingProxyType({"Visit": Cell(0.7)}),
                             rules=MappingProxyType({"Visit": MappingProxyType({"en": Cell(0.6),
                                                                                "en:visit": Cell(0.55)})}))
    assert table.confidence("Visit", "en:visit:verb", 0.9) == 0.55
    assert table.confidence("Visit", "id:visit:verb", 0.9) == 0.7


def test_a_table_file_reads_back_every_count() -> None:
    table = CalibrationTable(Cell(0.61, 200, 122), MappingProxyType({"Visit": Cell(0.7, 10, 7)}),
                             MappingProxyType({"Visit": MappingProxyType({"en:visit": Cell(0.8, 5, 4)})}),
                             strength=3.0, documents=19)
    again = CalibrationTable.from_json(table.to_json())
    assert again.overall == Cell(0.61, 200, 122) and again.kinds["Visit"] == Cell(0.7, 10, 7)
    assert again.rules["Visit"]["en:visit"] == Cell(0.8, 5, 4)
    assert (again.strength, again.documents) == (3.0, 19)


def test_a_table_file_without_the_optional_keys_takes_the_defaults() -> None:
    again = CalibrationTable.from_json({"overall": {"value": 0.5}, "kinds": {"Visit": {"value": 0.7}}})
    assert again.kinds["Visit"] == Cell(0.7, 0, 0) and dict(again.rules["Visit"]) == {}
    assert (again.strength, again.documents) == (DEFAULT_STRENGTH, 0)
