"""A reciprocal marker before the verb — "A dan B saling menuduh", "saling tuding" (the bare verb root after
"saling"), Malay "saling menuduh" — makes a one-sided act two, each side doing it to the other, as "each other"
does after an English verb. Without the marker, coordinated subjects act together on the object."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "a", "b"), [
    ("Chili dan Peru saling menuduh atas bentrokan di perbatasan.", "id", "Chili", "Peru"),
    ("Chili dan Peru saling tuding atas bentrokan di perbatasan.", "id", "Chili", "Peru"),
    ("Chili dan Peru saling tuduh soal insiden di laut.", "id", "Chili", "Peru"),
    ("Chili dan Peru saling menyalahkan atas kegagalan perundingan.", "id", "Chili", "Peru"),
    ("Chile dan Peru saling menuduh atas pertempuran di sempadan.", "ms", "Chile", "Peru"),
    ("Chile and Peru accused each other of starting the clashes.", "en", "Chile", "Peru"),
])
def test_a_reciprocal_marker_makes_two_accusations(text: str, lang: str, a: str, b: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((a,), (b,)), ((b,), (a,))}


@pytest.mark.parametrize(("text", "lang", "subjects", "target"), [
    ("Chili dan Peru menuduh Bolivia atas bentrokan di perbatasan.", "id", ("Chili", "Peru"), "Bolivia"),
    ("Chili dan Peru tuding Bolivia atas bentrokan di perbatasan.", "id", ("Chili", "Peru"), "Bolivia"),
])
def test_without_the_marker_the_subjects_accuse_the_object(text: str, lang: str, subjects: tuple,
                                                           target: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {(subjects, (target,))}
