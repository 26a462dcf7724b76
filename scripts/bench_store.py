"""Store benchmark: load throughput (embedded vs HTTP, per document vs bulk) and latency of every shipped query.

Why synthetic: running the NLP over a corpus of ~1 M triples takes far too long; the
store only sees RDF, so we generate Extraction objects in the project's shape (entities
drawn from a shared pool so they merge across documents, events repeated across
documents so they merge too) and write them with kg.rdf exactly as a build would.

    .venv/bin/python scripts/bench_store.py [--triples 1000000] [--per-doc 300]
"""

from __future__ import annotations

import argparse
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg import rdf
from kg.model import Document, Entity, EntityType, Event, EventKind, Evidence, Extraction, Relation, RelationKind
from kg.queries import list_queries, run_query
from kg.store import EmbeddedStore, OxigraphServer, SparqlStore, endpoints_for, oxigraph_binary

KINDS = [EventKind.VISIT, EventKind.MEETING, EventKind.AGREEMENT, EventKind.ACCUSATION, EventKind.STATEMENT]


def synthetic(index: int, rng: random.Random, pool: int = 2000) -> Extraction:
    """One fake article: 8 entities from a shared pool, 3 relations, 6 events (some shared with other articles)."""
    sentences = [f"Sentence {i} of article {index} about diplomacy." for i in range(8)]
    text = " ".join(sentences)
    doc = Document(id=f"bench-{index:07d}", text=text, lang="en", source="bench", title=f"Article {index}")
    keys = rng.sample(range(pool), 8)
    entities = tuple(
        Entity(f"e{k}", EntityType.COUNTRY if k % 3 == 0 else EntityType.PERSON, f"Name {k}", "en",
               qid=f"Q{k + 1}" if k % 2 else None)
        for k in keys)

    def ev(i: int) -> Evidence:
        start = text.index(sentences[i])
        return Evidence(doc.id, sentences[i], start, start + len(sentences[i]), "bench", 0.9)

    people = [e.key for e in entities if e.type is EntityType.PERSON] or [entities[0].key]
    countries = [e.key for e in entities if e.type is EntityType.COUNTRY] or [entities[-1].key]
    relations = tuple(Relation(RelationKind.LEADER_OF, people[i % len(people)], countries[i % len(countries)], ev(i))
                      for i in range(3))
    events = tuple(Event(KINDS[i % len(KINDS)], (people[i % len(people)],), (countries[i % len(countries)],), ev(i),
                         date=f"2024-05-{(index + i) % 28 + 1:02d}") for i in range(6))
    return Extraction(doc, entities, relations, events)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the generated corpus")
    parser.add_argument("--per-doc", type=int, default=300, help="documents for the per-document load runs")
    args = parser.parse_args()
    rng = random.Random(42)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    corpus = work / "corpus.nq"
    start = time.perf_counter()
    graphs, total, index = [], 0, 0
    with corpus.open("w", encoding="utf-8") as out:
        while total < args.triples:
            iri, graph = rdf.to_graph(synthetic(index, rng))
            lines = graph.serialize(format="nt").splitlines()
            out.writelines(f"{line[:-2]} <{iri}> .\n" for line in lines if line.strip())
            total += len(graph)
            if index < args.per_doc:
                graphs.append((iri, graph))
            index += 1
    print(f"generated {index} documents, {total} quads in {time.perf_counter() - start:.1f}s -> {corpus}")
    per_doc_quads = sum(len(g) for _, g in graphs)

    def rate(n: int, seconds: float) -> str:
        return f"{n / seconds:,.0f} quads/s ({seconds:.2f}s)"

    with EmbeddedStore(work / "perdoc") as store:
        t = time.perf_counter()
        for iri, graph in graphs:
            store.replace_graph(iri, graph)
        print(f"embedded per-document replace_graph: {rate(per_doc_quads, time.perf_counter() - t)}")
    with EmbeddedStore(work / "bulk") as store:
        t = time.perf_counter()
        store.load_file(corpus)
        print(f"embedded bulk (pyoxigraph bulk_load, incl. graph scan): {rate(total, time.perf_counter() - t)}")
    binary = oxigraph_binary()
    if binary:
        t = time.perf_counter()
        subprocess.run([binary, "load", "--location", str(work / "cli"), "--file", str(corpus)], check=True,
                       capture_output=True)
        print(f"oxigraph load CLI: {rate(total, time.perf_counter() - t)}")
        with OxigraphServer(work / "http", port=free_port(), writable=True) as server:
            remote = SparqlStore(f"{server.url}/query", timeout=600)
            t = time.perf_counter()
            for iri, graph in graphs:
                remote.replace_graph(iri, graph)
            print(f"HTTP per-document (Graph Store PUT): {rate(per_doc_quads, time.perf_counter() - t)}")


            update_only = SparqlStore(endpoints_for(f"{server.url}/query", gsp=""), timeout=600)
            t = time.perf_counter()
            for iri, graph in graphs:
                update_only.replace_graph(iri, graph)
            print(f"HTTP per-document (SPARQL Update DROP+INSERT): {rate(per_doc_quads, time.perf_counter() - t)}")
            t = time.perf_counter()
            remote.load_file(corpus)
            print(f"HTTP bulk (one Graph Store POST of N-Quads): {rate(total, time.perf_counter() - t)}")
    with EmbeddedStore(work / "bulk", read_only=True) as store:
        print(f"query latency on {store.stats()['quads']:,} quads (embedded, best of 3):")
        for info in list_queries():
            params = {name: "Name 3" for name in info.params}
            best = float("inf")
            for _ in range(3):
                t = time.perf_counter()
                rows = len(run_query(store, info.name, params))
                best = min(best, time.perf_counter() - t)
            print(f"  {info.name:<12} {best * 1000:9.1f} ms  {rows} rows")
    print(f"(work folder {work}; delete it when done)", file=sys.stderr)


if __name__ == "__main__":
    main()
