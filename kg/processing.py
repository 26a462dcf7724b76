"""The work on documents, done wherever a worker runs: extract → RDF → validate (→ quarantine), a chunk at a time.

:func:`process` takes a chunk of :class:`~kg.model.Document` and gives one :class:`Built` (or a
:class:`~kg.ingest.Problem`) per document, in order. Everything in and out is a small picklable
value, so the same function runs in the driver, in a local worker process
(:mod:`kg.executors`) or on a Dask worker on another machine; writing (store, ``--out``,
report files) is the driver's alone (:mod:`kg.builder`).

Isolation is per document, as before: an exception inside one document is that document's
``E120`` problem. The chunk's graphs are validated together (:func:`kg.validate.validate_each`:
one pySHACL run, each graph still judged alone); a graph that does not conform loses the facts
its report blames (:mod:`kg.quarantine`) and is validated again alone, or is rejected whole.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Sequence
from dataclasses import dataclass

from rdflib import Graph

from kg import rdf
from kg.errors import OutputError
from kg.extract import extract
from kg.extract.calibration import at_least
from kg.ingest import Problem
from kg.model import Document
from kg.quarantine import quarantine
from kg.validate import ValidationReport, validate, validate_each

__all__ = ["Built", "Settings", "nquads", "ntriples", "process", "report_name"]


@dataclass(frozen=True, slots=True)
class Settings:
    """What a worker needs to know about the run."""

    validate: bool = True
    strict: bool = False
    min_confidence: float = 0.0  # facts less confident than this are left out; entities stay


@dataclass(frozen=True, slots=True)
class Built:
    """One document through the pipeline.

    ``nquads`` is its named graph as sorted N-Quads lines, UTF-8 (made where the document was
    built: the driver appends these bytes to ``--out`` and loads them into the store without
    parsing or rewriting them; empty when rejected). ``report`` is ``(kind, text)`` of a validation
    (rejected) or quarantine report the driver writes beside the output. ``graph`` is the
    rdflib graph itself when the document was built in the driver's process (``None`` after
    crossing a process boundary).
    """

    document_id: str
    source: str
    graph_iri: str
    nquads: bytes
    entities: int
    facts: int
    triples: int
    words: int
    rejected: str | None = None  # the reason
    facts_dropped: int = 0  # > 0: quarantined
    report: tuple[str, str] | None = None
    graph: Graph | None = None

    def detached(self) -> Built:
        """The same without the rdflib graph (cheaper to send to another process)."""
        return Built(self.document_id, self.source, self.graph_iri, self.nquads, self.entities, self.facts,
                     self.triples, self.words, self.rejected, self.facts_dropped, self.report)


def ntriples(graph: Graph) -> str:
    """A graph as N-Triples, one statement per line, sorted, each line ending in a newline."""
    lines = {line for line in graph.serialize(format="nt").splitlines() if line.strip()}
    return "".join(line + "\n" for line in sorted(lines))


def nquads(graph_iri: str, graph: Graph) -> bytes:
    """A graph as the sorted N-Quads lines of the named graph ``graph_iri``, UTF-8.

    rdflib writes a term the same way in N-Triples and N-Quads, so each sorted N-Triples line
    gets the graph name before its final dot (the lines stay sorted: the same suffix on each);
    byte-identical to rdflib's N-Quads of a dataset holding the graph, sorted.
    """
    suffix = f" <{graph_iri}> .\n"
    return "".join(line[:-3] + suffix for line in ntriples(graph).splitlines(keepends=True)).encode("utf-8")


@dataclass(frozen=True, slots=True)
class _Draft:
    document: Document
    graph_iri: str
    graph: Graph
    entities: int
    facts: int


def process(documents: Sequence[Document], settings: Settings, *, keep_graphs: bool = False) -> list[Built | Problem]:
    """Build each document of a chunk; one result per document, in order. Raises only :class:`OutputError`."""
    drafts: list[_Draft | Problem] = [_draft(document, settings.min_confidence) for document in documents]
    graphs = [d.graph for d in drafts if isinstance(d, _Draft)]
    reports: list[ValidationReport | None] = [None] * len(graphs)
    if settings.validate and graphs:
        try:
            reports = list(validate_each(graphs))
        except Exception:  # one graph broke the shared run: validate each alone, so only that one fails
            reports = [None] * len(graphs)
    results: list[Built | Problem] = []
    position = 0
    for draft in drafts:
        if isinstance(draft, Problem):
            results.append(draft)
            continue
        report = reports[position]
        position += 1
        try:
            if settings.validate and report is None:
                report = validate(draft.graph)
            built = _finish(draft, report, settings.strict)
        except OutputError:
            raise
        except Exception as error:  # isolation: one document's failure must not stop the run
            results.append(_failed(draft.document, "validation", error))
            continue
        results.append(built if keep_graphs else built.detached())
    return results


def _failed(document: Document, stage: str, error: Exception) -> Problem:
    message = f"document {document.id!r} failed in {stage}: {type(error).__name__}: {error}"
    return Problem(document.source, None, message, "E120", traceback.format_exc())


def _draft(document: Document, min_confidence: float = 0.0) -> _Draft | Problem:
    stage = "extraction"
    try:
        extraction = at_least(extract(document), min_confidence)
        stage = "RDF"
        graph_iri, graph = rdf.to_graph(extraction)
    except OutputError:
        raise
    except Exception as error:  # isolation: one document's failure must not stop the run
        return _failed(document, stage, error)
    facts = len(extraction.relations) + len(extraction.events)
    return _Draft(document, str(graph_iri), graph, len(extraction.entities), facts)


def _built(draft: _Draft, graph: Graph, **extra: object) -> Built:
    document = draft.document
    return Built(document.id, document.source, draft.graph_iri, nquads(draft.graph_iri, graph), draft.entities,
                 draft.facts, len(graph), len(document.text.split()), graph=graph, **extra)  # type: ignore[arg-type]


def _finish(draft: _Draft, report: ValidationReport | None, strict: bool) -> Built:
    """Keep a conforming graph; else drop the blamed facts and validate again (or reject, when ``strict``)."""
    if report is None or report.conforms:
        return _built(draft, draft.graph)
    document = draft.document
    reason = f"{report.violations} violations"
    header = f"# SHACL validation report for document {document.id} ({document.source})\n"
    if strict:
        return _rejected(draft, reason + " (--strict)", header + report.text)
    kept = quarantine(draft.graph, report)
    again: ValidationReport | None = validate(kept.graph) if not kept.unresolved else None
    if again is None or not again.conforms:
        text = report.text + ("" if again is None else "\n# After dropping the blamed facts:\n" + again.text)
        why = f"{reason}; {len(kept.unresolved)} not caused by a fact" if kept.unresolved else (
            f"{reason}, {again.violations if again else 0} left after dropping {kept.facts} facts")
        return _rejected(draft, why, header + text)
    lines = [f"# {kept.facts} facts dropped from document {document.id} ({document.source}): each broke a shape;",
             "# the rest of the document conforms and was stored.", ""]
    lines += [fact.describe() for fact in kept.dropped]
    lines += ["", "# SHACL validation report of the document before the facts were dropped:", report.text]
    built = _built(draft, kept.graph, facts_dropped=kept.facts, report=("quarantine", "\n".join(lines)))
    return Built(built.document_id, built.source, built.graph_iri, built.nquads, built.entities,
                 built.facts - kept.facts, built.triples, built.words, None, kept.facts, built.report, built.graph)


def _rejected(draft: _Draft, reason: str, text: str) -> Built:
    document = draft.document
    return Built(document.id, document.source, draft.graph_iri, b"", 0, 0, 0, len(document.text.split()),
                 rejected=reason, report=("validation", text))


def report_name(doc_id: str) -> str:
    """A file name for a document's report: its id when that is safe, else a slug and a hash (distinct ids,
    distinct names: "A" and "a" must not overwrite each other's report)."""
    slug = rdf.slugify(doc_id)[:80]
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug if slug == doc_id else f"{slug or 'document'}-{digest}"
