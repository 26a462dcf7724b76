"""An infinitive of purpose after a trip's destination ("kunjungan kerja ke Jepang untuk bertemu X", "a working visit
to Japan to meet X") belongs to the one who makes the trip: the place the trip goes to is no party. A name that
owns the noun the infinitive completes still acts ("keputusan Uni Eropa untuk memperpanjang sanksi", "the decision of
the European Union to extend sanctions")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Menteri Luar Negeri Retno Marsudi melakukan kunjungan kerja ke Jepang untuk bertemu Menteri Luar Negeri "
     "Jepang Yoko Kamikawa.", "id"),
    ("Menteri Luar Negeri Retno Marsudi melakukan lawatan ke Tokyo untuk bertemu Menteri Luar Negeri Jepang Yoko "
     "Kamikawa.", "id"),
    ("Indonesian Foreign Minister Retno Marsudi made a working visit to Japan to meet Japanese Foreign Minister "
     "Yoko Kamikawa.", "en"),
])
def test_the_traveller_meets_not_the_destination(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(("Retno Marsudi", "Yoko Kamikawa"), ())}


@pytest.mark.parametrize(("text", "lang", "imposer"), [
    ("Rusia mengecam keputusan Uni Eropa untuk memperpanjang sanksi terhadap Iran.", "id", "Uni Eropa"),
    ("Russia condemned the decision of the European Union to extend sanctions on Iran.", "en", "European Union"),
    ("Russia condemned the European Union's decision to extend sanctions on Iran.", "en", "European Union"),
])
def test_the_owner_of_the_noun_still_acts(text: str, lang: str, imposer: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {((imposer,), ("Iran",))}
