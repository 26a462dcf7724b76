"""Month names with "next" / "last" in both languages resolve to the nearest such month after or before the
document's date, never to a bare year (a mutant dropping the month survived the suite before)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import find_dates, resolve

REFERENCE = date(2024, 6, 19)  # a Wednesday in June


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("next March", "en", "2025-03"),  # March is past in June: the next one is next year's
    ("next September", "en", "2024-09"),
    ("last March", "en", "2024-03"),
    ("last September", "en", "2023-09"),  # September is ahead in June: the last one was last year's
    ("Maret depan", "id", "2025-03"),
    ("September mendatang", "id", "2024-09"),
    ("Maret lalu", "id", "2024-03"),
    ("September lalu", "id", "2023-09"),
])
def test_next_and_last_month_names(text: str, lang: str, iso: str) -> None:
    mentions = find_dates(f"Pertemuan itu {text}." if lang == "id" else f"The meeting is {text}.", lang)
    assert [m.text for m in mentions] == [text]
    resolved = resolve(mentions[0], REFERENCE, None)
    assert resolved is not None and resolved.iso() == iso
