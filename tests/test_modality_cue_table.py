"""``ModalityReader`` locates cue phrases from a table built once per document (kg/extract/modality.py
``_cue_table``, docs/benchmarks.md "Session 11"): its hits must be exactly the phrase look-ups the rules made
before it, ``match_phrase_at`` per token and modality, for every window of a sentence. Sentences written for this
test, with one- and several-word cues of several modalities, a cue at the sentence's end and a capitalised one."""

from __future__ import annotations

import pytest

from kg.extract.modality import ModalityReader
from kg.extract.view import DocView
from kg.model import Modality
from kg.nlp.pipeline import make_pipeline
from kg.nlp.resources import load
from kg.nlp.tokens import match_phrase_at


def _looked_up(reader: ModalityReader, start: int, end: int, sent) -> list[tuple[int, Modality]]:
    """The cue hits by one phrase look-up per token and modality, as the rules read them before the table."""
    doc = reader.view.doc
    found = []
    for k in range(start, end):
        if k > sent.start and doc[k].text[:1].isupper() and not reader._after_opening(k, sent):
            continue
        found += [(k, modality) for modality, cues in reader.cues
                  if match_phrase_at(doc, k, cues, reader.longest, end)]
    return found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Peru did not sign the deal and is expected to meet Chile, but it may not. Will Chile refuse to go?", "en",
     {Modality.NEGATED, Modality.SCHEDULED}),
    ("Peru tidak akan menandatangani perjanjian itu dan berencana bertemu Chile, namun mungkin batal.", "id",
     {Modality.NEGATED, Modality.SCHEDULED}),
])
def test_the_cue_table_finds_what_phrase_look_ups_find(text: str, lang: str, expected: set[Modality]) -> None:
    doc = make_pipeline(lang)(text)
    reader = ModalityReader(DocView(doc, load(lang), []))
    seen: set[Modality] = set()
    for sent in doc.sents:
        for start in range(sent.start, sent.end):
            for end in range(start, sent.end + 1):
                hits = reader._cue_hits(start, end, sent)
                assert hits == _looked_up(reader, start, end, sent), (start, end)
                seen |= {modality for _, modality in hits}
    assert expected <= seen  # the sentences hold cues of those modalities: the comparison is not of empty lists
