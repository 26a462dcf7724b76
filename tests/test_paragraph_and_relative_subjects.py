"""Where a sentence ends and who speaks in a relative clause (branch en11, issue 9). A blank line ends a sentence
with or without a full stop: a wire story's headline and its dateline paragraph are two sentences, so the
headline's words are no subject of the story's first verb. "…, which rights groups say …": a common noun after a
relative pronoun is the speaker, who is named nowhere — not the main clause's subject. Sentences written for these
tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    x = read("Kenya and Uganda trade barbs over border\n\nNAIROBI (Reuters) - Uganda accused Kenya of arming "
             "rebels on Monday.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Uganda",), ("Kenya",))}
    (accusation,) = [ev for ev in x.extraction.events if ev.kind is EventKind.ACCUSATION]
    assert accusation.evidence.sentence.startswith("NAIROBI")


def test_lines_without_a_blank_line_stay_one_sentence() -> None:
    x = read("Uganda accused Kenya\nof arming rebels on Monday.", "en")
    assert len(x.extraction.sentences) == 1
    assert x.events(EventKind.ACCUSATION) == {(("Uganda",), ("Kenya",))}


def test_a_common_noun_after_a_relative_pronoun_speaks_for_no_one_named() -> None:
    x = read("Canada imposed sanctions on Myanmar, which rights groups say has bombed villages.", "en")
    assert x.events(EventKind.SANCTION) == {(("Canada",), ("Myanmar",))}
    assert x.events(EventKind.STATEMENT) == set()


def test_a_name_after_a_relative_pronoun_speaks() -> None:
    x = read("Canada imposed sanctions on Myanmar, which Japan says has bombed villages.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Japan",), ())}


def test_indonesian_common_noun_after_a_relative_pronoun() -> None:
    x = read("Kanada menjatuhkan sanksi terhadap Myanmar, yang menurut kelompok HAM telah mengebom desa.", "id")
    assert x.events(EventKind.SANCTION) == {(("Kanada",), ("Myanmar",))}
    assert x.events(EventKind.STATEMENT) == set()
