"""`kg export` to GraphML, GEXF and CSV, read back with NetworkX; the network of tests/factories.py."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import factories
import networkx as nx
import pytest

from kg import rdf
from kg.errors import UsageError
from kg.export import export_format, nodes_path, to_networkx
from kg.store import EmbeddedStore

JOKOWI = "https://w3id.org/newskg/id/entity/Q3318231"
INDONESIA = "https://w3id.org/newskg/id/entity/Q252"
JAPAN = "https://w3id.org/newskg/id/entity/Q17"
KISHIDA = "https://w3id.org/newskg/id/entity/person/fumio-kishida"
EU = "https://w3id.org/newskg/id/entity/Q458"
MYANMAR = "https://w3id.org/newskg/id/entity/Q836"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("export") / "store"
    with EmbeddedStore(path) as store:
        for extraction in factories.both():
            store.replace_graph(*rdf.to_graph(extraction))
    yield path


def kg_export(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", "export", *args], capture_output=True, text=True, timeout=300)


def edges(graph: nx.MultiDiGraph, relation: str) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["relation"] == relation]


def check(graph: nx.MultiDiGraph) -> None:
    """The facts of factories.both() as edges (sanctions without an imposer and denials without a target have none)."""
    assert graph.nodes[JOKOWI]["label"] == "Joko Widodo"
    assert graph.nodes[JOKOWI]["type"] == "Person" and graph.nodes[JOKOWI]["qid"] == "Q3318231"
    assert int(graph.nodes[JOKOWI]["documents"]) == 2
    assert graph.nodes[KISHIDA]["qid"] == ""
    assert graph.nodes[JAPAN]["type"] == "Country"
    leads = {(u, v): d for u, v, d in edges(graph, "leaderOf")}
    assert set(leads) == {(JOKOWI, INDONESIA), (KISHIDA, JAPAN)}
    assert int(leads[(JOKOWI, INDONESIA)]["documents"]) == 2  # both articles say so: one fact, two documents
    assert float(leads[(JOKOWI, INDONESIA)]["confidence"]) == pytest.approx(0.9)
    [(u, v, visit)] = edges(graph, "Visit")
    assert (u, v) == (JOKOWI, JAPAN) and visit["date"] == "2024-05-13"
    meetings = edges(graph, "Meeting")
    assert len(meetings) == 2 and all({u, v} == {JOKOWI, KISHIDA} for u, v, _ in meetings)
    assert all(str(d["directed"]).lower() == "false" for _, _, d in meetings)
    assert sorted(d["date"] for _, _, d in meetings) == ["", "2024-05"]
    assert [(u, v) for u, v, _ in edges(graph, "Sanction")] == [(EU, MYANMAR)]
    assert {d["relation"] for _, _, d in graph.edges(data=True)} == {
        "leaderOf", "officialOf", "party", "Visit", "Meeting", "Agreement", "Sanction", "Accusation", "Statement"}
    assert graph.number_of_edges() == 12


def test_to_networkx(store_dir: Path) -> None:
    with EmbeddedStore(store_dir, read_only=True) as store:
        check(to_networkx(store))


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_graph_files_round_trip_through_networkx(store_dir: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"network{suffix}"
    result = kg_export("--store", str(store_dir), "--out", str(out))  # the format from the suffix
    assert result.returncode == 0, result.stderr
    graph = nx.read_graphml(out, force_multigraph=True) if suffix == ".graphml" else nx.read_gexf(out)
    check(graph)


def test_csv_round_trips_through_networkx(store_dir: Path, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "network.csv"
    result = kg_export("--store", str(store_dir), "--format", "csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out, keep_default_na=False)
    assert list(frame.columns[:4]) == ["Source", "Target", "Type", "Label"]  # Gephi's spreadsheet columns
    graph = nx.from_pandas_edgelist(frame, "Source", "Target", edge_attr=True, create_using=nx.MultiDiGraph)
    nodes = pd.read_csv(nodes_path(out), keep_default_na=False)
    assert list(nodes.columns[:2]) == ["Id", "Label"]
    for row in nodes.to_dict("records"):
        graph.add_node(row["Id"], label=row["Label"], type=row["type"], qid=row["qid"], documents=row["documents"])
    for _, _, data in graph.edges(data=True):
        data["directed"] = data["Type"] == "Directed"
    check(graph)


def test_csv_to_stdout_and_rdf_formats_still_work(store_dir: Path, tmp_path: Path) -> None:
    result = kg_export("--store", str(store_dir), "--format", "csv")
    assert result.returncode == 0 and result.stdout.startswith("Source,Target,Type,Label")
    out = tmp_path / "all.nq"
    assert kg_export("--store", str(store_dir), "--out", str(out)).returncode == 0
    assert "<https://w3id.org/newskg/id/graph/" in out.read_text(encoding="utf-8")


def test_export_format_from_suffix() -> None:
    assert export_format(None, Path("x.graphml")) == "graphml"
    assert export_format(None, Path("x.TTL")) == "turtle"
    assert export_format(None, None) == "trig"
    assert export_format("gexf", None) == "gexf"
    with pytest.raises(UsageError, match="names turtle"):
        export_format("trig", Path("x.ttl"))
    with pytest.raises(UsageError, match="suffix"):
        export_format(None, Path("x.docx"))
