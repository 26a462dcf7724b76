"""The values reading produces besides documents: what to read, what went wrong, what was repaired."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kg.model import Document

__all__ = ["InputItem", "Kind", "Notice", "Problem", "Result"]

Kind = Literal["text", "jsonl", "html", "warc"]


class _Located:
    """Where a problem or notice was met (file and line) and how it reads: ``FILE:LINE: [CODE] message``."""

    __slots__ = ()
    source: str
    line: int | None
    message: str
    code: str

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: [{self.code}] {self.message}"


@dataclass(frozen=True, slots=True)
class Problem(_Located):
    """An input that could not be read as a document, or a document that failed; it is skipped.

    ``source`` is the path as the user gave it (joined with the folder walk), ``line`` the
    1-based line of a JSON Lines file or record of a WARC file, else ``None``; ``code`` is
    one of :data:`kg.errors.PROBLEM_CODES`. ``detail`` (a traceback) is shown with ``--debug``.
    """

    source: str
    line: int | None
    message: str
    code: str = "E103"
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Notice(_Located):
    """Something repaired while reading a document that was kept (a ``W1xx`` code); ``count`` of what."""

    source: str
    line: int | None
    message: str
    code: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class InputItem:
    """One file to read; ``follow_symlinks`` only for a file the user named (not found in a walk)."""

    path: Path
    kind: Kind
    follow_symlinks: bool = False

    @property
    def source(self) -> str:
        return str(self.path)


Result = Document | Problem | Notice
