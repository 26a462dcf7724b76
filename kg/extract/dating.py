"""When an event happened: the date expression of its trigger's clause, resolved against the document's date.

Runs after the event rules, on what they found (each event's sentence and trigger position), so the
rules never look at dates. For one document:

* the **reference** is the document's date (:func:`kg.extract.dates.document_date`): the JSON Lines
  ``published`` field, else a dateline at the top of the text, else none;
* the **dateline** itself never dates an event: it says when the report was filed, not when what it
  reports happened ("JAKARTA, 19 Juni 2024 — Presiden … tiba di Tokyo" says nothing about the arrival;
  "… tiba di Tokyo pada Selasa" or "hari ini" does, resolved against it);
* an event takes a date expression of **its trigger's clause** (:func:`clauses`) — the first after
  the trigger and before the next event's trigger, else the nearest before it — or nothing when its
  clause has none: a date in a reported speech, a relative clause or a subordinate clause dates what
  happens there, not the event outside it;
* that expression is resolved as **past** unless a modality word marks the trigger ("akan", "will",
  "plans to": then the nearest such day on or after the reference), and an expression that resolves to
  a year alone ("pada 2019") or to nothing ("last week" across two months) leaves the event undated —
  a farther date of the clause is not taken instead.

docs/dates.md has the rules with examples; tests/test_event_dates.py checks them in three languages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Span

from kg import caches
from kg.extract.dates import (
    DateMention,
    DateValue,
    Tense,
    document_date,
    find_dateline,
    find_dates,
    mention_tokens,
    resolve,
)
from kg.extract.event_words import EventWords
from kg.extract.view import DocView
from kg.model import Document
from kg.nlp.resources import Phrase
from kg.nlp.tokens import lower_forms, match_phrase_at

__all__ = ["EventDater", "clauses", "compatible", "more_precise"]

# marks of reported speech (single quotes are left out: they are also apostrophes); '"' opens and closes in turn
OPENING_QUOTES = frozenset({"“", "«"})
CLOSING_QUOTES = frozenset({"”", "»"})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | {'"'}
CLAUSE_BREAKS = frozenset({";"})
REPORTER_REACH = 6  # ", the U.S. Treasury said": at most this many words between a comma and a speech verb


@dataclass(frozen=True, slots=True)
class _Placed:
    """A date expression of the text and the tokens it covers."""

    mention: DateMention
    start: int
    end: int


class EventDater:
    """Dates the events of one analysed document (see the module docstring for the rules)."""

    def __init__(self, view: DocView, document: Document, triggers: Iterable[tuple[int, int]] = ()) -> None:
        """``triggers``: the token ranges of every event trigger found, which bound each other's dates."""
        self.view = view
        self.lang = view.res.lang
        text = document.text
        mentions = find_dates(text, self.lang)
        # a dateline is a date written out with its day and year: without one in the text, none is looked for
        dateline = find_dateline(text, self.lang) if any(m.explicit and m.day for m in mentions) else None
        self.reference: date | None = (document_date(text, self.lang, document.published)
                                       if document.published or dateline else None)
        self._placed: list[_Placed] = []
        for mention in mentions:
            if dateline is not None and mention.start == dateline.start:
                continue
            start, end = mention_tokens(view.doc, mention)
            if any(k in view.at for k in range(start, end)):
                continue  # part of a name: "Theresa May", a treaty named after its day
            self._placed.append(_Placed(mention, start, end))
        self._triggers = sorted({start for start, _ in triggers})
        self._clauses: dict[int, list[int]] = {}

    def date_of(self, sentence: Span, trigger: tuple[int, int]) -> str | None:
        """``Event.date`` for a trigger at tokens ``trigger`` of ``sentence``: ISO day or month, or ``None``.

        Of the dates in the trigger's clause, the first after it (before the next event's trigger: "tiba
        pada Selasa dan bertemu … pada Rabu"), else the nearest before it ("Pada Senin, X tiba … dan
        bertemu …": an opening adverbial dates every verb after it).
        """
        inside = [p for p in self._placed if sentence.start <= p.start < sentence.end]
        if not inside:
            return None
        clause = self._clause_ids(sentence)
        own = clause[trigger[0] - sentence.start]
        candidates = [p for p in inside if clause[p.start - sentence.start] == own]
        following = next((t for t in self._triggers if t > trigger[0]), sentence.end)
        after = [p for p in candidates if trigger[1] <= p.start < following]
        before = [p for p in candidates if p.end <= trigger[0]]
        nearest = after[0] if after else before[-1] if before else None
        if nearest is None:
            return None
        value = resolve(nearest.mention, self.reference, self._tense(trigger[0], sentence))
        return value.event_date() if value is not None else None

    def _tense(self, i: int, sentence: Span) -> Tense:
        """Future when a modality word stands among the four words before the trigger (the window the event
        rules use for hypothetical facts), else past: an asserted event has happened."""
        before = self.view.words_before(i, sentence, 4)
        return Tense.FUTURE if any(w in self.view.res.modality for w in before) else Tense.PAST

    def _clause_ids(self, sentence: Span) -> list[int]:
        if sentence.start not in self._clauses:
            self._clauses[sentence.start] = clauses(self.view, sentence)
        return self._clauses[sentence.start]


def clauses(view: DocView, sentence: Span) -> list[int]:
    """A clause number for each token of ``sentence`` (index 0 = its first token).

    Shallow, like the rest of the rules (no parser). A new clause starts at
    * a quotation mark opening reported speech (the clause around it resumes after the closing one);
    * a semicolon;
    * a complementiser in mid-sentence ("said that", "mengatakan bahwa", "because", "after"), except
      one that follows a preposition ("pada saat kunjungan") and one that doubles as a demonstrative
      ("signed that treaty") where no speech verb went before it in the clause ("said on Monday that").
      "after" and "setelah" split even before a noun ("met after the summit on Monday"): what follows
      them happened at another time, and an event left undated is better than one dated by its antecedent;
    * a comma followed by a main-clause opener (", and", ", namun") or by a reporting clause
      (", kata juru bicara", ", the ministry said").
    Clauses that close again at the next comma: a relative clause after a comma ("X, yang tiba
    Rabu, bertemu Y": "bertemu" belongs to the clause of X) and a subordinate clause opening the
    sentence or following a comma ("Setelah tiba di Beijing pada Rabu, Prabowo bertemu Xi").
    """
    return _ClauseWalk(view, sentence).run()


class _ClauseWalk:
    """One left-to-right pass over a sentence for :func:`clauses`."""

    def __init__(self, view: DocView, sentence: Span) -> None:
        self.view = view
        self.res = view.res
        self.doc = view.doc
        self.sentence = sentence
        self.current = self.count = 0
        self.embedded: list[int] = []  # the clauses an embedded one interrupted, resumed at its closing comma
        self.quoted: int | None = None  # the clause a quotation interrupted
        self.heard = False  # a speech verb stands earlier in the current clause
        # read once per language, not for every sentence (a walk is made per sentence with a dated event)
        self.longest_speech, self.speech_starts = _speech_shape(view.speech_words)
        # forms that name their speaker after them (", kata juru bicara", ", said the minister")
        self.speech_after = EventWords.of(self.res).speech_after

    def run(self) -> list[int]:
        sentence = self.sentence
        first = next((t.i for t in sentence if not (t.is_space or t.is_punct)), sentence.start)
        ids: list[int] = []
        for token in sentence:
            before = self.current
            if token.text in QUOTE_MARKS:
                self._quote(token.text)
            elif token.text in CLAUSE_BREAKS:
                self.embedded.clear()
                self._new()
            elif token.text == ",":
                self._comma(token.i)
                ids.append(before)  # a comma ends the clause before it
                continue
            elif token.lower_ in self.res.complementisers:
                self._complementiser(token.i, token.i == first)
            if self._speech_at(token.i):
                self.heard = True
            ids.append(self.current)
        return ids

    def _new(self) -> None:
        self.count += 1
        self.current = self.count
        self.heard = False

    def _quote(self, mark: str) -> None:
        closing = mark in CLOSING_QUOTES or (mark not in OPENING_QUOTES and self.quoted is not None)
        if not closing:
            if self.quoted is None:
                self.quoted = self.current
                self._new()
        elif self.quoted is not None:
            self.current, self.quoted = self.quoted, None
        else:  # a quotation opened in an earlier sentence closes: what follows is outside it
            self._new()

    def _comma(self, k: int) -> None:
        res = self.res
        if self.embedded:
            self.current = self.embedded.pop()
        following = self.doc[k + 1].lower_ if k + 1 < self.sentence.end else ""
        if following in res.relative or (following in res.complementisers
                                         and following not in res.main_clause_openers):
            self.embedded.append(self.current)
            self._new()
        elif following in res.main_clause_openers or self._reporting_clause(k + 1):
            self.embedded.clear()
            self._new()

    def _speech_at(self, k: int) -> int:
        if self.doc[k].lower_ not in self.speech_starts:
            return 0
        return match_phrase_at(self.doc, k, self.view.speech_words, self.longest_speech, self.sentence.end)

    def _reporting_clause(self, k: int) -> bool:
        """From token ``k`` on, a few words and then a speech verb: ", kata juru bicara", ", the Treasury said"."""
        res = self.res
        for j in range(k, min(self.sentence.end, k + REPORTER_REACH + 1)):
            if n := self._speech_at(j):
                return self._reports_before(j, n)
            token = self.doc[j]
            if token.is_punct or token.lower_ in res.preps.blocking or token.lower_ in res.complementisers:
                return False
        return False

    def _reports_before(self, j: int, n: int) -> bool:
        """The speech phrase at ``j`` (``n`` words) reports what went before the comma: a form naming its
        speaker after it (", kata X", ", the ministry said"), or a verb ending its clause (", Lula mengatakan.").
        A verb of saying with its complement after it ("Pada Senin, Lula mengatakan lawatan itu penting dan
        bertemu …") opens the main clause, which the opening adverbial dates."""
        if tuple(lower_forms(self.doc)[j : j + n]) in self.speech_after:
            return True
        after = j + n
        return after >= self.sentence.end or self.doc[after].is_punct

    def _complementiser(self, k: int, opens_sentence: bool) -> None:
        res = self.res
        previous = self.doc[k - 1].lower_ if k > self.sentence.start else ""
        if opens_sentence:
            self.embedded.append(self.current)
            self._new()
        elif previous not in res.preps.blocking and previous != "," and (
                self.heard or self.doc[k].lower_ not in res.demonstratives):
            self._new()


def compatible(a: str | None, b: str | None) -> bool:
    """Could two reports' dates (ISO day or month, or none) be of one event? No date fits any date."""
    if a is None or b is None:
        return True
    return DateValue.from_iso(a).compatible(DateValue.from_iso(b))


def more_precise(a: str | None, b: str | None) -> str | None:
    """Of two compatible dates, the more precise one (a day before its month; ``a`` on ties)."""
    if a is None:
        return b
    return b if b is not None and len(b) > len(a) else a


@cache
def _speech_shape(speech_words: frozenset[Phrase]) -> tuple[int, frozenset[str]]:
    """The length of the longest speech phrase and the words speech phrases start with (a view's speech words are
    a language's: equal sets, one entry)."""
    return max((len(w) for w in speech_words), default=1), frozenset(w[0] for w in speech_words)


caches.register("kg.extract.dating._speech_shape", _speech_shape.cache_clear)
