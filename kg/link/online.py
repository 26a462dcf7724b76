"""``kg link``: link the store's unlinked entities through a Wikidata SPARQL endpoint, and report.

The steps, each in its own module: read what the store says (:mod:`~kg.link.stored`), look
the names up in batches through the cache (:mod:`~kg.link.candidates`, :mod:`~kg.link.cache`,
:mod:`~kg.link.client`), rank the candidates (:mod:`~kg.link.ranking`) until the context
settles, and write the links back, validated (:mod:`~kg.link.rewrite`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.link.cache import DEFAULT_CACHE_DIR, Cache
from kg.link.candidates import BATCH_SIZE, Lookup, Name
from kg.link.client import DEFAULT_ENDPOINT, Client, EndpointError
from kg.link.ranking import Decision, rank
from kg.link.rewrite import Rejected, apply_links
from kg.link.stored import StoredEntity, document_context, document_languages, unlinked_entities
from kg.queries import format_result
from kg.sparql import is_language_tag, string_literal
from kg.store import QueryResult, Store
from kg.vocab import ENTITY

__all__ = ["LinkRun", "format_report", "link_store"]


@dataclass(slots=True)
class LinkRun:
    """What one ``kg link`` did: a decision per unlinked entity, and what it cost."""

    decisions: list[Decision]
    endpoint: str
    batches: int = 0
    failed_batches: int = 0
    requests: int = 0
    cache_hits: int = 0
    graphs_written: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds_per_batch: list[float] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every look-up got an answer (entities may still be unlinked or ambiguous: that is a result)."""
        return self.failed_batches == 0

    def count(self, status: str) -> int:
        return sum(1 for d in self.decisions if d.status == status)


def _writable(text: str) -> bool:
    """Whether a name can go into a query: control characters cannot be in a Wikidata label."""
    try:
        string_literal(text)
    except ValueError:
        return False
    return True


def _names_for(entity: StoredEntity, langs: set[str]) -> set[Name]:
    names: set[Name] = set()
    for text in entity.texts():
        text = " ".join(text.split())
        if not text or not _writable(text):
            continue
        names.update((text, lang) for lang in langs)
    return names


def link_store(store: Store, *, endpoint: str = DEFAULT_ENDPOINT, cache_dir: Path | str | None = DEFAULT_CACHE_DIR,
               langs: Sequence[str] | None = None, client: Client | None = None, batch_size: int = BATCH_SIZE,
               dry_run: bool = False) -> LinkRun:
    """Link the store's unlinked entities through ``endpoint`` and write the links back.

    ``langs`` overrides the languages names are looked up in (default: each entity's
    document languages and English). Raises :class:`EndpointError` when no batch got an
    answer — nothing is written then; when only some did, the entities of the failed
    batches are ``skipped`` and the run is not :attr:`LinkRun.ok`.
    """
    for lang in langs or ():
        if not is_language_tag(lang):
            raise EndpointError(f"not a language tag: {lang!r}", hint="Give --lang like en or id.")
    client = client or Client(endpoint)
    cache = Cache(cache_dir)
    lookup = Lookup(client, cache, batch_size=max(1, batch_size))
    entities = unlinked_entities(store)
    doc_langs = document_languages(store)
    context = document_context(store)
    wanted: dict[str, set[Name]] = {}
    for entity in entities:
        if langs:
            entity_langs = {lang.lower() for lang in langs}
        else:
            entity_langs = {"en"} | {lang for g in entity.graphs for lang in doc_langs.get(g, set())}
        wanted[entity.iri] = _names_for(entity, entity_langs)
    found, truncated, failed = lookup.candidates(n for names in wanted.values() for n in names)
    run = LinkRun([], client.endpoint, batches=lookup.batches, failed_batches=lookup.failed_batches,
                  requests=client.requests, cache_hits=cache.hits, errors=lookup.errors,
                  seconds_per_batch=lookup.seconds)
    if failed and not lookup.seconds and not cache.hits:  # the endpoint never answered and the cache had nothing
        first = lookup.errors[0] if lookup.errors else "no batch was answered"
        raise EndpointError(f"{first} — nothing was linked or written")
    decisions: dict[str, Decision] = {}
    pending: list[StoredEntity] = []
    for entity in entities:
        names = wanted[entity.iri]
        if len(entity.types) > 1:
            decisions[entity.iri] = Decision(entity, "unlinked", reason="typed differently in different documents")
        elif names & failed:
            decisions[entity.iri] = Decision(entity, "skipped", reason="look-up failed (endpoint error)")
        elif names & truncated:
            decisions[entity.iri] = Decision(entity, "ambiguous", reason="too many candidates for the row limit")
        elif not names:
            decisions[entity.iri] = Decision(entity, "unlinked", reason="no usable name")
        else:
            pending.append(entity)
    # Rank until nothing changes: an entity linked now is context for the others of its documents.
    linked_context: dict[str, set[str]] = defaultdict(set)
    for _ in range(3):
        changed = False
        for entity in pending:
            ctx = set().union(*(context.get(g, set()) | linked_context[g] for g in entity.graphs))
            candidates = [c for n in sorted(wanted[entity.iri]) for c in found.get(n, [])]
            decision = rank(entity, candidates, ctx)
            previous = decisions.get(entity.iri)
            if previous is None or previous.status != decision.status or previous.qid != decision.qid:
                changed = True
            decisions[entity.iri] = decision
            if decision.status == "linked" and decision.qid:
                for g in entity.graphs:
                    linked_context[g].add(decision.qid)
        if not changed:
            break
    run.decisions = [decisions[e.iri] for e in entities]
    written = apply_links(store, run.decisions, dry_run=dry_run)
    run.graphs_written, run.rejected = written.graphs_written, written.rejected
    return run


# --------------------------------------------------------------------------- report


def _candidates_text(decision: Decision, limit: int = 4) -> str:
    return ", ".join(f"{s.candidate.qid} {s.score:.2f}" for s in decision.candidates[:limit])


def format_report(run: LinkRun, fmt: str = "table") -> str:
    """Linked, ambiguous (with candidates and scores), conflicting, skipped and unlinked entities."""
    order = {"linked": 0, "ambiguous": 1, "conflict": 2, "skipped": 3, "unlinked": 4}
    decisions = sorted(run.decisions, key=lambda d: (order.get(d.status, 9), d.entity.name.casefold(),
                                                      d.entity.iri))
    if fmt == "json":
        data = [{
            "status": d.status,
            "entity": d.entity.name,
            "type": d.entity.type.value,
            "iri": str(ENTITY[d.qid]) if d.status == "linked" and d.qid else d.entity.iri,
            "qid": d.qid,
            "confidence": d.confidence,
            "reason": d.reason,
            "candidates": [{
                "qid": s.candidate.qid, "score": s.score, "label": s.candidate.label,
                "description": s.candidate.description, "sitelinks": s.candidate.sitelinks,
                "match": s.match, "fit": s.fit, "context": s.context, "prior": s.prior,
            } for s in d.candidates],
        } for d in decisions]
        return json.dumps(data, indent=2, ensure_ascii=False)
    rows = [(d.status, d.entity.name, d.entity.type.value, d.qid or "", _candidates_text(d), d.reason)
            for d in decisions]
    return format_result(QueryResult(("status", "entity", "type", "qid", "candidates", "reason"), rows), "table")
