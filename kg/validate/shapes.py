"""The ontology and the SHACL shapes every graph is validated against, parsed once per process."""

from __future__ import annotations

import functools
from pathlib import Path

from rdflib import Graph

from kg.errors import ResourceError
from kg.paths import ontology_dir

__all__ = ["ONTOLOGY_FILE", "SHAPES_FILE", "ontology_graph", "shapes_graph"]

ONTOLOGY_FILE = "newskg.ttl"
SHAPES_FILE = "shapes.ttl"


@functools.lru_cache(maxsize=8)
def _load_turtle(path: Path) -> Graph:
    if not path.is_file():
        raise ResourceError(f"missing ontology file {path}", hint="Set NEWSKG_ONTOLOGY or restore ontology/.")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser-specific types
        raise ResourceError(f"cannot parse {path}: {exc}") from exc
    return graph


def ontology_graph() -> Graph:
    """The ontology (``newskg.ttl`` in :func:`kg.paths.ontology_dir`), parsed once. Do not mutate it."""
    return _load_turtle(ontology_dir() / ONTOLOGY_FILE)


def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl`` in :func:`kg.paths.ontology_dir`), parsed once. Do not mutate it."""
    return _load_turtle(ontology_dir() / SHAPES_FILE)
