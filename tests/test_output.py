"""--out written as the build goes (kg.output): streamed N-Quads and TriG, buffered Turtle and JSON-LD."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import factories
import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg import rdf
from kg.errors import OutputError
from kg.output import GraphOutput

ROOT = Path(__file__).resolve().parents[1]


def write(path: Path) -> Path:
    with GraphOutput(path) as output:
        for extraction in factories.both():
            output.add(*rdf.to_graph(extraction))
    return path


def quads(path: Path) -> set[str]:
    """The file's quads as N-Quads lines, read by Oxigraph."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]))
    return {str(q) for q in store}


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".ttl", ".jsonld"])
def test_every_format_is_read_back_by_rdflib_and_oxigraph(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"out{suffix}")
    reference = rdf.to_dataset(factories.both())
    parsed = Dataset()
    parsed.parse(path, format=rdf.FORMATS[suffix])
    assert len(parsed) == len(reference)
    if suffix != ".ttl":  # Turtle merges the graphs
        assert quads(path) == quads(write(tmp_path / "ref.nq"))
    assert not list(tmp_path.glob(".*.part"))


def test_streamed_nquads_sorted_equal_the_buffered_writer(tmp_path: Path) -> None:
    streamed = write(tmp_path / "out.nq").read_bytes()
    buffered = rdf.serialize(rdf.to_dataset(factories.both()), "nquads")
    assert sorted(streamed.splitlines()) == sorted(buffered.splitlines())
    assert write(tmp_path / "again.nq").read_bytes() == streamed  # deterministic


def test_trig_declares_each_prefix_once(tmp_path: Path) -> None:
    text = write(tmp_path / "out.trig").read_text()
    declarations = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert len(declarations) == len(set(declarations)) and "@prefix kg:" in text
    assert text.count("<https://w3id.org/newskg/id/graph/") == 2


def test_an_aborted_output_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    path = tmp_path / "out.nq"
    path.write_text("old\n")
    with pytest.raises(RuntimeError), GraphOutput(path) as output:
        output.add(*rdf.to_graph(factories.english()))
        raise RuntimeError("the build failed")
    assert path.read_text() == "old\n" and not list(tmp_path.glob(".*.part"))


def test_an_unwritable_out_is_an_error_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "folder.nq").mkdir()
    with pytest.raises(OutputError, match="cannot write"):
        GraphOutput(tmp_path / "folder.nq")
    (tmp_path / "a-file").write_text("")
    with pytest.raises(OutputError, match="cannot write"):
        GraphOutput(tmp_path / "a-file" / "out.nq")  # a file where a folder should be


def test_cli_stops_on_an_unwritable_out_before_extracting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("President Joko Widodo visited Tokyo on Monday.\n")
    (tmp_path / "blocker").write_text("")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "a.txt", "--no-store", "--out",
                           "blocker/out.nq"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "[E080] cannot write" in proc.stderr and "hint:" in proc.stderr
    assert "documents ·" not in proc.stderr and "Traceback" not in proc.stderr


def test_help_says_which_formats_are_streamed() -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--help"], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    text = " ".join(proc.stdout.split())
    assert "written document by document" in text and "held in memory until the end" in text
