"""Where the project's data lives: the source tree when running from a checkout, the package otherwise.

The repository keeps the ontology and shapes (``ontology/``), the shipped queries
(``queries/``), the built gazetteer and trained models (``data/``) at its top level: the
README, ``kg gazetteer`` and the dev-set scorer use those paths, and a fresh clone needs
nothing else. A wheel cannot install top-level folders next to the package, so the build
(``setup.py``) copies them into ``kg/shipped/``; an installed ``kg`` reads them from there.
``NEWSKG_DATA``, ``NEWSKG_ONTOLOGY`` and ``NEWSKG_QUERIES`` override either. Per-language
lexicons live inside the package (``kg/lang/<code>/``), like spaCy's ``spacy/lang``.

What a run derives from that data and may keep to save the next run the work (the token sequences of
the gazetteer's phrase patterns, :mod:`kg.nlp.phrase_tokens`) goes to :func:`cache_dir`.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
"""The checkout (when running from one): the folder holding ``pyproject.toml``."""
SHIPPED_DIR = PACKAGE_DIR / "shipped"
"""The copies of ``ontology/``, ``queries/`` and ``data/`` that an installed (non-editable) package carries."""
LANG_DIR = PACKAGE_DIR / "lang"
SHIPPED = ("ontology", "queries", "data/gazetteer", "data/models")
"""What the wheel carries, relative to the project root (read by ``setup.py``)."""


def in_source_tree() -> bool:
    """Whether ``kg`` runs from a checkout (an editable install or the tests), not from an installed copy."""
    return (PROJECT_DIR / "pyproject.toml").is_file() and (PROJECT_DIR / "ontology").is_dir()


def resource_root() -> Path:
    """The folder holding ``ontology/``, ``queries/`` and ``data/``: the checkout, else :data:`SHIPPED_DIR`."""
    return PROJECT_DIR if in_source_tree() else SHIPPED_DIR


def data_dir() -> Path:
    return Path(os.environ.get("NEWSKG_DATA") or resource_root() / "data")


def gazetteer_dir() -> Path:
    return data_dir() / "gazetteer"


def ontology_dir() -> Path:
    return Path(os.environ.get("NEWSKG_ONTOLOGY") or resource_root() / "ontology")


def queries_dir() -> Path:
    return Path(os.environ.get("NEWSKG_QUERIES") or resource_root() / "queries")


CACHE_ENV = "NEWSKG_CACHE"


def cache_dir() -> Path | None:
    """Where derived data is cached between runs: ``NEWSKG_CACHE``, else ``$XDG_CACHE_HOME/newskg`` (by default
    ``~/.cache/newskg``); ``None`` (no cache) when ``NEWSKG_CACHE`` is set but empty."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newskg"
