"""Where the project's data lives.

The built gazetteer and trained models sit in ``data/`` at the project root
(committed, so a fresh clone needs nothing else); ``NEWSKG_DATA`` overrides it.
Per-language lexicons ship inside the package (``kg/lang/<code>/``), like
spaCy's ``spacy/lang``.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
LANG_DIR = PACKAGE_DIR / "lang"


def data_dir() -> Path:
    return Path(os.environ.get("NEWSKG_DATA", PROJECT_DIR / "data"))


def gazetteer_dir() -> Path:
    return data_dir() / "gazetteer"


def ontology_dir() -> Path:
    return Path(os.environ.get("NEWSKG_ONTOLOGY", PROJECT_DIR / "ontology"))


def queries_dir() -> Path:
    return Path(os.environ.get("NEWSKG_QUERIES", PROJECT_DIR / "queries"))
