"""Countries and places: namesakes told apart by the words around them and the places listed with them.

One name often names several things of different kinds (:class:`PlaceKind`): a strip and its
city (Gaza), a province and its capital (Jambi), a state and a city (Washington), a country and
its capital (Luxembourg). :func:`narrow` keeps the candidates that the document settles, in order:

1. **a kind word glued to the name** ("Kota Gaza", "Provinsi Jambi": the span found no entry) or
   **next to it** ("Jambi province", "the city of Luxembourg", "negara bagian Washington") picks
   that kind; a kind the gazetteer does not list for the name (a US state called Washington)
   picks nothing. These words are the language's (``place_kinds`` in ``kg/lang/<code>/linking.json``);
2. a **state or province word near** the name ("Georgia, a US state") leaves it unlinked when the
   name has a region among its namesakes;
3. the **places listed with it** ("Riau, Jambi dan Bengkulu": provinces; "Brussels, Paris and
   Luxembourg": cities) pick their kind;
4. else the **name itself**: an entry that bears it as its name ("Osaka" the city) beats one that
   has it as an alias or only with a kind word ("Osaka Prefecture"); a country beats its own
   capital of the same name ("Luxembourg rejected the plan") unless the name says where
   something happens ("the ministers met in Luxembourg": the city as much as the country); what
   is still of two kinds (Gaza the strip or the city) is not linked.

Only names with namesakes of several kinds are narrowed: "Iran state television" is Iran.
Namesakes the gazetteer does not list (a US state called Georgia, people called Jordan) are the
language's data too (``namesakes``): the words around the mention or the document's countries
decide against the listed entry (:func:`unlisted_namesake_risk`).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from kg.gazetteer import Gazetteer
from kg.link.cues import Cues, LinkingData, PlaceKind
from kg.link.people import words_of
from kg.model import EntityType
from kg.text import normalise

__all__ = ["PlaceKind", "kind_of", "narrow", "shared_short_name", "unlisted_namesake_risk"]

CITY_SUBTYPE = "City"  # GazetteerEntry.subtype of towns and cities
_key = functools.lru_cache(maxsize=65536)(normalise)  # the same few names are compared for every mention


def kind_of(entry) -> PlaceKind:
    """A country; a city (gazetteer subtype City); any other place is a region (strip, province, sea …)."""
    if entry.type is EntityType.COUNTRY:
        return PlaceKind.COUNTRY
    return PlaceKind.CITY if entry.subtype == CITY_SUBTYPE else PlaceKind.REGION


def _geographic(entry) -> bool:
    return entry.type in (EntityType.COUNTRY, EntityType.PLACE)


def shared_short_name(names: Iterable[str], gaz: Gazetteer) -> list:
    """Countries whose name ends with a one-word mention: "Congo" → both Congos, "Korea" → both Koreas.

    The gazetteer drops such shared aliases (neither country may own them), so they are found
    here and left to the context.
    """
    found: list = []
    for name in names:
        words = _key(name).split()
        if len(words) != 1:
            continue
        for entry in gaz.lookup_words(words[0]):
            if entry.type is not EntityType.COUNTRY or entry in found:
                continue
            if any(words_of(n)[-1:] == tuple(words) and len(words_of(n)) > 1 for n in entry.names()):
                found.append(entry)
    return found


def unlisted_namesake_risk(entry, names: Sequence[str], cues: Cues, context_countries: set[str],
                           data: LinkingData) -> bool:
    """True when a namesake the gazetteer does not list may be meant instead of ``entry``.

    The words near the mention say so ("Georgia, a US state", "George Washington", "Washington
    Irving"), or the
    document is about the namesake's country and nothing in it points at the listed one.
    """
    if not _geographic(entry):
        return False
    namesakes = data.namesakes_of(list(names))
    if not namesakes:
        return False
    if cues.words & data.subnational_words and any(n.countries for n in namesakes):
        return True
    if (cues.after_name or cues.before_name) and any(n.person for n in namesakes):
        return True
    own = entry.qid if entry.type is EntityType.COUNTRY else None
    elsewhere = {q for n in namesakes for q in n.countries}
    return bool(own) and own not in context_countries and bool(elsewhere & context_countries)


def located_in_other_country(entry, places: Iterable) -> bool:
    """Every candidate of a place said to hold ``entry`` lies in another country than ``entry``."""
    countries = {p.qid if p.type is EntityType.COUNTRY else p.country for p in places if _geographic(p)}
    return bool(countries) and entry.country not in countries and entry.qid not in countries


def located_elsewhere(entry, cues: Cues) -> bool:
    """A place inside a city or region (a building, a palace: no country, no city) that the text locates in
    another country: "Istana Kepresidenan di Hanoi" is Hanoi's presidential palace, not its namesake in
    Jakarta. A descriptive name is shared by many places; the one the gazetteer lists is meant only where
    the text's places agree."""
    if entry.type is EntityType.COUNTRY or kind_of(entry) is not PlaceKind.REGION or not entry.country:
        return False
    return any(located_in_other_country(entry, places) for places in cues.located_in)


def narrow(names: Sequence[str], pool: list, context_countries: set[str], cues: Cues, data: LinkingData,
           gaz: Gazetteer) -> list:
    """The candidates of a country or place mention that the document leaves; ``[]`` abstains.

    ``pool`` holds the candidates its spans matched (countries and places), possibly none;
    ``data`` is the document's language's linking words.
    """
    if not pool:
        kind, bare = _unglued(names, data)
        if kind is None:
            return []
        found = [e for name in bare for e in gaz.lookup(name) if _geographic(e)]
        every = _unique([*found, *_rivals(bare, data, gaz), *_named_alike(found, data, gaz)])
        return [e for e in every if kind_of(e) is kind]
    pool = [c for c in pool if not unlisted_namesake_risk(c, names, cues, context_countries, data)
            and not located_elsewhere(c, cues)]
    if not pool:
        return []
    every = _unique([*pool, *_rivals(names, data, gaz), *_named_alike(pool, data, gaz)])
    kinds = {kind_of(e) for e in every}
    unlisted = {PlaceKind.REGION for n in data.namesakes_of(list(names)) if n.countries}
    if len(kinds | unlisted) < 2:
        return pool
    said = _said_kind(cues, data)
    if said is _CONFLICT:
        return []
    if said is not None:
        return [] if said in unlisted else [e for e in every if kind_of(e) is said]
    if cues.words & data.subnational_words and PlaceKind.REGION in kinds:
        return []
    listed = _listed_kinds(cues) & kinds
    if len(listed) == 1:
        return [e for e in every if kind_of(e) in listed]
    best = _strongest(every, [*names, *_own_names(pool, names)])
    if len({kind_of(e) for e in best}) == 1:
        return best
    countries = [e for e in best if kind_of(e) is PlaceKind.COUNTRY]
    if (len(countries) == 1 and not cues.locative
            and all(e is countries[0] or e.country == countries[0].qid for e in best)):
        return countries  # a country over its own capital of the same name, unless it names a place of events
    return []


_CONFLICT = object()  # the words around the spans name two kinds


def _said_kind(cues: Cues, data: LinkingData):
    """The kind the words right before or after the spans name, None, or ``_CONFLICT``."""
    said = set()
    for kind, phrases in data.kind_before.items():
        if any(len(p) <= len(b) and b[-len(p):] == p for b in cues.before for p in phrases):
            said.add(kind)
    for kind, phrases in data.kind_after.items():
        if any(len(p) <= len(a) and a[:len(p)] == p for a in cues.after for p in phrases):
            said.add(kind)
    if len(said) > 1:
        return _CONFLICT
    return next(iter(said), None)


def _listed_kinds(cues: Cues) -> set[PlaceKind]:
    """The kinds of the places listed with the mention, each counted when all its candidates are of one kind."""
    kinds = set()
    for candidates in cues.listed_with:
        of_one = {kind_of(e) for e in candidates if _geographic(e)}
        if len(of_one) == 1:
            kinds |= of_one
    return kinds


def _unglued(names: Sequence[str], data: LinkingData) -> tuple[PlaceKind | None, list[str]]:
    """("Kota Gaza", "Provinsi Jambi") → the kind their kind word names and the names without it."""
    kinds, bare = set(), []
    for name in names:
        words = words_of(name)
        for kind, phrases in data.kind_before.items():
            for phrase in phrases:
                if len(words) > len(phrase) and words[:len(phrase)] == phrase:
                    kinds.add(kind)
                    bare.append(" ".join(words[len(phrase):]))
        for kind, phrases in data.kind_after.items():
            for phrase in phrases:
                if len(words) > len(phrase) and words[-len(phrase):] == phrase:
                    kinds.add(kind)
                    bare.append(" ".join(words[:-len(phrase)]))
    return (kinds.pop(), bare) if len(kinds) == 1 else (None, [])


def _rivals(names: Iterable[str], data: LinkingData, gaz: Gazetteer) -> list:
    """Places named like the mention with a kind word of their own kind: "Gaza" → "Gaza Strip", "Jalur Gaza"."""
    index = _index_of(data, gaz)
    return [e for name in names for e in index.with_kind_word.get(_key(name), ())]


def _primary_names(entry) -> set[str]:
    return {_key(n) for n in (entry.name_en, entry.name_id) if n}


def _named_alike(pool: list, data: LinkingData, gaz: Gazetteer) -> list:
    """Countries and places whose own name is a candidate's name in any language: "Luksemburg" the
    country (Indonesian name) is also "Luxembourg", which is the name of its capital too."""
    by_own_name = _index_of(data, gaz).by_own_name
    return [other for entry in pool for name in _primary_names(entry)
            for other in by_own_name.get(name, ()) if other is not entry]


@dataclass(frozen=True)
class _Index:
    with_kind_word: Mapping[str, tuple]  # "gaza" → (Gaza Strip,) for "Gaza Strip" / "Jalur Gaza"
    by_own_name: Mapping[str, tuple]  # "luxembourg" → (the country, its capital)


def _index_of(data: LinkingData, gaz: Gazetteer) -> _Index:
    return _build_index(gaz, data.kinds_key)


@functools.lru_cache(maxsize=16)
def _build_index(gaz: Gazetteer, kinds_key: tuple) -> _Index:
    """Built once per gazetteer and language: every country and place by its own names, and by its
    names without a kind word of its own kind."""
    kind_before, kind_after = ({PlaceKind(kind): phrases for kind, phrases in side} for side in kinds_key)
    with_kind_word: dict[str, list] = defaultdict(list)
    by_own_name: dict[str, list] = defaultdict(list)
    for entry in gaz.entries:
        if not _geographic(entry):
            continue
        for name in _primary_names(entry):
            by_own_name[name].append(entry)
        kind = kind_of(entry)
        bare = set()
        for full in map(words_of, entry.names()):
            bare |= {" ".join(full[len(p):]) for p in kind_before.get(kind, ()) if full[:len(p)] == p}
            bare |= {" ".join(full[:-len(p)]) for p in kind_after.get(kind, ()) if full[-len(p):] == p}
        for name in bare - {""}:
            with_kind_word[name].append(entry)
    return _Index(MappingProxyType({k: tuple(v) for k, v in with_kind_word.items()}),
                  MappingProxyType({k: tuple(v) for k, v in by_own_name.items()}))


def _own_names(pool: list, names: Sequence[str]) -> set[str]:
    """The other-language names of the candidates that bear one of ``names`` as their own name."""
    keys = {_key(n) for n in names}
    return {n for e in pool if keys & _primary_names(e) for n in _primary_names(e)}


def _strongest(entries: list, names: Sequence[str]) -> list:
    """The entries that bear one of the names as their own name, if any; else all."""
    keys = {_key(n) for n in names}
    named = [e for e in entries if keys & _primary_names(e)]
    return named or entries


def _unique(entries: Iterable) -> list:
    return list({e.key: e for e in entries}.values())
