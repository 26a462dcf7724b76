"""Explorer benchmark: latency of every explorer page and every shipped query on the ~1 M-quad store.

The store is the synthetic corpus of scripts/bench_store.py (same generator, same seed: 4,785
documents, ~1 M quads), bulk-loaded into an embedded store. Pages are fetched over HTTP from the
explorer running in this process (ExplorerServer, the server `kg serve` runs), so a page's time
includes its SPARQL queries, rendering and the HTTP round trip; queries run through
EmbeddedStore.query as `kg query` does: a listing query's first page (100 facts) and, as its own
row, the count `kg query` prints under the table ("NAME (total)"). Each row is the median of
--runs runs after one warm-up, in wall-clock and in CPU time of this process.

    .venv/bin/python scripts/bench_explorer.py                       # build the store in a temp folder
    .venv/bin/python scripts/bench_explorer.py --store /tmp/bench    # build it there once, reuse it after
    .venv/bin/python scripts/bench_explorer.py --store /tmp/bench --only pages --runs 9
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import ENTITY_PARAM, synthetic

from kg import rdf
from kg.explore.server import ExplorerServer
from kg.queries import list_queries, load_query
from kg.store import EmbeddedStore

COUNTRY = "https://w3id.org/newskg/id/entity/Q2000007"  # "Country 7", named in ~1 % of the documents
PERSON = "https://w3id.org/newskg/id/entity/Q1000001"  # "Person 1"
LIMIT_MS = 300


def build_store(path: Path, quads: int) -> None:
    """The corpus of bench_store.py (seed 42), written as N-Quads and bulk-loaded."""
    rng = random.Random(42)
    corpus = path.parent / (path.name + ".nq")
    total = index = 0
    start = time.perf_counter()
    with corpus.open("w", encoding="utf-8") as out:
        while total < quads:
            iri, graph = rdf.to_graph(synthetic(index, rng))
            name = iri.n3()
            out.writelines(f"{s.n3()} {p.n3()} {o.n3()} {name} .\n" for s, p, o in graph)
            total += len(graph)
            index += 1
    with EmbeddedStore(path) as store:
        store.load_file(corpus)
    corpus.unlink()
    print(f"store: {index:,} documents, {total:,} quads, built in {time.perf_counter() - start:.0f} s", flush=True)


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """(median wall ms, median CPU ms of this process, last result) of ``runs`` calls after one warm-up call.

    CPU time covers the server's threads too (they run in this process); on a shared machine it is
    what other processes disturb least, and close to the wall time an idle machine would show.
    """
    action()
    times, cpus, result = [], [], None
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(times), statistics.median(cpus), result


def pages() -> list[tuple[str, str]]:
    q = urllib.parse.quote
    everything = "&".join(f"kind={k}" for k in ("Meeting", "Visit", "Agreement", "Sanction", "Accusation", "Denial",
                                                "Statement", "leaderOf", "officialOf", "party"))
    return [
        ("home", "/"),
        ("search (name)", "/search?q=" + q("Country 7")),
        ("search (alias, id)", "/search?q=" + q("Negara 7")),
        ("search (QID)", "/search?q=Q2000007"),
        ("entity (country)", "/entity?iri=" + q(COUNTRY, safe="")),
        ("entity (person)", "/entity?iri=" + q(PERSON, safe="")),
        ("entity (by name)", "/entity?q=" + q("Country 7")),
        ("network (default)", "/network"),
        ("network (all kinds)", "/network?" + everything),
        ("network (dates, conf.)", "/network?kind=Meeting&kind=Visit&from=2024-05-03&to=2024-05-10&min_confidence=0.5"),
        ("network (focus)", "/network?" + everything + "&focus=" + q(COUNTRY, safe="")),
        ("network.json (focus)", "/network.json?focus=" + q(PERSON, safe="")),
        ("timeline (entity)", "/timeline?entity=" + q(PERSON, safe="")),
        ("timeline (pair)", "/timeline?entity=" + q(COUNTRY, safe="") + "&with="
         + q("https://w3id.org/newskg/id/entity/country/country-70", safe="")),
        ("sparql editor", "/sparql"),
        ("query endpoint (JSON)", "/query?query=" + q("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 100")),
    ]


def bench_pages(store: EmbeddedStore, runs: int) -> list[tuple[str, float, float, int]]:
    results = []
    with ExplorerServer(store) as server:
        for name, path in pages():
            def fetch(path: str = path) -> int:
                with urllib.request.urlopen(server.url + path, timeout=120) as response:
                    return len(response.read())

            median, cpu, size = median_ms(fetch, runs)
            results.append((name, median, cpu, int(size)))  # type: ignore[arg-type]
            print(f"  {name:<24} {median:8.1f} ms  (CPU {cpu:7.1f} ms)  {size:>9,} bytes", flush=True)
    return results


def bench_queries(store: EmbeddedStore, runs: int, folder: Path | None) -> list[tuple[str, float, float, int]]:
    results = []
    for info in list_queries(folder):
        text = load_query(info.path, {p: ENTITY_PARAM for p in info.params})
        median, cpu, result = median_ms(lambda text=text: store.query(text), runs)
        rows = len(result)  # type: ignore[arg-type]
        results.append((info.name, median, cpu, rows))
        print(f"  {info.name:<24} {median:8.1f} ms  (CPU {cpu:7.1f} ms)  {rows:>9,} rows", flush=True)
        if info.total:  # `kg query` also counts what a listing pages over, for the line under the table
            median, cpu, result = median_ms(lambda text=info.total: store.query(text), runs)
            total = int(result.rows[0][0])  # type: ignore[attr-defined]
            results.append((f"{info.name} (total)", median, cpu, total))
            print(f"  {info.name + ' (total)':<24} {median:8.1f} ms  (CPU {cpu:7.1f} ms)  {total:>9,} counted",
                  flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="store directory: built there if missing, reused if present")
    parser.add_argument("--quads", type=int, default=1_000_000, help="size of a store to build")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per page or query (after one warm-up)")
    parser.add_argument("--only", choices=["pages", "queries"], help="time only the pages or only the queries")
    parser.add_argument("--queries", type=Path, help="folder of .rq files to time instead of the shipped ones")
    parser.add_argument("--markdown", action="store_true", help="also print the results as a Markdown table")
    args = parser.parse_args()
    work = None
    path = args.store
    if path is None:
        work = Path(tempfile.mkdtemp(prefix="kg-bench-explorer-"))
        path = work / "store"
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            build_store(path, args.quads)
        results: list[tuple[str, str, float, float, int]] = []
        with EmbeddedStore(path, read_only=True) as store:
            if args.only in (None, "pages"):
                print(f"explorer pages over HTTP, median of {args.runs}:", flush=True)
                results += [("page", *r) for r in bench_pages(store, args.runs)]
            if args.only in (None, "queries"):
                print(f"shipped queries (EmbeddedStore.query), median of {args.runs}:", flush=True)
                results += [("query", *r) for r in bench_queries(store, args.runs, args.queries)]
        slow = [r[1] for r in results if r[2] >= LIMIT_MS]
        print(f"{len(slow)} over {LIMIT_MS} ms" + (": " + ", ".join(slow) if slow else ""))
        if args.markdown:
            print("\n| what | name | wall ms | CPU ms | size |\n|---|---|---:|---:|---:|")
            for kind, name, wall, cpu, size in results:
                unit = "bytes" if kind == "page" else "rows"
                print(f"| {kind} | {name} | {wall:,.0f} | {cpu:,.0f} | {size:,} {unit} |")
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
