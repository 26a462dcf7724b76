"""Time phrases inside an argument's search, as :class:`kg.extract.view.DocView` reads them: "imposed sanctions on
Tuesday on ten officials of X" — a day or month name after a preposition only dates the act, and the target follows
the next preposition. A mixin of ``DocView``: it reads the view's Doc, resources and mention index."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.nlp.date_patterns import load_patterns
from kg.nlp.resources import LangResources

if TYPE_CHECKING:
    from kg.extract.view import MentionRef


class TimePhrases:
    # DocView's, which this mixin reads: set by its __init__
    doc: Doc
    res: LangResources
    at: dict[int, MentionRef]

    @cached_property
    def day_names(self) -> frozenset[str]:
        """The language's weekday and month names and abbreviations, casefolded (``dates.json``)."""
        dates = load_patterns(self.res.lang)
        return frozenset(dates.weekdays) | frozenset(dates.months)

    def _past_day_name(self, j: int, sent: Span, preps: frozenset[str], reach: int = 5) -> int:
        """Where the next of ``preps`` stands after a capitalised day or month name at ``j`` and the numbers of
        its date ("on Tuesday on X", "on March 3, 2024, against X"); 0 when none follows."""
        if j in self.at or not self.doc[j].is_title or self.doc[j].lower_ not in self.day_names:
            return 0
        for k in range(j + 1, min(sent.end, j + 1 + reach)):
            tok = self.doc[k]
            if tok.lower_ in preps:
                return k
            if not (tok.like_num or tok.text == "," or tok.lower_ in self.day_names):
                return 0
        return 0
