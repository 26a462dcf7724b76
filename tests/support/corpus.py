"""A JSON Lines corpus of news-like documents for build tests, written here (names are public figures and places).

Documents share entities (the same leaders and capitals come back), so graphs of one chunk
share IRIs, which is what batch validation must keep apart.
"""

from __future__ import annotations

import json
from pathlib import Path

LEADERS = [("President", "Joko Widodo", "Indonesia"), ("Prime Minister", "Anwar Ibrahim", "Malaysia"),
           ("Chancellor", "Olaf Scholz", "Germany"), ("President", "Emmanuel Macron", "France"),
           ("Prime Minister", "Fumio Kishida", "Japan")]
CITIES = ["Jakarta", "Kuala Lumpur", "Berlin", "Paris", "Tokyo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]


def text(number: int) -> tuple[str, str]:
    """The language and text of document ``number`` (two in three English, one in three Indonesian)."""
    a, b = LEADERS[number % 5], LEADERS[(number * 3 + 1) % 5]
    if a == b:
        b = LEADERS[(number + 2) % 5]
    city, day = CITIES[(number * 3 + 1) % 5], number % 5
    if number % 3 == 2:
        return "id", (f"{a[0]} {a[2]} {a[1]} tiba di {city} pada hari {HARI[day]} untuk kunjungan kenegaraan. "
                      f"{a[1].split()[-1]} bertemu dengan {b[0]} {b[2]} {b[1]} dan membahas kerja sama maritim. "
                      f"Uni Eropa menjatuhkan sanksi terhadap Myanmar bulan lalu.")
    return "en", (f"{a[2]}'s {a[0]} {a[1]} arrived in {city} on {DAYS[day]} for a state visit. "
                  f"{a[1].split()[-1]} met {b[0]} {b[1]} of {b[2]} and discussed trade and energy, officials said. "
                  f"The European Union imposed new sanctions on Myanmar on {DAYS[(day + 2) % 5]}. "
                  f"Trade between the two countries rose {number % 9 + 2} percent last year.")


def write(path: Path, documents: int, *, extra: list[str] | None = None) -> Path:
    """``documents`` JSON Lines records (ids ``doc-0000`` …), then the raw ``extra`` lines."""
    lines = []
    for number in range(documents):
        _, body = text(number)
        lines.append(json.dumps({"id": f"doc-{number:04d}", "text": body, "title": f"Report {number}",
                                 "published": f"2024-0{number % 9 + 1}-1{number % 9}"}))
    path.write_text("\n".join([*lines, *(extra or [])]) + "\n", encoding="utf-8")
    return path
