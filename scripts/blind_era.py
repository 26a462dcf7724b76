"""Blind-era builds for ``scripts/calibrate.py --blind-era``: each team folder read by the code that had not seen it.

Every folder of ``data/calibration/`` was written as a blind probe during one session, and the rules were then
fixed against some of them. Built with today's code its facts are those of text the rules have seen, and a table
fitted on them is too sure on fresh news (docs/accuracy.md, "Calibration"). Built with the code as it stood when
its session began — the commit in the "read blind by" column of ``data/calibration/README.md`` — a folder gives
the facts an unseen reader finds, which is what a confidence must describe.

The commit of each folder is data (the README's table), not code: a folder without one is built with today's code.
Each commit is unpacked once (``git archive``) into a folder of its own beside the builds, with this checkout's
``.venv`` linked into it, and its ``kg build`` runs with that tree first on ``PYTHONPATH`` so that the old
package, not the installed one, is imported.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["BLIND_COLUMN", "EraFailed", "blind_eras", "era_tree", "run_era_build"]

BLIND_COLUMN = "read blind by"
"""The header of the README's column naming, per folder, the commit of the code that read it blind."""
_COMMIT = re.compile(r"^[0-9a-f]{7,40}$")


class EraFailed(Exception):
    """The README's table or a commit cannot be used: the caller reports it and stops."""


def _cells(line: str) -> list[str]:
    return [cell.strip().strip("`").strip() for cell in line.strip().strip("|").split("|")]


def blind_eras(readme: Path) -> dict[str, str]:
    """Folder name → the commit that read it blind, from the first Markdown table of ``readme`` with that column.

    A row whose cell is empty or "—" has no blind era (the folder is built with today's code); a cell that is not
    a commit hash is an error, so that a typo does not silently fall back.
    """
    lines = readme.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        header = [cell.lower() for cell in _cells(line)] if line.lstrip().startswith("|") else []
        if BLIND_COLUMN not in header:
            continue
        column = header.index(BLIND_COLUMN)
        eras: dict[str, str] = {}
        for row in lines[n + 2:]:  # past the header's |---| line
            if not row.lstrip().startswith("|"):
                break
            cells = _cells(row)
            commit = cells[column] if column < len(cells) else ""
            if commit in ("", "—", "-"):
                continue
            if not _COMMIT.match(commit):
                raise EraFailed(f"{readme}: folder {cells[0]!r} names {commit!r} in {BLIND_COLUMN!r}, not a commit")
            eras[cells[0]] = commit
        return eras
    raise EraFailed(f"{readme} has no table with a {BLIND_COLUMN!r} column")


def era_tree(root: Path, commit: str, trees: Path) -> Path:
    """The source tree of ``commit`` (of the repository at ``root``) under ``trees``, unpacked on first use."""
    tree = trees / commit
    if (tree / "kg" / "__init__.py").is_file():
        return tree
    trees.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=trees) as tmp:  # unpack beside, then rename: a half tree is never used
        archive = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", commit],
                                 capture_output=True, timeout=300)
        if archive.returncode != 0:
            raise EraFailed(f"git archive {commit}: {archive.stderr.decode(errors='replace').strip()[-300:]}")
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True, timeout=300)
        (Path(tmp) / ".venv").symlink_to(root / ".venv")
        if tree.exists():
            shutil.rmtree(tree)
        Path(tmp).rename(tree)
        Path(tmp).mkdir()  # for TemporaryDirectory's cleanup
    return tree


def run_era_build(root: Path, tree: Path, text: Path, out: Path, timeout: int) -> str | None:
    """``kg build text --no-store --out out`` with the code of ``tree`` and raw confidences; an error, or None.

    Like the scorer's ``run_build``: a non-zero exit with the output written (a rejected document) is scored.
    """
    env = {**os.environ, "PYTHONPATH": str(tree), "NEWSKG_CALIBRATION": "none"}
    cmd = [str(root / ".venv" / "bin" / "python"), "-m", "kg", "build", str(text), "--no-store", "--out", str(out)]
    try:
        proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"could not run {' '.join(cmd)} in {tree}: {exc}"
    if not out.exists():
        return f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-400:]}"
    return None

