"""Subjects that name no one, as :class:`kg.extract.view.DocView` reads them before a verb: "…, a close aide to X
said", "An official in Lima said", "…, officials said" — the speaker is unnamed, not a name further left. A mixin of
``DocView`` (moved verbatim from :mod:`kg.extract.view`): it reads the view's Doc, resources and mention index."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.nlp.resources import LangResources
from kg.nlp.tokens import match_phrase_at

if TYPE_CHECKING:
    from kg.extract.view import MentionRef


class UnnamedSubjects:
    # DocView's, which this mixin reads: set by its __init__ (or by its other mixins)
    doc: Doc
    res: LangResources
    at: dict[int, MentionRef]
    closed_words: frozenset[str]
    determiners: frozenset[str]

    if TYPE_CHECKING:  # DocView's and MemberPhrases' methods
        def is_ext_word(self, tok: Token) -> bool: ...

        def member_noun_at(self, k: int, sent: Span) -> int: ...

    def _unnamed_subject(self, i: int, sent: Span) -> bool:
        """After the last comma before ``i`` a determiner opens a noun phrase: "…, a close aide to X said"."""
        k = i - 1
        while k >= sent.start and self.doc[k].text != ",":
            k -= 1
        if k < sent.start or k + 1 >= i:
            return False
        first = self.doc[k + 1]
        if first.lower_ not in self.res.unnamed_subject_openers or (k + 1) in self.at:
            return False
        if any(self.doc[x].lower_ in self.res.opening_adverbials and (x + 1) in self.at for x in range(k + 2, i - 1)):
            return False  # "…, a day after Chile accused Peru": the time phrase ends where a named clause opens
        j = k + 2  # "…, the European Union imposed": the determiner opens a name after all
        while j < i and j not in self.at and self.is_ext_word(self.doc[j]):
            j += 1
        return j not in self.at

    def _placed_unnamed_subject(self, i: int, sent: Span) -> bool:
        """The clause before the verb at ``i`` is a determiner and a common noun (or a member noun alone) and a
        place after a locative preposition: "An official in Lima said …", "…, a diplomat at the UN said", "Officials
        in Lima said": the place says where the unnamed speaker is, it does not speak."""
        k = i - 1
        while k >= sent.start and self.doc[k].text != ",":
            k -= 1
        first = k + 1
        if first >= i or first in self.at:
            return False
        plural = self.member_noun_at(first, sent)  # "Officials in Lima said": a plural noun needs no determiner
        if not plural and self.doc[first].lower_ not in self.res.unnamed_subject_openers:
            return False
        j = first + max(1, plural)
        nouns_from = j
        while j < i and j not in self.at and self.doc[j].is_alpha and self.doc[j].is_lower \
                and self.doc[j].lower_ not in self.res.preps.location and self.doc[j].lower_ not in self.closed_words:
            j += 1
        if (j == nouns_from and not plural) or j >= i or self.doc[j].lower_ not in self.res.preps.location:
            return False
        while j + 1 < i and (j + 1) not in self.at and self.doc[j + 1].lower_ in self.determiners:
            j += 1  # "at the UN"
        m = self.at.get(j + 1)
        return m is not None and m.start == j + 1 and m.end == i

    def bare_subject(self, i: int, sent: Span) -> bool:
        """Between the last comma and the verb at ``i`` stand one to three lowercase words that can only be a
        common noun phrase: "…, officials said", "…, pejabat senior mengatakan" — a subject that names no one.
        Not "…, however, said", "…, he said", "…, began a visit", "…, negara itu menuduh" (a closed-class word
        inside: determiner, demonstrative, pronoun, light verb …). A relative pronoun opens such a subject as a
        comma does: "… fuel, which rights groups say is used …" — the rights groups speak, not the main clause's
        subject."""
        k = i - 1
        while k >= sent.start and self.doc[k].text != "," and self.doc[k].lower_ not in self.res.relative:
            k -= 1
        if k > sent.start and match_phrase_at(self.doc, k, self.res.likeness_words, 2, i) == i - k \
                and (self.doc[k - 1].lower_,) in self.res.time_words:
            return False  # "X pada hari yang sama menjatuhkan …": the day is one told before, "yang" opens no subject
        return k >= sent.start and self._bare_noun_phrase(k + 1, i)

    def _bare_noun_phrase(self, start: int, i: int) -> bool:
        words = self.doc[start:i]
        return 0 < len(words) <= 3 and all(
            t.is_alpha and t.is_lower and t.i not in self.at and t.lower_ not in self.closed_words for t in words)
