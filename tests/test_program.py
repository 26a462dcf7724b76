"""The `kg` program's exit (kg/__main__.py): the command's code and output, every exit function, no teardown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A stand-in for a command, run by the real `run`: it leaves text in stdout's buffer, registers an exit function
# (as a library does while a command runs) and an object whose finaliser only the interpreter's teardown would call.
PROGRAM = """
import atexit, sys
import kg.__main__ as program
import kg.cli

class Held:
    def __del__(self):
        print("teardown ran", flush=True)

def command():
    sys.modules["__main__"].held = Held()
    atexit.register(lambda: print(" / exit function ran", end=""))
    print("output without a newline", end="")
    {end}

kg.cli.main = command
program.run()
"""


def _run(end: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROGRAM.format(end=end)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_a_command_ends_with_its_code_its_output_and_the_exit_functions_but_no_teardown() -> None:
    done = _run("raise SystemExit(1)")
    assert done.returncode == 1
    assert done.stdout == "output without a newline / exit function ran"  # flushed; the finaliser never ran
    assert done.stderr == ""


def test_a_command_that_returns_ends_with_zero() -> None:
    done = _run("return None")
    assert done.returncode == 0
    assert done.stdout == "output without a newline / exit function ran"


def test_an_exception_that_is_no_exit_keeps_pythons_report_and_shutdown() -> None:
    done = _run("raise ValueError('a bug')")
    assert done.returncode == 1
    assert "ValueError: a bug" in done.stderr and "Traceback" in done.stderr
    assert done.stdout.endswith("teardown ran\n")  # Python's own shutdown, finalisers included


def test_the_installed_kg_program_exits_with_the_commands_code(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "The minister spoke."}\n{"id": ', encoding="utf-8")
    kg = str(Path(sys.executable).with_name("kg"))
    done = subprocess.run([kg, "build", "a.jsonl", "--no-store", "--out", "a.nq", "-q"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr  # one line skipped
    assert "1 documents" in done.stderr and "wrote a.nq" in done.stderr
    assert (tmp_path / "a.nq").read_text(encoding="utf-8").endswith(" .\n")
