"""The ``kg`` command group: exit codes, the redacting consoles, and one clear message per error."""

from __future__ import annotations

import errno
import logging
import os
import select
import sys
import traceback
from typing import Any, TextIO

import click
from rich.console import Console
from rich.markup import escape

from kg.errors import KGError, redact_urls

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a service manager, a batch queue's time limit): a build stops as on Ctrl-C."""


def terminate(signum: int, frame: object) -> None:
    raise Terminated



class RedactingStream:
    """A text stream that removes the ``user:password@`` of every URL before it writes (stdout or stderr,
    looked up at each write, so pytest's and click's stream swaps are honoured)."""

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def _target(self) -> TextIO:
        return getattr(sys, self.name)

    def write(self, text: str) -> int:
        return self._target.write(redact_urls(text))

    def flush(self) -> None:
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()

    def fileno(self) -> int:
        return self._target.fileno()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)


err = Console(file=RedactingStream("stderr"), soft_wrap=True)  # paths in messages must not be broken across lines
out = Console(file=RedactingStream("stdout"), soft_wrap=True)
stdout = RedactingStream("stdout")
"""Results (tables, CSV, JSON) are written here as they are: no markup, no added line break."""
_debug = {"on": False}


def _print_traceback(exc: BaseException) -> None:
    """The traceback of ``exc`` (``--debug`` only), redacted like everything else."""
    if _debug["on"]:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        err.print(text, highlight=False, markup=False, end="")


def _configure_logging(debug: bool) -> None:
    """Library logs and Python warnings go through the redacting stream; shown only from ERROR, or with --debug."""
    handler = logging.StreamHandler(RedactingStream("stderr"))  # type: ignore[arg-type]
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.ERROR)
    for noisy in ("trafilatura", "htmldate", "charset_normalizer", "urllib3", "rdflib", "pyshacl", "courlan"):
        logging.getLogger(noisy).setLevel(logging.INFO if debug else logging.ERROR)
    logging.captureWarnings(True)


def _pipe_closed(exc: BaseException) -> bool:
    """Whether ``exc`` comes from writing to a stdout whose reader went away (``kg export | head``).

    A broken pipe anywhere in the error's chain counts only when stdout's reader is really gone: a
    remote store that drops the connection is a store error, not a reason to stop quietly.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, BrokenPipeError) or (isinstance(seen, OSError) and (
                seen.errno == errno.EPIPE or "Broken pipe" in str(seen))):  # pyoxigraph's writers say it in words
            return _stdout_gone()
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
    return False


def _stdout_gone() -> bool:
    """Whether stdout is a pipe nobody reads any more (poll reports an error on its write end)."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's captured stream)
        return False


def _leave_quietly() -> None:
    """Exit 141 without a word: stdout goes to /dev/null, so nothing left in its buffer fails at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # a stream without a file descriptor (tests)
        pass
    sys.exit(EXIT_PIPE_CLOSED)


class KGGroup(click.Group):
    """Turns any error into one clear message with a code and exit code 2 (a traceback only with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise  # click's own: usage errors exit 2 with click's message
        except Terminated:
            err.print("[bold red]terminated[/]: the store holds every document stored so far; re-running is safe",
                      highlight=False)
            sys.exit(EXIT_TERMINATED)
        except KeyboardInterrupt:
            err.print("[bold red]interrupted[/]: the store holds every document stored so far; re-running is safe",
                      highlight=False)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:
            if _pipe_closed(exc):  # the reader went away: not an error of ours, and nothing to say
                _leave_quietly()
            if isinstance(exc, KGError):
                _print_traceback(exc)
                err.print(f"[bold red]error[/] {escape(str(exc))}", highlight=False)
                sys.exit(EXIT_ERROR)
            self._unexpected(exc)  # a bug: still one message, a code and a hint, not a traceback

    @staticmethod
    def _unexpected(exc: BaseException) -> SystemExit:
        _print_traceback(exc)
        err.print(f"[bold red]error[/] [E000] unexpected {escape(type(exc).__name__)}: {escape(str(exc))}\n"
                  "  hint: this is a bug in newskg; run `kg --debug …` for the traceback and report it",
                  highlight=False)
        sys.exit(EXIT_ERROR)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="newskg")
@click.option("--debug", is_flag=True, envvar="NEWSKG_DEBUG",
              help="Show tracebacks and library logs (URL credentials are still removed) [env NEWSKG_DEBUG].")
def main(debug: bool) -> None:
    """newskg: news articles → a Wikidata-linked, SHACL-validated RDF knowledge graph.

    \b
    Typical use:
      kg build articles/ --store .kg/store      extract, validate and store
      kg query leaders                           who leads what (see `kg query --list`)
      kg stats                                   what the store holds

    \b
    Exit codes: 0 success; 1 finished but something was skipped, rejected or
    quarantined (kg validate: does not conform); 2 an error stopped the command
    (bad usage, store unreachable, output unwritable, query error). Each error
    has a code ([E050] …) and a hint; `kg --debug COMMAND` shows tracebacks.
    """
    _debug["on"] = debug
    _configure_logging(debug)


def debugging() -> bool:
    """Whether ``kg --debug`` is on (tracebacks and details are shown)."""
    return _debug["on"]
