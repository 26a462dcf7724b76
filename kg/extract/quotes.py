"""Who is speaking inside a quotation, so that "saya", "I", "kami", "we" can be resolved.

News quotes a speaker and names them next to the quote: `Presiden Jokowi mengatakan, "Saya dan
Presiden Obama … kami telah sepakat …"` or `"…," kata Obama`. Inside the quote the first person
singular is that speaker; the first person plural is the speaker and whoever the speaker named
together with "saya"/"I" in the same quote ("Saya dan Presiden Obama", "President Biden and I").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.view import DocView
from kg.model import EntityType
from kg.nlp.tokens import phrase_at

OPENING = {"“": "”", "«": "»", '"': '"'}
ADDRESS_MARKS = {",", ":"}


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first token inside the quotation marks
    end: int  # the closing mark
    speaker: str | None
    partner: str | None  # named with the speaker: "Saya dan Presiden Obama"


def quote_regions(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges between matching quotation marks (straight quotes pair in order)."""
    texts = [t.text for t in doc]  # one pass over the Doc: doc[i] makes a new Token object every time
    regions = []
    i = 0
    while i < len(texts):
        closing = OPENING.get(texts[i])
        if closing is None:
            i += 1
            continue
        j = i + 1
        while j < len(texts) and texts[j] != closing:
            j += 1
        if j < len(texts):
            regions.append((i + 1, j))
        i = j + 1
    return regions


class QuoteIndex:
    def __init__(self, view: DocView, speech_after: set[tuple[str, ...]], speech_before: set[tuple[str, ...]],
                 first_singular: frozenset[str]) -> None:
        self.view = view
        self.speech_after = speech_after
        self.speech_before = speech_before
        self.first_singular = first_singular
        self.quotes = [self._quote(s, e) for s, e in quote_regions(view.doc)]

    def at(self, i: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= i < q.end), None)

    def closed_before(self, i: int) -> Quote | None:
        """The quotation whose closing mark stands right before token ``i``, past a comma (`"…," she said`)."""
        doc = self.view.doc
        k = i - 1
        while k >= 0 and doc[k].text in ADDRESS_MARKS:
            k -= 1
        return next((q for q in self.quotes if q.end == k), None) if k >= 0 else None

    def speaker_before(self, i: int) -> str | None:
        """The speaker of a quotation that closes right before token ``i`` (`"…," he said`) or, for a
        pronoun right after a closing mark, of the last quotation with a known speaker."""
        doc = self.view.doc
        k = i - 1
        while k >= 0 and doc[k].text in ADDRESS_MARKS:
            k -= 1
        if k < 0 or not any(q.end == k for q in self.quotes):
            return None
        return next((q.speaker for q in reversed(self.quotes) if q.end <= k and q.speaker), None)

    def _quote(self, start: int, end: int) -> Quote:
        speaker = self._speaker_after(end) or self._speaker_before(start - 1)
        return Quote(start, end, speaker, self._partner(start, end) if speaker else None)

    def _speaker_after(self, close: int) -> str | None:
        """ `"…," kata Obama` / `"…," Biden said`."""
        doc = self.view.doc
        k = close + 1
        while k < len(doc) and doc[k].text in ADDRESS_MARKS:
            k += 1
        for n in (2, 1):
            if phrase_at(doc, k, k + n) in self.speech_after:
                return self._person(k + n, forward=True)
        return self._person_before_verb(k)

    def _person_before_verb(self, k: int) -> str | None:
        """ `"…," Biden said`: a name, then a speech verb."""
        view = self.view
        m = view.at.get(k)
        if m is None or m.type is not EntityType.PERSON:
            return None
        head = view.chain_head(m, len(view.doc))
        after = head.end
        if after < len(view.doc) and (view.doc[after].lower_,) in self.speech_before | self.speech_after:
            return head.key
        return None

    def _speaker_before(self, open_mark: int) -> str | None:
        """ `Presiden Jokowi mengatakan, "…"`."""
        doc = self.view.doc
        k = open_mark - 1
        while k >= 0 and doc[k].text in ADDRESS_MARKS:
            k -= 1
        for n in (2, 1):
            if k - n + 1 >= 0 and phrase_at(doc, k - n + 1, k + 1) in self.speech_before:
                return self._person(k - n + 1, forward=False)
        return None

    def _person(self, i: int, *, forward: bool) -> str | None:
        view = self.view
        if forward and i >= len(view.doc):
            return None  # `"…," said` and the text ends: no speaker named
        sent = view.doc[i if forward else max(0, i - 1)].sent
        if forward:
            m = view.object_right(i, sent, frozenset(), direct=True, window=6, slack=0)
        else:
            m = view.subject_left(i, sent)
        return m.key if m is not None and m.type is EntityType.PERSON else None

    def _partner(self, start: int, end: int) -> str | None:
        """The person named together with "saya"/"I" inside the quote."""
        view = self.view
        doc = view.doc
        coordination = view.res.coordination
        for k in range(start, end):
            if doc[k].lower_ not in self.first_singular:
                continue
            if k + 1 < end and doc[k + 1].lower_ in coordination:  # "Saya dan Presiden Obama"
                m = view.object_right(k + 2, doc[k].sent, frozenset(), direct=True, window=5, slack=0)
                if m is not None and m.type is EntityType.PERSON:
                    return m.key
            if k - 1 >= start and doc[k - 1].lower_ in coordination and (k - 2) in view.at:  # "Biden and I"
                m = view.at[k - 2]
                if m.type is EntityType.PERSON:
                    return m.key
        return None
