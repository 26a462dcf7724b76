"""What the text says of a person's gender, for the pronouns that refer to persons: a form of address or a gendered
title right before one of the person's mentions ("Mr. Sechin", "Queen Ana", "Ibu Ruiz": ``male_cues``,
``female_cues``), and the gender of a pronoun ("he", "she": ``male_pronouns``,
``female_pronouns``; Indonesian pronouns have none). "Ms. Ruiz said he remains under U.S. sanctions" — "he"
is not Ms. Ruiz, and is Mr. Sechin where the text names him shortly before. A person the text gives no gender, or
two, may be referred to by either pronoun otherwise. No name is looked up: gender comes from the text alone."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from kg.extract.view import DocView
from kg.model import EntityType


class Gender(Enum):
    MALE = "male"
    FEMALE = "female"


def text_genders(view: DocView) -> dict[str, Gender]:
    """Person key → the one gender the words right before its mentions give it (a person given both gets none)."""
    doc, res = view.doc, view.res
    cues = ((Gender.MALE, res.male_cues), (Gender.FEMALE, res.female_cues))
    found: dict[str, set[Gender]] = {}
    for m in view.mentions:
        if m.type is not EntityType.PERSON or m.start == 0:
            continue
        k = m.start - 1
        if doc[k].text == "." and k > 0:
            k -= 1  # "Mr ." where the tokenizer splits the abbreviation's full stop
        found.setdefault(m.key, set()).update(gender for gender, words in cues if doc[k].lower_ in words)
    return {key: genders.pop() for key, genders in found.items() if len(genders) == 1}


def pronoun_gender(view: DocView, i: int) -> Gender | None:
    """The gender of the pronoun at token ``i`` ("he": male), None for one without ("ia", "they")."""
    word = view.doc[i].lower_
    if word in view.res.male_pronouns:
        return Gender.MALE
    if word in view.res.female_pronouns:
        return Gender.FEMALE
    return None


def pronoun_agreement(view: DocView, i: int, since: int) -> Callable[[str], bool]:
    """Whether the pronoun at token ``i`` may refer to a person (by key): one the text gives its gender, when a person
    of that gender is named from token ``since`` on before it ("Marta Vidal met Mr. Sechin. Ms. Ruiz said he …":
    Sechin); else any person the text does not give the other gender. Every person, for a pronoun of no gender."""
    pronoun = pronoun_gender(view, i)
    if pronoun is None:
        return lambda key: True
    genders = text_genders(view)
    if any(m.type is EntityType.PERSON and since <= m.start < i and genders.get(m.key) is pronoun
           for m in view.mentions):
        return lambda key: genders.get(key) is pronoun
    return lambda key: genders.get(key, pronoun) is pronoun
