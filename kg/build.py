"""The main job: ingest → nlp/extract → rdf → validate → store, one document at a time.

A document whose graph does not conform to the shapes is not stored; its report is
written beside the output and named in the summary, and the run goes on. Bad inputs
are reported with file and line and skipped. Nothing valid is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg import ingest, rdf
from kg.errors import StoreError
from kg.extract import extract
from kg.ingest import Problem
from kg.model import Document
from kg.store import Store
from kg.validate import validate


class StoreFailed(StoreError):
    """The store failed during a build; ``out`` (if any) was still written, ``error`` says what failed.

    A remote store going down must not cost the user the extraction they waited for:
    the run goes on without the store, writes ``--out`` and then reports the one error.
    """

    def __init__(self, error: StoreError, out: Path | None, summary: BuildSummary) -> None:
        super().__init__(error.args[0], hint=error.hint)
        self.error = error
        self.out = out
        self.summary = summary


@dataclass(frozen=True, slots=True)
class Rejected:
    document_id: str
    source: str
    report: Path | None
    reason: str


@dataclass
class BuildSummary:
    documents: int = 0
    entities: int = 0
    facts: int = 0
    triples: int = 0
    words: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.skipped


def plan_size(inputs: Sequence[Path | str]) -> int:
    """How many files the run will read (for the progress bar's total)."""
    return ingest.count_inputs(inputs)


def build(
    inputs: Sequence[Path | str],
    *,
    lang: str | None = None,
    out: Path | None = None,
    store: Store | None = None,
    reports_dir: Path | None = None,
    validate_graphs: bool = True,
    on_document: Callable[[Document | Problem], None] | None = None,
) -> BuildSummary:
    """Build the knowledge graph of ``inputs``; write ``out`` (if given) and load ``store`` (if given).

    Raises :class:`StoreFailed` when the store fails: without ``out`` at once, with ``out``
    after the remaining documents were built and ``out`` was written.
    """
    summary = BuildSummary()
    store_error: StoreError | None = None
    dataset = Dataset() if out is not None else None
    reports_dir = reports_dir or (out.parent if out is not None else Path(".kg") / "reports")
    for item in ingest.read_inputs(inputs, lang=lang):
        if isinstance(item, Problem):
            summary.skipped.append(item)
            if on_document:
                on_document(item)
            continue
        extraction = extract(item)
        graph_iri, graph = rdf.to_graph(extraction)
        if validate_graphs:
            report = validate(graph)
            if not report.conforms:
                path = _write_report(reports_dir, item, report.text)
                summary.rejected.append(Rejected(item.id, item.source, path, f"{report.violations} violations"))
                if on_document:
                    on_document(item)
                continue
        if store is not None and store_error is None:
            try:
                store.replace_graph(graph_iri, graph)
            except StoreError as exc:
                if out is None:
                    raise StoreFailed(exc, None, summary) from exc
                store_error = exc
        if dataset is not None:
            target = dataset.graph(graph_iri)
            for triple in graph:
                target.add(triple)
        summary.documents += 1
        summary.entities += len(extraction.entities)
        summary.facts += len(extraction.relations) + len(extraction.events)
        summary.triples += len(graph)
        summary.words += len(item.text.split())
        if on_document:
            on_document(item)
    if dataset is not None and out is not None:
        rdf.write(dataset, out)
    if store_error is not None:
        raise StoreFailed(store_error, out, summary) from store_error
    return summary


def _write_report(folder: Path, document: Document, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{rdf.slugify(document.id)}.validation.txt"
    path.write_text(f"# SHACL validation report for document {document.id} ({document.source})\n{text}",
                    encoding="utf-8")
    return path
