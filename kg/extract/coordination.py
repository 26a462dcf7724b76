"""Which names are coordinated with a mention, as :class:`kg.extract.view.DocView` reads them: "Moskow dan
Pyongyang", "X, Y and Z" before or after it — a comma list only when a conjunction closes it, and not across a
clause ("Wong met Wang Yi, and Australia's minister visited …"). A mixin of ``DocView``: it reads the view's Doc,
resources, mention index and noun-phrase reader."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg import caches
from kg.model import EntityType
from kg.nlp.resources import LangResources
from kg.nlp.tokens import is_modifier, match_phrase_at

if TYPE_CHECKING:
    from kg.extract.view import MentionRef


@cache
def _phrases(words: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The phrases of several words among ``words``, as token tuples ("as well as")."""
    return frozenset(tuple(w.split()) for w in words if " " in w)


caches.register("kg.extract.coordination._phrases", _phrases.cache_clear)


class Coordination:
    # DocView's, which this mixin reads: set by its __init__, and its noun-phrase readers
    doc: Doc
    res: LangResources
    at: dict[int, MentionRef]
    np_start: Callable[[MentionRef, int], int]
    chain_head: Callable[[MentionRef, int], MentionRef]
    is_ext_word: Callable[[Token], bool]
    apposed_in_subject: Callable[[int, Span], bool]
    state_body_of: Callable[[MentionRef, int, Span], int | None]

    def coordinated_left(self, m: MentionRef, sent: Span) -> list[MentionRef]:
        """``m`` and the names coordinated before it: "Moskow dan Pyongyang", "X, Y and Z".

        The link right before ``m`` must be a conjunction; earlier links may be commas.
        """
        out = [m]
        cur = m
        while True:
            start = self.np_start(cur, sent.start)
            start = self.state_body_of(cur, start, sent) or start  # "Chile and the government of Peru"
            k = start - 1
            if k < sent.start:
                break
            tok = self.doc[k]
            is_conj = tok.lower_ in self.res.coordination
            if not is_conj and not (tok.text == "," and len(out) > 1):
                break
            if is_conj and len(out) == 1 and k - 1 > sent.start and self.doc[k - 1].text == "," \
                    and not self._listed(k - 2, sent):
                break  # "Wong met Wang Yi, and Australia's minister visited …": two clauses, not a list
            k -= 1
            while k >= sent.start and self.doc[k].lower_ in self.res.coordination | {","}:
                k -= 1
            prev = self.at.get(k)
            if prev is None:
                break
            p_start = self.np_start(prev, sent.start)
            owner = self.at.get(p_start - 2) if p_start - 2 >= sent.start else None
            if owner is not None and owner.type is EntityType.PERSON and owner.end == p_start - 1 \
                    and self.doc[p_start - 1].lower_ in self.res.preps.of:
                prev = owner  # "X of Chile and Y of Brazil met": the conjunct is the person the country qualifies
                p_start = self.np_start(prev, sent.start)
            if p_start > sent.start and self.doc[p_start - 1].lower_ in self.res.preps.blocking \
                    and self.state_body_of(prev, p_start, sent) is None:
                break  # "di Pentagon, X dan Y": a place after a preposition is not a conjunct; "the government of
                # X and Y signed": X is, the state acting
            out.append(prev)
            cur = prev
        return list(reversed(out))

    def _modified_by(self, m: MentionRef, sent: Span, reach: int = 3) -> MentionRef | None:
        """The name a hyphened modifier made of ``m`` describes, a few lowercase words on ("Dubai-based freight
        forwarder X": X); None when no name follows ("a Dubai-based company"); ``m`` itself when no hyphen joins
        a lowercase word to it."""
        doc = self.doc
        k = m.end
        if not (k + 1 < sent.end and doc[k].text == "-" and not doc[k - 1].whitespace_ and doc[k + 1].is_lower):
            return m
        k += 2
        while k < sent.end and k - m.end <= reach + 2 and k not in self.at and doc[k].is_lower:
            k += 1
        return self.at.get(k)

    def _correlated(self, j: int, sent: Span, reach: int = 6) -> bool:
        """A correlative opener at ``j`` ("both", "baik") before the first of two coordinated names: "with both
        A and B". The first name may come after its title ("both Thai Prime Minister A and …"); "they both", "both
        sides" and "both of them" open no names."""
        for k in range(j + 1, min(sent.end, j + 1 + reach)):
            m = self.at.get(k)
            if m is not None:
                return len(self.coordinated_right(self.chain_head(m, sent.end), sent)) > 1
            if self.doc[k].is_punct or self.doc[k].lower_ in self.res.coordination:
                return False
        return False

    def object_list_start(self, j: int, sent: Span) -> int | None:
        """Where the coordination closed by the name ending at token ``j`` starts, when it follows a verb or
        preposition: "spoke with A and B" — so a conjunction after it joins another predicate ("… and B and urged
        restraint"), whose subject stands before the list, not a third subject. None for a list opening its clause
        ("A and B met") or a single name."""
        m = self.at.get(j)
        if m is None:
            return None
        start = self.np_start(m, sent.start)
        if start - 1 <= sent.start or self.doc[start - 1].lower_ not in self.res.coordination:
            return None
        while start - 1 > sent.start and (self.doc[start - 1].lower_ in self.res.coordination
                                          or self.doc[start - 1].text == ","):
            k = start - 1
            while k > sent.start and (self.doc[k].lower_ in self.res.coordination or self.doc[k].text == ","):
                k -= 1
            prev = self.at.get(k)
            if prev is None:
                return None  # "said on Monday and Chile …": no name before the conjunction
            start = self.np_start(prev, sent.start)
        prev_word = self.doc[start - 1] if start > sent.start else None
        closed = self.res.main_clause_openers | self.res.coordination | self.res.complementisers | self.res.relative
        return start if prev_word is not None and prev_word.is_alpha and prev_word.is_lower \
            and prev_word.lower_ not in closed else None

    def _listed(self, j: int, sent: Span) -> bool:
        """The name ending at token ``j`` follows a comma: "A, B, and C" is a list (:meth:`apposed_in_subject`)."""
        prev = self.at.get(j)
        if prev is None:
            return False
        start = self.np_start(prev, sent.start)
        return start - 2 >= sent.start and self.doc[start - 1].text == "," and self.apposed_in_subject(start - 1, sent)

    def coordinated_right(self, m: MentionRef, sent: Span, repeated: frozenset[str] = frozenset(),
                          located: Mapping[str, str] | None = None) -> list[MentionRef]:
        """``m`` and the names coordinated after it; a comma list counts only when a conjunction closes it. A
        preposition of ``repeated`` may open a conjunct again: "spoke with A, and with B" (no clause starts so). A
        place's country after a comma (``located``: place key → its country's key) is no conjunct: "ke Paris dan
        ke Brussel, Belgia"."""
        out = [m]
        links: list[bool] = []
        cur = m
        while True:
            k = self._past_apposition(cur.end, sent)
            if k >= sent.end or (not self.coordinator_at(k, sent) and self.doc[k].text != ","):
                break
            comma = self.doc[k].text == ","
            links.append(not comma)
            k += 1 if comma else self.coordinator_at(k, sent)  # "as well as": one conjunction of three words
            while k < sent.end and k not in self.at and (self.is_ext_word(self.doc[k])
                                                         or self.coordinator_at(k, sent)
                                                         or self.doc[k].lower_ in repeated
                                                         or self._adverb_before_repeated(k, sent, repeated)):
                if self._adverb_before_repeated(k, sent, repeated):
                    links[-1] = True  # "ke Paris, lalu ke Brussel": the next stop of one journey
                if (n := self.coordinator_at(k, sent)):
                    if comma and n == 1 and len(links) == 1 and cur is m and not self._set_off(m, sent) \
                            and not (k + n < sent.end and self.doc[k + n].lower_ in repeated):
                        return [m]  # "sanctions on Belarus, and Poland accused …": a clause, not a list ("…, as
                        # well as Poland" opens none)
                    links[-1] = True
                    k += n
                    continue
                k += 1
            nxt = self.at.get(k)
            if nxt is not None:
                nxt = self._modified_by(nxt, sent)  # "and the Dubai-based trader X": X, not Dubai
            elif links[-1]:
                nxt = self._described_conjunct(k, sent)  # "and the state broadcaster X", "and accountant X"
            if nxt is None:
                links.pop()
                break
            nxt = self.chain_head(nxt, sent.end)
            if comma and located and cur.type is EntityType.PLACE and located.get(cur.key) == nxt.key:
                links.pop()  # "Brussel, Belgia": where the stop lies
            else:
                out.append(nxt)
            cur = nxt
        if links and not links[-1]:
            # "visited A and B, an Indian official said": the comma after the last coordinated name ends the list
            # (what follows is another phrase); a comma list no conjunction joins at all is none ("A, B")
            last = max((n for n, joined in enumerate(links) if joined), default=None)
            return out[:last + 2] if last is not None else [m]
        return out

    def _set_off(self, m: MentionRef, sent: Span) -> bool:
        """``m`` is an apposition set off by commas, its opening comma right before it: "sanctioned
        Iran's defence minister, X, and the airline Y" — the comma after it closes the apposition, and the conjunction
        after that goes on with the list (no clause starts so)."""
        return m.start - 1 > sent.start and self.doc[m.start - 1].text == "," and self.doc[m.start - 2].is_alpha

    def coordinator_at(self, k: int, sent: Span) -> int:
        """Length of the conjunction at token ``k``: one word ("and", "dan"), or a phrase of the language's
        ``coordination`` ("as well as"); 0 when none stands there."""
        if self.doc[k].lower_ in self.res.coordination:
            return 1
        return match_phrase_at(self.doc, k, _phrases(self.res.coordination), 3, sent.end)

    def _described_conjunct(self, k: int, sent: Span, reach: int = 4) -> MentionRef | None:
        """A person or body named after a class noun that describes it, at ``k`` past a conjunction: "and the state
        broadcaster X", "as well as arms broker X", "and accountant X", "dan maskapai milik negara X". The class
        noun (``org_cues``, ``member_nouns``, one-word titles) is the phrase's head — last before the name in a
        head-final language, first in a head-initial one; the other words are lowercase modifiers only (no stop
        word, so no clause: "and then sanctioned X", "and accused the firm X" are none). None otherwise."""
        doc, res = self.doc, self.res
        j = k
        while j < sent.end and j not in self.at and j - k < reach and is_modifier(doc[j]):
            j += 1
        named = self.at.get(j)
        if named is None or j == k or named.type not in (EntityType.PERSON, EntityType.ORGANIZATION):
            return None
        nouns = res.org_cues | res.member_words | frozenset(t for t in res.titles if len(t) == 1)
        if res.head_initial:
            head = match_phrase_at(doc, k, nouns, 2, j) > 0
        else:
            head = any(match_phrase_at(doc, h, nouns, 2, j) == j - h for h in (j - 1, j - 2) if h >= k)
        return named if head else None

    def _adverb_before_repeated(self, k: int, sent: Span, repeated: frozenset[str]) -> bool:
        """Token ``k`` is an adverb after the conjunction or comma, before the preposition opening the conjunct
        again: "to Paris and then to Brussels", "ke Paris dan kemudian ke Brussel", "ke Paris, lalu ke Brussel" — the
        next stop, not a new clause."""
        if not repeated:
            return False
        j = k
        while j < sent.end and self.doc[j].lower_ in self.res.adverbs_before_verb:
            j += 1
        return j > k and j < sent.end and self.doc[j].lower_ in repeated

    def _past_apposition(self, k: int, sent: Span, reach: int = 6) -> int:
        """Where the coordination goes on after a conjunct ending at token ``k``: past an apposition set off by commas
        that names no one, opened by an article or a possessive determiner, when a conjunction and a name follow
        ("met A, the summit's host, and B": B is met too); else ``k``."""
        doc, res = self.doc, self.res
        openers = res.articles | res.possessive_determiners
        if not (k + 1 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in openers):
            return k
        for j in range(k + 2, min(sent.end - 2, k + 2 + reach)):
            if j in self.at or (doc[j].is_punct and doc[j].text != ","):
                return k
            if doc[j].text == ",":
                n = self.coordinator_at(j + 1, sent)  # "…, a banker based in Beijing, as well as X"
                return j + 1 if n and (j + 1 + n) in self.at else k
        return k
