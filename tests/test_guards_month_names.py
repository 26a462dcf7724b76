"""A month name with "this" ("this May", said on Wednesday 19 June 2024) is that month in the reference year, unless
the tense of the clause points elsewhere: a past clause takes the last such month that has begun ("this August" →
August 2023), a future one the next that has not ("this May" → May 2025). Expressions written for these tests."""

from __future__ import annotations

import pytest
from test_dates import FUTURE, PAST, value


@pytest.mark.parametrize(("expression", "untensed", "past", "future"), [
    ("this May", "2024-05", "2024-05", "2025-05"),
    ("this January", "2024-01", "2024-01", "2025-01"),
    ("this August", "2024-08", "2023-08", "2024-08"),
    ("this December", "2024-12", "2023-12", "2024-12"),
])
def test_this_month_is_the_reference_year_s_unless_the_tense_points_elsewhere(expression: str, untensed: str,
                                                                                past: str, future: str) -> None:
    assert value(expression, "en") == untensed
    assert value(expression, "en", tense=PAST) == past
    assert value(expression, "en", tense=FUTURE) == future
