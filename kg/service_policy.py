"""Federated queries: a query may reach another endpoint only through a ``SERVICE`` on the allow-list.

``SERVICE <http://…> { … }`` makes the SPARQL engine fetch from a URL the query names. On
a server anyone can reach, that lets any client make our machine send requests wherever
it likes (internal addresses included); even ``kg query FILE`` runs what a downloaded file
says. So every query is checked before it runs: it is **parsed and translated with
rdflib's SPARQL parser and algebra** (prefixed names and ``BASE`` resolved, comments gone,
string literals kept apart — no regular expression to fool), every ``SERVICE`` clause is
collected, wherever it is nested (``OPTIONAL``, sub-``SELECT``, ``FILTER EXISTS`` …), and
each one must name an IRI on the allow-list, which is empty by default. ``SERVICE ?var``
(an endpoint chosen at run time) is never allowed.

A query rdflib cannot parse (SPARQL extensions Oxigraph accepts) is let through only
when it cannot hold a ``SERVICE`` at all: no "service" in its text, in any case, and no
``\\u`` escape that could spell it.

:func:`check` is the one entry point; ``kg query`` applies it, and any server we run
must apply it to each request (``kg serve`` today runs ``oxigraph serve``, which cannot
be filtered; see docs/reliability.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rdflib.term import URIRef, Variable

from kg.errors import ServiceNotAllowed

__all__ = ["check", "services"]


def _walk(node: Any) -> Iterator[Any]:
    """Every ``ServiceGraphPattern`` term in an rdflib algebra tree (CompValue dicts and lists)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):  # rdflib's CompValue is an OrderedDict
            if getattr(item, "name", None) == "ServiceGraphPattern":
                yield item.get("term")
            stack.extend(v for k, v in item.items() if k != "_vars")
        elif isinstance(item, list | tuple):
            stack.extend(item)


def services(sparql: str) -> list[URIRef | Variable] | None:
    """The endpoint of every ``SERVICE`` clause of a query or update, in no set order; ``None``
    when rdflib cannot parse the text."""
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree: Any = translateQuery(parseQuery(sparql)).algebra
    except Exception:  # pyparsing and rdflib raise many types
        try:
            tree = [update for update in translateUpdate(parseUpdate(sparql)).algebra]
        except Exception:
            return None
    return list(_walk(tree))


def _could_hold_service(sparql: str) -> bool:
    lowered = sparql.lower()
    return "service" in lowered or "\\u" in lowered


def check(sparql: str, allowed: Iterable[str] = ()) -> None:
    """Raise :class:`~kg.errors.ServiceNotAllowed` unless every ``SERVICE`` of ``sparql`` is allowed.

    ``allowed`` holds endpoint IRIs, compared exactly (``--allow-service URL``).
    """
    allow = {str(url) for url in allowed}
    found = services(sparql)
    if found is None:
        if _could_hold_service(sparql):
            raise ServiceNotAllowed(
                "this query cannot be checked for SERVICE clauses (rdflib cannot parse it), so it is not run",
                hint="Write it in plain SPARQL 1.1, or remove the SERVICE clause.")
        return
    for term in sorted(found, key=str):
        if isinstance(term, Variable) or term is None:
            raise ServiceNotAllowed(f"SERVICE ?{term} (an endpoint chosen while the query runs) is never allowed")
        if str(term) not in allow:
            listed = ", ".join(sorted(allow)) or "none"
            raise ServiceNotAllowed(f"SERVICE <{term}> is not on the allow-list (allowed: {listed})")
