"""What one validation says: :class:`ValidationReport`."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph
from rdflib.namespace import SH

__all__ = ["ValidationReport"]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of one validation: ``conforms``, pySHACL's text report and its report graph.

    Warnings (``sh:Warning``, e.g. offsets that do not match the sentence length)
    appear in ``text`` but do not make ``conforms`` false. The ``graph`` of a report without
    results from :func:`validate_each` is one shared graph: read it, do not change it.
    """

    conforms: bool
    text: str
    graph: Graph
    seconds: float = 0.0

    @property
    def violations(self) -> int:
        """How many ``sh:Violation`` results the report holds."""
        return sum(1 for _ in self.graph.subjects(SH.resultSeverity, SH.Violation))

    def messages(self) -> list[str]:
        """One line per result: severity, focus node (and value), message; sorted, for errors and tests."""
        lines = []
        for result in self.graph.subjects(SH.resultSeverity, None):
            severity = str(self.graph.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
            focus = self.graph.value(result, SH.focusNode)
            value = self.graph.value(result, SH.value)
            message = "; ".join(sorted(str(m) for m in self.graph.objects(result, SH.resultMessage)))
            at = f"{focus} (value {value})" if value is not None else str(focus)
            lines.append(f"{severity}: {at}: {message}")
        return sorted(lines)
