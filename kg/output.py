"""``--out``: the graph of a build written to a file as the build goes.

N-Quads (``.nq``) and TriG (``.trig``) are **streamed**: each document's named graph is
serialised by rdflib and appended as soon as it is stored, so memory does not grow with
the number of documents. Turtle (``.ttl``, all graphs merged into one) and JSON-LD
(``.jsonld``) cannot be appended to graph by graph: they are **buffered** in one dataset
and written at the end (``kg build --help`` says so).

The file appears only when the build ends: everything is written to a hidden
``.NAME.part`` beside it, flushed to disk and renamed over ``NAME``, so a killed or failed
build never leaves half a graph under the name the user asked for. Opening that file is
the first thing a build does, so an unwritable ``--out`` stops the command before any
extraction (:class:`~kg.errors.OutputError`, exit code 2).

Output is deterministic: documents in input order, N-Quads lines sorted within each
document (so the file sorted is byte-identical to a buffered write), TriG through rdflib's
writer with every prefix declared once, before its first use.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.errors import OutputError
from kg.rdf import FORMATS, bind_prefixes, format_for, serialize

__all__ = ["STREAMED", "GraphOutput"]

STREAMED = frozenset({"nquads", "trig"})
"""Formats written document by document; the others are buffered until the end."""


class _TrigBlockSerializer(TrigSerializer):
    """rdflib's TriG writer for one graph, declaring only the prefixes the file does not have yet."""

    def __init__(self, store: Graph, declared: dict[str, str]) -> None:
        super().__init__(store)
        self._declared = declared

    def startDocument(self) -> None:  # rdflib's name
        used = self.namespaces
        self.namespaces = {p: u for p, u in used.items() if self._declared.get(p) != str(u)}
        try:
            super().startDocument()
        finally:
            self.namespaces = used
        self._declared.update({p: str(u) for p, u in used.items()})


def _one_graph(iri: URIRef, graph: Graph) -> Dataset:
    dataset = Dataset()
    bind_prefixes(dataset)
    target = dataset.graph(iri)
    target.addN((s, p, o, target) for s, p, o in graph)
    return dataset


def _nquads(iri: URIRef, graph: Graph) -> bytes:
    text = _one_graph(iri, graph).serialize(format="nquads")
    return "".join(sorted(line + "\n" for line in set(text.splitlines()) if line.strip())).encode("utf-8")


class GraphOutput:
    """The ``--out`` file of one build: :meth:`add` each document's graph, then :meth:`close`.

    :meth:`abort` (or leaving a ``with`` block on an exception) removes the partial file.
    Every failure to write is an :class:`~kg.errors.OutputError` naming the file.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.format = format_for(self.path, FORMATS, "write")
        self.streamed = self.format in STREAMED
        self.part = self.path.parent / f".{self.path.name}.part"
        self._buffer: Dataset | None = None if self.streamed else Dataset()
        self._declared: dict[str, str] = {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.is_dir():
                raise IsADirectoryError(21, "is a folder", str(self.path))
            self._file: BinaryIO | None = open(self.part, "wb")  # noqa: SIM115 -- closed in close()/abort()
        except OSError as error:
            raise self._error(error) from error

    def __enter__(self) -> GraphOutput:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        if exc_type is not None:
            self.abort()
        else:
            self.close()

    def _error(self, error: OSError) -> OutputError:
        reason = error.strerror or str(error)
        return OutputError(f"cannot write {self.path}: {reason}",
                           hint="Free space or choose another --out; the store keeps every document stored so "
                                "far, and re-running the build is safe.")

    def _write(self, data: bytes) -> None:
        if self._file is None:
            raise OutputError(f"{self.path} is already closed")
        try:
            self._file.write(data)
        except OSError as error:
            self.abort()
            raise self._error(error) from error

    def add(self, iri: URIRef, graph: Graph) -> None:
        """Write (or buffer) one document's named graph."""
        if self._buffer is not None:
            target = self._buffer.graph(iri)
            target.addN((s, p, o, target) for s, p, o in graph)
        elif self.format == "nquads":
            self._write(_nquads(iri, graph))
        else:
            buffer = io.BytesIO()
            _TrigBlockSerializer(_one_graph(iri, graph), self._declared).serialize(buffer, encoding="utf-8")
            self._write(buffer.getvalue())

    def add_nquads(self, iri: URIRef, nquads: bytes, graph: Graph | None = None) -> None:
        """Write (or buffer) one document's named graph given as its sorted N-Quads lines
        (:func:`kg.processing.nquads`): appended as they are to an N-Quads file; parsed for TriG, Turtle and
        JSON-LD unless ``graph``, the same graph, is at hand."""
        if self.format == "nquads" and self._buffer is None:
            self._write(nquads)
            return
        if graph is None:
            dataset = Dataset()
            if nquads:
                dataset.parse(data=nquads, format="nquads")
            graph = dataset.graph(iri)
        self.add(iri, graph)

    def close(self) -> Path:
        """Finish the file and move it to its name; returns the path."""
        if self._file is None:
            return self.path
        if self._buffer is not None:
            self._write(serialize(self._buffer, self.format))
            self._buffer = None
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None
            os.replace(self.part, self.path)
        except OSError as error:
            self.abort()
            raise self._error(error) from error
        return self.path

    def abort(self) -> None:
        """Drop the partial file (the target file, if any, is left as it was)."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        with contextlib.suppress(OSError):
            self.part.unlink()
        self._buffer = None
