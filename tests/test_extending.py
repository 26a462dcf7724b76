"""docs/extending.md, applied: a new event type from the documented steps is extracted, validated and queried.

The blocks of the page (```<language> <file>```) are applied to a copy of the package, ontology and
queries; a subprocess then builds texts we wrote in every language into a store, with SHACL
validation on, and runs the new type's query.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import language
from kg.paths import PACKAGE_DIR, PROJECT_DIR, data_dir, ontology_dir, queries_dir

DOC = PROJECT_DIR / "docs" / "extending.md"
BLOCK = re.compile(r"^```\w+ (\S+)\n(.*?)^```", re.S | re.M)

# Sentences written for this test: a protest, a negated one and a planned one in each language.
TEXTS = {
    "en": "Japan protested to China on Tuesday over the missile launch. Japan did not protest to Russia. "
          "Japan will protest to India next week.",
    "id": "Jepang memprotes China atas peluncuran rudal itu. Jepang tidak memprotes Rusia. "
          "Jepang akan memprotes India pekan depan.",
    "ms": "Jepun membantah kepada China atas pelancaran peluru berpandu itu. Jepun tidak membantah Rusia. "
          "Jepun akan membantah India minggu hadapan.",
}


def _blocks() -> dict[str, str]:
    return {path: body for path, body in BLOCK.findall(DOC.read_text(encoding="utf-8"))}


def _place(root: Path, documented: str) -> Path:
    """Where a file the page names lives in the copy (ontology and queries may sit inside the package)."""
    for folder in (ontology_dir(), queries_dir()):
        if documented.startswith(folder.name + "/"):
            return root / folder.resolve().relative_to(PROJECT_DIR) / documented.split("/", 1)[1]
    return root / documented


def _apply(root: Path, blocks: dict[str, str]) -> str:
    """The steps of docs/extending.md on the copy in ``root``; returns the new class name."""
    row = blocks["kg/model.py"]
    name = re.search(r'= "(\w+)"', row).group(1)
    # 1. the row, at the end of class EventKind
    model = _place(root, "kg/model.py")
    lines = model.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("class EventKind("))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() and not lines[i][0].isspace())
    while not lines[end - 1].strip():
        end -= 1
    model.write_text("".join([*lines[:end], row, *lines[end:]]), encoding="utf-8")
    # 2. the term, beside the other event classes
    vocab = _place(root, "kg/vocab.py")
    text = vocab.read_text(encoding="utf-8")
    anchor = re.search(r"^    Sanction: URIRef.*\n", text, re.M)
    vocab.write_text(text[: anchor.end()] + blocks["kg/vocab.py"] + text[anchor.end():], encoding="utf-8")
    # 3. the ontology class, and the class in the shapes' list of event classes
    ontology = _place(root, "ontology/newskg.ttl")
    ontology.write_text(ontology.read_text(encoding="utf-8") + "\n" + blocks["ontology/newskg.ttl"], encoding="utf-8")
    shapes = _place(root, "ontology/shapes.ttl")
    text, count = re.subn(r"(sh:in \( kg:Visit [^)]*?)\s*\)", rf"\1 kg:{name} )", shapes.read_text(encoding="utf-8"))
    assert count == 1
    shapes.write_text(text, encoding="utf-8")
    # 4. triggers in each language
    for code in language.SUPPORTED:
        path = _place(root, f"kg/lang/{code}/triggers.json")
        data = json.loads(path.read_text(encoding="utf-8"))
        data["triggers"].append(json.loads(blocks[f"kg/lang/{code}/triggers.json"]))
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    # 5. the queries
    path = _place(root, "queries/entity.rq")
    text, count = re.subn(r"(\?class IN \(kg:Visit[^)]*?)\)", rf"\1, kg:{name})", path.read_text(encoding="utf-8"))
    assert count == 1
    path.write_text(text, encoding="utf-8")
    path = _place(root, "queries/sources.rq")
    text, count = re.subn(r"(VALUES \?class \{[^}]*?)\s*\}", rf"\1 kg:{name} }}", path.read_text(encoding="utf-8"))
    assert count == 1
    path.write_text(text, encoding="utf-8")
    query = next(p for p in blocks if p.startswith("queries/"))
    _place(root, query).write_text(blocks[query], encoding="utf-8")
    return name


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("extending") / "project"
    shutil.copytree(PACKAGE_DIR, root / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_DIR / "pyproject.toml", root)  # a checkout: kg.paths reads ontology/ and queries/ beside kg/
    for folder in (ontology_dir(), queries_dir()):
        target = root / folder.resolve().relative_to(PROJECT_DIR)
        if not target.exists():
            shutil.copytree(folder, target)
    return root, _apply(root, _blocks())


def _kg(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"NEWSKG_ONTOLOGY", "NEWSKG_QUERIES"}}
    env.update(PYTHONPATH=str(root), NEWSKG_DATA=str(data_dir()))
    code = ("import sys, kg; root = sys.argv.pop(1); assert kg.__file__.startswith(root), kg.__file__; "
            "from kg.cli import main; main()")
    return subprocess.run([sys.executable, "-c", code, str(root), *args], capture_output=True, text=True,
                          env=env, timeout=600, cwd=root, check=False)


def test_the_page_has_a_block_for_every_step_and_language() -> None:
    blocks = _blocks()
    assert {"kg/model.py", "kg/vocab.py", "ontology/newskg.ttl"} <= set(blocks)
    assert {f"kg/lang/{code}/triggers.json" for code in language.SUPPORTED} <= set(blocks)
    assert any(p.startswith("queries/") and p.endswith(".rq") for p in blocks)


def test_a_new_event_type_is_extracted_validated_and_queried(extended: tuple[Path, str], tmp_path: Path) -> None:
    root, name = extended
    inputs = tmp_path / "news.jsonl"
    with inputs.open("w", encoding="utf-8") as out:
        for code in language.SUPPORTED:
            out.write(json.dumps({"id": f"protest-{code}", "lang": code, "text": TEXTS[code]}) + "\n")
    store = tmp_path / "store"
    built = _kg(root, "build", str(inputs), "--store", str(store), "--reports", str(tmp_path / "reports"), "-q")
    assert built.returncode == 0, built.stdout + built.stderr
    assert not (tmp_path / "reports").exists() or not any((tmp_path / "reports").iterdir())  # nothing rejected
    query = re.search(r"queries/(\w+)\.rq", "\n".join(_blocks())).group(1)
    answered = _kg(root, "query", query, "--store", str(store), "--format", "json")
    assert answered.returncode == 0, answered.stdout + answered.stderr
    rows = json.loads(answered.stdout)
    rows = rows["rows"] if isinstance(rows, dict) else rows
    # one protest per language: Japan's to China; the negated and the planned ones are not asserted
    assert len(rows) == len(language.SUPPORTED), rows
    for row in rows:
        assert row["by"] == "Japan" and "China" in row["to"], row
        assert row["document"].startswith("protest-") and "India" not in row["sentence"]
    listed = _kg(root, "query", "entity", "--param", "entity=Japan", "--store", str(store), "--format", "json")
    assert listed.returncode == 0 and f'"{name}"' in listed.stdout
