"""Which gazetteer person a name in a document is: full names, their variants, and titled surnames.

A person is linked from a name of two words or more that fits a gazetteer person's name:

* the mention's words are the full name's, in order, with the same first word ("Kim Jong Un",
  "Joko Widodo");
* or the first and last words agree and every other word of the mention is an initial of a
  middle name of the full name or a further given name: "Michael R. Pompeo" is "Michael
  Richard Pompeo", "Retno Lestari Marsudi" is "Retno Marsudi", "Michael X. Pompeo" is nobody.

One word ("Lee", "Obama") names nobody by itself: coreference joins it to a full name when the
document gives one. The exception is a word right after a leader's title ("Presiden Obama",
"President Moon"): it is linked when exactly one head of state or government of the gazetteer
bears it as a first or last name and the document names that leader's country. A monarch's title
("Sultan Ibrahim", "Raja Salman", "King Charles") stands before a given name: there the word must be
the leader's first name, so a king is never taken for a namesake whose family name it is.

Some people have one name only (many Indonesians: "Sugiono", "Pratikno", "Moeldoko"). Such a word after a title of
office ("Menteri Luar Negeri Sugiono", "Foreign Minister Sugiono") is linked when exactly one gazetteer person has it
as their whole name and that person's country is one the document names: the title says the word is a person's
name, the gazetteer that it is someone's complete name, and the country which of the namesakes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from kg.gazetteer import Gazetteer
from kg.model import EntityType
from kg.text import normalise

LEADER = "Leader"  # GazetteerEntry.subtype of heads of state and government


@functools.lru_cache(maxsize=65536)
def words_of(name: str) -> tuple[str, ...]:
    """Normalised words of a gazetteer name, cached: the same few thousand names are split for every
    unknown person of every document (this was most of the linker's time)."""
    return tuple(normalise(name).split())


def same_person(mention: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether the normalised words ``mention`` name the person whose full name is ``full``."""
    if len(mention) < 2 or len(full) < 2 or mention[0] != full[0]:
        return False
    rest = iter(full)
    if all(word in rest for word in mention):
        return True
    if mention[-1] != full[-1]:
        return False
    initials = {word[0] for word in full[1:-1]}
    return all(len(word) > 1 or word in initials for word in mention[1:-1])


def candidates(names: Iterable[str], gaz: Gazetteer) -> list:
    """Gazetteer people that a multi-word name of the mention names (see :func:`same_person`)."""
    found: list = []
    for name in names:
        words = tuple(normalise(name).split())
        if len(words) < 2:
            continue
        for entry in gaz.lookup_words(words[-1]):
            if entry.type is not EntityType.PERSON or entry in found:
                continue
            if any(same_person(words, words_of(full)) for full in entry.names()):
                found.append(entry)
    return found


def one_word(names: Iterable[str]) -> str | None:
    """The one normalised word all of ``names`` are, or None (several names, or a name of several words)."""
    words = {normalise(name) for name in names}
    if len(words) != 1:
        return None
    word = next(iter(words))
    return word if word and " " not in word else None


def titled_leader(names: Iterable[str], context_countries: set[str], gaz: Gazetteer, given_name: bool = False):
    """The one leader a one-word name after a leader's title can be ("Presiden Obama"), or None.

    The word must be the first or last word of a leader's name ("Moon" of Moon Jae-in, "Obama" of
    Barack Obama) — the first only when ``given_name`` (after a monarch's title: "Sultan Ibrahim" is
    no Anwar Ibrahim) — and the leader's country must be one the document names; two such leaders
    (two Presidents Bush) or none give None.
    """
    word = one_word(names)
    if word is None:
        return None
    found = []
    for entry in gaz.lookup_words(word):
        if entry.type is not EntityType.PERSON or entry.subtype != LEADER or entry.country not in context_countries:
            continue
        ends = {end for full in entry.names() if len(w := words_of(full)) > 1
                for end in ((w[0],) if given_name else (w[0], w[-1]))}
        if word in ends:
            found.append(entry)
    return found[0] if len(found) == 1 else None


def titled_mononym(names: Iterable[str], context_countries: set[str], gaz: Gazetteer):
    """The one person whose whole name is the one word of ``names`` ("Sugiono"), of a country the document names,
    or None (none, two such people, or a name of several words)."""
    word = one_word(names)
    if word is None:
        return None
    found = [entry for entry in gaz.lookup_words(word)
             if entry.type is EntityType.PERSON and entry.country in context_countries
             and words_of(entry.name_en or "") == (word,)]
    return found[0] if len(found) == 1 else None
