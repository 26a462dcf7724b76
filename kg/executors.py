"""Where chunks of documents are processed: in this process, in local worker processes, or on a Dask cluster.

Every executor has one method, :meth:`Executor.map`: chunks in, results out **in input
order**, with at most a few chunks in flight (memory stays flat however long the input). The
driver (:mod:`kg.builder`) stays the only writer, so the store, ``--out`` and the reports
are written in the same order whatever runs the work, and the graph is the same.

* :class:`InProcess`: ``kg build --workers 1``, and any input of one chunk or less (a pool
  would cost more to start than the document takes).
* :class:`ProcessPool`: ``--workers N``: ``concurrent.futures`` with N processes started by
  ``fork`` after the driver's warm-up (they inherit the loaded modules and the pipelines, shapes and parsers it
  built, kept out of the garbage collector's way: :func:`kg.builder._settle`).
  Workers ignore SIGINT: Ctrl-C reaches the driver, which cancels what is queued and stops
  them; a driver killed outright (``kill -9``) takes its workers with it (Linux's parent-death signal).
* :class:`kg.cluster.DaskExecutor`: ``--cluster tcp://HOST:8786`` or ``--executor dask``.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol, TypeVar

from kg.errors import WorkerError

__all__ = ["Executor", "InProcess", "ProcessPool", "default_workers", "ordered"]

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """The cores this process may run on (``--workers`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Executor(Protocol):
    workers: int

    def map(self, work: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        """``work(chunk)`` for each chunk, results in the order of ``chunks``."""
        ...

    def close(self) -> None:
        ...


class InProcess:
    """Runs each chunk here, one after the other."""

    workers = 1

    def map(self, work: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        for chunk in chunks:
            yield work(chunk)

    def close(self) -> None:
        pass


PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def _worker_start(driver: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the driver's handler (inherited by fork): abort() ends us
    _end_with(driver)


def _end_with(driver: int) -> None:
    """End this worker when its driver ends, even by ``kill -9``: otherwise it waits for work forever, orphaned
    (it holds a copy of the task queue's write end, so it never reads an end of file). Linux only: the kernel's
    parent-death signal; elsewhere an orphan stays until it is killed."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # no prctl: not Linux
        return
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != driver:  # the driver died before the signal was asked for
        os._exit(1)


def ordered(submit: Callable[[T], Future], chunks: Iterable[T], in_flight: int) -> Iterator[Future]:
    """Submit chunks keeping at most ``in_flight`` unfinished; yield their futures in submission order."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


@contextlib.contextmanager
def _deaths_reported() -> Iterator[None]:
    """A worker's death (the pool broken: at a submission or a result) as the error the user is shown."""
    try:
        yield
    except BrokenProcessPool as error:
        raise WorkerError("a worker process died (killed or out of memory)") from error


class ProcessPool:
    """``workers`` local processes; a chunk is one task."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start,
                                         initargs=(os.getpid(),))

    def map(self, work: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        with _deaths_reported():
            for future in ordered(lambda chunk: self._pool.submit(work, chunk), chunks, 2 * self.workers + 1):
                yield future.result()

    def submit(self, work: Callable[[T], R], chunk: T) -> Callable[[], R]:
        """Start ``work(chunk)`` now (the first call forks the workers); the function returned waits for its
        result."""
        with _deaths_reported():
            future = self._pool.submit(work, chunk)

        def result() -> R:
            with _deaths_reported():
                return future.result()

        return result

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop now (Ctrl-C, an error in the driver): drop queued chunks, end the worker processes, and return only
        once every one of them is reaped and recorded as ended."""
        processes = list(getattr(self._pool, "_processes", {}).values())  # the pool's own processes only
        call_queue = getattr(self._pool, "_call_queue", None)
        result_queue = getattr(self._pool, "_result_queue", None)  # the shutdown below forgets it
        manager = getattr(self._pool, "_executor_manager_thread", None)  # and this
        if call_queue is not None:
            # Its feeder thread may be blocked writing chunks into a full pipe that no worker reads once they are
            # ended; the pool's shutdown would then wait for it forever. CPython closes that pipe for a broken
            # pool (gh-94777), not for one shut down like this. (Suspected cause of one exit that hung after
            # "terminated" in CI; not reproduced.)
            call_queue.cancel_join_thread()
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()  # a no-op for one already recorded as ended
        # Wait for the workers' ends by their sentinels, not by reaping them here: the pool's thread reaps them too
        # (it finds the pool broken, or shut down, and joins every worker), and of two waitpid() on one child the
        # second gets ECHILD, which multiprocessing reads as "still running" until the first records the exit
        # code. A pool's thread held back by a busy machine between the two left a dead worker listed by
        # active_children() after the build had returned (1 run in 4 with CPU hogs beside it).
        ended = _ended(processes, timeout=5)
        if result_queue is not None and ended:
            # A worker ended while it sent a result leaves the pool's thread reading the rest of that message for
            # ever (the driver holds the pipe's other write end), and the interpreter's exit then waits for that
            # thread: a Ctrl-C that printed "interrupted" and never exited, seen once under load (the thread in
            # read() of the result pipe, fd of the driver's own writer open). With the workers gone, closing the
            # driver's end gives that read an end of file: the pool's thread marks the pool broken and ends.
            result_queue._writer.close()
        if manager is not None and ended:
            manager.join(timeout=5)  # it has reaped and recorded every worker when it ends
        for process in processes:
            process.join(timeout=5)  # at once when recorded; the pool's thread stuck: reaped here


def _ended(processes: list[multiprocessing.process.BaseProcess], timeout: float) -> bool:
    """Whether every one of ``processes`` exits within ``timeout`` seconds (their sentinels: nothing is reaped)."""
    deadline = time.monotonic() + timeout
    waiting = [process.sentinel for process in processes]
    while waiting:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready = multiprocessing.connection.wait(waiting, left)
        waiting = [sentinel for sentinel in waiting if sentinel not in ready]
    return True
