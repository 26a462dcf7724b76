"""Store benchmark: load throughput (embedded vs HTTP, per document vs bulk) and latency of every shipped query.

Why synthetic: running the NLP over a corpus of ~1 M triples takes far too long; the
store only sees RDF, so we generate Extraction objects in the project's shape and write
them with kg.rdf exactly as a build would. Two thirds of the articles are Indonesian
(entities named in Indonesian, with the gazetteer's English label when linked), one
third English; entities come from shared pools so they merge across documents, and
visits and meetings come from a pool of "stories" so the same event is reported by
several documents and merges too. Every shipped query returns rows.

    .venv/bin/python scripts/bench_store.py                 # ~1 M triples, embedded + oxigraph serve
    .venv/bin/python scripts/bench_store.py --virtuoso      # also load into Virtuoso 7 and time the queries there
    .venv/bin/python scripts/bench_store.py --queries DIR   # time another set of .rq files (e.g. an older version)

Prints the corpus size, load throughput and, per store, the median of 3 runs of every
query (and its row count). Needs the `oxigraph` CLI for the HTTP part and `virtuoso-t`
for --virtuoso; the work folder is deleted at the end unless --keep.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kg import rdf
from kg.builder import STORE_BATCH_QUADS
from kg.errors import StoreError
from kg.model import Document, Entity, EntityType, Event, EventKind, Evidence, Extraction, Relation, RelationKind
from kg.processing import nquads
from kg.queries import list_queries, load_query
from kg.store import EmbeddedStore, OxigraphServer, SparqlStore, Store, endpoints_for, oxigraph_binary

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the Virtuoso launcher is a test harness
from support.virtuoso import VirtuosoServer, free_port

POOLS = {EntityType.PERSON: 3000, EntityType.COUNTRY: 200, EntityType.ORGANIZATION: 400,
         EntityType.PLACE: 400, EntityType.TREATY: 150}
STORIES = 1500  # visits and meetings are drawn from these, so several documents report each one
NAMES_ID = {EntityType.COUNTRY: "Negara", EntityType.ORGANIZATION: "Organisasi", EntityType.PLACE: "Tempat",
            EntityType.TREATY: "Perjanjian"}
NAMES_EN = {EntityType.PERSON: "Person", EntityType.COUNTRY: "Country", EntityType.ORGANIZATION: "Organisation",
            EntityType.PLACE: "Place", EntityType.TREATY: "Treaty"}
QID_BASE = {EntityType.PERSON: 1_000_000, EntityType.COUNTRY: 2_000_000, EntityType.ORGANIZATION: 3_000_000,
            EntityType.PLACE: 4_000_000, EntityType.TREATY: 5_000_000}
ENTITY_PARAM = "Country 7"  # for entity.rq: a linked country named in ~1 % of the documents


def _entity(kind: EntityType, k: int, lang: str, key: str) -> Entity:
    """Entity k of a pool: linked (QID) when k is odd; Indonesian names carry the English label when linked."""
    linked = k % 2 == 1
    qid = f"Q{QID_BASE[kind] + k}" if linked else None
    english = f"{NAMES_EN[kind]} {k}"
    if kind is EntityType.PERSON:
        return Entity(key, kind, english, lang, aliases=(f"P. {k}",), qid=qid,
                      subtype="Leader" if k % 5 == 0 else None)
    if lang == "en":
        return Entity(key, kind, english, "en", qid=qid)
    labels = ((english, "en"),) if linked else ()
    return Entity(key, kind, f"{NAMES_ID[kind]} {k}", "id", labels=labels, qid=qid,
                  subtype="City" if kind is EntityType.PLACE and k % 3 == 0 else None)


def synthetic(index: int, rng: random.Random) -> Extraction:
    """One fake article: 10 entities, 5 relations, 7 events of every kind (~240 triples)."""
    lang = "en" if index % 3 == 0 else "id"
    sentences = [f"Sentence {i} of article {index} about diplomacy." for i in range(12)]
    text = " ".join(sentences)
    doc = Document(id=f"bench-{index:07d}", text=text, lang=lang, source="bench", title=f"Article {index}",
                   published=f"2024-{index % 12 + 1:02d}-{index % 28 + 1:02d}")
    story = rng.randrange(STORIES)
    story_rng = random.Random(story)  # the same story names the same visitor, host and place in every article
    people = story_rng.sample(range(POOLS[EntityType.PERSON]), 2) + rng.sample(range(POOLS[EntityType.PERSON]), 2)
    countries = story_rng.sample(range(POOLS[EntityType.COUNTRY]), 2)
    place = story_rng.randrange(POOLS[EntityType.PLACE])
    org = rng.randrange(POOLS[EntityType.ORGANIZATION])
    treaty = rng.randrange(POOLS[EntityType.TREATY])
    entities = (
        *(_entity(EntityType.PERSON, k, lang, f"p{i}") for i, k in enumerate(people)),
        *(_entity(EntityType.COUNTRY, k, lang, f"c{i}") for i, k in enumerate(countries)),
        _entity(EntityType.PLACE, place, lang, "place"),
        _entity(EntityType.ORGANIZATION, org, lang, "org"),
        _entity(EntityType.TREATY, treaty, lang, "treaty"),
    )

    def ev(i: int, confidence: float = 0.9) -> Evidence:
        start = text.index(sentences[i])
        return Evidence(doc.id, sentences[i], start, start + len(sentences[i]), "bench", confidence)

    relations = (
        Relation(RelationKind.LEADER_OF, "p0", "c0", ev(0)),
        Relation(RelationKind.LEADER_OF, "p1", "c1", ev(1)),
        Relation(RelationKind.OFFICIAL_OF, "p2", "org", ev(2)),
        Relation(RelationKind.TREATY_PARTY, "c0", "treaty", ev(3)),
        Relation(RelationKind.TREATY_PARTY, "c1", "treaty", ev(3)),
    )
    story_date = f"2024-05-{story % 28 + 1:02d}"
    events = (
        Event(EventKind.VISIT, ("p0",), ("c1",), ev(4), location="place", date=story_date),
        Event(EventKind.MEETING, ("p0", "p1"), (), ev(5), location="place", date=story_date),
        Event(EventKind.AGREEMENT, ("c0", "c1"), (), ev(6)),
        Event(EventKind.ACCUSATION, ("c0",), ("c1",), ev(7)),
        Event(EventKind.DENIAL, ("c1",), () if index % 2 else ("c0",), ev(8)),
        Event(EventKind.STATEMENT, ("p2",), ("c0",) if index % 2 else (), ev(9)),
        Event(EventKind.SANCTION, ("org",) if index % 4 else (), ("c1",), ev(10)),
    )
    return Extraction(doc, entities, relations, events)


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:>9,.0f} quads/s  ({n:,} quads in {seconds:.2f} s)"


def timed(label: str, quads: int, action: Callable[[], object]) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    action()
    cpu = time.process_time() - cpu  # this process's threads (the embedded store's), not a server's
    print(f"  {label:<52} {rate(quads, time.perf_counter() - start)} · CPU {cpu:.2f} s here", flush=True)


def latencies(store: Store, name: str, queries: Path | None) -> None:
    """Median of 3 runs of every query (the first run warms caches and counts too)."""
    print(f"query latency, {name} (median of 3):", flush=True)
    for info in list_queries(queries):
        text = load_query(info.path, {p: ENTITY_PARAM for p in info.params})
        runs, rows = [], 0
        for _ in range(3):
            start = time.perf_counter()
            rows = len(store.query(text))
            runs.append(time.perf_counter() - start)
        print(f"  {info.name:<12} {statistics.median(runs) * 1000:9.1f} ms  {rows:>7,} rows", flush=True)


# --------------------------------------------------------------------------- Virtuoso


def start_virtuoso(folder: Path) -> VirtuosoServer:
    """A Virtuoso sized for a million triples (its page cache and query memory)."""
    try:
        return VirtuosoServer(folder, buffers=170_000, query_mem="1G", max_seconds=300).start()
    except StoreError as exc:
        raise SystemExit(f"--virtuoso: {exc}") from exc


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the generated corpus (quads)")
    parser.add_argument("--per-doc", type=int, default=300, help="documents for the per-document load runs")
    parser.add_argument("--queries", type=Path, help="folder of .rq files to time (default: the shipped queries)")
    parser.add_argument("--virtuoso", action="store_true", help="also load into Virtuoso and time the queries")
    parser.add_argument("--no-http", action="store_true", help="skip oxigraph serve")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    rng = random.Random(42)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        run(args, rng, work)
    finally:
        if args.keep:
            print(f"(work folder {work})")
        else:
            shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, rng: random.Random, work: Path) -> None:
    corpus = work / "corpus.nq"
    start = time.perf_counter()
    graphs, total, index = [], 0, 0
    with corpus.open("w", encoding="utf-8") as out:
        while total < args.triples:
            iri, graph = rdf.to_graph(synthetic(index, rng))
            name = iri.n3()
            out.writelines(f"{s.n3()} {p.n3()} {o.n3()} {name} .\n" for s, p, o in graph)
            total += len(graph)
            if index < args.per_doc:
                graphs.append((iri, graph))
            index += 1
    per_doc_quads = sum(len(g) for _, g in graphs)
    print(f"corpus: {index:,} documents, {total:,} quads, generated in {time.perf_counter() - start:.1f} s")

    print("load throughput:")
    with EmbeddedStore(work / "perdoc") as store:
        timed(f"embedded, per document ({len(graphs)} replace_graph)", per_doc_quads,
              lambda: [store.replace_graph(iri, graph) for iri, graph in graphs])
    batches: list[list[tuple[str, bytes]]] = [[]]
    for iri, graph in graphs:  # what kg build hands the store: N-Quads bytes, STORE_BATCH_QUADS at a time
        if sum(data.count(b"\n") for _, data in batches[-1]) >= STORE_BATCH_QUADS:
            batches.append([])
        batches[-1].append((str(iri), nquads(str(iri), graph)))
    with EmbeddedStore(work / "batched") as store:
        timed(f"embedded, a build's batches ({len(batches)} replace_graphs of N-Quads)", per_doc_quads,
              lambda: [store.replace_graphs(batch) for batch in batches])
    with EmbeddedStore(work / "bulk") as store:
        timed("embedded, bulk (kg load: scan + drop + bulk_load)", total, lambda: store.load_file(corpus))
        stats = store.stats()
        print(f"  store: {stats['quads']:,} quads, {stats['triples']:,} distinct triples, "
              f"{stats['named_graphs']:,} graphs")
        latencies(store, "embedded (pyoxigraph)", args.queries)

    binary = oxigraph_binary()
    if binary and not args.no_http:
        print("load throughput over HTTP (oxigraph serve):")
        timed("oxigraph load CLI (for reference)", total, lambda: subprocess.run(
            [binary, "load", "--location", str(work / "cli"), "--file", str(corpus)], check=True,
            capture_output=True))
        with OxigraphServer(work / "http", port=free_port(), writable=True) as server:
            remote = SparqlStore(f"{server.url}/query", timeout=600)
            timed(f"HTTP, per document ({len(graphs)} Graph Store PUT)", per_doc_quads,
                  lambda: [remote.replace_graph(iri, graph) for iri, graph in graphs])
            update_only = SparqlStore(endpoints_for(f"{server.url}/query", gsp=""), timeout=600)
            timed(f"HTTP, per document ({len(graphs)} SPARQL Update)", per_doc_quads,
                  lambda: [update_only.replace_graph(iri, graph) for iri, graph in graphs])
            timed("HTTP, bulk (kg load: one Graph Store POST)", total, lambda: remote.load_file(corpus))
            latencies(remote, "oxigraph serve over HTTP", args.queries)
    elif not args.no_http:
        print("(oxigraph CLI not installed: HTTP runs skipped)")

    if args.virtuoso:
        server = start_virtuoso(work / "virtuoso")
        try:
            virtuoso = SparqlStore(server.url, user="dba", password="dba", timeout=600)
            print("load throughput into Virtuoso 7:")
            timed(f"Virtuoso, per document ({len(graphs)} SPARQL Update)", per_doc_quads,
                  lambda: [virtuoso.replace_graph(iri, graph) for iri, graph in graphs])
            timed("Virtuoso, bulk (kg load: INSERT DATA per graph)", total, lambda: virtuoso.load_file(corpus))
            latencies(virtuoso, "Virtuoso 7 over HTTP", args.queries)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
