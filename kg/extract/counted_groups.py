"""Plural references that count more than two: "the three countries", "ketiga negara", "the four leaders" — the
parties of the last meeting or agreement with that many parties, told in this or the sentences just before, else
the names of those types told last before the phrase's sentence. "the two countries" and "kedua negara" are pairs
(:mod:`kg.extract.anaphora`). Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from kg import caches
from kg.extract.drafts import EventDraft, FinderState
from kg.model import EntityType
from kg.nlp.resources import Phrase

GROUP_SENTENCES = 2  # sentences back where "the three countries" may find the group that met or agreed


class CountedGroups(FinderState):
    def _counted_group(self, k: int, end: int) -> list[str]:
        """The group a counted plural phrase at token ``k`` (before ``end``) refers to; [] when none stands there or
        no group of that size was told."""
        if self.view.doc[k].lower_ not in self.res.counted_openers:
            return []  # asked at every word around a trigger: most open no counted phrase
        size, types = self._counted_phrase(k, end)
        if not size:
            return []
        return self._last_group(k, size, types) or self._named_group(k, size, types)

    def _counted_phrase(self, k: int, end: int) -> tuple[int, tuple[EntityType, ...]]:
        """The size and the types of a counted plural phrase at ``k``: an article at most, a collective number
        ("three", "ketiga"), then a noun the pair phrases use for those types ("countries", "negara", "leaders")."""
        doc, res = self.view.doc, self.res
        j = k + (doc[k].lower_ in res.articles)
        if j + 1 >= end:
            return 0, ()
        size = res.collective_sizes.get(doc[j].lower_, 0)
        types = _nouns_by_type(tuple(res.plural_anaphora.items())).get(doc[j + 1].lower_, ()) if size else ()
        if not types or (j + 2 < end and doc[j + 2].lower_ in res.preps.of):
            return 0, ()  # "the three leaders of A, B and C": those are named right after
        return size, types

    def _last_group(self, k: int, size: int, types: tuple[EntityType, ...]) -> list[str]:
        """The parties of the last symmetric event with ``size`` parties of ``types`` (or their leaders' countries)
        told up to GROUP_SENTENCES before token ``k``."""
        for ev in self._recent_symmetric(k, GROUP_SENTENCES):
            agents = list(dict.fromkeys(ev.agents))
            if len(agents) != size:
                continue
            if all(self._entity_type(a) in types for a in agents):
                return agents
            led = list(dict.fromkeys(c for a in agents if (c := self.context.leader_of.get(a))))
            if EntityType.COUNTRY in types and len(led) == size and all(self._entity_type(c) in types for c in led):
                return led
        return []

    def _recent_symmetric(self, i: int, sentences: int) -> Iterator[EventDraft]:
        """The symmetric events (meetings, agreements) told in the sentence of token ``i`` up to it and in the
        ``sentences`` before, the last told first."""
        doc: Doc = self.view.doc
        earliest = doc[i].sent.start
        for _ in range(sentences):
            earliest = doc[earliest - 1].sent.start if earliest > 0 else earliest
        for ev in reversed(self.events):
            if ev.sentence.start < earliest:
                return
            if ev.kind.traits.symmetric and ev.sentence.start <= i:
                yield ev

    def _named_group(self, k: int, size: int, types: tuple[EntityType, ...]) -> list[str]:
        """The ``size`` names of ``types`` told last before the sentence of token ``k`` (who acts in that sentence is
        not one of the group it speaks of); [] when fewer were told."""
        before = self.view.doc[k].sent.start
        seen: list[str] = []
        for m in reversed(self.view.mentions):
            if m.start < before and m.type in types and m.key not in seen:
                seen.append(m.key)
                if len(seen) == size:
                    return seen[::-1]
        return []


@cache
def _nouns_by_type(anaphora: tuple[tuple[EntityType, frozenset[Phrase]], ...]) -> dict[str, tuple[EntityType, ...]]:
    """The nouns that close the plural phrases of each type ("the two countries" → "countries": Country), with every
    type a noun closes a phrase of ("pihak": Country and Organization). Once per language and process."""
    found: dict[str, list[EntityType]] = {}
    for kind, phrases in anaphora:
        for p in phrases:
            if len(p) > 1 and kind not in found.setdefault(p[-1], []):
                found[p[-1]].append(kind)
    return {noun: tuple(kinds) for noun, kinds in found.items()}


caches.register("kg.extract.counted_groups._nouns_by_type", _nouns_by_type.cache_clear)
