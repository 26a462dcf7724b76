"""Entries from the shared, verified Wikidata tables (``../shared/data/wikidata``: countries, places,
organizations, people) and our verified supplement (``data/wikidata-extra``): rows read, aliases cleaned, priors
set, and aliases two entries of one type share marked ambiguous."""


from __future__ import annotations

import csv
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kg.errors import ResourceError
from kg.gazetteer.aliases import clean_aliases
from kg.gazetteer.entry import SUBTYPES, GazetteerEntry
from kg.gazetteer.table import EntryTable
from kg.model import EntityType
from kg.text import normalise

TSV_FILES = ("countries.tsv", "places.tsv", "organizations.tsv", "people.tsv")
EXTRA_SOURCE = "newskg verified supplement data/wikidata-extra/verified.tsv"


def _read_tsv(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    if not path.is_file():
        raise ResourceError(
            f"gazetteer source file missing: {path}",
            hint="Pass --source the folder with countries.tsv, places.tsv, organizations.tsv and "
            "people.tsv (../shared/data/wikidata).",
        )
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise ResourceError(f"{path}: missing columns {missing}")
        rows = []
        for number, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                raise ResourceError(f"{path}:{number}: wrong number of columns")
            rows.append({k: v.strip() for k, v in row.items()})
    return rows


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _place_prior(population: str, feature: str) -> float:
    try:
        people = max(float(population), 1.0)
    except ValueError:
        people = 1.0
    prior = min(1.0, max(0.3, math.log10(people) / 8))
    if feature.startswith("capital (dependency"):
        prior = max(prior, 0.7)
    elif feature.startswith("capital"):
        prior = max(prior, 0.85)
    elif "province" in feature:
        prior = max(prior, 0.6)
    return round(prior, 3)


def _org_subtype(kind: str) -> str | None:
    if kind == "news agency":
        return "NewsAgency"
    if kind.startswith("international organisation"):
        return "InternationalOrganization"
    return None


def _person_prior_and_subtype(source: str, role: str) -> tuple[float, str | None]:
    segments = [s.strip() for s in role.split(" | ")]
    head_of_indonesia = any(re.match(r"President( of Indonesia)? \(", s) for s in segments)
    if "world-leaders-current" in source:
        return 0.85, "Leader"
    if "world-leaders-2021" in source:
        return 0.75, "Leader"
    if head_of_indonesia:
        return 0.75, "Leader"
    if re.search(r"Minister|President|Governor|Chief|Commander|Attorney|Speaker", role):
        return 0.6, None
    return 0.35, None


class SharedRows(EntryTable):
    """Adds the rows of the shared tables and the supplement to the table."""

    def countries(self) -> None:
        cols = ("qid", "iso2", "iso3", "name_en", "name_id", "formal_en", "aliases", "source")
        for row in _read_tsv(self.source_dir / "countries.tsv", cols):
            names = [row["name_en"], row["name_id"]]
            aliases, dropped = clean_aliases(
                [*_split(row["formal_en"]), *_split(row["aliases"])],
                names,
                "countries",
                row["qid"],
                row["iso3"],
            )
            self.drop("countries", row["qid"], dropped)
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.COUNTRY,
                    name_en=row["name_en"],
                    name_id=row["name_id"] or None,
                    aliases=tuple(aliases),
                    prior=0.8 if row["iso2"] else 0.6,
                    source=row["source"],
                )
            )

    def places(self) -> None:
        cols = ("qid", "name_en", "name_id", "country_qid", "feature", "population", "aliases", "source")
        for row in _read_tsv(self.source_dir / "places.tsv", cols):
            if row["qid"] in self.entries:  # city-states (Singapore, Monaco …) are countries
                self.merged_places.append(row["qid"])
                continue
            names = [row["name_en"], row["name_id"]]
            aliases, dropped = clean_aliases(_split(row["aliases"]), names, "places", row["qid"], None)
            self.drop("places", row["qid"], dropped)
            feature = row["feature"]
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.PLACE,
                    name_en=row["name_en"] or row["name_id"],
                    name_id=row["name_id"] or None,
                    aliases=tuple(aliases),
                    subtype="City" if ("capital" in feature or "city" in feature) else None,
                    country=row["country_qid"] or None,
                    prior=_place_prior(row["population"], feature),
                    source=row["source"],
                    role=feature or None,
                )
            )

    def organizations(self) -> None:
        cols = ("qid", "name_en", "name_id", "acronym", "aliases", "kind", "source")
        for row in _read_tsv(self.source_dir / "organizations.tsv", cols):
            names = [row["name_en"], row["name_id"], row["acronym"]]
            aliases, dropped = clean_aliases(
                _split(row["aliases"]), names, "organizations", row["qid"], None
            )
            self.drop("organizations", row["qid"], dropped)
            kind = row["kind"]
            subtype = _org_subtype(kind)
            if subtype == "NewsAgency":
                prior = 0.6
            elif kind.startswith("cabinet"):
                prior = 0.3
            else:
                prior = 0.75 if row["name_id"] else 0.55 if row["acronym"] else 0.45
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.ORGANIZATION,
                    name_en=row["name_en"],
                    name_id=row["name_id"] if row["name_id"] and row["name_id"] != row["name_en"] else None,
                    aliases=tuple(aliases),
                    acronym=row["acronym"] if row["acronym"] and row["acronym"] != row["name_en"] else None,
                    subtype=subtype,
                    country="Q252" if "government of Indonesia" in kind else None,
                    prior=prior,
                    source=row["source"],
                )
            )

    def extra(self, path: Path) -> None:
        """Add the verified supplement; rows whose QID the shared tables already have are skipped.

        Why skipped rather than merged: the shared tables are the reviewed source, and a
        supplement row must never change what they say about an entity.
        """
        cols = ("qid", "type", "subtype", "name_en", "name_id", "aliases", "country", "role", "evidence")
        rows = _read_tsv(path, cols)
        self.extra_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        for number, row in enumerate(rows, start=2):
            where = f"{path}:{number}"
            if not re.fullmatch(r"Q[1-9][0-9]*", row["qid"]) or not row["evidence"]:
                raise ResourceError(f"{where}: needs a QID and its evidence")
            if row["qid"] in self.entries:
                continue
            try:
                entry_type = EntityType(row["type"])
            except ValueError:
                raise ResourceError(f"{where}: unknown type {row['type']!r}") from None
            subtype = row["subtype"] or None
            if subtype is not None and subtype not in SUBTYPES:
                raise ResourceError(f"{where}: subtype {subtype!r} not one of {SUBTYPES}")
            country = row["country"] or None
            if country is not None and self._entry_of_type(country, EntityType.COUNTRY) is None:
                raise ResourceError(f"{where}: country {country} is not a country QID of the gazetteer")
            prior = {EntityType.PERSON: 0.75 if subtype == "Leader" else 0.5,
                     EntityType.PLACE: 0.7, EntityType.COUNTRY: 0.6}.get(entry_type, 0.6)
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=entry_type,
                    name_en=row["name_en"],
                    name_id=row["name_id"] or None,
                    aliases=tuple(a for a in _split(row["aliases"]) if a != row["name_en"]),
                    subtype=subtype,
                    country=country,
                    prior=prior,
                    source=EXTRA_SOURCE,
                    role=row["role"] or None,
                )
            )
            self.extra_entries += 1

    def _country_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for entry in self.entries.values():
            if entry.type is EntityType.COUNTRY:
                for name in entry.names():
                    index.setdefault(normalise(name), entry.qid or "")
        return index

    def people(self) -> None:
        countries = self._country_index()
        cols = ("qid", "name_en", "aliases", "role", "source")
        for row in _read_tsv(self.source_dir / "people.tsv", cols):
            aliases, dropped = clean_aliases(
                _split(row["aliases"]), [row["name_en"]], "people", row["qid"], None
            )
            self.drop("people", row["qid"], dropped)
            prior, subtype = _person_prior_and_subtype(row["source"], row["role"])
            self.add(
                GazetteerEntry(
                    qid=row["qid"],
                    type=EntityType.PERSON,
                    name_en=row["name_en"],
                    aliases=tuple(aliases),
                    subtype=subtype,
                    country=self._person_country(row, countries),
                    prior=prior,
                    source=row["source"],
                    role=row["role"] or None,
                )
            )

    @staticmethod
    def _person_country(row: dict[str, str], countries: dict[str, str]) -> str | None:
        """Country from the role text ("President of the United States (…)", "[Indonesia, …]")."""
        if "indonesia-ministers" in row["source"] and "world-leaders" not in row["source"]:
            return "Q252"
        for segment in row["role"].split(" | "):
            candidates = re.findall(r"\bof (?:the )?([A-Z][^()\[\]|]*?)\s*(?:\(|\[|$)", segment)
            candidates += re.findall(r"\[([A-Z][^,\]]*),", segment)
            for candidate in candidates:
                words = candidate.split()
                for size in range(len(words), 0, -1):  # longest country name at the end
                    qid = countries.get(normalise(" ".join(words[-size:])))
                    if qid:
                        return qid
        return None

    def ambiguity(self) -> None:
        """Drop source aliases that name another entry, or that two places/countries share.

        An alias equal to another entry's *name* belongs to that entry ("Kuwait"
        is the country, not Kuwait City's alias). Two geographic entries sharing
        an alias ("Congo") cannot be told apart by it, so neither keeps it (the
        shared TSVs applied the same rule to countries). Organisations' shared
        acronyms and people's namesakes are kept: they are real, and context
        decides.
        """
        names: dict[str, set[str]] = defaultdict(set)
        geo_aliases: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries.values():
            for name in (entry.name_en, entry.name_id, entry.acronym):
                if name:
                    names[normalise(name)].add(entry.key)
            if entry.type in (EntityType.COUNTRY, EntityType.PLACE):
                for alias in entry.aliases:
                    geo_aliases[normalise(alias)].add(entry.key)
        for key, entry in list(self.entries.items()):
            kept = []
            for alias in entry.aliases:
                norm = normalise(alias)
                owners = names.get(norm, set()) - {key}
                if owners:
                    reason = f"name of {', '.join(sorted(owners))}"
                elif entry.type in (EntityType.COUNTRY, EntityType.PLACE) and len(geo_aliases[norm]) > 1:
                    reason = f"shared with {', '.join(sorted(geo_aliases[norm] - {key}))}"
                else:
                    kept.append(alias)
                    continue
                file = {"Country": "countries", "Place": "places", "Organization": "organizations"}.get(
                    entry.type.value, "people"
                )
                self.dropped.append((file, key, alias, f"ambiguous: {reason}"))
            if len(kept) != len(entry.aliases):
                self.entries[key] = replace(entry, aliases=tuple(kept))

    def leaders_raise_country_priors(self) -> None:
        """Countries that have a head of state/government in the data are sovereign: prior 0.95."""
        governed = {e.country for e in self.entries.values() if e.subtype == "Leader" and e.country}
        for qid in governed:
            entry = self._entry_of_type(qid, EntityType.COUNTRY)
            if entry is not None:
                self.entries[qid] = replace(entry, prior=0.95)
