"""A sanction told as an addition to a list: "The Commerce Department added X to its Entity List", "X was added to
the sanctions list", "X and Y were among the companies added to the list", "The Committee placed X on its sanctions
list". The adding verb is a sanction only with a
sanctions list (each language's ``sanction_lists``) after a direction preposition in its clause; a bare "the list"
counts when a sanction was told in the sentences before (the list it refers to). Part of
:class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EventKind
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import QUOTES, match_phrase_at

LIST_CLAUSE_REACH = 14  # words after the verb where "to its sanctions list" may stand: the object names first
LIST_MODIFIERS = 3  # words between the article or possessive and the list noun: "its expanded trade blacklist"
LIST_TOLD_REACH = 3  # sentences back where the sanction "the list" refers to may be told
LIST_OF_REACH = 6  # words after "list of" to the sanction noun closing a list's long name: "entities subject to (asset
# freezes)"


class ListAdditions(FinderState):
    by_first: Mapping[str, list[Trigger]]  # the finder's triggers by first word
    _verb_follows: Callable[[int], bool]  # the finder's argument search: a clause goes on at the token
    _predicate_follows: Callable[[int, Span], bool]  # the parse tags the lowercase word as a verb

    def _list_addition_holds(self, trig: Trigger, end: int, sent: Span) -> bool:
        """Whether the adding verb ending at ``end`` adds to a sanctions list: in the passive the list follows the
        verb ("was added to the Entity List"), in the active its object stands between them ("added X and Y to
        its sanctions list")."""
        return self._sanctions_list(trig, end, sent) is not None

    def _sanctions_list(self, trig: Trigger, end: int, sent: Span) -> tuple[int, MentionRef | None] | None:
        """Where the sanctions list that the adding verb ending at ``end`` adds to ends, and who owns it ("the
        U.S. sanctions list", "Washington's blacklist"); None when no such list follows in its clause."""
        if trig.frame is Frame.PASSIVE:
            return self._list_after(end, sent)
        doc, res = self.view.doc, self.res
        stops = res.relative | res.complementisers
        k, words = end + 1, 1
        while k < sent.end and words < LIST_CLAUSE_REACH:
            if doc[k].lower_ in stops or doc[k].text in (";", ":"):
                break  # "added X, which …", "added that …": the list belongs to another clause
            if (found := self._list_after(k, sent)) is not None:
                return found
            named = self.view.at.get(k)
            k = named.end if named is not None and named.start == k else k + 1  # a name counts as one word
            words += 1
        return (end, None) if self._added_to_list_named_before(end, sent) else None

    def _added_to_list_named_before(self, end: int, sent: Span) -> bool:
        """ "(… to its Sanctions List.) The Committee added X, the leader of Y, and the Z gang": names right after the
        adding verb ending at ``end``, a sanctions list named in the sentences before and no clause reported after
        the names ("added X would …" reports one) — the names join that list."""
        doc, view = self.view.doc, self.view
        first = end + (end < sent.end and doc[end].lower_ in self.res.all_determiners)
        named = view.at.get(first)
        if named is None or named.start != first or not self._sanctions_list_named_before(sent, sent.start):
            return False
        last = view.coordinated_right(named, sent)[-1]
        return not (last.end < sent.end and self._verb_follows(last.end))

    def _adds_to_list(self, trig: Trigger, end: int, sent: Span) -> bool:
        """The verb ending at ``end`` is an adding verb whose list-addition reading holds: "The Treasury added X to
        its sanctions list" reports no statement (as "added that …" does); nor does one whose object is added to
        anything else ("added two ships to its fleet", "added X to the list" with no sanction told before)."""
        return any(t.onto_list and t.form == trig.form and (self._list_addition_holds(t, end, sent)
                                                            or self._added_to_a_noun(end, sent))
                   for t in self.by_first.get(trig.form[0], ()))

    def _added_to_a_noun(self, end: int, sent: Span) -> bool:
        """An object after the verb ending at ``end`` (names, numbers, determiners, lowercase words that are no verb)
        and then a direction preposition before a noun phrase: "added two ships to its fleet" — no clause is reported
        ("added the talks went well", "added Peru would return to the table" are)."""
        doc, res, view = self.view.doc, self.res, self.view
        for k in range(end, min(sent.end - 1, end + LIST_CLAUSE_REACH)):
            tok = doc[k]
            low = tok.lower_
            # right after the verb ("added to its fleet", "added to the pressure") "add to" grows something, unless
            # a clause around it is reported ("added to reporters that …", "…, Ana Ruiz added to the BBC")
            if low in res.preps.direction and (k > end or not self._reported_around(k, sent)):
                return doc[k + 1].lower_ in res.all_determiners or (k + 1) in view.at
            if k in view.at or tok.like_num or low in res.coordination or tok.text == "," \
                    or low in res.all_determiners:
                continue
            if not (tok.is_lower and tok.is_alpha) or low in view.closed_words or self._verb_follows(k) \
                    or self._predicate_follows(k, sent):
                return False
        return False

    def _reported_around(self, k: int, sent: Span) -> bool:
        """What a verb of saying before token ``k`` may report: a quotation mark in its sentence, a complementiser
        after ``k`` ("added to reporters that …") or a clause before, set off by a comma ("Peru met Chile, X added
        to the BBC")."""
        return any(t.text in QUOTES or (t.text == "," and t.i < k) or (t.i > k and t.lower_ in self.res.complementisers)
                   for t in sent)

    def _list_after(self, k: int, sent: Span) -> tuple[int, MentionRef | None] | None:
        """A direction or location preposition at ``k``, an article or a possessive ("the", "its", "Washington's"),
        a few modifiers and a sanctions list noun: "to its Entity List", "on the U.S. trade blacklist" (the list's
        end and the name owning it); "to the list" when a sanction was told just before. None when no list stands
        there."""
        doc, res, view = self.view.doc, self.res, self.view
        if k >= sent.end or doc[k].lower_ not in res.preps.direction | res.preps.location:
            return None  # "added X to the list", "placed X on the list"
        j = k + 1 + (k + 1 < sent.end and doc[k + 1].lower_ in res.preps.location)  # "ke dalam daftar hitam"
        owner = None
        if j < sent.end and (named := view.at.get(j)) is not None:
            owner = named  # "to Washington's blacklist"
            j = named.end + (named.end < sent.end and res.is_possessive_marker(doc[named.end].lower_))
        elif j < sent.end and doc[j].lower_ in res.all_determiners:
            j += 1
        elif not match_phrase_at(doc, j, res.sanction_lists, 6, sent.end):
            return None  # no article before a list named at once only: "to blacklists", "ke daftar hitam"
        first = j
        while j < sent.end and j - first <= LIST_MODIFIERS:
            if n := match_phrase_at(doc, j, res.sanction_lists, 6, sent.end):
                return j + n, owner
            if (named := view.at.get(j)) is not None:
                owner = owner or named  # "the U.S. trade blacklist"
                j = named.end
                continue
            j += 1
        if first < sent.end and doc[first].lower_ in res.list_nouns and (
                self._sanction_told_before(sent, k) or self._sanctions_list_named_before(sent, k)):
            return first + 1, owner
        if first < sent.end and doc[first].lower_ in res.list_nouns and (end := self._list_of_sanctioned(first, sent)):
            return end, owner
        return None

    def _list_of_sanctioned(self, noun: int, sent: Span) -> int:
        """Where a list's long name ends when "of" follows the list noun at ``noun`` and a sanction noun closes the
        phrase a few words on: "its list of entities subject to asset freezes", "the list of persons under
        sanctions"; else 0."""
        doc = self.view.doc
        if noun + 1 >= sent.end or doc[noun + 1].lower_ not in self.res.preps.of:
            return 0
        for j in range(noun + 2, min(sent.end, noun + 2 + LIST_OF_REACH)):
            if doc[j].is_punct:
                return 0
            for trig in self.by_first.get(doc[j].lower_, ()):
                n = len(trig.form)
                if trig.kind is EventKind.SANCTION and trig.frame is Frame.NOUN and not trig.told_only \
                        and tuple(t.lower_ for t in doc[j:j + n]) == trig.form:
                    return j + n
        return 0

    def _sanction_told_before(self, sent: Span, before: int) -> bool:
        """A sanction was told in the sentences just before ``sent``, or in it before token ``before`` ("sanctioned
        Peru and added X to the list"): the one a bare "the list" refers to."""
        since = self._sentences_back(sent, LIST_TOLD_REACH)
        return any(ev.kind.traits.members_stand_for_owner and (
            since <= ev.sentence.start < sent.start
            or (ev.sentence.start == sent.start and ev.trigger is not None and ev.trigger[1] <= before))
                   for ev in (*self.events, *self.acts_without_target))

    def _sanctions_list_named_before(self, sent: Span, before: int) -> bool:
        """A sanctions list is named in the sentences just before ``sent`` or in it before token ``before``: the
        one a bare "the list" refers to ("removed X from its list of Specially Designated Nationals. Both companies
        were placed on the list in 2013")."""
        doc, lists = self.view.doc, self.res.sanction_lists
        return any(match_phrase_at(doc, k, lists, 6, before)
                   for k in range(self._sentences_back(sent, LIST_TOLD_REACH), before))

    def _list_agents(self, trig: Trigger, end: int, drafts: list[EventDraft], sent: Span) -> list[EventDraft]:
        """ "X was added to the U.S. sanctions list (by Y)": a passive names who added after the list, or the
        list's owner does; else the agents of the sanction told before."""
        found = self._sanctions_list(trig, end, sent)
        out = []
        for d in drafts:
            if not d.agents and found is not None:
                list_end, owner = found
                by = self.view.object_right(list_end, sent, self.res.preps.agent, direct=False, window=4)
                named = by or owner
                if named is not None and named.type in AGENT_TYPES:
                    d = replace(d, agents=(self._resolve(named, sent, agent=True),))
            if not d.agents:
                d = replace(d, agents=tuple(self._earlier_agents(trig.kind, sent, list(d.targets))))
            out.append(d)
        return out
