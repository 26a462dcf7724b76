"""Leadership told by a verb in a relative clause after a person's name: "Ruto, who chairs the East African
Community, …", "Ruto, yang mengetuai Komunitas Afrika Timur, …".

The verbs are the language's ``titles.heading_verbs`` (present tense only: "who led X" tells a past office). The
body must be the verb's whole object — a named country or organisation right after it (an article may stand
between) that ends the clause — so "who leads Russia's delegation" or "yang memimpin delegasi Indonesia" heads
no country.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.view import DocView, MentionRef
from kg.model import EntityType
from kg.nlp.tokens import match_phrase_at

HOLDERS = (EntityType.COUNTRY, EntityType.ORGANIZATION)
VERB_LENGTH = 3  # the longest heading verb phrase, in words ("presides over")


def body_headed_by_verb(view: DocView, m: MentionRef, sent: Span) -> MentionRef | None:
    """The country or organisation that the relative clause right after the person ``m`` says they head; None
    where no such clause follows."""
    doc, res = view.doc, view.res
    k = m.end
    if k < sent.end and doc[k].text == ",":
        k += 1
    if k >= sent.end or doc[k].lower_ not in res.relative:
        return None
    k += 1
    while k < sent.end and doc[k].lower_ in res.adverbs_before_verb:
        k += 1  # "who also chairs", "yang kini memimpin"
    n = match_phrase_at(doc, k, res.heading_verbs, VERB_LENGTH, sent.end)
    if not n:
        return None
    k += n
    while k < sent.end and doc[k].lower_ in res.articles:
        k += 1
    body = view.at.get(k)
    if body is None or body.start != k or body.type not in HOLDERS:
        return None
    after = doc[body.end] if body.end < sent.end else None
    # a head-initial language puts a noun's modifiers after it: the body right after the verb is the object's head
    ends_clause = res.head_initial or after is None or after.is_punct \
        or after.lower_ in res.preps.blocking or after.lower_ in res.coordination
    return body if ends_clause else None
