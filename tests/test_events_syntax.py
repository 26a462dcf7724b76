"""Where the event rules ask the dependency parse (kg.extract.grammar), and that without it the windows decide.

Sentences written for these tests. Each construction is checked with the parse (the shipped UD models)
and without it (``NEWSKG_SYNTAX=0``): the parse must change the fact where the windows fail, and the
sentences the windows settle must not be parsed at all.
"""

from __future__ import annotations

import pytest

from kg.extract import SYNTAX_SWITCH, extract
from kg.model import Document, EventKind
from kg.nlp import syntax

needs_models = pytest.mark.skipif(not (syntax.has_model("en") and syntax.has_model("id")),
                                  reason="no UD model in data/models (scripts/train_parser.py)")

Fact = tuple[tuple[str, ...], tuple[str, ...]]


def events(text: str, lang: str, kind: EventKind) -> set[Fact]:
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    return {(tuple(name[a] for a in ev.agents), tuple(name[t] for t in ev.targets))
            for ev in x.events if ev.kind is kind}


# (lang, text, kind, with the parse, with the windows only)
DECIDED_BY_THE_PARSE = [
    # an unnamed subject far from the speech verb: no statement, not one for the name at the start
    ("en", "Joko Widodo met Anthony Albanese at the palace on Monday and the two delegations later said the talks "
           "went well.", EventKind.STATEMENT, set(), {(("Joko Widodo",), ())}),
    ("id", "Joko Widodo bertemu Anthony Albanese di Istana Bogor pada hari Senin, dan para pejabat kemudian "
           "mengatakan pembicaraan berjalan baik.", EventKind.STATEMENT, set(), {(("Joko Widodo",), ())}),
    # a sanction noun under another predicate: its imposer is the owner of the decision, not the critic
    # (the windows take the nationality of "Kremlin officials" as the subject)
    ("en", "Kremlin officials criticised the European Union's decision to impose new sanctions on Belarus.",
     EventKind.SANCTION, {(("European Union",), ("Belarus",))}, {(("Kremlin",), ("Belarus",))}),
]

# settled by the windows, with or without the parse: the subject of a relative clause stays the speaker; a bare
# noun phrase after the last comma ("…, officials told reporters") names no speaker
KEPT = [
    # "the decision of X to …": the of-phrase names who acts, read by the windows too (arguments._infinitive_owner)
    ("en", "Iranian officials condemned the decision of the European Union to extend sanctions on Russia.",
     EventKind.SANCTION, {(("European Union",), ("Russia",))}),
    ("en", "Joko Widodo met Anthony Albanese at the palace and discussed trade and the climate, officials told "
           "reporters.", EventKind.STATEMENT, set()),
    ("id", "Joko Widodo menerima Anthony Albanese di Istana Bogor dan membahas perdagangan, pejabat senior mengatakan.",
     EventKind.STATEMENT, set()),
    ("id", "Joko Widodo menerima Anthony Albanese di Istana Bogor dan membahas perdagangan, para pejabat mengatakan.",
     EventKind.STATEMENT, set()),
    ("en", "Joko Widodo, who met Anthony Albanese at the palace on Monday for three hours, said the talks went "
           "well.", EventKind.STATEMENT, {(("Joko Widodo",), ())}),
    ("id", "Joko Widodo, yang bertemu Anthony Albanese di istana pada hari Senin selama tiga jam, mengatakan "
           "pembicaraan berjalan baik.", EventKind.STATEMENT, {(("Joko Widodo",), ())}),
]


@needs_models
@pytest.mark.parametrize(("lang", "text", "kind", "parsed", "windowed"), DECIDED_BY_THE_PARSE)
def test_the_parse_settles_what_the_windows_cannot(lang: str, text: str, kind: EventKind, parsed: set[Fact],
                                                   windowed: set[Fact], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(text, lang, kind) == parsed
    monkeypatch.setenv(SYNTAX_SWITCH, "0")
    assert events(text, lang, kind) == windowed


@needs_models
@pytest.mark.parametrize(("lang", "text", "kind", "expected"), KEPT)
def test_what_the_windows_settle_stays(lang: str, text: str, kind: EventKind, expected: set[Fact],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(text, lang, kind) == expected
    monkeypatch.setenv(SYNTAX_SWITCH, "0")
    assert events(text, lang, kind) == expected


@needs_models
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The European Union imposed new sanctions on Belarus. Japan accused Russia of violating its airspace. "
           "Joko Widodo met Anthony Albanese in Jakarta."),
    ("id", "Uni Eropa menjatuhkan sanksi baru terhadap Belarus. Jepang menuduh Rusia melanggar wilayah udaranya. "
           "Joko Widodo bertemu Anthony Albanese di Jakarta."),
])
def test_sentences_the_windows_settle_are_not_parsed(lang: str, text: str) -> None:
    parser = syntax.sentence_parser(lang)
    assert parser is not None
    before = parser.sentences
    x = extract(Document("t", text, lang, "test"))
    assert {ev.kind for ev in x.events} >= {EventKind.SANCTION, EventKind.ACCUSATION, EventKind.MEETING}
    assert parser.sentences == before


@needs_models
@pytest.mark.parametrize(("lang", "settled", "asks"), [
    ("en", "Joko Widodo met Anthony Albanese in Jakarta.",
     "Japan accused Russia of provocations. Joko Widodo met Anthony Albanese at the palace on Monday and the two "
     "delegations later said the talks went well."),
    ("id", "Joko Widodo bertemu Anthony Albanese di Jakarta.", None),
])
def test_the_parser_model_is_loaded_only_when_a_sentence_needs_a_parse(lang: str, settled: str,
                                                                      asks: str | None) -> None:
    """A process that meets no sentence the windows cannot settle never builds the parser (serial start-up)."""
    syntax.clear_cache()
    try:
        x = extract(Document("t", settled, lang, "test"))
        assert [ev.kind for ev in x.events] == [EventKind.MEETING]
        parser = syntax.sentence_parser(lang)
        assert parser is not None and not parser.loaded and parser.sentences == 0
        if asks is not None:
            extract(Document("t2", asks, lang, "test"))
            assert parser.loaded and parser.sentences == 1
    finally:
        syntax.clear_cache()


@needs_models
def test_only_the_sentence_in_question_is_parsed() -> None:
    parser = syntax.sentence_parser("en")
    assert parser is not None
    before = parser.sentences
    extract(Document("t", "Japan accused Russia of provocations. Joko Widodo met Anthony Albanese at the palace on "
                          "Monday and the two delegations later said the talks went well.", "en", "test"))
    assert parser.sentences == before + 1
