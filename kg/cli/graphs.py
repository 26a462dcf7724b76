"""``kg validate``, ``kg load``, ``kg stats``, ``kg export``: RDF files in, the store's graph out."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.markup import escape

from kg.cli.app import EXIT_OK, EXIT_PARTIAL, err, main, out
from kg.cli.options import DEFAULT_STORE, STORE_HELP, open_cli_store, remote_settings, remote_store_options
from kg.errors import OutputError


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(file: Path) -> None:
    """Validate an RDF FILE (.trig, .nq, .ttl, .jsonld) against the ontology and SHACL shapes.

    Exit codes follow pySHACL: 0 conforms, 1 does not conform (the report is printed),
    2 the file could not be read or validated.
    """
    from kg.validate import validate_file

    report = validate_file(file)
    if report.conforms:
        out.print(f"{file}: conforms", highlight=False)
        sys.exit(EXIT_OK)
    out.print(report.text, highlight=False, markup=False)
    sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@click.option("--graph", metavar="IRI",
              help="Named graph for a file of triples (.ttl, .nt); default: …/id/graph/loaded/FILE-NAME.")
@remote_store_options
def load(files: tuple[Path, ...], store_path: str, graph: str | None, user: str | None, password: str | None,
         update_endpoint: str | None, gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Load RDF FILES (.trig, .nq, .ttl, .nt, .jsonld) into the store with Oxigraph's bulk loader.

    Named graphs are kept (and replaced if present). A file of triples (.ttl, .nt) has no
    graphs: it goes into a named graph of its own, named after the file (or --graph), which
    loading it again replaces; the shipped queries read it like a document's graph. A remote
    store gets the file through its Graph Store endpoint, else SPARQL Update.
    """

    from kg.store.base import QUAD_SUFFIXES, graph_name, loaded_graph

    if graph is not None:
        graph_name(graph)  # a bad IRI stops the command before anything is loaded
    remote = remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote) as store:
        for file in files:
            start = time.perf_counter()
            count = store.load_file(file, graph=graph)
            seconds = time.perf_counter() - start
            where = "" if file.suffix.lower() in QUAD_SUFFIXES else f" into graph <{graph or loaded_graph(file)}>"
            err.print(f"loaded {escape(str(file))}: {count} quads{escape(where)} in {seconds:.1f}s", highlight=False)

@main.command()
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@remote_store_options
def stats(store_path: str, user: str | None, password: str | None, update_endpoint: str | None,
          gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Count what the store holds: triples, documents, entities by type, facts by kind."""
    remote = remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    with open_cli_store(store_path, remote, read_only=True) as store:
        counts = store.stats()
    width = max(len(str(k)) for k in counts) if counts else 0
    for key, value in counts.items():
        if isinstance(value, dict):
            out.print(f"{key}:", highlight=False)
            for sub, n in value.items():
                out.print(f"  {sub:<{width}} {n}", highlight=False)
        else:
            out.print(f"{key:<{width}} {value}", highlight=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"]),
              help="turtle merges all graphs; trig, nquads and jsonld keep them; graphml, gexf and csv are the "
                   "network of who did what to whom (Gephi, NetworkX). Default: from --out's suffix, else trig.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout); .trig .nq .ttl .jsonld .graphml .gexf .csv name the format. "
                   "CSV writes the edges there and the nodes to NAME.nodes.csv.")
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, help=STORE_HELP)
@remote_store_options
def export(fmt: str | None, out: Path | None, store_path: str, user: str | None, password: str | None,
           update_endpoint: str | None, gsp_endpoint: str | None, auth: str | None, timeout: float) -> None:
    """Write the whole store out as RDF (streamed), or its network for analysts (GraphML, GEXF, CSV)."""
    from kg.export import NETWORK_FORMATS, export_format, to_networkx, write_network

    fmt = export_format(fmt, out)
    remote = remote_settings(user, password, update_endpoint, gsp_endpoint, auth, timeout)
    read_only = not str(store_path).startswith(("http://", "https://"))
    with open_cli_store(store_path, remote, read_only=read_only) as store:
        try:
            if fmt in NETWORK_FORMATS:
                graph = to_networkx(store)
                written = write_network(graph, fmt, out if out is not None else sys.stdout.buffer)
                sys.stdout.buffer.flush()
                for path in written:
                    err.print(f"wrote {escape(str(path))} ({graph.number_of_nodes()} nodes, "
                              f"{graph.number_of_edges()} edges)", highlight=False)
            elif out is None:
                store.export(sys.stdout.buffer, fmt)
                sys.stdout.buffer.flush()
            else:
                out.parent.mkdir(parents=True, exist_ok=True)
                store.export(out, fmt)
                err.print(f"wrote {escape(str(out))}", highlight=False)
        except OSError as error:  # a full disk, a folder in the way (a closed pipe ends the command quietly)
            raise OutputError(f"cannot write {out or 'stdout'}: {error.strerror or error}") from error
