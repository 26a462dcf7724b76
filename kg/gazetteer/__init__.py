"""The gazetteer: known countries, places, organisations and people, with Wikidata QIDs.

Two halves, in separate modules:

* the **runtime index** (:mod:`kg.gazetteer.index`): :func:`load` reads the committed
  ``data/gazetteer/entries.jsonl`` into a :class:`Gazetteer` that offers lookup by QID or
  by normalised text (:func:`kg.text.normalise`) and the surface forms that feed a spaCy
  ``PhraseMatcher``;
* the **build** (:mod:`kg.gazetteer.builder`, with :mod:`~kg.gazetteer.aliases` for alias
  cleaning and :mod:`~kg.gazetteer.sources` for ``SOURCES.md``): :func:`build` turns the
  shared, verified TSVs plus our verified supplement and lexicons into ``data/gazetteer/``.

Why surface forms carry ``case_sensitive``: "AS" is the United States in Indonesian but
the word "as" in English, "US" is not "us", and single words such as "Turkey", "Chad",
"Nice" or "Padang" are ordinary lowercase words in English or Indonesian. So acronym-like
forms (no lowercase letter) and single-word forms must match exactly as written, while
multi-word names ("korea utara", "united nations security council") can match on
lowercase (:func:`kg.text.is_case_sensitive`). Forms can also be language-specific
(``lang_forms``): "AS" is Indonesian only. And a name can be kept out of one language's
matching (``blocked``) when it is an everyday word there: "Lima" is "five" and "Anda" is
"you" in Indonesian.
"""

from kg.gazetteer.builder import (
    EXTRA_FILE,
    EXTRA_SOURCE,
    SUBTYPES,
    TSV_FILES,
    BuildReport,
    build,
    build_command,
)
from kg.gazetteer.entry import GazetteerEntry, SurfaceForm
from kg.gazetteer.files import DROPPED_FILE, ENTRIES_FILE, SCHEMA_VERSION, SOURCES_FILE, STATS_FILE
from kg.gazetteer.index import Gazetteer, clear_cache, load
from kg.text import is_case_sensitive, normalise, slug, strip_accents  # were defined here; kg.text owns them now

__all__ = [
    "DROPPED_FILE",
    "ENTRIES_FILE",
    "EXTRA_FILE",
    "EXTRA_SOURCE",
    "SCHEMA_VERSION",
    "SOURCES_FILE",
    "STATS_FILE",
    "SUBTYPES",
    "TSV_FILES",
    "BuildReport",
    "Gazetteer",
    "GazetteerEntry",
    "SurfaceForm",
    "build",
    "build_command",
    "clear_cache",
    "is_case_sensitive",
    "load",
    "normalise",
    "slug",
    "strip_accents",
]
