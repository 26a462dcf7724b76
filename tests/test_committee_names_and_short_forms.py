"""Bodies named after the instrument that set them up, and their definite short forms (branch en13s, issue 9): "the
Security Council Committee established pursuant to resolution 2140 (2014)", "the Security Council Committee
concerning Haiti" are one name (lexicon ``body_name_continuations``); "The Committee said …", "The Council said …"
refer to the nearest body named before whose name holds that head word — none where no such body was named (a release
opening with its own body told short names that body, "Committee": en15s, lexicon ``bare_body_heads``). English:
Indonesian writes "Komite …" before the owner and "itu" after, which these rules do not read. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

CTTEE = "Security Council Committee established pursuant to resolution 2140 (2014)"
LISTED = f"On 3 May, the {CTTEE} placed Ali Saleh on its sanctions list."


def test_a_committee_named_after_its_resolution() -> None:
    found = read(LISTED, "en")
    assert found.types()[CTTEE] == "Organization"
    assert found.events(EventKind.SANCTION) == {((CTTEE,), ("Ali Saleh",))}


def test_a_committee_named_after_its_country() -> None:
    found = read("The Security Council Committee concerning Haiti placed Ali Saleh on its sanctions list.", "en")
    assert found.events(EventKind.SANCTION) == {(("Security Council Committee concerning Haiti",), ("Ali Saleh",))}


@pytest.mark.parametrize("text", [
    "The committee concerning trade met on Monday in Geneva.",
    "The Trade Committee met pursuant to the rules in Geneva.",
])
def test_no_instrument_no_longer_name(text: str) -> None:
    assert not any("concerning" in n or "pursuant" in n for n in read(text, "en").entity_names())


@pytest.mark.parametrize(("text", "speaker"), [
    (f"{LISTED} The Committee said the listing was adopted by consensus.", CTTEE),
    ("The Council of the European Union adopted sanctions on Russia. The Council said the listing was unanimous.",
     "Council of the European Union"),
])
def test_the_short_form_names_the_body_told_before(text: str, speaker: str) -> None:
    assert ((speaker,), ()) in read(text, "en").events(EventKind.STATEMENT)


@pytest.mark.parametrize("text", [
    "The European Commission proposed sanctions on Russia. The Council said it would decide in June.",
])
def test_no_body_of_that_name_no_speaker(text: str) -> None:
    found = read(text, "en")
    assert found.entity_names()
    assert not any("Council" in a[0] or "Committee" in a[0] for a, _ in found.events(EventKind.STATEMENT) if a)


def test_with_no_body_named_before_the_short_form_is_a_body_of_its_own() -> None:
    # en15s (lexicon bare_body_heads): a release opening with its own body told short ("The Committee said …")
    # names that body, "Committee" — never a person or place named before it
    found = read("Ali Saleh was seen in Sanaa. The Committee said the listing was adopted by consensus.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Committee",), ())}
