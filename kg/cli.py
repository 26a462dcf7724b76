"""The ``kg`` command line: build, validate, load, query, stats, gazetteer.

Exit codes (documented in the README and in ``kg --help``):
  0  everything worked (for ``kg validate``: the graph conforms)
  1  the run finished, but something was skipped or rejected (bad input, a document
     graph that failed validation; for ``kg validate``: the graph does not conform)
  2  an error stopped the command (bad usage, missing resource, store or query error)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from kg.errors import KGError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
DEFAULT_STORE = Path(".kg/store")

err = Console(stderr=True)
out = Console()


class KGGroup(click.Group):
    """Turns any :class:`KGError` into one clear message and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            err.print(f"[bold red]error[/] {exc}", highlight=False)
            sys.exit(EXIT_ERROR)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="newskg")
def main() -> None:
    """newskg: news articles → a Wikidata-linked, SHACL-validated RDF knowledge graph.

    \b
    Typical use:
      kg build articles/ --store .kg/store      extract, validate and store
      kg query leaders                           who leads what (see `kg query --list`)
      kg stats                                   what the store holds

    \b
    Exit codes: 0 success; 1 finished but something was skipped or rejected
    (kg validate: does not conform); 2 an error stopped the command.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the graph to FILE; the format follows the suffix: .trig, .nq, .ttl, .jsonld.")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_STORE,
              show_default=True, help="Embedded Oxigraph store directory to load the documents into.")
@click.option("--no-store", is_flag=True, help="Do not load a store (write --out only).")
@click.option("--lang", help="Language of all inputs (id or en); default: detected per document.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (faster; for benchmarks).")
@click.option("--reports", "reports_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where validation reports of rejected documents go (default: beside --out, else .kg/reports).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def build(inputs: tuple[Path, ...], out: Path | None, store_path: Path, no_store: bool, lang: str | None,
          no_validate: bool, reports_dir: Path | None, quiet: bool) -> None:
    """Extract entities and facts from INPUTS (.txt files, folders, .jsonl) into RDF.

    Each document becomes one named graph; it is validated against ontology/shapes.ttl
    before it is stored. A document that does not conform is not stored: its report is
    written and named in the summary. Unreadable inputs are reported with file and line
    and skipped. Re-running the same input leaves the store unchanged.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.build import build as run_build
    from kg.build import plan_size
    from kg.ingest import Problem

    if no_store and out is None:
        raise click.UsageError("--no-store needs --out, or there is nothing to keep")
    if out is not None and out.suffix not in {".trig", ".nq", ".ttl", ".jsonld"}:
        raise click.UsageError(f"--out {out}: use a .trig, .nq, .ttl or .jsonld file name")
    store = None
    if not no_store:
        from kg.store import open_store

        store = open_store(store_path)
    total = plan_size(inputs)
    progress = Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                        disable=quiet or not err.is_terminal, transient=True)

    def on_document(item) -> None:
        if isinstance(item, Problem):
            err.print(f"[yellow]skipped[/] {item}", highlight=False)
        progress.update(task, description=str(getattr(item, "source", "")), advance=0)

    try:
        with progress:
            task = progress.add_task("", total=total)
            last_source: list[str] = []

            def advance(item) -> None:
                source = str(getattr(item, "source", ""))
                base = source.split(":")[0]
                if not last_source or last_source[-1] != base:
                    progress.advance(task)
                    last_source.append(base)
                on_document(item)

            summary = run_build(inputs, lang=lang, out=out, store=store, reports_dir=reports_dir,
                                validate_graphs=not no_validate, on_document=advance)
    finally:
        if store is not None:
            store.close()
    err.print(
        f"[bold]{summary.documents}[/] documents · [bold]{summary.entities}[/] entities · "
        f"[bold]{summary.facts}[/] facts · [bold]{summary.triples}[/] triples · "
        f"[bold]{len(summary.rejected)}[/] rejected · [bold]{len(summary.skipped)}[/] skipped",
        highlight=False,
    )
    for rejected in summary.rejected:
        err.print(f"[red]rejected[/] {rejected.source} ({rejected.reason}); report: {rejected.report}",
                  highlight=False)
    if out is not None:
        err.print(f"wrote {out}", highlight=False)
    if store is not None:
        err.print(f"stored in {store_path}", highlight=False)
    sys.exit(EXIT_OK if summary.ok else EXIT_PARTIAL)


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
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_STORE,
              show_default=True, help="Embedded Oxigraph store directory.")
def load(files: tuple[Path, ...], store_path: Path) -> None:
    """Load RDF FILES (.trig, .nq, .ttl, .nt, .jsonld) into the store with Oxigraph's bulk loader.

    Named graphs are kept; a .ttl or .nt file goes to the default graph.
    """
    from kg.store import open_store

    with open_store(store_path) as store:
        for file in files:
            store.load_file(file)
            err.print(f"loaded {file}", highlight=False)


@main.command()
@click.argument("query", required=False)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter (repeatable), e.g. --param name=Putin.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_STORE,
              show_default=True, help="Embedded Oxigraph store directory.")
@click.option("--list", "list_only", is_flag=True, help="List the shipped queries and their parameters.")
def query(query: str | None, params: tuple[str, ...], fmt: str, store_path: Path, list_only: bool) -> None:
    """Run QUERY: the name of a shipped query (queries/NAME.rq) or a path to a .rq file."""
    from kg import queries

    if list_only or query is None:
        for info in queries.list_queries():
            extra = "  params: " + ", ".join(info.params) if info.params else ""
            out.print(f"[bold]{info.name}[/]  {info.question}{extra}", highlight=False)
        sys.exit(EXIT_OK)
    bound: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--param {item!r}: expected NAME=VALUE")
        bound[name.strip()] = value
    text = queries.load_query(query, bound)
    from kg.store import open_store

    with open_store(store_path) as store:
        result = store.query(text)
    out.print(queries.format_result(result, fmt), highlight=False, markup=False, soft_wrap=True)


@main.command()
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_STORE,
              show_default=True, help="Embedded Oxigraph store directory.")
def stats(store_path: Path) -> None:
    """Count what the store holds: triples, documents, entities by type, facts by kind."""
    from kg.store import open_store

    with open_store(store_path) as store:
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
@click.option("--source", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("../shared/data/wikidata"), show_default=True,
              help="Folder with countries.tsv, places.tsv, organizations.tsv, people.tsv.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("data/gazetteer"),
              show_default=True, help="Where the built gazetteer goes (commit it).")
def gazetteer(source: Path, out_dir: Path) -> None:
    """Build the gazetteer (data/gazetteer/) from the verified Wikidata tables and our lexicons."""
    from kg import gazetteer as gaz

    report = gaz.build(source, out_dir)
    err.print(str(report), highlight=False)


if __name__ == "__main__":
    main()
