"""What the text around a mention says, and the per-language words that say it.

The offline linker (:mod:`kg.link.offline`) needs to know, besides the candidates, what the
words next to a mention say ("Georgia, a US state"; "negara bagian Washington") and which
names have namesakes the gazetteer does not list (US states, people called Jordan). Both are
language data, kept in ``kg/lang/<code>/linking.json`` (schema:
``kg/lang/schema/linking.schema.json``), never in the code: :func:`load` reads them.
:class:`Cues` carries what :mod:`kg.extract.entities` read around one entity's spans.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from kg import gazetteer as gazetteer_data
from kg import language
from kg.errors import LanguageError, ResourceError
from kg.gazetteer.files import read_json
from kg.model import EntityType
from kg.text import normalise

if TYPE_CHECKING:  # pragma: no cover - typing only
    from kg.gazetteer import Gazetteer

LINKING_FILE = "linking.json"

Phrase = tuple[str, ...]


class PlaceKind(StrEnum):
    """What a place name names: a country, a region (state, province, strip, sea …) or a city."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"


@dataclass(frozen=True, slots=True)
class Cues:
    """What the text around a mention says, gathered by :mod:`kg.extract.entities`.

    ``lang``: the document's language (whose :class:`LinkingData` applies);
    ``words``: lowercase words next to the mention's spans ("state" in "Georgia, a US state");
    ``after_name``: some span directly follows a capitalised word that is no title or function
    word ("George Washington"), i.e. the mention may be the end of a person's name;
    ``before_name``: some span is directly followed by a person's name ("Washington Irving");
    ``after_leader_title``: some span directly follows a leader's title, maybe with a country
    name between ("Presiden Obama", "Presiden AS Obama", "US President Obama");
    ``after_regnal_title``: that title is a monarch's ("Sultan Ibrahim", "King Charles"), which stands
    before a given name, so the name is no family name;
    ``after_office_title``: some span directly follows a title of office, a leader's or an official's, maybe with
    a country name between ("Menteri Luar Negeri RI Sugiono", "Foreign Minister Sugiono"): a one-word name there
    may be a person's whole name (a mononym);
    ``before`` and ``after``: per span, up to three lowercase tokens right before and right after
    it in its sentence ("provinsi" of "Provinsi Jambi", "state" of "Washington state");
    ``listed_with``: the candidates of the places named in one list with a span ("Riau, Jambi
    dan Bengkulu"), one tuple per place;
    ``locative``: some span follows a preposition of place or direction ("di Luksemburg", "to
    Luxembourg"): there it names where something happens, which a city does as well as a country;
    ``located_in``: the candidates of the places named right after a span, after a preposition of
    place or a comma ("Istana Kepresidenan di Hanoi", "the Presidential Palace, Hanoi"): where it is.
    """

    lang: str | None = None
    words: frozenset[str] = frozenset()
    after_name: bool = False
    after_leader_title: bool = False
    after_regnal_title: bool = False
    after_office_title: bool = False
    before_name: bool = False
    before: tuple[Phrase, ...] = ()
    after: tuple[Phrase, ...] = ()
    listed_with: tuple[tuple, ...] = ()
    locative: bool = False
    located_in: tuple[tuple, ...] = ()


NO_CUES = Cues()


@dataclass(frozen=True, slots=True)
class Namesake:
    """What else a gazetteer name may mean that the gazetteer does not list.

    ``countries``: the countries where a place of that name lies (a US state called Georgia);
    ``person``: people bear the name too (George Washington, Michael Jordan).
    """

    countries: frozenset[str] = frozenset()
    person: bool = False


@dataclass(frozen=True, slots=True)
class LinkingData:
    """One language's linking words (``kg/lang/<code>/linking.json``)."""

    lang: str
    # words near a name saying it is a state, province or county: "Georgia, a US state"
    subnational_words: frozenset[str] = frozenset()
    # normalised name → its unlisted namesakes
    namesakes: Mapping[str, Namesake] = field(default_factory=lambda: MappingProxyType({}))
    # words right before or after a place name that say its kind: "provinsi", "kota"; "province", "city"
    kind_before: Mapping[PlaceKind, frozenset[Phrase]] = field(default_factory=lambda: MappingProxyType({}))
    kind_after: Mapping[PlaceKind, frozenset[Phrase]] = field(default_factory=lambda: MappingProxyType({}))

    # the kind words as one hashable value: indexes built from them are cached by it
    kinds_key: tuple = field(init=False, default=())

    def __post_init__(self) -> None:
        def frozen(phrases: Mapping[PlaceKind, frozenset[Phrase]]) -> tuple:
            return tuple(sorted((kind.value, tuple(sorted(p))) for kind, p in phrases.items()))

        object.__setattr__(self, "kinds_key", (frozen(self.kind_before), frozen(self.kind_after)))

    def namesakes_of(self, names: tuple[str, ...] | list[str]) -> list[Namesake]:
        if not self.namesakes:
            return []
        return [n for name in names if (n := self.namesakes.get(normalise(name))) is not None]


EMPTY = LinkingData("")


def load(lang: str | None, gazetteer: Gazetteer | None = None) -> LinkingData:
    """The linking words of ``lang`` (any registered code or alias), their namesakes' countries checked
    against ``gazetteer`` (default :func:`kg.gazetteer.load`); :data:`EMPTY` for no or an unknown language."""
    if not lang:
        return EMPTY
    try:
        code = language.normalise(lang)
    except LanguageError:  # an unregistered language has no linking words, which is no error here
        return EMPTY
    return _load(code, gazetteer if gazetteer is not None else gazetteer_data.load())


@functools.cache
def _load(code: str, gazetteer: Gazetteer) -> LinkingData:
    path = language.get(code).folder / LINKING_FILE
    if not path.is_file():
        return LinkingData(code)
    data = read_json(path)
    namesakes: dict[str, Namesake] = {}
    for number, item in enumerate(data.get("namesakes", [])):
        countries = frozenset(item.get("countries", []))
        for qid in countries:
            entry = gazetteer.by_qid(qid)
            if entry is None or entry.type is not EntityType.COUNTRY:
                raise ResourceError(f"{path} namesakes[{number}]: {qid} is not a country of the gazetteer")
        namesakes[normalise(item["name"])] = Namesake(countries, bool(item.get("person", False)))
    kinds = data.get("place_kinds", {})
    unknown = set(kinds) - {kind.value for kind in PlaceKind}
    if unknown:
        raise ResourceError(f"{path}: place_kinds has unknown kinds {sorted(unknown)}")

    def phrases(where: str) -> Mapping[PlaceKind, frozenset[Phrase]]:
        return MappingProxyType({PlaceKind(kind): frozenset(tuple(p.split()) for p in words.get(where, []))
                                 for kind, words in kinds.items()})

    return LinkingData(
        lang=code,
        subnational_words=frozenset(data.get("subnational_words", [])),
        namesakes=MappingProxyType(namesakes),
        kind_before=phrases("before"),
        kind_after=phrases("after"),
    )


def clear_cache() -> None:
    """Forget loaded linking words (tests, or after editing a linking.json in the same process)."""
    _load.cache_clear()
