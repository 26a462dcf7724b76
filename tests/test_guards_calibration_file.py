"""The calibration table's file (``kg.extract.calibration``): which values it accepts, what a fact's confidence
becomes at the ends of [0, 1], and what the written file tells its reader. Tables written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import ResourceError
from kg.extract import calibration
from kg.extract.calibration import CalibrationTable, Cell


def _table(visit: float, rule: float) -> dict:
    return {"overall": {"value": 0.5}, "kinds": {"Visit": {"value": visit, "rules": {"en:visit": {"value": rule}}}}}


@pytest.mark.parametrize(("visit", "rule"), [(0.0, 1.0), (1.0, 0.0)])
def test_a_table_accepts_both_ends_of_the_unit_interval(visit: float, rule: float) -> None:
    """A rule never right on the dev set (0.0) and a kind always right (1.0) are measured precisions, not errors."""
    table = CalibrationTable.from_json(_table(visit, rule))
    assert table.confidence("Visit", "en:visit:verb", 0.9) == rule
    assert table.confidence("Visit", "id:visit:verb", 0.9) == visit


@pytest.mark.parametrize(("visit", "rule"), [(-0.01, 0.5), (0.5, 1.01), (1.5, 0.5), (0.5, -1.0)])
def test_a_table_refuses_a_value_outside_the_unit_interval(visit: float, rule: float) -> None:
    with pytest.raises(ValueError, match="outside"):
        CalibrationTable.from_json(_table(visit, rule))


def test_a_table_file_with_a_value_outside_the_unit_interval_is_a_resource_error(tmp_path: Path) -> None:
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps(_table(0.5, 1.2)), encoding="utf-8")
    calibration.clear_cache()
    with pytest.raises(ResourceError, match="unreadable"):
        calibration.load(path)
    path.write_text(json.dumps(_table(0.0, 1.0)), encoding="utf-8")
    calibration.clear_cache()
    assert calibration.load(path).confidence("Visit", "en:visit", 0.3) == 1.0
    calibration.clear_cache()


def test_the_written_table_says_how_to_refit_it(tmp_path: Path) -> None:
    """The file is data a reader may open: its "about" names the module and the command that refits it."""
    path = tmp_path / "calibration.json"
    CalibrationTable(Cell(0.6, 10, 6)).write(path)
    about = json.loads(path.read_text(encoding="utf-8"))["about"]
    assert "kg/extract/calibration.py" in about
    assert "`make calibrate`" in about
