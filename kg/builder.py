"""The main job: ingest → nlp/extract → rdf → validate → store (and ``--out``), one document at a time.

Nothing one input does stops the run:

* a file, line or record that cannot be read is a :class:`~kg.ingest.Problem` (skipped);
* any exception inside one document (NLP, extraction, RDF, validation) is caught at the
  document boundary and becomes a ``E120`` problem naming the document (skipped);
* a graph that does not conform loses the facts the SHACL report blames
  (:mod:`kg.quarantine`); the rest is re-validated and stored, the dropped facts listed in a
  report beside the output. Only when what remains still fails (or ``strict``) is the
  document rejected whole.

What stops a run is what concerns every document: the output cannot be written (checked
first: opening ``--out`` is the first thing :func:`build` does), or the store fails without
``--out`` to save the work to.
"""

from __future__ import annotations

import hashlib
import os
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from kg import ingest, rdf
from kg.errors import OutputError, StoreError
from kg.extract import extract
from kg.extract.calibration import at_least
from kg.ingest import Notice, Problem
from kg.model import Document
from kg.output import GraphOutput
from kg.quarantine import quarantine
from kg.store import Store
from kg.validate import ValidationReport, validate

__all__ = ["BuildSummary", "Quarantined", "Rejected", "StoreFailed", "build", "check_writable", "explain_store_error",
           "plan_size"]


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
    """A document not stored: its graph did not conform, even after its bad facts were dropped."""

    document_id: str
    source: str
    report: Path | None
    reason: str
    code: str = "E121"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A document stored without the facts that broke a shape; ``report`` lists them."""

    document_id: str
    source: str
    report: Path
    facts: int


@dataclass
class BuildSummary:
    documents: int = 0
    entities: int = 0
    facts: int = 0
    triples: int = 0
    words: int = 0
    facts_dropped: int = 0
    surrogates_replaced: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    warnings: int = 0

    @property
    def ok(self) -> bool:
        """True when every input became a whole document in the graph (exit code 0)."""
        return not self.rejected and not self.skipped and not self.quarantined


@dataclass(frozen=True, slots=True)
class _Built:
    """One document through the pipeline: its graph (``None``: rejected) and what happened on the way."""

    graph_iri: URIRef
    graph: Graph
    entities: int
    facts: int
    rejected: Rejected | None = None
    quarantined: Quarantined | None = None


_DISK_REASONS = ("No space left", "File too large", "Permission denied", "Read-only file system", "Disk quota")


def explain_store_error(error: StoreError) -> StoreError:
    """Give a store error caused by the disk (full, read-only, permissions) a hint about the disk, not the lock."""
    if any(reason in str(error.args[0]) for reason in _DISK_REASONS):
        error.hint = ("Free space on the store's disk or restore its permissions, then run the same build again: "
                      "what was stored is kept, and the re-run replaces each document's graph.")
    return error


def plan_size(inputs: Sequence[Path | str]) -> int:
    """How many documents the run will read, as far as can be told without reading them (the progress bar's
    total): one per line of a JSON Lines file, one per other file (a WARC file counts as one)."""
    return ingest.count_documents(inputs)


def check_writable(folder: Path, what: str) -> None:
    """Raise :class:`OutputError` unless files can be created in ``folder`` (or in the folder that would
    hold it): checked before a build starts, so a wrong path does not waste the extraction."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"cannot write {what} in {folder}: {probe} is not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {what} in {folder}: {probe} is not writable")


def build(
    inputs: Sequence[Path | str],
    *,
    lang: str | None = None,
    out: Path | None = None,
    store: Store | None = None,
    reports_dir: Path | None = None,
    validate_graphs: bool = True,
    strict: bool = False,
    max_chars: int = ingest.MAX_CHARS,
    min_confidence: float = 0.0,
    on_document: Callable[[Document | Problem | Notice], None] | None = None,
) -> BuildSummary:
    """Build the knowledge graph of ``inputs``; write ``out`` (if given) and load ``store`` (if given).

    ``strict`` rejects a non-conforming document whole instead of dropping its bad facts.
    ``min_confidence`` leaves out the facts (relations, events) less confident than it; entities stay.
    Raises :class:`~kg.errors.OutputError` before reading anything when ``out`` or the reports
    folder cannot be written (and mid-run when the disk fills: the run stops). Raises
    :class:`StoreFailed` when the store fails: without ``out`` at once, with ``out`` after the
    remaining documents were built and ``out`` was written.
    """
    summary = BuildSummary()
    reports_dir = reports_dir or (out.parent if out is not None else Path(".kg") / "reports")
    check_writable(reports_dir, "validation reports")
    output = GraphOutput(out) if out is not None else None
    keeper = _Keeper(summary, store, output)
    try:
        for item in ingest.read_inputs(inputs, lang=lang, max_chars=max_chars):
            heard: Document | Problem | Notice = item
            if isinstance(item, Notice):
                summary.warnings += 1
                summary.surrogates_replaced += item.count if item.code == "W102" else 0
            elif isinstance(item, Problem):
                summary.skipped.append(item)
            else:
                built = _build_one(item, validate_graphs, strict, reports_dir, min_confidence)
                if isinstance(built, Problem):
                    summary.skipped.append(built)
                    heard = built  # the caller hears about the failure, not the document
                else:
                    keeper.keep(item, built)
            if on_document:
                on_document(heard)
    except BaseException:
        if output is not None:
            output.abort()
        raise
    if output is not None:
        output.close()
    if keeper.store_error is not None:
        raise StoreFailed(keeper.store_error, out, summary) from keeper.store_error
    return summary


class _Keeper:
    """Where a built document goes: the summary, the store (until it fails) and ``--out``."""

    def __init__(self, summary: BuildSummary, store: Store | None, output: GraphOutput | None) -> None:
        self.summary = summary
        self.store = store
        self.output = output
        self.store_error: StoreError | None = None

    def keep(self, document: Document, built: _Built) -> None:
        summary = self.summary
        if built.rejected is not None:
            summary.rejected.append(built.rejected)
            return
        if built.quarantined is not None:
            summary.quarantined.append(built.quarantined)
            summary.facts_dropped += built.quarantined.facts
        if self.store is not None and self.store_error is None:
            try:
                self.store.replace_graph(built.graph_iri, built.graph)
            except StoreError as exc:
                explain_store_error(exc)
                if self.output is None:  # nothing else would keep the work: stop now
                    raise StoreFailed(exc, None, summary) from exc
                self.store_error = exc  # go on without the store, for --out
        if self.output is not None:
            self.output.add(built.graph_iri, built.graph)
        summary.documents += 1
        summary.entities += built.entities
        summary.facts += built.facts
        summary.triples += len(built.graph)
        summary.words += len(document.text.split())


def _build_one(document: Document, validate_graphs: bool, strict: bool, reports_dir: Path,
               min_confidence: float = 0.0) -> _Built | Problem:
    """Extract, write and validate one document; every failure inside is this document's alone."""
    stage = "extraction"
    try:
        extraction = at_least(extract(document), min_confidence)
        stage = "RDF"
        graph_iri, graph = rdf.to_graph(extraction)
        facts = len(extraction.relations) + len(extraction.events)
        built = _Built(graph_iri, graph, len(extraction.entities), facts)
        if validate_graphs:
            stage = "validation"
            built = _checked(document, built, strict, reports_dir)
    except OutputError:
        raise
    except Exception as error:  # isolation: one document's failure must not stop the run
        message = f"document {document.id!r} failed in {stage}: {type(error).__name__}: {error}"
        return Problem(document.source, None, message, "E120", traceback.format_exc())
    return built


def _checked(document: Document, built: _Built, strict: bool, reports_dir: Path) -> _Built:
    """Validate; on failure drop the blamed facts and validate again (or reject, when ``strict``)."""
    report = validate(built.graph)
    if report.conforms:
        return built
    reason = f"{report.violations} violations"
    if strict:
        path = _write_report(reports_dir, document, "validation", report.text)
        return _rejected(built, document, path, reason + " (--strict)")
    kept = quarantine(built.graph, report)
    again: ValidationReport | None = validate(kept.graph) if not kept.unresolved else None
    if again is None or not again.conforms:
        text = report.text + ("" if again is None else "\n# After dropping the blamed facts:\n" + again.text)
        why = f"{reason}; {len(kept.unresolved)} not caused by a fact" if kept.unresolved else (
            f"{reason}, {again.violations if again else 0} left after dropping {kept.facts} facts")
        path = _write_report(reports_dir, document, "validation", text)
        return _rejected(built, document, path, why)
    lines = [f"# {kept.facts} facts dropped from document {document.id} ({document.source}): each broke a shape;",
             "# the rest of the document conforms and was stored.", ""]
    lines += [fact.describe() for fact in kept.dropped]
    lines += ["", "# SHACL validation report of the document before the facts were dropped:", report.text]
    path = _write_report(reports_dir, document, "quarantine", "\n".join(lines))
    return _Built(built.graph_iri, kept.graph, built.entities, built.facts - kept.facts,
                  quarantined=Quarantined(document.id, document.source, path, kept.facts))


def _rejected(built: _Built, document: Document, report: Path, reason: str) -> _Built:
    return _Built(built.graph_iri, built.graph, 0, 0, rejected=Rejected(document.id, document.source, report, reason))


def _report_name(doc_id: str) -> str:
    """A file name for a document's report: its id when that is safe, else a slug and a hash (distinct ids,
    distinct names: "A" and "a" must not overwrite each other's report)."""
    slug = rdf.slugify(doc_id)[:80]
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug if slug == doc_id else f"{slug or 'document'}-{digest}"


def _write_report(folder: Path, document: Document, kind: str, text: str) -> Path:
    path = folder / f"{_report_name(document.id)}.{kind}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        header = f"# SHACL {kind} report for document {document.id} ({document.source})\n" if kind == "validation" \
            else ""
        path.write_text(header + text + "\n", encoding="utf-8", errors="replace")
    except OSError as error:
        raise OutputError(f"cannot write the report {path}: {error.strerror or error}") from error
    return path
