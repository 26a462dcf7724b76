"""One known thing (:class:`GazetteerEntry`) and one string to match for it (:class:`SurfaceForm`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from kg.model import EntityType
from kg.text import slug

SUBTYPES = ("City", "InternationalOrganization", "NewsAgency", "Agency", "Leader")
"""The values ``GazetteerEntry.subtype`` may take (classes of the ontology)."""

_TYPE_ORDER = {t.value: i for i, t in enumerate(sorted(EntityType, key=lambda t: t.value))}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known thing.

    ``qid`` is the verified Wikidata id (``None`` for entries from our own
    lexicons that the shared TSVs do not have). ``aliases`` are language-neutral
    names; ``lang_forms`` are ``(lang, text)`` forms valid in one language only
    (e.g. ``("id", "AS")``); ``blocked`` are ``(lang, text)`` names that are not
    matched in that language's text because they are common words there
    (``("id", "Lima")``); lookup still finds them. ``country`` is the country QID for places, people
    and national bodies where known. ``prior`` in [0, 1] is a popularity prior
    for disambiguation (population for places; sovereign countries and current
    leaders high). ``role``: for people the offices held, as stated by the
    source with its snapshot date; for places the Natural Earth feature class
    ("capital", "admin-1 capital", "city" …). ``source`` names the rows' origin.
    """

    qid: str | None
    type: EntityType
    name_en: str
    name_id: str | None = None
    aliases: tuple[str, ...] = ()
    acronym: str | None = None
    subtype: str | None = None
    country: str | None = None
    prior: float = 0.5
    source: str = ""
    role: str | None = None
    lang_forms: tuple[tuple[str, str], ...] = ()
    blocked: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        """Stable identity: the QID, else ``local:<slug of name_en>``."""
        return self.qid or f"local:{slug(self.name_en)}"

    def names(self, lang: str | None = None) -> tuple[str, ...]:
        """All written forms: English and Indonesian names, aliases, acronym, and
        the ``lang_forms`` of ``lang`` (of every language when ``lang`` is None)."""
        forms = [self.name_en, self.name_id, *self.aliases, self.acronym]
        forms += [text for form_lang, text in self.lang_forms if lang is None or form_lang == lang]
        return tuple(dict.fromkeys(f for f in forms if f))

    def to_json(self) -> dict[str, Any]:
        """JSON object with a fixed key order; empty fields are omitted to keep the file small."""
        record: dict[str, Any] = {
            "qid": self.qid,
            "type": self.type.value,
            "name_en": self.name_en,
            "name_id": self.name_id,
            "aliases": list(self.aliases),
            "acronym": self.acronym,
            "subtype": self.subtype,
            "country": self.country,
            "prior": self.prior,
            "role": self.role,
            "lang_forms": [list(pair) for pair in self.lang_forms],
            "blocked": [list(pair) for pair in self.blocked],
            "source": self.source,
        }
        return {k: v for k, v in record.items() if v not in (None, [], "") or k == "qid"}

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> GazetteerEntry:
        return cls(
            qid=record.get("qid"),
            type=EntityType(record["type"]),
            name_en=record["name_en"],
            name_id=record.get("name_id"),
            aliases=tuple(record.get("aliases", ())),
            acronym=record.get("acronym"),
            subtype=record.get("subtype"),
            country=record.get("country"),
            prior=float(record.get("prior", 0.5)),
            source=record.get("source", ""),
            role=record.get("role"),
            lang_forms=tuple((lang, text) for lang, text in record.get("lang_forms", ())),
            blocked=tuple((lang, text) for lang, text in record.get("blocked", ())),
        )


class SurfaceForm(NamedTuple):
    """A string to match in text. ``text`` is as written; when ``case_sensitive`` is
    False, match it on lowercase (spaCy ``PhraseMatcher(attr="LOWER")``), else on
    ``ORTH``. Lowercase matching is meant for capitalisation variants ("Dewan keamanan
    PBB"); a span that is all lowercase in the text ("tepi barat sungai") is usually an
    ordinary phrase, so a matcher should require the capitals of the form."""

    text: str
    entry: GazetteerEntry
    case_sensitive: bool




def sort_key(entry: GazetteerEntry) -> tuple[int, int, str]:
    """Type, then numeric QID, then (entries without QID, last) English name."""
    qid_number = int(entry.qid[1:]) if entry.qid else 1 << 62
    return (_TYPE_ORDER[entry.type.value], qid_number, entry.name_en if not entry.qid else "")

