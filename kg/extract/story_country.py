"""The country a story about another country's government is about: in the copy of a press that titles its own
country's officials bare ("Menteri Energi X" is Indonesia's in Indonesian news), a story that names neither that
country nor anyone the gazetteer places there, and names one country only before a bare title, is about that
country's government — "Junta militer Myanmar menggelar pemilu … Juru bicara junta Zaw Min Tun mengatakan …" — and
the bare title is that country's office. Failing every other clue
(:meth:`kg.extract.roles.RoleFinder._dateline_office`)."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import ExtractionContext
from kg.extract.datelines import travels_to
from kg.extract.view import DocView, MentionRef
from kg.model import EntityType


def story_country(view: DocView, context: ExtractionContext, m: MentionRef, sent: Span) -> str | None:
    """The key of the one country the document names before ``m`` (first in a sentence before ``sent``), where the
    press's own country is neither named nor served by anyone named, and the titled ``m`` does not travel there;
    else None."""
    press = view.res.press_country
    if not press or press in context.country_key:
        return None
    if any(qid == press for qid in context.person_country_qid.values()):
        return None  # an Indonesian actor in the story: a bare title may be theirs
    named = [c for c in view.mentions if c.type is EntityType.COUNTRY and c.start < m.start]
    # a sentence before told what the story is about: a country named only beside the title may be anything to it
    if len({c.key for c in named}) != 1 or named[0].start >= sent.start:
        return None
    country = named[0].key
    return None if travels_to(view, m, frozenset({country}), sent) else country
