"""``scripts/calibrate.py --blind-era``: each team folder built by the code that read it blind (scripts/blind_era.py).

The README tables here are written for the tests; the end-to-end test builds one team article with a commit of this
repository's history and one with today's code, for real.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "blind_era.py"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
TEAM = ROOT / "data" / "calibration"
# A commit of the history: the code at the start of session 13, which read that session's blind probes.
OLD_COMMIT = "6c75bfc"


blind_era = SimpleNamespace(**runpy.run_path(str(SCRIPT)))  # the script's functions, without importing scripts/


def _has_commit(commit: str) -> bool:
    proc = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True)
    return proc.returncode == 0


def _readme(path: Path, rows: list[tuple[str, str]]) -> Path:
    lines = ["# Articles", "", "Some text.", "", "| folder | articles | read blind by |", "|---|---:|---|"]
    lines += [f"| `{folder}` | 8 | {commit} |" for folder, commit in rows]
    path.write_text("\n".join([*lines, "", "After the table."]) + "\n", encoding="utf-8")
    return path


def test_the_eras_are_read_from_the_readme_table_and_a_row_without_a_commit_has_none(tmp_path: Path) -> None:
    readme = _readme(tmp_path / "README.md", [("team-a", "`3754998`"), ("team-b", "—"), ("team-c", "e466cf0")])
    assert blind_era.blind_eras(readme) == {"team-a": "3754998", "team-c": "e466cf0"}


def test_a_cell_that_is_not_a_commit_or_a_table_without_the_column_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(blind_era.EraFailed, match="not a commit"):
        blind_era.blind_eras(_readme(tmp_path / "bad.md", [("team-a", "session 10")]))
    plain = tmp_path / "plain.md"
    plain.write_text("| folder | articles |\n|---|---|\n| `team-a` | 8 |\n", encoding="utf-8")
    with pytest.raises(blind_era.EraFailed, match="read blind by"):
        blind_era.blind_eras(plain)


def test_every_team_folder_names_the_commit_that_read_it_blind() -> None:
    eras = blind_era.blind_eras(TEAM / "README.md")
    folders = {p.name for p in TEAM.iterdir() if p.is_dir()}
    assert folders and folders <= set(eras), f"folders without a blind era: {sorted(folders - set(eras))}"
    if _has_commit(OLD_COMMIT):  # a full clone: every commit named is in the history
        assert [c for c in set(eras.values()) if not _has_commit(c)] == []


@pytest.mark.skipif(not _has_commit(OLD_COMMIT), reason="needs the repository's history (git archive of a commit)")
def test_an_era_tree_holds_the_commits_files_and_its_build_imports_them(tmp_path: Path) -> None:
    tree = blind_era.era_tree(ROOT, OLD_COMMIT, tmp_path / "trees")
    old = subprocess.run(["git", "-C", str(ROOT), "show", f"{OLD_COMMIT}:kg/extract/calibration.py"],
                         capture_output=True, check=True).stdout
    assert (tree / "kg" / "extract" / "calibration.py").read_bytes() == old
    assert (tree / ".venv").resolve() == (ROOT / ".venv").resolve()
    assert blind_era.era_tree(ROOT, OLD_COMMIT, tmp_path / "trees") == tree  # unpacked once
    # The build runs the tree's package: a tree whose kg cannot be imported fails, the checkout's would not.
    broken = tmp_path / "trees" / "broken"
    (broken / "kg").mkdir(parents=True)
    (broken / "kg" / "__init__.py").write_text("raise ImportError('the era tree was imported')\n", encoding="utf-8")
    text = tmp_path / "article.txt"
    text.write_text("President Joko Widodo visited Tokyo on Monday.\n", encoding="utf-8")
    error = blind_era.run_era_build(ROOT, broken, text, tmp_path / "out.trig", 300)
    assert error is not None and "the era tree was imported" in error
    assert blind_era.run_era_build(ROOT, tree, text, tmp_path / "out.trig", 600) is None
    assert "Tokyo" in (tmp_path / "out.trig").read_text(encoding="utf-8")


@pytest.mark.skipif(not SCORER.is_file() or not _has_commit(OLD_COMMIT),
                    reason="needs the shared scorer ../shared/eval/score.py and the repository's history")
def test_calibrate_blind_era_builds_a_folder_with_its_commit_and_leaves_the_dev_set_out(tmp_path: Path) -> None:
    source = sorted(sorted(TEAM.glob("team-en-*"))[0].glob("*.json"))[0]
    evaluation, old, unnamed = tmp_path / "eval", tmp_path / "team-old", tmp_path / "team-unnamed"
    for folder in (evaluation / "dev", old, unnamed):
        folder.mkdir(parents=True)
        for suffix in (".json", ".txt"):
            (folder / source.with_suffix(suffix).name).write_bytes(source.with_suffix(suffix).read_bytes())
    (evaluation / "score.py").write_bytes(SCORER.read_bytes())
    eras = _readme(tmp_path / "README.md", [("team-old", f"`{OLD_COMMIT}`")])
    builds = tmp_path / "builds"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "calibrate.py"), "--eval", str(evaluation),
                           "--gold", str(old), "--gold", str(unnamed), "--blind-era", "--eras", str(eras),
                           "--builds", str(builds), "--strength", "8", "--jobs", "2"],
                          capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"blind era: 1 of 2 folders by their session-start code ({OLD_COMMIT})" in proc.stderr
    assert (builds / "trees" / OLD_COMMIT / "kg" / "__init__.py").is_file()
    # the two team folders built (0 by the old commit, 1 by today's code), the dev set neither built nor fitted on
    assert sorted(p.parent.name for p in (builds / "fit").glob("*/*.trig")) == ["0", "1"]
    fitted = proc.stdout.splitlines()[0]
    assert int(fitted.split()[0]) > 0 and "from 2 articles (2 with facts)" in fitted


def test_calibrate_blind_era_stops_on_a_readme_without_the_column(tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip("needs the shared scorer ../shared/eval/score.py")
    plain = tmp_path / "README.md"
    plain.write_text("| folder | articles |\n|---|---|\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "calibrate.py"), "--eval", str(SCORER.parent),
                           "--blind-era", "--eras", str(plain), "--gold", str(tmp_path)],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 2 and "read blind by" in proc.stderr
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "calibrate.py"), "--eval", str(SCORER.parent),
                           "--blind-era", "--dev-only"], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 2 and "not with --dev-only" in proc.stderr
