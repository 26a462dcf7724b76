"""A source named after a passive report (issue 9, session 12, branch id12), Indonesian, by the exact statement:

"…, menurut laporan kantor berita X", "…, demikian dilaporkan X", "seperti dilaporkan oleh X": X reports, so X makes
a statement; "X dilaporkan tiba …" (X is reported to arrive) and "menurut laporan itu" name no reporter.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

MET = "Menteri Luar Negeri Amerika Serikat Marco Rubio bertemu Menteri Luar Negeri Rusia Sergey Lavrov"


@pytest.mark.parametrize("source", [
    "menurut laporan kantor berita TASS", "demikian dilaporkan kantor berita TASS", "seperti dilaporkan TASS",
    "seperti dilaporkan oleh TASS",
])
def test_a_source_after_a_passive_report_makes_a_statement(source: str) -> None:
    found = read(f"{MET}, {source}.", "id")
    assert found.events(EventKind.STATEMENT) == {(("TASS",), ())}
    assert found.events(EventKind.MEETING) == {(("Marco Rubio", "Sergey Lavrov"), ())}


def test_a_report_opening_the_sentence_names_its_source() -> None:
    found = read(f"Menurut laporan TASS, {MET[0].lower()}{MET[1:]}.", "id")
    assert found.events(EventKind.STATEMENT) == {(("TASS",), ())}


@pytest.mark.parametrize("text", [
    "Pemimpin Korea Utara Kim Jong Un dilaporkan tiba di Moskow.",  # Kim is reported on, he reports nothing
    "Menurut laporan itu, Rusia kehilangan banyak pasukan.",  # the report told before names no source here
])
def test_a_passive_report_without_a_source_after_it_makes_no_statement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.STATEMENT) == set()
    assert found.entity_names()
