""""Chile accused Peru of spying, said Ana Ruiz.": right after a comma the speech verb's speaker follows it
(English inverts "said X" there); with no comma before the verb its speaker stands before it. Sentences written for
these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_after_a_comma_the_speaker_follows_the_speech_verb() -> None:
    x = read("Chile accused Peru of spying, said Ana Ruiz.", "en")
    assert (("Ana Ruiz",), ()) in x.events(EventKind.STATEMENT)
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_with_no_comma_before_it_the_speaker_precedes_the_speech_verb() -> None:
    x = read("Ana Ruiz said Chile accused Peru of spying.", "en")
    assert (("Ana Ruiz",), ()) in x.events(EventKind.STATEMENT)
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}
