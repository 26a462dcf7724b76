"""kg build --workers N: the same graph, exit code, summary and reports as one worker; Ctrl-C stops cleanly."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from support import corpus
from support.signals import ctrl_c_default

from kg import builder
from kg.builder import build
from kg.ingest import Problem
from kg.model import Document

KG = str(Path(sys.executable).with_name("kg"))
ROOT = Path(__file__).resolve().parents[1]

# A shape one fact of every article breaks: a sanction may not name whom it targets (so each is quarantined).
STRICTER = """
<urn:test:SanctionTargetShape> a <http://www.w3.org/ns/shacl#NodeShape> ;
  <http://www.w3.org/ns/shacl#targetClass> <https://w3id.org/newskg/ontology#Sanction> ;
  <http://www.w3.org/ns/shacl#property> [ <http://www.w3.org/ns/shacl#path> <https://w3id.org/newskg/ontology#target> ;
                                          <http://www.w3.org/ns/shacl#maxCount> 0 ] .
"""


def kg(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KG, *args], cwd=cwd, capture_output=True, text=True, timeout=600, env=env)


def summary_line(stderr: str) -> str:
    return next(line for line in stderr.splitlines() if "documents ·" in line)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, subprocess.CompletedProcess]]:
    """One corpus (40 documents = 3 chunks, a malformed line, a duplicate id, every article quarantined) built with
    1 and with 2 workers into a store, N-Quads and reports."""
    work = tmp_path_factory.mktemp("workers")
    extra = ['{"id": "broken", "text": ', json.dumps({"id": "doc-0003", "text": "Again under a used id."})]
    corpus.write(work / "corpus.jsonl", 40, extra=extra)
    ontology = work / "ontology"
    ontology.mkdir()
    (ontology / "newskg.ttl").write_text((ROOT / "ontology" / "newskg.ttl").read_text(encoding="utf-8"))
    (ontology / "shapes.ttl").write_text((ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8") + STRICTER)
    env = {**os.environ, "NEWSKG_ONTOLOGY": str(ontology)}
    done = {}
    for workers in (1, 2):
        done[workers] = kg("build", "corpus.jsonl", "--workers", str(workers), "--store", f"store{workers}",
                           "--out", f"out{workers}/graph.nq", "-q", cwd=work, env=env)
    return work, done


def test_two_workers_build_the_same_graph_byte_for_byte(runs) -> None:
    work, _ = runs
    one, two = (work / "out1/graph.nq").read_bytes(), (work / "out2/graph.nq").read_bytes()
    assert one and one == two
    assert b"doc-0039" in one


def test_two_workers_give_the_same_exit_code_summary_and_reports(runs) -> None:
    work, done = runs
    assert done[1].returncode == done[2].returncode == 1  # a line skipped, facts dropped
    assert summary_line(done[1].stderr) == summary_line(done[2].stderr)
    assert "40 documents" in summary_line(done[1].stderr) and "2 skipped" in summary_line(done[1].stderr)
    for kind in ("[E107]", "[E108]", "[W103]"):
        assert kind in done[2].stderr
    reports = {workers: {p.name: p.read_text() for p in (work / f"out{workers}").glob("*.quarantine.txt")}
               for workers in (1, 2)}
    assert len(reports[1]) == 40 and reports[1] == reports[2]


def test_two_workers_fill_the_store_as_one(runs) -> None:
    work, _ = runs
    exports = [kg("export", "--store", f"store{w}", "--format", "nquads", cwd=work).stdout for w in (1, 2)]
    assert exports[0] and sorted(exports[0].splitlines()) == sorted(exports[1].splitlines())


def test_one_small_input_starts_no_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(workers: int) -> None:
        raise AssertionError("a pool was started for one document")

    monkeypatch.setattr(builder, "ProcessPool", no_pool)
    (tmp_path / "a.txt").write_text(corpus.text(0)[1], encoding="utf-8")
    summary = build([tmp_path / "a.txt"], out=tmp_path / "a.nq", workers=2)
    assert summary.documents == 1


def test_the_driver_builds_one_document_per_language_and_a_scout_the_first_languages_others() -> None:
    """Before the pool forks the driver builds the first document of each language (in the order they appear); once
    the first is built, with another language to come, a scout takes the first language's other documents;
    problems stay in their places."""
    def doc(n: int, lang: str) -> Document:
        return Document(f"d{n}", "Text.", lang, f"c.jsonl:{n}")

    bad = Problem("c.jsonl", 2, "not JSON", "E107")
    head: list = [bad, doc(1, "en"), doc(3, "en"), doc(4, "id"), doc(5, "en"), doc(6, "id"), doc(7, "ms")]
    assert builder._warm_up_plan(head) == ([head[1], head[3], head[6]], [head[2], head[4]])
    indonesian_first = [doc(1, "id"), doc(2, "en"), doc(3, "id")]
    assert builder._warm_up_plan(indonesian_first) == ([indonesian_first[0], indonesian_first[1]],
                                                      [indonesian_first[2]])
    english = [doc(n, "en") for n in range(16)]
    assert builder._warm_up_plan(english) == (english[:1], [])  # one language: nothing to overlap, no scout
    assert builder._warm_up_plan([bad]) == ([], [])


def test_a_scout_builds_the_first_languages_documents_while_the_driver_warms_up_the_next(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With two languages in the first chunks, one process is forked between the first language's warm-up and the
    second's and builds the first language's other documents of those chunks; the graph is the one of one worker."""
    scouted: list[int] = []
    real_scout = builder._Scout

    def counting_scout(documents: list[Document], settings: builder.Settings) -> builder._Scout:
        assert {document.lang for document in documents} == {"en"}  # the first document of the corpus is English
        scouted.append(len(documents))
        return real_scout(documents, settings)

    monkeypatch.setattr(builder, "_Scout", counting_scout)
    corpus.write(tmp_path / "corpus.jsonl", 40)  # three chunks, two in three documents English
    one = build([tmp_path / "corpus.jsonl"], out=tmp_path / "one.nq", workers=1, validate_graphs=False)
    assert scouted == []  # one worker: no pool, no scout
    two = build([tmp_path / "corpus.jsonl"], out=tmp_path / "two.nq", workers=2, validate_graphs=False)
    head = min(40, builder.SCOUT_CHUNKS * builder.CHUNK_DOCUMENTS)
    english_in_head = sum(corpus.text(n)[0] == "en" for n in range(head))
    assert scouted == [english_in_head - 1]  # all but the one the driver warmed up with
    assert one.documents == two.documents == 40
    assert (one.facts, one.triples) == (two.facts, two.triples)
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "two.nq").read_bytes()


def test_the_last_chunks_go_to_the_workers_in_small_pieces_the_same_items_in_the_same_order() -> None:
    """With workers, the input's last chunks (one per worker) are cut into pieces of TAIL_DOCUMENTS documents, so the
    workers end close together; problems ride along in their places, and every other chunk is left whole."""
    def doc(n: int) -> Document:
        return Document(f"d{n}", "Text.", "en", f"c.jsonl:{n}")

    bad = Problem("c.jsonl", 40, "not JSON", "E107")
    items: list = [doc(n) for n in range(40)] + [bad] + [doc(n) for n in range(41, 51)]
    chunks = list(builder._chunks(items))
    assert [len(chunk) for chunk in chunks] == [16, 16, 17, 2]  # the problem rides in the third
    sent = list(builder._finer_tail(iter(chunks), 2))
    assert [item for chunk in sent for item in chunk] == items
    assert sent[0] == chunks[0] and sent[1] == chunks[1]
    pieces = sent[2:]
    assert [sum(isinstance(item, Document) for item in piece) for piece in pieces] == [4, 4, 4, 4, 2]
    assert all(sum(isinstance(item, Document) for item in piece) <= builder.TAIL_DOCUMENTS for piece in pieces)
    assert list(builder._finer_tail(iter(chunks[:1]), 2)) == list(builder._chunks(chunks[0], builder.TAIL_DOCUMENTS))
    assert list(builder._finer_tail(iter([]), 2)) == []


def test_a_long_build_keeps_the_collector_off_its_warm_state_and_gives_it_back_at_the_end(tmp_path: Path) -> None:
    """After the first chunk the long-lived objects are frozen (the collector skips them); the build unfreezes."""
    corpus.write(tmp_path / "corpus.jsonl", 20)  # two chunks
    frozen: list[int] = []
    summary = build([tmp_path / "corpus.jsonl"], out=tmp_path / "x.nq", workers=1, validate_graphs=False,
                    on_document=lambda item: frozen.append(gc.get_freeze_count()))
    assert summary.documents == 20
    assert frozen[0] == 0 and all(count > 0 for count in frozen[16:])  # the first chunk builds, then it settles
    assert gc.get_freeze_count() == 0


def _build_with_two_workers_running(tmp_path: Path) -> tuple[subprocess.Popen, set[int]]:
    """A two-worker build, returned once both workers run (and a second more): the process and the workers' pids."""
    corpus.write(tmp_path / "corpus.jsonl", 5000)  # far from done when interrupted, even on a loaded machine
    proc = subprocess.Popen([KG, "build", "corpus.jsonl", "--workers", "2", "--no-store", "--out", "x.nq", "-q"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=ctrl_c_default)
    children: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(children) < 2:  # wait until both workers run
        time.sleep(0.2)
        path = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        children = {int(pid) for pid in path.read_text().split()} if path.exists() else set()
    assert len(children) >= 2, "the workers did not start"
    time.sleep(1.0)
    return proc, children


def _stopped_cleanly(tmp_path: Path, proc: subprocess.Popen, children: set[int], code: int, word: str) -> None:
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    assert word in stderr and "Traceback" not in stderr
    assert not (tmp_path / "x.nq").exists() and not (tmp_path / ".x.nq.part").exists()
    time.sleep(0.5)
    alive = [pid for pid in children if Path(f"/proc/{pid}").exists()
             and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]]
    for pid in alive:  # do not leave them behind if the test fails
        os.kill(pid, signal.SIGKILL)
    assert not alive, "a worker outlived the build"


def test_the_driver_hands_the_store_batches_of_at_least_store_batch_quads_each_document_once_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store gets the documents in input order, each once, in batches closed as soon as they reach
    STORE_BATCH_QUADS quads (fewer bulk loads: fewer files for RocksDB to compact); only the last may hold fewer."""
    from kg.store import EmbeddedStore

    monkeypatch.setattr(builder, "STORE_BATCH_QUADS", 300)
    batches: list[list[tuple[str, bytes]]] = []

    class Recording(EmbeddedStore):
        def replace_graphs(self, graphs: Sequence[tuple[str, bytes]]) -> None:
            batches.append(list(graphs))
            super().replace_graphs(graphs)

    corpus.write(tmp_path / "corpus.jsonl", 20)
    with Recording(tmp_path / "store") as store:
        summary = build([tmp_path / "corpus.jsonl"], store=store, workers=1, validate_graphs=False)
        stored = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]
    sizes = [sum(nquads.count(b"\n") for _, nquads in batch) for batch in batches]
    assert len(batches) > 2 and all(size >= 300 for size in sizes[:-1]) and sizes[-1] > 0
    assert all(size - batch[-1][1].count(b"\n") < 300 for size, batch in zip(sizes, batches, strict=True))
    assert [iri.rsplit("/", 1)[1] for batch in batches for iri, _ in batch] == [f"doc-{n:04d}" for n in range(20)]
    assert sum(sizes) == summary.triples == int(stored)


def test_ctrl_c_stops_the_driver_and_its_workers_cleanly(tmp_path: Path) -> None:
    proc, children = _build_with_two_workers_running(tmp_path)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground process group
    _stopped_cleanly(tmp_path, proc, children, 130, "interrupted")


def test_sigterm_stops_the_driver_and_its_workers_like_ctrl_c(tmp_path: Path) -> None:
    """`kill PID` (a service manager, a batch queue's time limit) reaches the driver only: it must end its workers
    itself (they were left running, orphaned), remove the partial --out and exit 143."""
    proc, children = _build_with_two_workers_running(tmp_path)
    proc.send_signal(signal.SIGTERM)  # the driver alone, not its process group
    _stopped_cleanly(tmp_path, proc, children, 143, "terminated")


def test_an_interrupt_while_the_driver_writes_ends_the_workers_before_build_returns(tmp_path: Path) -> None:
    """Ctrl-C or SIGTERM may land while the driver handles a result (outside the pool's own loop): the workers
    are stopped then and there, not when the abandoned loop is collected (which the error's traceback delays,
    possibly to the interpreter's exit, where the pool's exit handler then waits on them)."""
    import multiprocessing

    corpus.write(tmp_path / "corpus.jsonl", 120)  # several chunks: a pool is started

    def interrupt(item: object) -> None:
        if multiprocessing.active_children():  # the workers run: the driver is handling their results
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as caught:
        build([tmp_path / "corpus.jsonl"], out=tmp_path / "x.nq", workers=2, validate_graphs=False,
              on_document=interrupt)
    assert caught.value.__traceback__ is not None  # the traceback (and the build's frames) still held here
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "x.nq").exists()


def _slow_square(number: int) -> int:
    time.sleep(0.2)
    return number * number


def test_abort_ends_the_pools_thread_even_when_a_worker_died_in_the_middle_of_a_result() -> None:
    """A worker ended while it sent a result leaves the pool's thread reading the rest of that message; abort() must
    still end that thread (the interpreter's exit waits for it: a Ctrl-C that never exited). The half-sent result
    is written here into the pool's real result pipe: a message header announcing 1 MB, and nothing after it."""
    import struct

    from kg.executors import ProcessPool

    pool = ProcessPool(2)
    assert list(pool.map(_slow_square, [1, 2, 3])) == [1, 4, 9]  # the workers and the pool's thread run
    thread = pool._pool._executor_manager_thread
    writer = pool._pool._result_queue._writer
    os.write(writer.fileno(), struct.pack("!i", 1_000_000) + b"x" * 100)  # a result cut short: the thread waits
    time.sleep(0.5)
    assert thread.is_alive()
    pool.abort()
    thread.join(timeout=30)
    assert not thread.is_alive(), "the pool's thread still waits for the rest of a result no worker will send"


def test_abort_returns_with_every_worker_recorded_as_ended_when_the_pools_thread_reaps_them_late(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool's thread reaps the workers abort() ends (waitpid), as the driver did: a driver that came second got
    ECHILD, which multiprocessing reads as "still running", and returned with a dead worker listed as a live child
    while the pool's thread, held back by a busy machine, had not yet recorded its exit. Here that thread is held
    back one second after each reap, and the driver comes second: abort() must still return with none listed."""
    import multiprocessing
    import threading

    from kg.executors import ProcessPool

    pool = ProcessPool(2)
    assert list(pool.map(_slow_square, [1, 2, 3])) == [1, 4, 9]
    pools_thread = pool._pool._executor_manager_thread
    waitpid = os.waitpid

    def reaped_late_by_the_pools_thread(pid: int, options: int) -> tuple[int, int]:
        if threading.current_thread() is not pools_thread:
            time.sleep(0.05)  # the driver second
        reaped = waitpid(pid, options)
        if threading.current_thread() is pools_thread and reaped[0] == pid:
            time.sleep(1.0)  # reaped, its exit recorded only a moment later
        return reaped

    monkeypatch.setattr(os, "waitpid", reaped_late_by_the_pools_thread)
    pool.abort()
    assert multiprocessing.active_children() == []
    assert not pools_thread.is_alive()


def _die(number: int) -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return number


def test_a_worker_that_dies_is_a_worker_error_at_its_result_and_at_the_next_submission() -> None:
    """What the scout uses (ProcessPool.submit) reports a killed worker as the pool's map does: E090, not
    concurrent.futures' own exception."""
    from kg.errors import WorkerError
    from kg.executors import ProcessPool

    pool = ProcessPool(1)
    try:
        result = pool.submit(_die, 1)
        with pytest.raises(WorkerError, match="a worker process died"):
            result()
        with pytest.raises(WorkerError):
            pool.submit(abs, -1)
        with pytest.raises(WorkerError):
            list(pool.map(abs, [-1, -2]))
    finally:
        pool.abort()
