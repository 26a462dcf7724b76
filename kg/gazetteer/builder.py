"""Building the gazetteer: the shared TSVs, our verified supplement and lexicons → ``data/gazetteer/``.

:func:`build` turns the shared, verified TSVs (``../shared/data/wikidata``: countries,
places, organizations, people), the verified supplement (``data/wikidata-extra``) and our
own lexicons (``kg/lang/<lang>/aliases.json``) into ``entries.jsonl``, ``stats.json``,
``dropped.tsv`` and ``SOURCES.md``. The output is committed, so a fresh clone needs nothing
outside the repository. The build is deterministic (sorted, no timestamps): rebuilding from
the same inputs gives the same bytes, and a diff of ``entries.jsonl`` shows exactly what changed.
Alias cleaning is :mod:`kg.gazetteer.aliases`; ``SOURCES.md`` is :mod:`kg.gazetteer.sources`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg import paths
from kg.errors import ResourceError
from kg.gazetteer.aliases import clean_aliases
from kg.gazetteer.entry import GazetteerEntry, sort_key
from kg.gazetteer.files import (
    DROPPED_FILE,
    ENTRIES_FILE,
    SCHEMA_VERSION,
    SOURCES_FILE,
    STATS_FILE,
    read_json,
    write_atomic,
)
from kg.gazetteer.index import Gazetteer, clear_cache
from kg.gazetteer.sources import licence_of, sources_markdown
from kg.model import EntityType
from kg.text import normalise

TSV_FILES = ("countries.tsv", "places.tsv", "organizations.tsv", "people.tsv")
# Our verified supplement: QIDs the shared tables lack (regions, seas, former leaders, treaties …),
# each row with the public evidence that pairs the name with the QID (data/wikidata-extra/SOURCES.md).
EXTRA_FILE = paths.PROJECT_DIR / "data" / "wikidata-extra" / "verified.tsv"
EXTRA_SOURCE = "newskg verified supplement data/wikidata-extra/verified.tsv"
SUBTYPES = ("City", "InternationalOrganization", "NewsAgency", "Agency", "Leader")


@dataclass(frozen=True)
class BuildReport:
    """What :func:`build` did; ``seconds`` is wall time (not written to the output)."""

    out_dir: Path
    entries: int
    by_type: dict[str, int]
    from_lexicons: int
    surface_forms: dict[str, int]
    dropped_aliases: dict[str, int]
    bytes_written: int
    seconds: float
    files: tuple[Path, ...] = field(default=())
    from_supplement: int = 0  # entries added by the verified supplement (included in ``by_type``)

    def __str__(self) -> str:
        return self.summary()

    def summary(self) -> str:
        types = ", ".join(f"{count} {name}" for name, count in self.by_type.items())
        forms = ", ".join(f"{lang}: {count}" for lang, count in self.surface_forms.items())
        dropped = sum(self.dropped_aliases.values())
        return (
            f"gazetteer: {self.entries} entries ({types}; {self.from_lexicons} of them from our lexicons, "
            f"{self.from_supplement} from the verified supplement)\n"
            f"surface forms: {forms}\n"
            f"aliases dropped: {dropped} (see {self.out_dir / DROPPED_FILE})\n"
            f"wrote {self.bytes_written / 1e6:.2f} MB to {self.out_dir} in {self.seconds:.2f}s"
        )


# Aliases from the sources that are encoding damage or wrong, found by review of places.tsv


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



class _Builder:
    """Holds the state of one build; see :func:`build`."""

    def __init__(self, source_dir: Path, lexicon_dir: Path) -> None:
        self.source_dir = source_dir
        self.lexicon_dir = lexicon_dir
        self.entries: dict[str, GazetteerEntry] = {}
        self.dropped: list[tuple[str, str, str, str]] = []  # file, qid, alias, reason
        self.merged_places: list[str] = []
        self.lexicon_entries = 0
        self.lexicon_hashes: dict[str, str] = {}
        self.extra_entries = 0
        self.extra_hash = ""

    # ---- TSV rows
    def add(self, entry: GazetteerEntry) -> None:
        self.entries[entry.key] = entry

    def drop(self, file: str, qid: str, dropped: Iterable[tuple[str, str]]) -> None:
        self.dropped += [(file, qid, alias, reason) for alias, reason in dropped]

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

    # ---- our lexicons
    def lexicons(self) -> None:
        loaded = []
        from kg.language import SUPPORTED

        for lang in SUPPORTED:
            path = self.lexicon_dir / lang / "aliases.json"
            if not path.is_file():
                continue
            self.lexicon_hashes[f"kg/lang/{lang}/aliases.json"] = hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
            data = read_json(path)
            if data.get("lang") != lang:
                raise ResourceError(f"{path}: 'lang' must be {lang!r}")
            loaded.append((lang, path, data))
        for lang, path, data in loaded:  # new entries first, so forms in any file can refer to them
            for number, item in enumerate(data.get("entries", [])):
                self._lexicon_entry(lang, path, number, item)
        for lang, path, data in loaded:
            for number, item in enumerate(data.get("forms", [])):
                self._lexicon_forms(lang, path, number, item)

    def _lexicon_entry(self, lang: str, path: Path, number: int, item: dict[str, Any]) -> None:
        where = f"{path} entries[{number}]"
        unknown = set(item) - {
            "type", "name_en", "name_id", "aliases", "acronym", "subtype", "country", "prior", "role",
            "forms", "note",
        }  # fmt: skip
        if unknown:
            raise ResourceError(f"{where}: unknown fields {sorted(unknown)}")
        try:
            entry_type = EntityType(item["type"])
            name_en = item["name_en"]
        except (KeyError, ValueError) as error:
            raise ResourceError(f"{where}: needs a valid 'type' and 'name_en' ({error})") from None
        subtype = item.get("subtype")
        if subtype is not None and subtype not in SUBTYPES:
            raise ResourceError(f"{where}: subtype {subtype!r} not one of {SUBTYPES}")
        country = item.get("country")
        if country is not None and self._entry_of_type(country, EntityType.COUNTRY) is None:
            raise ResourceError(f"{where}: country {country} is not a country QID of the shared TSVs")
        forms = tuple((lang, form) for form in item.get("forms", []))
        entry = GazetteerEntry(
            qid=None,
            type=entry_type,
            name_en=name_en,
            name_id=item.get("name_id"),
            aliases=tuple(item.get("aliases", [])),
            acronym=item.get("acronym"),
            subtype=subtype,
            country=country,
            prior=float(item.get("prior", 0.7)),
            source=f"newskg lexicon kg/lang/{lang}/aliases.json",
            role=item.get("role"),
            lang_forms=forms,
        )
        if entry.key in self.entries:
            raise ResourceError(f"{where}: an entry with key {entry.key} already exists")
        self.entries[entry.key] = entry
        self.lexicon_entries += 1

    def _entry_of_type(self, qid: str, entry_type: EntityType) -> GazetteerEntry | None:
        entry = self.entries.get(qid)
        return entry if entry is not None and entry.type is entry_type else None

    def _lexicon_forms(self, lang: str, path: Path, number: int, item: dict[str, Any]) -> None:
        where = f"{path} forms[{number}]"
        unknown = set(item) - {"qid", "key", "name", "forms", "aliases", "exclusive", "block", "note"}
        if unknown:
            raise ResourceError(f"{where}: unknown fields {sorted(unknown)}")
        target = item.get("qid") or item.get("key")
        entry = self.entries.get(target or "")
        if entry is None:
            raise ResourceError(
                f"{where}: {target!r} is not in the gazetteer",
                hint="Use only QIDs of the shared TSVs, or 'key' (local:…) of an entry defined in a lexicon.",
            )
        if item.get("qid") and entry.source.startswith("newskg lexicon"):
            raise ResourceError(f"{where}: {target} is not a QID")
        name = item.get("name")
        if not name or normalise(name) not in {normalise(n) for n in entry.names()}:
            raise ResourceError(
                f"{where}: 'name' {name!r} is not a name of {target} ({entry.name_en}); wrong QID?",
                hint="'name' guards against a mistyped QID: give one of the entry's names.",
            )
        forms = list(item.get("forms", []))
        aliases = list(entry.aliases)
        if item.get("exclusive"):
            aliases = [a for a in aliases if a not in forms]
        for alias in item.get("aliases", []):
            if alias not in aliases and alias not in entry.names():
                aliases.append(alias)
        neutral = {entry.name_en, entry.name_id, entry.acronym, *aliases}
        lang_forms = list(entry.lang_forms)
        for form in forms:
            if form not in neutral and (lang, form) not in lang_forms:
                lang_forms.append((lang, form))
        extra = f" + newskg lexicon kg/lang/{lang}/aliases.json"
        source = (
            entry.source
            if extra in entry.source or entry.source.startswith("newskg")
            else entry.source + extra
        )
        blocked = list(entry.blocked)
        for form in item.get("block", []):
            if form not in entry.names():
                raise ResourceError(f"{where}: cannot block {form!r}: not a name of {target}")
            if (lang, form) not in blocked:
                blocked.append((lang, form))
        self.entries[entry.key] = replace(
            entry, aliases=tuple(aliases), lang_forms=tuple(lang_forms), blocked=tuple(blocked), source=source
        )

    def fold_lexicon_into_verified(self) -> None:
        """A lexicon entry (no QID) named like a verified entry of the same type is that entry.

        Why: our lexicons defined "ASEAN Regional Forum", "Asia", "Group of Seven" … before their
        QIDs were verified; left side by side, the two would be rival candidates for every mention
        and the linker would abstain. The lexicon entry's English name is looked up among all the
        names of the verified entries (the supplement lists "G7" with the alias "Group of Seven"),
        and folded only when exactly one entry has it. The lexicon's forms, aliases and blocks are
        kept on the QID entry.
        """
        by_name: dict[tuple[str, EntityType], set[str]] = defaultdict(set)
        for entry in self.entries.values():
            if entry.qid:
                for name in entry.names():
                    by_name[(normalise(name), entry.type)].add(entry.key)
        for key, local in list(self.entries.items()):
            if local.qid or not local.source.startswith("newskg lexicon"):
                continue
            owners = by_name.get((normalise(local.name_en), local.type), set())
            if len(owners) != 1:
                continue
            target = self.entries[next(iter(owners))]
            names = set(target.names())
            self.entries[target.key] = replace(
                target,
                name_id=target.name_id or local.name_id,
                aliases=tuple(dict.fromkeys([*target.aliases, *(a for a in local.aliases if a not in names)])),
                acronym=target.acronym or local.acronym,
                subtype=target.subtype or local.subtype,
                country=target.country or local.country,
                prior=max(target.prior, local.prior),
                lang_forms=tuple(dict.fromkeys([*target.lang_forms, *local.lang_forms])),
                blocked=tuple(dict.fromkeys([*target.blocked, *local.blocked])),
                source=f"{target.source} + {local.source}",
            )
            del self.entries[key]
            self.lexicon_entries -= 1

    def leaders_raise_country_priors(self) -> None:
        """Countries that have a head of state/government in the data are sovereign: prior 0.95."""
        governed = {e.country for e in self.entries.values() if e.subtype == "Leader" and e.country}
        for qid in governed:
            entry = self._entry_of_type(qid, EntityType.COUNTRY)
            if entry is not None:
                self.entries[qid] = replace(entry, prior=0.95)

    def sorted_entries(self) -> list[GazetteerEntry]:
        return sorted(self.entries.values(), key=sort_key)



def build(
    source_dir: Path | str,
    out_dir: Path | str,
    lexicon_dir: Path | str | None = None,
    extra: Path | str | None = EXTRA_FILE,
) -> BuildReport:
    """Build the gazetteer from the shared TSVs in ``source_dir`` and our lexicons.

    Writes ``entries.jsonl``, ``stats.json``, ``dropped.tsv`` and ``SOURCES.md``
    to ``out_dir`` (each atomically). ``lexicon_dir`` defaults to ``kg/lang``. ``extra`` is the
    verified supplement (default :data:`EXTRA_FILE`; ``None`` builds without one).
    Raises :class:`~kg.errors.ResourceError` on a missing or malformed source, on a
    lexicon entry that does not resolve (e.g. a QID not in the TSVs) and on a supplement
    row whose country the build lacks.
    """
    started = time.perf_counter()
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    if not source_dir.is_dir():
        raise ResourceError(
            f"gazetteer source folder not found: {source_dir}",
            hint="Pass --source ../shared/data/wikidata (the folder with the four TSVs).",
        )
    builder = _Builder(source_dir, Path(lexicon_dir) if lexicon_dir is not None else paths.LANG_DIR)
    builder.countries()
    builder.places()
    builder.organizations()
    builder.people()
    if extra is not None:
        builder.extra(Path(extra))
    builder.ambiguity()
    builder.leaders_raise_country_priors()
    builder.lexicons()
    builder.fold_lexicon_into_verified()
    entries = builder.sorted_entries()
    gazetteer = Gazetteer(entries)
    from kg.language import SUPPORTED

    forms = {lang: sum(1 for _ in gazetteer.surface_forms(lang)) for lang in SUPPORTED}

    lines = [json.dumps(e.to_json(), ensure_ascii=False, separators=(",", ":")) for e in entries]
    dropped_rows = sorted(set(builder.dropped))
    reasons = Counter(re.sub(r":.*", "", reason) for *_, reason in dropped_rows)
    by_type = Counter(e.type.value for e in entries)
    licences = Counter(licence_of(e) for e in entries)
    stats = {
        "schema": SCHEMA_VERSION,
        "entries": len(entries),
        "by_type": dict(sorted(by_type.items())),
        "by_subtype": dict(sorted(Counter(e.subtype or "-" for e in entries).items())),
        "with_qid": sum(1 for e in entries if e.qid),
        "from_lexicons": builder.lexicon_entries,
        "from_verified_supplement": builder.extra_entries,
        "by_licence": dict(sorted(licences.items())),
        "surface_forms": forms,
        "aliases_dropped": dict(sorted(reasons.items())),
        "places_merged_into_countries": sorted(builder.merged_places),
        "people_with_country": sum(1 for e in entries if e.type is EntityType.PERSON and e.country),
        "lexicon_sha256": dict(sorted(builder.lexicon_hashes.items())),
        "supplement_sha256": builder.extra_hash,
        "source_sha256": {
            name: hashlib.sha256((source_dir / name).read_bytes()).hexdigest() for name in TSV_FILES
        },
    }
    dropped_tsv = "file\tqid\talias\treason\n" + "".join("\t".join(row) + "\n" for row in dropped_rows)
    written = 0
    files = (out_dir / ENTRIES_FILE, out_dir / STATS_FILE, out_dir / DROPPED_FILE, out_dir / SOURCES_FILE)
    written += write_atomic(files[0], "\n".join(lines) + "\n")
    written += write_atomic(files[1], json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    written += write_atomic(files[2], dropped_tsv)
    written += write_atomic(files[3], sources_markdown(source_dir, entries, stats))
    clear_cache()
    return BuildReport(
        out_dir=out_dir,
        entries=len(entries),
        by_type=dict(sorted(by_type.items())),
        from_lexicons=builder.lexicon_entries,
        from_supplement=builder.extra_entries,
        surface_forms=forms,
        dropped_aliases=dict(sorted(reasons.items())),
        bytes_written=written,
        seconds=time.perf_counter() - started,
        files=files,
    )


def build_command(source: Path | str, out: Path | str, extra: Path | str | None = EXTRA_FILE) -> BuildReport:
    """CLI hook for ``kg gazetteer --source DIR --out DIR``: build, print a summary, return the report."""
    import click

    report = build(Path(source), Path(out), extra=extra)
    click.echo(report.summary())
    return report

