"""Writing datasets: through rdflib's serialisers, in a stable order (rdflib's own follows the hash seed)."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.errors import InputError
from kg.rdf.terms import bind_prefixes

__all__ = ["FORMATS", "format_for", "serialize", "write"]


FORMATS: dict[str, str] = {
    ".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld",
}
"""File suffix → rdflib format name; ``.ttl`` and ``.nt`` hold the union of all graphs."""


T = TypeVar("T")  # the format values of a suffix table (format_for)


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer with graphs in IRI order (rdflib's own order follows the hash seed)."""

    def __init__(self, store: Graph) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda g: (g.identifier == DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    bind_prefixes(union)
    union.addN((s, p, o, union) for s, p, o, _ in dataset.quads((None, None, None, None)))
    return union


def _sorted_lines(text: str) -> str:
    """Line-based formats (N-Triples, N-Quads): one statement per line, so sorting is safe."""
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def _canonical_json(value: Any, key: str | None = None) -> Any:
    """Sort JSON-LD node and value arrays (sets in RDF) so the output does not depend on hash order."""
    if isinstance(value, dict):
        return {k: _canonical_json(v, k) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """Serialise through rdflib in a stable order. ``fmt``: trig, nquads, turtle, nt or json-ld.

    Binds our prefixes on ``dataset`` first, so a Dataset assembled elsewhere reads the same.
    """
    bind_prefixes(dataset)
    if fmt == "trig":
        buffer = io.BytesIO()
        _SortedTrigSerializer(dataset).serialize(buffer, encoding="utf-8")
        return buffer.getvalue()
    if fmt == "nquads":
        return _sorted_lines(dataset.serialize(format="nquads")).encode("utf-8")
    if fmt == "turtle":
        return _union(dataset).serialize(format="turtle", encoding="utf-8")
    if fmt == "nt":
        return _sorted_lines(_union(dataset).serialize(format="nt")).encode("utf-8")
    if fmt == "json-ld":
        data = json.loads(dataset.serialize(format="json-ld"))
        text = json.dumps(_canonical_json(data), indent=2, ensure_ascii=False, sort_keys=True)
        return (text + "\n").encode("utf-8")
    raise ValueError(f"unknown RDF format {fmt!r}")


def format_for(path: Path, formats: Mapping[str, T], action: str, *, must_exist: bool = False) -> T:
    """The RDF format of ``path`` from its suffix, looked up in ``formats`` (suffix → format).

    An unknown suffix, or a missing file when ``must_exist``, is an :class:`InputError` naming
    the suffixes that would do.
    """
    fmt = formats.get(path.suffix.lower())
    suffixes = ", ".join(formats)
    if fmt is None:
        raise InputError(f"cannot {action} {path}: unknown RDF file suffix {path.suffix!r}",
                         hint=f"Use a file ending in one of: {suffixes}.")
    if must_exist and not path.is_file():
        raise InputError(f"no such file: {path}", hint=f"Give an existing RDF file ({suffixes}).")
    return fmt


def write(dataset: Dataset, path: Path | str) -> Path:
    """Write ``dataset`` to ``path`` in the format its suffix names (see :data:`FORMATS`)."""
    path = Path(path)
    fmt = format_for(path, FORMATS, "write")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(serialize(dataset, fmt))
    return path
