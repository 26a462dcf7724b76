"""What the text says around an entity's mentions, for the linker (:class:`kg.link.Cues`).

The offline linker (:mod:`kg.link`) sees names and candidates; the words around the names are
read here, once per document (:class:`CueReader`) and once per cluster of mentions:

* the words near each span ("state" in "Georgia, a US state") and the tokens right before and
  after it ("provinsi" of "Provinsi Jambi", "state" of "Washington state");
* whether a span ends a person-like name ("George Washington"), starts one ("Washington
  Irving"), follows a leader's title ("Presiden Obama", "Presiden AS Obama"), or follows a
  preposition of place or direction ("di Luksemburg", "to Luxembourg");
* the places named in one list with it ("Riau, Jambi dan Bengkulu").

Which words are titles, prepositions and coordinators is the language's data
(:class:`kg.nlp.resources.LangResources`).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from kg import link
from kg.model import EntityType
from kg.nlp.coref import Cluster
from kg.nlp.resources import LangResources

_PLACE_LABELS = frozenset({EntityType.COUNTRY.value, EntityType.PLACE.value})
_PERSON, _COUNTRY = EntityType.PERSON.value, EntityType.COUNTRY.value
NEAR_BEFORE, NEAR_AFTER = 2, 4  # the window of "words near" a span
NEXT_TO = 3  # tokens kept right before and right after a span


class CueReader:
    """Reads :class:`kg.link.Cues` for the clusters of one document (its sentences and entity spans indexed once)."""

    def __init__(self, doc: Doc, res: LangResources | None) -> None:
        self.doc = doc
        self.res = res
        self.lang = res.lang if res is not None else doc.lang_
        self.titles = {t[-1] for t in res.titles} if res is not None else set()
        self.places = res.preps.location | res.preps.direction if res is not None else frozenset()
        self.bounds = [(sent.start, sent.end) for sent in doc.sents]
        self.starts = [start for start, _ in self.bounds]
        ents = list(doc.ents)
        self.person_starts = {e.start for e in ents if e.label_ == _PERSON}
        self.country_ending_at = {e.end: e.start for e in ents if e.label_ == _COUNTRY}
        self.sentence_ents: dict[int, list[Span]] = {}  # sentence → its entity spans, in order
        for ent in ents:
            self.sentence_ents.setdefault(self._sentence(ent.start), []).append(ent)

    def _sentence(self, token: int) -> int:
        return bisect_right(self.starts, token) - 1

    def _lower(self, start: int, end: int) -> list[str]:
        return [t.lower_ for t in self.doc[start:end]]

    def cues(self, cluster: Cluster) -> link.Cues:
        """What the text says around ``cluster``'s spans, as far as the linker reads it for its type:
        a leader's title before a person's name; everything else around a country or place."""
        if cluster.type is EntityType.PERSON:
            return self._person(cluster)
        if cluster.type in (EntityType.COUNTRY, EntityType.PLACE):
            return self._place(cluster)
        return link.Cues(lang=self.lang)

    def _person(self, cluster: Cluster) -> link.Cues:
        if self.res is None:
            return link.Cues(lang=self.lang)
        firsts = [self.bounds[self._sentence(span.start)][0] for span in cluster.spans]
        titles = [self._title_before(span, first, self.res.leader_titles)
                  for span, first in zip(cluster.spans, firsts, strict=True)]
        offices = [self._title_before(span, first, self.res.titles) for span, first in zip(cluster.spans, firsts,
                                                                                            strict=True)]
        return link.Cues(lang=self.lang, after_leader_title=any(titles),
                         after_regnal_title=any(title in self.res.regnal_titles for title in titles),
                         after_office_title=any(offices))

    def _place(self, cluster: Cluster) -> link.Cues:
        doc, res = self.doc, self.res
        words: set[str] = set()
        before: list[tuple[str, ...]] = []
        after: list[tuple[str, ...]] = []
        listed: list[tuple] = []
        located: list[tuple] = []
        after_name = before_name = locative = False
        for span in cluster.spans:
            sentence = self._sentence(span.start)
            first, last = self.bounds[sentence]
            near = (*doc[max(first, span.start - NEAR_BEFORE):span.start],
                    *doc[span.end:min(last, span.end + NEAR_AFTER)])
            words.update(t.lower_ for t in near if t.is_alpha)
            before.append(tuple(self._lower(max(first, span.start - NEXT_TO), span.start)))
            after.append(tuple(self._lower(span.end, min(last, span.end + NEXT_TO))))
            if span.start > first:
                prev = doc[span.start - 1]
                if (prev.is_alpha and prev.is_title and not prev.is_stop and prev.lower_ not in self.titles
                        and not prev.ent_type_):
                    after_name = True
                locative = locative or prev.lower_ in self.places
            before_name = before_name or span.end in self.person_starts
            if res is not None:
                listed.extend(self._listed_with(span, sentence, res))
                located.extend(self._located_in(span, sentence, res))
        return link.Cues(lang=self.lang, words=frozenset(words), after_name=after_name, before_name=before_name,
                         before=tuple(before), after=tuple(after), listed_with=tuple(listed), locative=locative,
                         located_in=tuple(located))

    def _located_in(self, span: Span, sentence: int, res: LangResources) -> list[tuple]:
        """The candidates of the place named right after ``span``, a preposition of place or a comma between
        ("Istana Kepresidenan di Hanoi", "the Presidential Palace, Hanoi")."""
        gap = self.doc[span.end].lower_ if span.end < len(self.doc) else ""
        if not (gap in res.preps.location or gap == ","):
            return []
        nxt = next((e for e in self.sentence_ents.get(sentence, []) if e.start == span.end + 1), None)
        if nxt is None or nxt.label_ not in _PLACE_LABELS or not nxt._.kg_candidates:
            return []
        return [tuple(nxt._.kg_candidates)]

    def _title_before(self, span: Span, first: int, titles: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
        """The title of ``titles`` (its longest form) ending right before ``span``, or before a country named
        right before it ("Presiden AS Obama"); ``()`` for none."""
        start = self.country_ending_at.get(span.start, span.start)
        before = tuple(self._lower(max(first, start - 4), start))
        found = [title for title in titles if len(title) <= len(before) and before[-len(title):] == title]
        return max(found, key=len, default=())

    def _listed_with(self, span: Span, sentence: int, res: LangResources) -> list[tuple]:
        """The candidates of the countries and places named in one list with ``span``, joined to it
        by commas and coordinating words only ("Riau, Jambi dan Bengkulu")."""
        ents = self.sentence_ents.get(sentence, [])
        at = next((i for i, e in enumerate(ents) if e.start == span.start and e.end == span.end), None)
        if at is None:
            return []

        def joined(left: Span, right: Span) -> bool:
            gap = " ".join(w for w in self._lower(left.end, right.start) if w != ",")
            return gap == "" or gap in res.coordination

        found = []
        for step in (-1, 1):
            i = at
            while 0 <= i + step < len(ents):
                left, right = (ents[i + step], ents[i]) if step < 0 else (ents[i], ents[i + step])
                if not joined(left, right) or ents[i + step].label_ not in _PLACE_LABELS:
                    break
                i += step
                if ents[i]._.kg_candidates:
                    found.append(tuple(ents[i]._.kg_candidates))
        return found
