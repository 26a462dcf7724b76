"""A bare official title right after a verb of sending whose subject is a country or body is an office of the
sender: "Ukraine sent Defence Minister X to the talks", "Ukraina mengirim Menteri Pertahanan X" (lexicon
``sending_verbs``) — not of the country the article is filed from, and not of a host who receives the person."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "sender"), [
    ("ANKARA - Talks opened in Istanbul on Monday. Ukraine sent Defence Minister Rustem Umerov to the talks.",
     "en", "Ukraine"),
    ("ANKARA - Perundingan dibuka di Istanbul pada Senin. Ukraina mengirim Menteri Pertahanan Rustem Umerov ke "
     "perundingan itu.", "id", "Ukraina"),
    ("ANKARA - Perundingan dibuka di Istanbul. Delegasi Rusia tiba lebih dulu, sedangkan Ukraina mengutus Menteri "
     "Pertahanan Rustem Umerov.", "id", "Ukraina"),
])
def test_a_title_after_a_verb_of_sending_is_the_senders_office(text: str, lang: str, sender: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Rustem Umerov", sender)}


@pytest.mark.parametrize(("text", "lang"), [
    ("ANKARA - Talks opened in Istanbul on Monday. Ukraine received Defence Minister Rustem Umerov after the "
     "talks.", "en"),
    ("ANKARA - Perundingan dibuka di Istanbul pada Senin. Ukraina menerima Menteri Pertahanan Rustem Umerov "
     "setelah perundingan itu.", "id"),
])
def test_a_title_after_another_verb_is_no_office_of_its_subject(text: str, lang: str) -> None:
    """A host receives a guest of any country: no office of the subject (the dateline's guess may stand)."""
    found = read(text, lang)
    assert "Rustem Umerov" in found.entity_names()
    assert not {(p, c) for p, c in found.relations(RelationKind.OFFICIAL_OF) if c in {"Ukraine", "Ukraina"}}

