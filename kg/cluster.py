"""Scale-out: chunks of documents processed on a Dask distributed cluster (``kg build --cluster``, ``--executor dask``).

The driver (the ``kg build`` process) reads the inputs and sends each chunk of documents to
the cluster as one task, :func:`kg.processing.process` (extract → RDF → validate →
quarantine). Results come back in input order and the driver alone writes them: the store,
``--out`` and the reports have one writer, exactly as with local workers (docs/scale.md).

A worker that dies mid-task loses nothing: the scheduler gives its unfinished tasks to the
other workers (Dask's own recovery; a task that kills ``distributed.scheduler.allowed-failures``
+ 1 workers in a row is given up, ``E090``). A task's result is written only when the driver
receives it, once, so no document is stored twice; and as every document's graph is
*replaced* in the store, running a chunk (or the whole build) again leaves the same store.

Dask (``distributed``) is an optional dependency: ``pip install 'newskg[cluster]'``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from kg.errors import WorkerError
from kg.executors import ordered

__all__ = ["DaskExecutor"]

T = TypeVar("T")
R = TypeVar("R")


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as error:
        raise WorkerError("--cluster and --executor dask need Dask distributed",
                          hint="Install it: pip install 'newskg[cluster]' (or pip install distributed).") from error
    _quiet_logs()
    return distributed


def _quiet_logs() -> None:
    """Dask's loggers go through our handlers (redacted, ERROR unless --debug) instead of their own on stderr."""
    root = logging.getLogger()
    for name in ("distributed", "dask"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
        logger.setLevel(logging.DEBUG if root.level <= logging.DEBUG else logging.ERROR)


class DaskExecutor:
    """Chunks as tasks on a Dask cluster: the scheduler at ``address``, or a local cluster of ``workers`` processes.

    ``workers`` is the number of worker processes the chunks are spread over (for a remote
    cluster: how many it has when the build starts); at most two chunks per worker are in
    flight, so the driver's memory does not grow with the input.
    """

    def __init__(self, address: str | None = None, *, workers: int = 2, timeout: float = 30.0) -> None:
        distributed = _distributed()
        self.address = address
        self._cluster = None
        try:
            if address is None:
                self._cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                         host="127.0.0.1", dashboard_address=None,
                                                         silence_logs=logging.ERROR)
                self.client = distributed.Client(self._cluster, timeout=timeout)
            else:
                self.client = distributed.Client(address, timeout=timeout)
        except (OSError, TimeoutError) as error:
            self.close()
            raise WorkerError(f"cannot reach the Dask scheduler at {address}: {error}",
                              hint="Start it (`dask scheduler`) and its workers (`dask worker ADDRESS`), or check "
                                   "--cluster; docs/scale.md shows how.") from error
        found = len(self.client.scheduler_info().get("workers", {}))
        if address is not None and found == 0:
            with contextlib.suppress(Exception):
                self.client.wait_for_workers(1, timeout=timeout)
            found = len(self.client.scheduler_info().get("workers", {}))
            if found == 0:
                self.close()
                raise WorkerError(f"the Dask scheduler at {address} has no workers",
                                  hint="Start workers with `dask worker " + address + "`.")
        self.workers = max(1, found)

    def map(self, work: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        distributed = _distributed()

        def submit(chunk: T) -> Any:
            return self.client.submit(work, chunk, pure=False)

        try:
            for future in ordered(submit, chunks, 2 * self.workers + 1):
                yield future.result()
                future.release()
        except distributed.KilledWorker as error:
            raise WorkerError(f"a chunk of documents killed every worker it was given to ({error})",
                              hint="A document may exhaust a worker's memory; see the workers' logs. What was "
                                   "stored is kept; re-running the build is safe.") from error

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if getattr(self, "client", None) is not None:
                self.client.close()
        with contextlib.suppress(Exception):
            if self._cluster is not None:
                self._cluster.close()
