"""A non-editable install works: the wheel carries the ontology, shapes, queries, gazetteer and models.

One test, about a minute: copy the project, build a wheel from the copy, install it into a fresh
venv, delete the copy, and from a folder outside any checkout build a sample and query it. Tests
may not download, so the build runs without isolation and the fresh venv borrows the project
venv's dependencies (rdflib, spaCy, …) through a ``.pth`` file; the package itself — code and
resources — comes from the wheel only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from kg import paths

PROJECT = Path(__file__).resolve().parents[1]
NOT_COPIED = shutil.ignore_patterns(".venv", ".git", ".kg", "build", "dist", "__pycache__", "*.egg-info",
                                    ".pytest_cache", ".ruff_cache")


def _run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(command)} exited {result.returncode}:\n{result.stderr[-2000:]}"
    return result.stdout


@pytest.mark.install
def test_a_wheel_installed_into_a_fresh_venv_builds_and_queries(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEWSKG_") and k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    source = tmp_path / "source"
    shutil.copytree(PROJECT, source, ignore=NOT_COPIED)
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
          "--wheel-dir", str(wheels), str(source)], tmp_path, env)
    (wheel,) = wheels.glob("newskg-*.whl")

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, env)
    python = venv / "bin" / "python"
    target = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                       tmp_path, env).strip())
    ours = Path(sysconfig.get_paths()["purelib"])
    assert ours != target
    (target / "newskg-test-dependencies.pth").write_text(f"{ours}\n", encoding="utf-8")
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], tmp_path, env)
    shutil.rmtree(source)  # nothing of a checkout is left to read

    work = tmp_path / "elsewhere"
    work.mkdir()
    for sample in sorted((PROJECT / "data" / "samples").glob("*.txt")):
        shutil.copy(sample, work / sample.name)
    kg = str(venv / "bin" / "kg")
    where = _run([str(python), "-c", "from kg import paths, validate; import kg; print(kg.__file__); "
                  "print(paths.ontology_dir()); print(paths.queries_dir()); print(paths.gazetteer_dir()); "
                  "print(len(validate.shapes_graph()))"], work, env).split()
    package = Path(where[0]).parent
    assert package.parent == target, "kg was imported from somewhere else than the fresh venv"
    shipped = package / "shipped"
    assert [Path(p) for p in where[1:4]] == [shipped / "ontology", shipped / "queries", shipped / "data/gazetteer"]
    assert int(where[4]) > 100  # the shapes parsed from the installed copy
    assert {p.relative_to(shipped).as_posix() for p in shipped.glob("data/*")} | {"ontology", "queries"} \
        == set(paths.SHIPPED)

    installed = _build_and_ask(kg, work, "installed", env)
    checkout = _build_and_ask(str(Path(sys.executable).parent / "kg"), work, "checkout", env)
    assert len(installed) > 2 and any(",France," in row for row in installed), installed  # linked leaders
    assert installed == checkout  # the same answers as from the checkout: nothing was left behind


def _build_and_ask(kg: str, work: Path, store: str, env: dict[str, str]) -> list[str]:
    """``kg build`` the samples in ``work`` into a store, then ``kg query leaders`` as CSV rows."""
    _run([kg, "build", *sorted(p.name for p in work.glob("*.txt")), "--store", store, "-q"], work, env)
    return _run([kg, "query", "leaders", "--store", store, "--format", "csv"], work, env).splitlines()
