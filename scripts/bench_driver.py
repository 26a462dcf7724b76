"""The CPU of one `kg build`, split between the driver and its worker processes (and, optionally, a profile).

`/usr/bin/time` adds the driver's CPU and its workers' together; what limits `--workers N` is the
driver's own serial share (start-up, the warm-up before the pool forks, reading, the one writer
of the store and `--out`). This runs `kg ARGS` in this process and reports, from `getrusage`,
the CPU of this process (the driver) and of the worker processes it waited for:

    .venv/bin/python scripts/bench_driver.py build /tmp/tp/corpus.jsonl --store S --out X.nq -q --workers 2
    .venv/bin/python scripts/bench_driver.py --profile driver.prof build c190.jsonl --store S --out X.nq -q

It also splits the driver's CPU in time: before the worker pool forks (start-up, loading, the warm-up: serial,
nothing runs beside it), while the workers run, and after the last document was handed to the store and ``--out``
(the final store batch, closing): a model of the build's wall clock on ``c`` cores with ``N`` workers is
``T(N) ≈ serial + (workers' CPU + driver's CPU while they run) / min(N, c) + tail``, which says what a second worker
can gain at best (``--workers 1`` forks nothing: its whole CPU is one line). When a scout (:class:`kg.builder._Scout`,
an input of two languages) forked after the first language's warm-up, the part of its CPU that ran beside the rest
of the warm-up is taken off the parallel phase in that model. The driver's CPU while the workers ran is also split by
thread (Linux): its main thread, RocksDB's background threads (compactions: with one worker they run on the otherwise
idle core, with two they take it from a worker), the pool's threads, and threads that ended (the bulk loader's).

``--profile FILE`` writes a cProfile of the driver with a CPU-time clock (read it with
``python -m pstats FILE``); a profile on while the pool forks is inherited by the workers and slows
them, so take the CPU split from a run without it.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import resource
import sys
import time


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile (CPU clock) of the driver to FILE")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the kg command and its arguments")
    args = parser.parse_args(argv)
    if not args.command:
        parser.error("give a kg command, e.g. build INPUT --store DIR --out X.nq -q")
    wall = time.perf_counter()
    forked = _forks(wall)
    profile = cProfile.Profile(time.process_time) if args.profile else None
    if profile is not None:
        profile.enable()
    kept, scouted = _last_document(wall)
    threads = _threads_while_the_workers_ran()
    from kg.cli import main as kg

    code = 0
    try:
        kg(args.command, standalone_mode=False)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    finally:
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)
    wall = time.perf_counter() - wall
    driver = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = driver.ru_utime + driver.ru_stime
    theirs = workers.ru_utime + workers.ru_stime
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"driver CPU {own:.2f} s · workers CPU {theirs:.2f} s · total {own + theirs:.2f} s · driver share "
          f"{own / max(own + theirs, 1e-9):.1%} · wall {wall:.1f} s · driver peak RSS {driver.ru_maxrss / 1024:.0f} MB"
          f" · load average {load}", file=sys.stderr)
    if forked:
        serial, serial_wall = forked[-1]  # the pool's workers fork last, one after the other, after the warm-up
        last, last_wall = kept[-1] if kept else (own, wall)
        during, tail = last - serial, own - last
        parallel = theirs + during
        # A scout (kg.builder._Scout) forked earlier ran beside the driver's warm-up, on the other core: the part of
        # its CPU that fits into that stretch of the driver's is work taken off the parallel phase.
        overlap = min(scouted[0], serial - forked[0][0]) if scouted else 0.0
        one, two = serial + parallel + tail, serial + (parallel - overlap) / 2 + tail
        scout = (f" · a scout forked at {forked[0][0]:.2f} s built {scouted[0]:.2f} s of CPU beside the warm-up"
                 if scouted else "")
        print(f"driver CPU: before the pool forked {serial:.2f} s (wall {serial_wall:.1f} s){scout} · while the "
              f"workers ran {during:.2f} s · after the last document {tail:.2f} s (wall {wall - last_wall:.1f} s) · "
              f"model on 2 cores: {serial:.2f} + ({parallel:.2f} - {overlap:.2f}) / 2 + {tail:.2f} = {two:.2f} s; on "
              f"1 core: {one:.2f} s (at best {one / two:.2f}x)",
              file=sys.stderr)
    if len(threads) == 2:
        print(_thread_split(*threads), file=sys.stderr)
    print(f"minor page faults: driver {driver.ru_minflt:,} · workers {workers.ru_minflt:,} (a fork's copy-on-write "
          f"copies count here) · context switches: driver {driver.ru_nvcsw:,} voluntary, {driver.ru_nivcsw:,} "
          "involuntary", file=sys.stderr)
    return code


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _forks(start: float) -> list[tuple[float, float]]:
    """Filled with (driver CPU, wall since ``start``) each time this process forks (a scout, then the pool's
    workers)."""
    seen: list[tuple[float, float]] = []
    os.register_at_fork(before=lambda: seen.append((_cpu(), time.perf_counter() - start)))
    return seen


def _thread_cpu() -> dict[int, tuple[str, float]]:
    """CPU seconds (user + system) of each live thread of this process, by thread id, with the thread's name."""
    tick = os.sysconf("SC_CLK_TCK")
    threads = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as stat:
                line = stat.read()
        except OSError:  # ended meanwhile
            continue
        fields = line[line.rindex(")") + 2:].split()  # the name, in brackets, may hold spaces
        threads[int(tid)] = (line[line.index("(") + 1:line.rindex(")")], (int(fields[11]) + int(fields[12])) / tick)
    return threads


def _threads_while_the_workers_ran() -> list[tuple[float, dict[int, tuple[str, float]]]]:
    """Filled with (driver CPU, each thread's CPU) when the pool's last worker forks and again when the pool closes
    (after its last result, before the final store batch): what the driver's threads did while the workers ran.
    Linux only (``/proc``); elsewhere it stays empty."""
    from kg import executors

    seen: list[tuple[float, dict[int, tuple[str, float]]]] = []
    if not os.path.isdir("/proc/self/task"):
        return seen
    pool_class = executors.ProcessPool
    close = pool_class.close
    fork_seen: list[tuple[float, dict[int, tuple[str, float]]]] = []
    os.register_at_fork(before=lambda: fork_seen.append((_cpu(), _thread_cpu())))

    def closed(self: executors.ProcessPool) -> None:
        seen[:] = [fork_seen[-1], (_cpu(), _thread_cpu())]  # the pool's close comes last (a scout's, earlier)
        close(self)

    pool_class.close = closed  # type: ignore[method-assign]
    return seen


def _thread_split(start: tuple[float, dict[int, tuple[str, float]]],
                  end: tuple[float, dict[int, tuple[str, float]]]) -> str:
    """The driver's CPU between ``start`` and ``end`` by thread: the main thread, RocksDB's background threads
    (compactions, flushes), the other threads alive at the end (the pool's), and threads that ended meanwhile (an
    embedded store's bulk loader starts and ends its own at each batch)."""
    (cpu_before, before), (cpu_after, after) = start, end
    main = rocksdb = others = 0.0
    for tid, (name, cpu) in after.items():
        spent = cpu - before.get(tid, (name, 0.0))[1]
        if tid == os.getpid():
            main += spent
        elif name.startswith("rocksdb"):
            rocksdb += spent
        else:
            others += spent
    ended = (cpu_after - cpu_before) - main - rocksdb - others
    return (f"driver CPU while the workers ran, by thread: main {main:.2f} s · RocksDB's background threads "
            f"{rocksdb:.2f} s · other live threads (the pool's) {others:.2f} s · threads ended meanwhile (the store's "
            f"bulk loader) {ended:.2f} s · in all {cpu_after - cpu_before:.2f} s")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _last_document(start: float) -> tuple[list[tuple[float, float]], list[float]]:
    """Holds (driver CPU, wall since ``start``) after the driver kept the latest document (store batch, --out), and
    the CPU of the scout when there was one (it has ended, and was waited for, when it is collected).

    It imports :mod:`kg.builder` (to time its keeper) before the command does, so the same way: with the garbage
    collector paused, then frozen (``kg.cli.building._import_settled``), or the start-up measured would not be the
    command's."""
    gc.disable()
    from kg.cli.startup import build_imports_deferred

    with build_imports_deferred():
        from kg import builder

    gc.enable()
    gc.freeze()

    seen: list[tuple[float, float]] = []
    scouted: list[float] = []
    keep = builder._Keeper.keep
    scout = getattr(builder, "_Scout", None)  # absent before the scout came (older commits, for comparisons)

    def timed(self: builder._Keeper, built: object) -> None:
        keep(self, built)
        seen[:] = [(_cpu(), time.perf_counter() - start)]

    builder._Keeper.keep = timed  # type: ignore[method-assign]
    if scout is not None:
        collect = scout.collect

        def counted(self: object, built: dict) -> None:
            before = _children_cpu()  # the pool's workers still run: only the scout is waited for here
            collect(self, built)
            scouted.append(_children_cpu() - before)

        scout.collect = counted
    return seen, scouted


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
