"""The ``kg`` command line: build, validate, load, query, stats, export, serve, link, gazetteer.

Exit codes (documented in the README and in ``kg --help``):
  0  everything worked (for ``kg validate``: the graph conforms)
  1  the run finished, but something was skipped, rejected or quarantined (bad input, a
     document that failed, a graph that failed validation, facts dropped; for
     ``kg validate``: the graph does not conform)
  2  an error stopped the command (bad usage, missing resource, store unreachable, output
     unwritable, a query error); checked before a build extracts anything

  130 interrupted (Ctrl-C); 141 the reader of the output went away (``kg export | head``): the
     command stops without a message, like any Unix tool whose pipe closes

Every error prints one line with a code (``[E050]``, one code per kind of error:
:data:`kg.errors.ERROR_CODES`) and a hint; a traceback only with ``kg --debug``. Everything
printed passes through :func:`kg.errors.redact_urls`, so no ``user:password@`` of a store URL
ever reaches the terminal or a log.
"""

from kg.cli import building, graphs, linking, querying, serving  # noqa: F401 -- each registers its commands
from kg.cli.app import main
from kg.cli.building import build

__all__ = ["build", "main"]
