"""Child processes that receive Ctrl-C as a terminal's foreground job does."""

from __future__ import annotations

import signal


def ctrl_c_default() -> None:
    """``preexec_fn`` for a child the test will interrupt: SIGINT back to its default before the program starts.

    A shell starts a background job (``make test &``, ``nohup … &``) with SIGINT ignored, every process it starts
    inherits that, and a program started with SIGINT ignored keeps ignoring it (POSIX; Python then installs no
    KeyboardInterrupt handler) — rightly, so a Ctrl-C in the terminal does not stop background work. A test of
    what Ctrl-C does must start its child as a foreground job would be started, whatever started the tests.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
