"""Deterministic IRIs: the same document, entity, event or statement gets the same IRI in every run and every
document, so entities merge across documents and a re-run replaces a graph instead of adding to it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from rdflib import URIRef

from kg.errors import ResourceError
from kg.model import Entity, EventKind
from kg.rdf.literals import event_date_literal
from kg.text import slug as slugify  # IRI path segments of names and ids: the one slug of kg.text
from kg.vocab import DOCUMENT, ENTITY, GRAPH

__all__ = ["checked_qid", "digest", "document_iri", "entity_iri", "event_key", "graph_iri", "slugify"]


_QID = re.compile(r"Q[1-9][0-9]*")


def digest(*parts: Any) -> str:
    """A short stable hash of JSON-able parts: the local name of events, evidence, statements."""
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _encode_id(doc_id: str) -> str:
    """Percent-encode a document id so any id is one safe path segment (and no two ids collide)."""
    if not doc_id:
        raise ValueError("a document id must not be empty")
    return quote(doc_id, safe="")


def document_iri(doc_id: str) -> URIRef:
    """``…/id/document/<percent-encoded id>``."""
    return DOCUMENT[_encode_id(doc_id)]


def graph_iri(doc_id: str) -> URIRef:
    """``…/id/graph/<percent-encoded id>``: the named graph that holds one document's facts."""
    return GRAPH[_encode_id(doc_id)]


def entity_iri(entity: Entity) -> URIRef:
    """``…/id/entity/Q7747`` when linked, else ``…/id/entity/<type>/<slug of the name>``.

    Keyed on the QID or the normalised name only, never on the document, so that
    entities merge across documents.
    """
    qid = checked_qid(entity)
    if qid:
        return ENTITY[qid]
    slug = slugify(entity.name) or f"x-{digest(entity.name)}"
    return ENTITY[f"{entity.type.value.lower()}/{quote(slug, safe='-')}"]


def checked_qid(entity: Entity) -> str | None:
    """The entity's Wikidata id, upper-cased; a malformed one is a :class:`ResourceError`."""
    if entity.qid is None:
        return None
    qid = entity.qid.strip().upper()
    if not _QID.fullmatch(qid):
        raise ResourceError(f"entity {entity.name!r} has a malformed Wikidata id {entity.qid!r}; expected Q…")
    return qid


def event_key(kind: EventKind, agents: Sequence[str], targets: Sequence[str], date_text: str | None,
              document_id: str | None = None, span: tuple[int, int] | None = None) -> str:
    """The local name of an event node: a hash of what identifies the event across documents.

    (class, sorted agent IRIs, sorted target IRIs, the **month** of the date or none): two
    articles reporting "Putin visited Pyongyang" in June 2024 give one ``kg:Visit`` with two
    evidences, whether they date it "19 June 2024", "on Wednesday" (resolved) or "in June".
    The key holds the month, not the day, because "same event" means a *compatible* date — a
    day is compatible with its month — and every document must compute the key alone, in any
    order: the month is the finest grouping under which compatible dates always meet. The price:
    two events of one type and the same participants in one month are one node, with each
    report's day in its own graph. An undated report stays apart from dated ones ("no date" would
    be compatible with every month, which no per-document key can express). See docs/dates.md.
    Location, sentence, rule and confidence are left out — they describe a report, not the event.
    A ``kg:Statement`` is a speech act that exists only in the text that quotes it, so its
    key also holds the document and the sentence span (see docs/stores.md, "Merging").
    """
    month = str(event_date_literal(date_text))[:7] if date_text else None
    parts: list[Any] = ["event", kind.value, sorted(agents), sorted(targets), month]
    if kind.traits.document_bound:
        parts += [document_id, list(span) if span else None]
    return digest(*parts)
