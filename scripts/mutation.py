"""Mutation run over extraction and linking (``make mutation``): mutmut, a module subset or a seeded sample, a report.

mutmut (configured in ``pyproject.toml`` ``[tool.mutmut]``) copies ``kg/`` into ``mutants/``, makes one-line
mutants of every function in ``kg/extract``, ``kg/nlp`` and ``kg/link`` and runs, for each mutant, only the
tests that called the mutated function. All of them (about 8 000) take a day on two shared cores, so this
script runs a part that is said exactly in the report:

* ``--module kg.extract.events`` (repeatable): every mutant of those modules (a glob on mutant names);
* ``--sample N --seed S``: N mutants drawn with ``random.Random(S)`` from the sorted names of the selected
  modules (all three packages when no ``--module``): the same code and seed give the same mutants.

The report (``--report``, default ``reports/mutation.md``) gives the command, the scope, the counts by status,
the kill rate ``(killed + timeout) / (total − skipped)``, the measured seconds per mutant, the estimated time
of the full run, and each survivor with its diff. A mutant whose tests ended in pytest's internal error (exit
code 3: a hook raised, no test failed) is listed as ``internal error``, not counted as killed as mutmut would.
Results are mutmut's own (``mutants/``), so ``mutmut browse`` and ``mutmut show NAME`` work afterwards;
``--fresh`` deletes ``mutants/`` first (do it after the code or the tests changed). The per-process caches are
emptied per mutant by the hooks in ``tests/conftest.py`` (``tests/mutation_caches.py``).

A mutant that loops forever ("j -= 1" → "j += 1" in a backward scan) holds its worker until mutmut's own wall-clock
timeout: 15 × (its tests' measured call time + 1 s), about 5 min for a mutant of ``kg.extract.view`` (≈ 19 s of
tests), then mutmut sends SIGXCPU and records it as ``timeout`` — killed, in the rate below. mutmut runs the
mutants fastest-estimated first, so two such mutants near the end of a sample hold both workers for minutes with
no count moving: the run is waiting, not stalled (docs/accuracy.md "Session 11: seeds 167, 173").

    python scripts/mutation.py --sample 200 --seed 9
    python scripts/mutation.py --module kg.link.offline --module kg.link.ranking
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shlex
import shutil
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"
PACKAGES = ("kg.extract", "kg.nlp", "kg.link")  # what [tool.mutmut] only_mutate lets mutmut mutate in them
KILLED = {"killed", "timeout"}
# pytest's exit code 3 (an exception in a hook, before or around the tests): mutmut counts it as a kill, but no
# test failed — the old tests/conftest.py hook raised so for every mutant of a cached builder (docs/accuracy.md
# "Session 12"). Reported apart, and not counted as killed.
INTERNAL_ERROR = 3


def mutmut_binary() -> str:
    found = shutil.which("mutmut", path=str(Path(sys.executable).parent)) or shutil.which("mutmut")
    if found is None:
        sys.exit("mutation: mutmut is not installed: pip install -e '.[mutation]' (or run `make mutation`)")
    return found


def generate() -> None:
    """Copy ``kg/`` into ``mutants/`` and write the mutants, as the first step of ``mutmut run`` does.

    A seeded sample needs the names before any test runs; ``mutmut run`` has no "generate only" mode, so this
    calls the same three steps (mutmut is pinned in the ``mutation`` extra for that reason).
    """
    import os

    os.chdir(ROOT)  # mutmut reads its configuration from the working directory when imported
    from mutmut import __main__ as mm

    mm.set_mutant_under_test("mutant_generation")
    MUTANTS.mkdir(exist_ok=True)
    mm.copy_src_dir()
    mm.copy_also_copy_files()
    mm.create_mutants(2)


def mutant_statuses() -> dict[str, str]:
    """Every generated mutant and its status (``not checked`` before it ran), from mutmut's meta files."""
    from mutmut.stats import status_by_exit_code

    statuses: dict[str, str] = {}
    for meta in sorted((MUTANTS / "kg").rglob("*.py.meta")):
        for name, code in json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].items():
            statuses[name] = "internal error" if code == INTERNAL_ERROR else status_by_exit_code[code]
    return statuses


def module_of(name: str) -> str:
    return name.split(".x_")[0].split(".xǁ")[0]


def select(names: list[str], modules: list[str], sample: int | None, seed: int) -> list[str]:
    wanted = tuple(modules) or PACKAGES
    pool = sorted(n for n in names if module_of(n) in wanted or module_of(n).startswith(tuple(w + "." for w in wanted)))
    if sample is None or sample >= len(pool):
        return pool
    return sorted(random.Random(seed).sample(pool, sample))


def diff_of(mutmut: str, name: str) -> str:
    shown = subprocess.run([mutmut, "show", name], cwd=ROOT, capture_output=True, text=True, check=False)
    lines = [line for line in shown.stdout.splitlines() if line.startswith(("-", "+")) and
             not line.startswith(("---", "+++"))]
    return " / ".join(line.strip() for line in lines)[:300]


def report(path: Path, argv: list[str], chosen: list[str], pool_size: int, total_generated: int,
           statuses: dict[str, str], seconds: float, mutmut: str, cpu_seconds: float | None = None) -> str:
    counts = Counter(statuses[n] for n in chosen)
    tested = len(chosen) - counts["skipped"]
    killed = sum(counts[s] for s in KILLED)
    rate = killed / tested if tested else 0.0
    per_mutant = seconds / len(chosen) if chosen else 0.0
    survivors = [n for n in chosen if statuses[n] not in KILLED]
    lines = [
        "# Mutation run (scripts/mutation.py)",
        "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; commit {git_head()}",
        f"- command: `python scripts/mutation.py {shlex.join(argv)}`",
        f"- scope: {len(chosen)} of {pool_size} mutants of the selected modules "
        f"({total_generated} generated over {', '.join(PACKAGES)})",
        f"- status: {', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}",
        f"- kill rate (killed + timeout) / (total − skipped): {killed}/{tested} = {rate:.1%}",
        f"- wall time {seconds / 60:.1f} min, {per_mutant:.1f} s per mutant (stats and clean runs included) → "
        f"the full run of {total_generated} mutants ≈ {per_mutant * total_generated / 3600:.1f} h on this machine",
        *([f"- CPU time (user + sys of mutmut and its workers) {cpu_seconds / 60:.1f} min, "
           f"{cpu_seconds / len(chosen):.1f} s per mutant: the load-independent measure on a shared machine"]
          if cpu_seconds is not None and chosen else []),
        "",
        "## Not killed",
        "",
        "| mutant | status | change |",
        "|---|---|---|",
    ]
    lines += [f"| `{n}` | {statuses[n]} | `{diff_of(mutmut, n).replace('|', '¦')}` |" for n in survivors]
    text = "\n".join(lines) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


def children_cpu_seconds() -> float:
    """User + system CPU seconds of the finished child processes (mutmut, and the workers it forked and reaped)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def git_head() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                         check=False)
    return out.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--module", action="append", default=[],
                        help="a module whose mutants to run, e.g. kg.extract.events (repeatable; default: all of "
                             + ", ".join(PACKAGES) + ")")
    parser.add_argument("--sample", type=int, help="run only this many mutants, drawn with --seed")
    parser.add_argument("--seed", type=int, default=9, help="seed of the sample (default 9)")
    parser.add_argument("--max-children", type=int, default=2, help="parallel mutants (default 2: the machine's cores)")
    parser.add_argument("--report", type=Path, default=ROOT / "reports" / "mutation.md")
    parser.add_argument("--fresh", action="store_true", help="delete mutants/ first (after code or tests changed)")
    args = parser.parse_args(argv)

    mutmut = mutmut_binary()
    if args.fresh and MUTANTS.exists():
        shutil.rmtree(MUTANTS)
    generate()
    statuses = mutant_statuses()
    chosen = select(list(statuses), args.module, args.sample, args.seed)
    pool_size = len(select(list(statuses), args.module, None, args.seed))
    if not chosen:
        sys.exit(f"mutation: no mutants in {args.module or PACKAGES}")
    print(f"mutation: {len(chosen)} of {pool_size} mutants ({len(statuses)} generated)", flush=True)
    start = time.monotonic()
    cpu_start = children_cpu_seconds()
    # the names go through a file-free argv: a few thousand names fit easily in ARG_MAX
    run = subprocess.run([mutmut, "run", "--max-children", str(args.max_children), *chosen], cwd=ROOT, check=False)
    seconds = time.monotonic() - start
    cpu_seconds = children_cpu_seconds() - cpu_start
    if run.returncode not in (0, 1):
        print(f"mutation: mutmut run exited with {run.returncode}", file=sys.stderr)
    statuses = mutant_statuses()
    if all(statuses[n] == "not checked" for n in chosen):
        # mutmut stopped before any mutant ran (e.g. a test failed while it collected which tests cover what):
        # keep the last report rather than list every chosen mutant as not killed
        print(f"mutation: no mutant was run; {args.report} left as it was", file=sys.stderr)
        return run.returncode or 1
    text = report(args.report, argv, chosen, pool_size, len(statuses), statuses, seconds, mutmut,
                  cpu_seconds)
    print(text)
    return 0 if run.returncode == 0 else run.returncode


if __name__ == "__main__":
    raise SystemExit(main())
