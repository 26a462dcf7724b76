"""The project's exception tree.

Each error carries a code (``E0xx``) and a hint on what to do, the way spaCy's
errors do; the CLI turns any :class:`KGError` into one clear message and a
documented exit code (see ``kg.cli``).
"""

from __future__ import annotations


class KGError(Exception):
    """Base of all newskg errors: ``code`` identifies it, ``hint`` says what to do."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.args[0]}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class InputError(KGError):
    """An input file or line could not be read as a document."""

    code = "E010"
    hint = "Give UTF-8 .txt files, folders of them, or .jsonl with 'id' and 'text' fields."


class LanguageError(KGError):
    """A language has no pipeline."""

    code = "E020"
    hint = "Use --lang id or --lang en; see README 'Adding a language'."


class ResourceError(KGError):
    """A data resource (gazetteer, lexicon, model) is missing or malformed."""

    code = "E030"
    hint = "Rebuild it with `kg gazetteer`, or reinstall the project with `make run`."


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""

    code = "E040"


class StoreError(KGError):
    """The triplestore could not be opened, read or written."""

    code = "E050"
    hint = "Check --store; an embedded store directory can have only one writer at a time."


class QueryError(KGError):
    """A query could not be found, parameterised or run."""

    code = "E060"
    hint = "List the shipped queries with `kg query --list`."
