"""A sanction in the future that a speech verb reports is a government's decision (branch en16s, issue 9): "Japan
will freeze the assets of X, Hayashi said", "Seoul said it would freeze the assets of X", "Jepang akan menjatuhkan
sanksi terhadap X, kata …" — the schedule cue stands right before the sanction verb, or before a verb of sanctions
(``scope_verbs``) and the sanction noun (``AssertionChecks._announced_decision``). Not a future no one reports, not
"is expected to impose", not "will discuss new sanctions", not a condition after it. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "fact"), [
    ("Japan will freeze the assets of the Lazarus Group, Chief Cabinet Secretary Yoshimasa Hayashi said on Tuesday.",
     (("Japan",), ("Lazarus Group",))),
    ("Japan would impose new sanctions on North Korea, Chief Cabinet Secretary Yoshimasa Hayashi told reporters.",
     (("Japan",), ("North Korea",))),
    ("South Korea said it would also freeze the assets of the Lazarus Group.", (("South Korea",), ("Lazarus Group",))),
])
def test_announced_decision_en(text: str, fact: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize("text", [
    "Japan will freeze the assets of the Lazarus Group next year.",
    "Japan is expected to impose sanctions on North Korea, Chief Cabinet Secretary Yoshimasa Hayashi said.",
    "Japan will discuss new sanctions on North Korea, Chief Cabinet Secretary Yoshimasa Hayashi said.",
    "Japan will impose sanctions on North Korea if it tests another missile, Yoshimasa Hayashi said.",
])
def test_no_decision_en(text: str) -> None:
    found = read(text, "en")
    assert "Japan" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_announced_decision_id() -> None:
    found = read("Jepang akan membekukan aset Lazarus Group, kata Menteri Luar Negeri Jepang Takeshi Iwaya.", "id")
    assert found.events(EventKind.SANCTION) == {(("Jepang",), ("Lazarus Group",))}


@pytest.mark.parametrize("text", [
    "Jepang akan membekukan aset Lazarus Group tahun depan.",
    "Uni Eropa akan membahas sanksi baru terhadap Rusia, kata Menteri Luar Negeri Jepang Takeshi Iwaya.",
])
def test_no_decision_id(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.SANCTION) == set()
