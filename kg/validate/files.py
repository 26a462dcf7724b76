"""RDF files in and out of validation: parse by suffix, validate a file, validate or raise."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import InputError, ValidationError
from kg.rdf import format_for
from kg.validate.batch import validate
from kg.validate.report import ValidationReport

__all__ = ["ensure_valid", "read_rdf", "validate_file"]

_PARSE_FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


def read_rdf(path: Path | str) -> Dataset:
    """Parse an RDF file into a Dataset, the format from its suffix; errors become :class:`InputError`."""
    path = Path(path)
    fmt = format_for(path, _PARSE_FORMATS, "read", must_exist=True)
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(
            f"cannot parse {path} as {fmt}: {exc}", hint="Is the file complete, and its suffix right?"
        ) from exc
    return dataset


def validate_file(path: Path | str) -> ValidationReport:
    """Validate the union of all graphs in an RDF file (.trig, .nq, .ttl, .nt, .jsonld)."""
    return validate(read_rdf(path))


def ensure_valid(graph: Graph, what: str = "graph", *, limit: int = 10) -> ValidationReport:
    """Validate and raise :class:`ValidationError` listing the first ``limit`` violations if it fails."""
    report = validate(graph)
    if not report.conforms:
        lines = [m for m in report.messages() if m.startswith("Violation")]
        shown = "\n  ".join(lines[:limit])
        more = f"\n  … and {len(lines) - limit} more" if len(lines) > limit else ""
        raise ValidationError(
            f"{what} does not conform to the SHACL shapes ({len(lines)} violations):\n  {shown}{more}",
            hint="Run `kg validate FILE` for the full report; a violation is a bug in the stage that made it",
        )
    return report
