"""The runtime gazetteer: the committed ``entries.jsonl`` loaded into an index by QID, key, text and word.

:func:`load` reads ``data/gazetteer`` (or the copy shipped in the package, see
:mod:`kg.paths`) once per directory; :class:`Gazetteer` answers lookups by normalised
text (:func:`kg.text.normalise`) and gives the surface forms a spaCy ``PhraseMatcher``
needs. Building the file is :mod:`kg.gazetteer.builder`'s job.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg import paths
from kg.errors import ResourceError
from kg.gazetteer.entry import GazetteerEntry, SurfaceForm, sort_key
from kg.gazetteer.files import ENTRIES_FILE, read_json
from kg.model import EntityType
from kg.text import is_case_sensitive, normalise, slug, spelling_variants


class Gazetteer:
    """Loaded gazetteer: lookup by QID, key or text, and surface forms per language."""

    def __init__(self, entries: Iterable[GazetteerEntry], directory: Path | None = None) -> None:
        self.entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self.directory = directory
        self._by_key: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            if entry.key in self._by_key:
                raise ResourceError(f"gazetteer has two entries with key {entry.key}")
            self._by_key[entry.key] = entry
        for entry in self.entries:  # a lexicon entry folded into a verified one keeps its old key
            if entry.qid and "newskg lexicon" in entry.source:
                self._by_key.setdefault(f"local:{slug(entry.name_en)}", entry)
        # normalised text -> entries; lang None = every language
        self._index: dict[str, list[tuple[GazetteerEntry, str | None]]] = defaultdict(list)
        for entry in self.entries:  # each name normalised once (~11,000 names: a third of the load's CPU)
            seen: set[tuple[str, str | None]] = set()
            names: list[tuple[str, str | None]] = [
                (text, None) for text in (entry.name_en, entry.name_id, *entry.aliases, entry.acronym) if text]
            for text, lang in names + [(text, lang) for lang, text in entry.lang_forms]:
                key = (normalise(text), lang)
                if key not in seen:
                    seen.add(key)
                    self._index[key[0]].append((entry, lang))
        self._forms: dict[str, tuple[SurfaceForm, ...]] = {}
        self._words: dict[str, list[GazetteerEntry]] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.entries)} entries from {self.directory})"

    def by_qid(self, qid: str) -> GazetteerEntry | None:
        """The entry with this Wikidata QID, or None."""
        return self._by_key.get(qid) if qid.startswith("Q") else None

    def by_key(self, key: str) -> GazetteerEntry | None:
        """The entry with this :attr:`GazetteerEntry.key` (QID or ``local:…``), or None."""
        return self._by_key.get(key)

    def lookup(self, text: str, lang: str | None = None) -> list[GazetteerEntry]:
        """Entries whose name normalises like ``text``, best prior first.

        Case, accents, hyphens, dots and spacing are ignored ("Kim Jong-un" =
        "Kim Jong Un", "U.S." = "US"); a leading English "the" is tried without
        when nothing matches. With ``lang``, only that language's
        language-specific forms count (so ``lookup("AS", "en")`` finds nothing).
        Case-sensitivity is a matching concern, not a lookup one.
        """
        forms_of: tuple[str, ...] | None = None
        if lang is not None:
            from kg import language

            forms_of = language.get(lang).gazetteer_forms
        key = normalise(text)
        hits = self._index.get(key)
        if not hits and key.startswith("the "):
            hits = self._index.get(key[4:])
        if not hits and " of " in key:  # "Republic of Congo": the name's "of the" written without its article
            hits = self._index.get(key.replace(" of ", " of the ", 1))
        result: dict[str, GazetteerEntry] = {}
        for entry, form_lang in hits or ():
            if forms_of is None or form_lang is None or form_lang in forms_of:
                result.setdefault(entry.key, entry)
        return sorted(result.values(), key=lambda e: (-e.prior, sort_key(e)))

    def lookup_words(self, word: str) -> list[GazetteerEntry]:
        """Entries with a name containing ``word`` as a whole normalised word, best prior first.

        For partial mentions ("Putin" → Vladimir Putin): the caller checks the rest of
        the name. A multi-word ``word`` finds nothing.
        """
        if self._words is None:
            index: dict[str, dict[str, GazetteerEntry]] = defaultdict(dict)
            for entry in self.entries:
                for name in entry.names():
                    for token in normalise(name).split():
                        index[token].setdefault(entry.key, entry)
            self._words = {
                token: sorted(found.values(), key=lambda e: (-e.prior, sort_key(e)))
                for token, found in index.items()
            }
        key = normalise(word)
        return list(self._words.get(key, ())) if key and " " not in key else []

    def surface_forms(self, lang: str) -> Iterator[SurfaceForm]:
        """Everything to match in ``lang`` text, for a spaCy ``PhraseMatcher``.

        Per entry: the names of the language's registry entry (``[gazetteer] names``: the English
        name, and the Indonesian one in Indonesian), the neutral aliases, the acronym and the
        forms of the languages in ``[gazetteer] forms``, each with spelling variants (hyphen/space,
        accents, apostrophes). One-character forms are skipped.
        """
        from kg.language import normalise as normalise_lang

        lang = normalise_lang(lang)
        if lang not in self._forms:
            self._forms[lang] = tuple(self._make_forms(lang))
        return iter(self._forms[lang])

    def _make_forms(self, lang: str) -> Iterator[SurfaceForm]:
        from kg import language

        info = language.get(lang)
        for entry in self.entries:
            texts = [text for name in info.gazetteer_names if (text := getattr(entry, name))]
            texts += list(entry.aliases)
            if entry.acronym:
                texts.append(entry.acronym)
                if _written_in_capitals_too(entry.acronym):
                    texts.append(entry.acronym.upper())  # "Caricom" is written "CARICOM" as often
            texts += [text for form_lang, text in entry.lang_forms if form_lang in info.gazetteer_forms]
            seen: set[str] = {text for form_lang, text in entry.blocked if form_lang in info.gazetteer_forms}
            for text in texts:
                sensitive = is_case_sensitive(text)
                for variant in spelling_variants(text):
                    if len(variant) < 2 or variant in seen:
                        continue
                    seen.add(variant)
                    yield SurfaceForm(variant, entry, sensitive)

    def demonyms(self, lang: str) -> dict[str, GazetteerEntry]:
        """Nationality words of ``lang`` ("Russian" → Russia) from ``kg/lang/<lang>/demonyms.json``."""
        from kg.language import normalise as normalise_lang

        return _load_demonyms(self, paths.LANG_DIR / normalise_lang(lang) / "demonyms.json")




MIXED_CASE_ACRONYM_LETTERS = 4  # "Caricom", "Mercosur": short ones ("Un") are words as well


def _written_in_capitals_too(acronym: str) -> bool:
    """An acronym the gazetteer spells in mixed case, one word of letters ("Caricom", "Mercosur", "Frontex"): the
    press writes it in capitals too ("CARICOM"); an acronym matches as written, so its capitals are a form of it."""
    return acronym.isalpha() and len(acronym) >= MIXED_CASE_ACRONYM_LETTERS and not acronym.isupper() \
        and acronym[:1].isupper()


def _load_demonyms(gazetteer: Gazetteer, path: Path) -> dict[str, GazetteerEntry]:
    """``{"demonyms": {word: QID}, "countries": {QID: English name}}``; the names guard the QIDs."""
    data = read_json(path)
    guard = data.get("countries", {})
    result: dict[str, GazetteerEntry] = {}
    for form, qid in data.get("demonyms", {}).items():
        entry = gazetteer.by_qid(qid)
        if entry is None or entry.type is not EntityType.COUNTRY:
            raise ResourceError(f"{path}: {form!r} → {qid}, which is not a country of the gazetteer")
        if qid in guard and normalise(guard[qid]) not in {normalise(n) for n in entry.names()}:
            raise ResourceError(f"{path}: {qid} is {entry.name_en!r}, not {guard[qid]!r}; wrong QID?")
        result[form] = entry
    return result




def load(directory: Path | str | None = None) -> Gazetteer:
    """The gazetteer in ``directory`` (default :func:`kg.paths.gazetteer_dir`), cached per path.

    Raises :class:`~kg.errors.ResourceError` when it is missing or malformed.
    """
    path = Path(directory) if directory is not None else paths.gazetteer_dir()
    return _load_cached(path.resolve())


@functools.lru_cache(maxsize=4)
def _load_cached(directory: Path) -> Gazetteer:
    entries_path = directory / ENTRIES_FILE
    if not entries_path.is_file():
        raise ResourceError(
            f"gazetteer not found: {entries_path}",
            hint="Build it with `kg gazetteer --source ../shared/data/wikidata --out data/gazetteer` "
            "(or `make gazetteer`), or point NEWSKG_DATA at a data folder that has gazetteer/.",
        )
    entries = []
    with entries_path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                entries.append(GazetteerEntry.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                raise ResourceError(f"{entries_path}:{number}: malformed gazetteer entry ({error})") from None
    return Gazetteer(entries, directory)


def clear_cache() -> None:
    """Forget loaded gazetteers (tests, or after a rebuild in the same process)."""
    _load_cached.cache_clear()

