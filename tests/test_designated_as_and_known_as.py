"""Two predicative "as" phrases around a passive listing (session 18, `en18s`). "X was designated as a foreign
terrorist organization by Y": the agent follows what X was listed as — before, the agent search stopped at "as" (a
complementiser too) and the listing had no imposer. "X, (formally / also) known as Z, were designated by Y": the
phrase set off by commas names X again — before, its "as" was read as a subordinating word between X and the verb,
and no target was left. A person designated "as envoy" is still appointed, no listing; an "as" clause of its own
keeps its subject. Indonesian ("dikenal sebagai", with or without "yang") needs no change and is kept. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Hamas was designated as a terrorist group by Canada in 1997.", "en", {(("Canada",), ("Hamas",))}),
    ("The cartel, known by its initials CJNG, was designated as a foreign terrorist organization by the State "
     "Department earlier this year.", "en", {(("United States Department of State",), ("CJNG",))}),
    ("The Houthis, formally known as Ansarallah, were designated by the State Department as a terrorist group in "
     "February.", "en", {(("United States Department of State",), ("Houthis",))}),
    ("The Houthis, also known as Ansarallah, were sanctioned by Canada in February.", "en",
     {(("Canada",), ("Houthis",))}),
    ("Houthi, dikenal sebagai Ansarallah, dijatuhi sanksi oleh Kanada pada bulan Februari.", "id",
     {(("Kanada",), ("Houthis",))}),
    ("Houthi, yang juga dikenal sebagai Ansarallah, dijatuhi sanksi oleh Kanada pada bulan Februari.", "id",
     {(("Kanada",), ("Houthis",))}),
])
def test_the_listed_and_the_lister_around_as(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


@pytest.mark.parametrize(("text", "facts"), [
    # an office named after "as": an appointment, no listing
    ("Igor Petrov was designated as special envoy by the president.", set()),
    # an "as" clause of its own: its passive is about its own subject
    ("The Houthis sanctioned Hamas, as Canada was sanctioned by Russia.",
     {(("Houthis",), ("Hamas",)), (("Russia",), ("Canada",))}),
    # no agent after the phrase: the listing has none
    ("Hamas was designated as a terrorist group, Canada said.", {((), ("Hamas",))}),
])
def test_without_those_phrases_nothing_changes(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts
