"""Entries and surface forms from our own lexicons (``kg/lang/<lang>/aliases.json``): new entries (no QID, or a
QID of the shared tables), per-language forms and blocks on existing entries, and lexicon entries folded into the
verified entry of the same name."""


from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.errors import ResourceError
from kg.gazetteer.entry import SUBTYPES, GazetteerEntry
from kg.gazetteer.files import (
    read_json,
)
from kg.gazetteer.table import EntryTable
from kg.model import EntityType
from kg.text import normalise


class LexiconEntries(EntryTable):
    """Adds our lexicons' entries and forms to the table."""

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
