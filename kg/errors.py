"""The project's exception tree, the codes of per-input problems and warnings, and URL redaction.

Each error carries a code (``E0xx``) and a hint on what to do, the way spaCy's
errors do; the CLI turns any :class:`KGError` into one clear message and a
documented exit code (see ``kg.cli``). One kind of failure has one class, so one
code, whichever command meets it: :data:`ERROR_CODES` lists them (docs/reliability.md
has the same table), and a test checks that every class's code is there and unique.

Per-input problems (a file or document that is skipped while the run goes on) have
codes ``E1xx``, warnings (the input was read, but something was repaired) ``W1xx``;
:data:`PROBLEM_CODES` says what each means and what to do. docs/reliability.md lists
every fault, its code and the test that shows it.
"""

from __future__ import annotations

import re

__all__ = [
    "ERROR_CODES",
    "PROBLEM_CODES",
    "InputError",
    "KGError",
    "LanguageError",
    "OutputError",
    "QueryError",
    "ResourceError",
    "ServeError",
    "ServiceNotAllowed",
    "StoreError",
    "UpdateRefused",
    "UsageError",
    "ValidationError",
    "WorkerError",
    "redact_urls",
]


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


class UsageError(KGError):
    """Options that contradict each other or name something that does not exist (found after click's own checks)."""

    code = "E001"
    hint = "See `kg COMMAND --help`."


class InputError(KGError):
    """An input file cannot be read: an RDF file for ``kg validate`` or ``kg load`` that is missing or malformed."""

    code = "E010"
    hint = "Give an existing RDF file: .trig, .nq, .ttl, .nt or .jsonld."


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


class WorkerError(KGError):
    """Worker processes or a Dask cluster failed: one died, the scheduler cannot be reached."""

    code = "E090"
    hint = ("Everything stored before the failure is kept; run the same build again to finish it (each "
            "document's graph is replaced, nothing is stored twice).")


class StoreError(KGError):
    """The triplestore could not be opened, read or written."""

    code = "E050"
    hint = "Check --store: a store directory (kg build makes one), or the http(s) URL of a SPARQL endpoint."


class QueryError(KGError):
    """A query could not be found, parameterised or run."""

    code = "E060"
    hint = "List the shipped queries with `kg query --list`."


class UpdateRefused(QueryError):
    """A read path (``kg query``, ``kg.query``, a read-only ``kg serve``) was given a SPARQL Update."""

    code = "E061"
    hint = ("Queries only read. Change a store with `kg build` or `kg load`, or send SPARQL Update to "
            "`kg serve --writable` (POST /update).")


class ServiceNotAllowed(QueryError):
    """A query asks the server to fetch from a ``SERVICE`` that is not on the allow-list."""

    code = "E062"
    hint = "Federated queries are off by default; allow one endpoint with --allow-service URL."


class ServeError(KGError):
    """``kg serve`` could not listen (the address is taken or invalid)."""

    code = "E091"
    hint = "Give another --port (or --bind)."


class OutputError(KGError):
    """An output file (``--out``, a validation report) cannot be written."""

    code = "E080"
    hint = "Check that the folder exists or can be created, is writable and has free space."


ERROR_CODES: dict[str, str] = {
    "E000": "unexpected: a bug in newskg (run with --debug for the traceback)",
    "E001": "usage: options that contradict each other or name an unknown format",
    "E010": "input: an RDF file to validate or load is missing or cannot be parsed",
    "E020": "language: no pipeline for the language asked for (--lang)",
    "E030": "resource: a data resource (gazetteer, lexicon, model, ontology) is missing or malformed",
    "E040": "validation: the graph does not conform to the shapes (kg validate)",
    "E050": "store: the store cannot be opened, read or written (missing, locked, unreachable, not a store)",
    "E060": "query: a query cannot be found, parameterised or run",
    "E061": "update refused: a read command or read-only server was given a SPARQL Update",
    "E062": "SERVICE not allowed: a federated query names an endpoint not on --allow-service",
    "E070": "endpoint: the Wikidata SPARQL endpoint does not answer usefully (kg link)",
    "E080": "output: a file cannot be written (--out, a report, a full disk)",
    "E090": "workers: a local worker process died, or a Dask scheduler cannot be reached or has no workers",
    "E091": "serve: kg serve cannot listen on the address (port taken, bad --bind)",
}
"""Code → kind of every error that stops a command (exit 2); each kind is one class of this module or a subclass."""

PROBLEM_CODES: dict[str, str] = {
    # skipped inputs (exit code 1)
    "E101": "no such file or folder",
    "E102": "not a regular file (FIFO, socket, device) or a symbolic link, which is not followed",
    "E103": "cannot read the file (permissions, I/O error)",
    "E104": "empty, or only whitespace",
    "E105": "binary data, not text",
    "E106": "no text encoding fits the bytes",
    "E107": "malformed JSON Lines record (syntax, not an object, a field of the wrong type)",
    "E108": "a second document with an id already seen in this run",
    "E109": "longer than --max-chars",
    "E110": "a web page or WARC record without article text, or a WARC file that cannot be read",
    "E120": "the document failed inside the pipeline (NLP, extraction, RDF or validation); the run went on",
    "E121": "the document's graph does not conform to the shapes, even after its bad facts were dropped",
    # warnings: read and kept (exit code unchanged)
    "W101": "not UTF-8: decoded with the encoding named in the message",
    "W102": "lone surrogates replaced by U+FFFD",
    "W103": "facts that broke a shape were dropped; the rest of the document was stored",
}
"""Code → meaning of every per-input problem (``E1xx``) and warning (``W1xx``)."""

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/?#\s\"'<>]*@")


def redact_urls(text: str) -> str:
    """``text`` with the ``user:password@`` part of every URL in it removed.

    Every message, log line and traceback newskg prints passes through this
    (see ``kg.cli``): a store URL may carry credentials, and no output may show them.
    """
    return _USERINFO.sub(r"\1", text)
