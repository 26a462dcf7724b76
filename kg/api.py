"""The Python API behind ``import kg``: extract, build, open a store, query it, get its network.

Each function is a thin, typed door onto one stage of the pipeline; ``docs/python.md`` shows
them at work. Everything here is re-exported by :mod:`kg` (lazily, so ``import kg`` stays fast).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError
from kg.model import Document, Extraction
from kg.store import QueryResult, Store, Value

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from kg.builder import BuildSummary

__all__ = ["Records", "build", "extract_text", "open_store", "query", "to_networkx"]

_PLACEHOLDER = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")
_QUERY_NAME = re.compile(r"[A-Za-z0-9_-]+")


def extract_text(text: str, lang: str | None = None, *, title: str | None = None, url: str | None = None,
                 published: str | None = None, doc_id: str | None = None) -> Extraction:
    """Extract entities, relations and events from one text.

    ``lang`` is ``"id"`` or ``"en"``; None detects it. The document id is a hash of the
    text unless ``doc_id`` is given. Nothing is stored: see :func:`build` for that, and
    ``kg.rdf.to_graph(extraction)`` for the RDF of the result.

    >>> result = extract_text("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.")
    >>> sorted(e.name for e in result.entities)[:2]
    ['Berlin', 'Emmanuel Macron']
    """
    from kg import ingest, language
    from kg.extract import extract

    body = ingest.normalise_newlines(text)
    if not body.strip():
        raise ValueError("extract_text needs some text")
    code = language.normalise(lang) if lang else language.detect(body)
    document = Document(id=doc_id or ingest.content_id(body), text=body, lang=code, source="<text>", title=title,
                        url=url, published=published)
    return extract(document)


def build(inputs: str | Path | Sequence[str | Path], *, store: str | Path | Store | None = ".kg/store",
          out: str | Path | None = None, lang: str | None = None, validate: bool = True,
          min_confidence: float = 0.0) -> BuildSummary:
    """Build the knowledge graph of files or folders (``.txt``, ``.jsonl``), as ``kg build`` does.

    ``store`` is a store directory, a SPARQL endpoint URL, an open :class:`~kg.store.Store`, or
    None to store nothing; ``out`` also writes the graph to a file (.trig, .nq, .ttl, .jsonld).
    ``min_confidence`` leaves out facts less confident than it (entities stay).
    Returns the run's summary (documents, entities, facts, triples, rejected, skipped).
    """
    from kg import builder as pipeline

    paths = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    out_path = Path(out) if out is not None else None
    if store is None and out_path is None:
        raise ValueError("build needs a store or an out file, or there is nothing to keep")
    with _opened(store, read_only=False) as opened:
        return pipeline.build(paths, lang=lang, out=out_path, store=opened, validate_graphs=validate,
                              min_confidence=min_confidence)


def open_store(path_or_url: str | Path, *, read_only: bool = False, **remote: Any) -> Store:
    """Open a store: a directory (embedded Oxigraph) or the URL of a SPARQL 1.1 endpoint.

    Use it as a context manager (``with kg.open_store(".kg/store") as store: …``) so an embedded
    store's lock is released. ``remote`` takes ``user``, ``password``, ``timeout`` … (see
    :func:`kg.store.open_store`).
    """
    from kg.store import open_store as _open_store

    return _open_store(path_or_url, read_only=read_only, **remote)


class Records(list):
    """Query results as a list of dicts (one per row, keyed by variable), with the variables kept.

    ``records.to_dataframe()`` gives a pandas DataFrame (pandas is optional: ``pip install pandas``).
    """

    def __init__(self, variables: Sequence[str], rows: Sequence[Mapping[str, Value]]) -> None:
        super().__init__(dict(row) for row in rows)
        self.variables: tuple[str, ...] = tuple(variables)

    @classmethod
    def from_result(cls, result: QueryResult) -> Records:
        return cls(result.variables, result.records())

    def to_dataframe(self) -> pd.DataFrame:
        """The records as a ``pandas.DataFrame`` with one column per variable, in query order."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_dataframe needs pandas: pip install pandas (or newskg[pandas])") from None
        return pd.DataFrame(list(self), columns=list(self.variables))

    def __repr__(self) -> str:
        return f"Records({len(self)} rows: {', '.join(self.variables)})"


def query(store: str | Path | Store, name_or_text: str | Path, **params: str) -> Records:
    """Run a shipped query by name (``"leaders"``), a ``.rq`` file, or SPARQL text, on a store.

    ``params`` bind the query's ``{{name}}`` placeholders as escaped literals (or IRIs given as
    ``<…>``), never pasted into the text: ``kg.query(store, "entity", entity="Joko Widodo")``.
    ``store`` may be an open store, a directory or an endpoint URL (opened read-only for the call).
    """
    from kg.queries import load_query, sparql_term

    target = str(name_or_text)
    if isinstance(name_or_text, Path) or target.endswith(".rq") or _QUERY_NAME.fullmatch(target):
        text = load_query(name_or_text, {k: str(v) for k, v in params.items()})
    else:
        used = {m.group(1) for m in _PLACEHOLDER.finditer(target)}
        missing, unknown = sorted(used - set(params)), sorted(set(params) - used)
        if missing or unknown:
            raise QueryError(f"query text {'needs' if missing else 'has no'} parameter(s) "
                             f"{', '.join(missing or unknown)}")
        text = _PLACEHOLDER.sub(lambda m: sparql_term(str(params[m.group(1)])), target)
    with _opened(store, read_only=True) as opened:
        assert opened is not None
        return Records.from_result(opened.query(text))


def to_networkx(store: str | Path | Store) -> nx.MultiDiGraph:
    """The store's network of who did what to whom as a ``networkx.MultiDiGraph``.

    Nodes: entity IRIs with ``label``, ``type``, ``qid``, ``documents``. Edges: one per fact and
    pair of parties with ``relation``, ``date``, ``confidence``, ``documents``, ``directed``, ``fact``.
    """
    from kg.export import to_networkx as _to_networkx

    with _opened(store, read_only=True) as opened:
        assert opened is not None
        return _to_networkx(opened)


@contextlib.contextmanager
def _opened(store: str | Path | Store | None, *, read_only: bool) -> Iterator[Store | None]:
    """An open store for the call: the caller's own is used as it is; a path or URL is opened and closed."""
    if store is None or not isinstance(store, str | Path):
        yield store
        return
    with open_store(store, read_only=read_only) as opened:
        yield opened
