"""Per-language resources (titles, heads, triggers …) read from ``kg/lang/<code>/``.

Resources are data, not code, the way spaCy keeps ``spacy/lang/<code>/``: adding a
language means adding a folder with ``lexicon.json`` and ``triggers.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import LanguageError, ResourceError
from kg.paths import LANG_DIR

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One event trigger form: token sequence, event class and argument frame."""

    kind: str
    frame: str
    form: Phrase
    target_preps: frozenset[str]


@dataclass(frozen=True)
class LangResources:
    """Everything a language contributes to the pipeline, as lowercase phrases."""

    lang: str
    leader_titles: frozenset[Phrase]
    official_titles: frozenset[Phrase]
    generic_titles: frozenset[Phrase]  # "leader", "pemimpin": say nothing about which country without one named
    former_words: frozenset[str]
    role_modifiers: frozenset[str]
    person_cues: frozenset[str]
    name_connectors: frozenset[str]
    inner_name_words: frozenset[str]
    org_heads: frozenset[Phrase]
    org_cues: frozenset[Phrase]  # "kantor berita X", "news agency X": X is an organisation
    org_words: frozenset[str]  # "Islamic Jihad", "Kurdistan Workers": words of organisation names
    place_heads: frozenset[Phrase]
    treaty_heads: frozenset[Phrase]
    treaty_generic_tails: frozenset[str]
    quantifiers: frozenset[str]  # "sejumlah nota kesepahaman", "several agreements"
    not_names: frozenset[str]
    not_person_words: frozenset[str]  # capitalised words of event and document titles, never in a person's name
    not_person_suffixes: tuple[str, ...]
    preps: dict[str, frozenset[str]]
    coordination: frozenset[str]
    relative: frozenset[str]
    complementisers: frozenset[str]
    negation: frozenset[str]
    modality: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_singular: frozenset[str]  # "saya", "I": the speaker of the quotation they stand in
    first_plural: frozenset[str]  # "kami", "we"
    return_words: frozenset[str]
    light_verbs: frozenset[str]  # "held talks", "mengadakan pertemuan": the subject takes part in the event noun
    plural_anaphora: dict[str, frozenset[Phrase]]
    leader_anaphora: tuple[tuple[Phrase, Phrase], ...]  # (words before {X}, words after {X})
    capital_words: frozenset[Phrase]
    triggers: tuple[Trigger, ...]
    treaty_signing: frozenset[Phrase]
    sanction_blockers: frozenset[Phrase]

    @property
    def titles(self) -> frozenset[Phrase]:
        return self.leader_titles | self.official_titles

    @property
    def max_title_len(self) -> int:
        return max((len(t) for t in self.titles), default=1)


def phrase(text: str) -> Phrase:
    """Lowercase tokens as spaCy splits them: "secretary-general" → ("secretary", "-", "general")."""
    return tuple(text.lower().replace("-", " - ").split())


def _phrases(items: list[str]) -> frozenset[Phrase]:
    return frozenset(phrase(item) for item in items)


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(item.lower() for item in items)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"missing language resource {path}") from exc
    except json.JSONDecodeError as exc:
        raise ResourceError(f"malformed language resource {path}: {exc}") from exc


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "lexicon.json").exists()))


@cache
def load(lang: str) -> LangResources:
    folder = LANG_DIR / lang
    if not (folder / "lexicon.json").exists():
        raise LanguageError(f"no pipeline for language {lang!r} (have: {', '.join(available_languages())})")
    lex = _read(folder / "lexicon.json")
    trig = _read(folder / "triggers.json")
    anaphora = []
    for pattern in lex["singular_anaphora"]["leader"]:
        before, _, after = pattern.partition("{X}")
        anaphora.append((phrase(before), phrase(after)))
    triggers = tuple(
        Trigger(t["kind"], t["frame"], phrase(form), _words(t.get("target_preps", [])))
        for t in trig["triggers"]
        for form in t["forms"]
    )
    return LangResources(
        lang=lang,
        leader_titles=_phrases(lex["titles"]["leader"]),
        official_titles=_phrases(lex["titles"]["official"]),
        generic_titles=_phrases(lex["titles"].get("generic", [])),
        former_words=_words(lex["titles"]["former"]),
        role_modifiers=_words(lex["role_modifiers"]),
        person_cues=_words(lex["person_cues"]),
        name_connectors=_words(lex["name_connectors"]),
        inner_name_words=_words(lex["inner_name_words"]),
        org_heads=_phrases(lex["org_heads"]),
        org_cues=_phrases(lex.get("org_cues", [])),
        org_words=_words(lex.get("org_words", [])),
        place_heads=_phrases(lex["place_heads"]),
        treaty_heads=_phrases(lex["treaty_heads"]),
        treaty_generic_tails=_words(lex["treaty_generic_tails"]),
        quantifiers=_words(lex.get("quantifiers", [])),
        not_names=_words(lex["not_names"]),
        not_person_words=_words(lex.get("not_person_words", [])),
        not_person_suffixes=tuple(lex.get("not_person_suffixes", [])),
        preps={name: _words(items) for name, items in lex["prepositions"].items()},
        coordination=_words(lex["coordination"]),
        relative=_words(lex["relative"]),
        complementisers=_words(lex["complementisers"]),
        negation=_words(lex["negation"]),
        modality=_words(lex["modality"]),
        person_pronouns=_words(lex["pronouns"]["person_singular"]),
        plural_pronouns=_words(lex["pronouns"]["plural"]),
        first_singular=_words(lex["pronouns"].get("first_singular", [])),
        first_plural=_words(lex["pronouns"].get("first_plural", [])),
        return_words=_words(lex["return_words"]),
        light_verbs=_words(lex.get("light_verbs", [])),
        plural_anaphora={k: _phrases(v) for k, v in lex["plural_anaphora"].items()},
        leader_anaphora=tuple(anaphora),
        capital_words=_phrases(lex["capital_words"]),
        triggers=triggers,
        treaty_signing=_phrases(trig["treaty_signing"]),
        sanction_blockers=_phrases(trig["sanction_blockers"]),
    )
