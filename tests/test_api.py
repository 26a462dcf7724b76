"""The Python API (`import kg`): docs/python.md runs as written, `python -m kg` works, `import kg` stays light."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "python.md"


def test_docs_python_md_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```python block of docs/python.md, in order, in one namespace, from the repository root."""
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) >= 5
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "docs_python_md"}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"{DOC.name} block {number}", "exec"), namespace)


def test_import_kg_is_light() -> None:
    code = ("import sys, kg; heavy = [m for m in ('spacy', 'rdflib', 'pyoxigraph', 'networkx', 'pandas') "
            "if m in sys.modules]; print(heavy); print(sorted(kg.__all__))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    heavy, names = result.stdout.splitlines()
    assert heavy == "[]"
    assert {"build", "extract_text", "open_store", "query", "to_networkx"} <= set(eval(names))


def test_python_dash_m_kg() -> None:
    result = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "COLUMNS": "100"})
    assert result.returncode == 0, result.stderr
    assert "serve" in result.stdout and "export" in result.stdout


def test_build_is_the_function_and_the_pipeline_module_is_kg_builder() -> None:
    from kg.builder import build as pipeline_build

    assert kg.build.__module__ == "kg.api" and kg.build is not pipeline_build
    assert callable(kg.builder.plan_size)  # importing kg.builder does not shadow the API function


def test_query_parameters_are_bound_not_pasted(tmp_path: Path) -> None:
    import factories

    from kg import rdf
    from kg.errors import QueryError
    from kg.store import EmbeddedStore

    with EmbeddedStore(tmp_path / "store") as store:
        for extraction in factories.both():
            store.replace_graph(*rdf.to_graph(extraction))
        text = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e rdfs:label ?n } FILTER (STR(?n) = {{name}}) }")
        assert len(kg.query(store, text, name="Joko Widodo")) == 1
        assert len(kg.query(store, text, name='x" || true || "')) == 0
        with pytest.raises(QueryError, match="needs parameter"):
            kg.query(store, text)
        records = kg.query(store, "entity", entity="Jokowi")
        assert records.variables == ("entity", "role", "fact", "other", "document", "sentence")
        assert {r["entity"] for r in records} == {"Joko Widodo"}
