"""Argument search of :class:`kg.extract.events.EventFinder`: who acts and on whom — subjects before a verb
(through titles, coordination, relative and infinitive clauses), objects and owners after it, passive agents,
possessors of event nouns, fronted subjects, where an event was held. The checks that keep a fact from being
asserted are :mod:`kg.extract.assertion`'s."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from kg.extract.datelines import DASHES
from kg.extract.drafts import AGENT_TYPES, FinderState
from kg.extract.possessors import Possessors
from kg.extract.speakers import Speakers
from kg.extract.talk_manners import MANNER_WORDS
from kg.extract.view import MentionRef
from kg.model import EntityType, EventKind
from kg.nlp.resources import SPEECH_FRAMES, Frame, Trigger
from kg.nlp.tokens import QUOTES, is_capitalised, is_modifier, lower_forms, match_phrase_at

SUBJECT_REACH = 3  # words between a subject and its verb that the windows trust ("X on Thursday said")
OWNED_REACH = 4  # words of an act between an accusing verb and the name owning it ("uji coba rudal Korea Utara")


class ArgumentSearch(Speakers, Possessors, FinderState):
    # -- argument resolution ---------------------------------------------------------------------------------
    def _subjects(self, i: int, sent: Span, *, symmetric: bool = False, verbal: bool = True,
                  kind: EventKind | None = None) -> list[str]:
        """Who acts at trigger ``i``: a pronoun, a plural phrase, or the subject name(s) with coordination.

        A verb (``verbal``) whose window subject is far away asks the parse for its subject."""
        view = self.view
        doc = view.doc
        k = i - 1
        # "Ia (kemudian) melakukan kunjungan ke …": an event noun's subject stands before the light verb carrying it
        while k >= sent.start and (doc[k].lower_ in self.before_verb or (not verbal and (
                doc[k].lower_ in self.res.light_verbs or doc[k].lower_ in self.res.articles
                or doc[k].lower_ in self.res.passive_auxiliaries))):
            k -= 1  # "…, who was paying a visit to …": past the article, the light verb and its auxiliary
        if k >= sent.start and doc[k].lower_ in self.res.relative:
            # "resolusi yang menyerukan …", "Amerika Serikat, yang telah mendesak …": the subject is what "yang"
            # refers to, a name or nothing; a dash opens such an aside as a comma does ("X – who arrived on Monday –")
            head = view.at.get(k - 2 if k - 1 >= sent.start and (doc[k - 1].text == "," or doc[k - 1].text in DASHES)
                               else k - 1)
            return [self._resolve(head, sent, agent=True)] if head is not None else []
        aside = self._aside_subject(k, sent)
        if aside is not None:
            return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(aside, sent)]
        quote = self.quotes.at(k) if k >= sent.start else None
        if quote is not None and quote.speaker and doc[k].lower_ in self.res.first_singular:
            return [quote.speaker]  # "Saya …" inside a quotation is its speaker
        if quote is not None and quote.speaker and doc[k].lower_ in self.res.first_plural:
            # "kami telah sepakat": the speaker and whom they named with "saya", for what pairs do
            if symmetric and quote.partner:
                return [quote.speaker, quote.partner]
            return []
        joined = self._comitative_subjects(k, sent) if k >= sent.start else []
        if joined:
            return joined
        titled = (self._title_anaphor(k, sent) or self._body_anaphor(k, sent) or self._kind_anaphor(k, sent)
                  if k >= sent.start else None)
        if titled is not None:
            return [titled]  # "The Secretary praised …", "Menteri Luar Negeri itu mengatakan …", "The Committee said"
        holder = self._office_holder(k) if k >= sent.start else None
        if holder is not None:
            return [holder]  # "Indonesia's foreign minister flew …" where "Foreign Minister X" is named
        if k >= sent.start and self._unnamed_body_head(k):
            return []  # "The IAEA chief arrived …" with no head of the agency named: not the agency's act
        if k >= sent.start and doc[k].lower_ in self.res.person_pronouns:
            previous = self.quotes.speaker_before(k)
            if previous is not None:
                return [previous]  # `"…," he added`: the speaker of the quotation just closed
            closed = self.quotes.closed_before(k)
            person = self._recent_person(k, (closed.start, closed.end) if closed is not None else (0, 0))
            return [person] if person else []
        if k >= sent.start and doc[k].lower_ in self.res.body_pronouns and (reporter := self._reporting_body(k, sent)):
            return [reporter]  # "The ministry said it had designated X": the body reports its own act
        floated = self._floating(k, sent) if k >= sent.start and doc[k].lower_ in self.res.plural_pronouns else None
        if floated is not None:  # "France and Germany are both parties": "both" floats after the subject
            return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(floated, sent)]
        if k >= sent.start and doc[k].lower_ in self.res.plural_pronouns and (pair := self._pair_before(k, sent)):
            return pair  # "Chile and Peru said they had agreed": the names coordinated before, in its sentence
        if k >= sent.start and doc[k].lower_ in self.res.plural_pronouns:
            # "mereka membahas": a plural pronoun names a pair only for what pairs do
            return self._recent_persons(k, (EntityType.PERSON,)) \
                if symmetric and not self.grammar.unnamed_plural_subject(k, sent) else []
        plural = self._plural_left(i, sent)
        if plural:
            return plural
        listed = view.object_list_start(k - 1, sent) if k > sent.start else None
        if k >= sent.start and doc[k].lower_ in self.res.coordination and ((k - 1) not in view.at or listed):
            # "X mengatakan …, dan menuduh Y": a coordinated verb shares the subject of the main clause
            # before it, skipping subjects of embedded clauses ("khawatir Rusia akan …") and the objects of
            # the verb before ("spoke with A and B and urged …")
            main = view.main_subject_left(listed or k, sent)
            if main is not None:
                return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(main, sent)]
            if (group := self._group_opening(k, sent)) is not None:
                return [group]  # "The group denied it and accused X": the group named before
        controller = self._clause_controller(k, sent) if verbal else None
        if controller is not None:
            return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(controller, sent)]
        if verbal and (person := self._pronoun_controller(k, sent)) is not None:
            return [person]  # "He met A before sitting down with B": his meeting with B, not A's
        if verbal and view.bare_subject(i, sent):
            return []  # "…, officials said": the speaker is named nowhere
        m = view.subject_left(i, sent)
        # "terbang … untuk membahas": the subject of a controlled infinitive is the window's, unless the
        # infinitive hangs on the noun of another predicate ("mengkritik keputusan UE untuk menjatuhkan sanksi")
        controlled = any(t.lower_ in self.res.infinitive_markers for t in doc[max(sent.start, k):i])
        if verbal and controlled and kind is not None and (
                self._another_predicate(i, sent, kind) or self._act_noun_between(sent.start - 1, i)):
            owner = self._infinitive_owner(k, sent)
            if owner is not None:
                return [self._resolve(owner, sent, agent=True)]
            parsed = None if self._journey_purpose(m, i, sent, kind) else self.grammar.owner(i, sent)
            if parsed is not None:
                return [self._resolve(x, sent, agent=True) for x in parsed]
        elif verbal and not controlled and self._unsure(m, i, sent):
            parsed = self.grammar.subject(i, sent)  # the window's subject is far away: ask the parse
            if parsed is not None and not self._in_modifier_of(m, parsed, sent):
                return [self._resolve(x, sent, agent=True) for x in parsed]
        members, office = self._members_of_parties(k, sent) if k >= sent.start else ([], False)
        if (symmetric and len(members) > 1) or (members and kind is not None and kind.traits.members_stand_for_owner):
            return members  # "Leaders of Japan and South Korea met", "Officials of the EU imposed sanctions"
        if members and verbal and office:
            return members  # "The foreign ministers of X and Y condemned Z": each holds the office of one
        if members and verbal and not symmetric:
            return []  # "Officials from Iran said …": unnamed people speak or accuse, not their country
        if m is None:
            opening = self._opening_body_anaphor(i, sent)
            return [opening] if opening is not None else []  # "The Council today adopted restrictive measures …"
        if view.leader_title_of(m, view.np_start(m, sent.start), sent) is not None \
                and self._resolve(m, sent, agent=True) == m.key:
            return []  # "The President of Brazil arrived": a title with no name, and no leader of it named before
        if verbal and not symmetric and not (kind is not None and kind.traits.members_stand_for_owner) \
                and view.unnamed_members(m, sent):
            return []  # "Israeli officials said …", "Chilean diplomats accused …": as above
        conjuncts = self._conjuncts_left(m, sent)
        pronoun = self._pronoun_conjunct(conjuncts[0], sent) if symmetric else None  # "she and Y had met"
        return [*([pronoun] if pronoun else []), *(self._resolve(x, sent, agent=True) for x in conjuncts)]

    def _in_modifier_of(self, m: MentionRef | None, parsed: list[MentionRef], sent: Span) -> bool:
        """The names the parse gives as subject stand in a prepositional phrase right after the window's subject
        ``m``: in "Ana Varnas of the World Bank accused Peru" the bank only says where she works — she accuses."""
        if m is None or not parsed:
            return False
        end = self.view.chain_head(m, sent.end).end
        return m.type is EntityType.PERSON and end < sent.end and self.view.doc[end].lower_ in self.res.preps.blocking \
            and all(p.start > end for p in parsed)

    def _conjuncts_right(self, m: MentionRef, sent: Span, repeated: frozenset[str] = frozenset()) -> list[MentionRef]:
        """``m`` and the names coordinated after it, up to one that opens a clause of its own: "Jepang mengunjungi
        Peru dan Brasil mengunjungi Chile" — Brasil is the next clause's subject, no second destination. A
        preposition of ``repeated`` may open a later conjunct again ("spoke with A and with B")."""
        out = self.view.coordinated_right(m, sent, repeated, self.context.place_country)
        doc = self.view.doc
        for n, x in enumerate(out[1:], 1):
            # "to"/"untuk" opens no clause of the conjunct's own: "met A and B to discuss …" (the first subject's
            # purpose), "added A and B to its sanctions list" (a preposition)
            if x.end < sent.end and self._verb_follows(x.end) and doc[x.end].lower_ not in self.res.infinitive_markers \
                    and not self._closing_adverbial(x.end, sent):
                # "visited Peru, Bolivia and Brazil visited Chile": a comma list no coordinator closes is none — the
                # names after the first are the next clause's subjects with x, as ``_conjuncts_left`` reads them
                coordinated = any(t.lower_ in self.res.coordination for t in doc[out[n - 1].end:x.start])
                return out[:1] if coordinated else out[:n]
        listed = self.view.members_listed_after(out[-1].end, sent)  # "X serta dua perusahaan …, A dan B"
        return [*out, *self.view.coordinated_right(listed, sent)] if listed is not None else out

    def _closing_adverbial(self, j: int, sent: Span) -> bool:
        """The adverb at ``j`` ends the clause, within two words and no verb: "bertemu A dan B secara terpisah." —
        B opens no clause of its own ("A dan B secara resmi menandatangani …" does), and a verb is no adverb
        ("sanctioned A and B criticised the move.": B is the subject of "criticised")."""
        doc, res = self.view.doc, self.res
        if doc[j].lower_ not in self.before_verb:
            return False
        # a manner phrase of its own ("secara tidak langsung": "tidak" negates no verb there)
        manner = match_phrase_at(doc, j + 1, res.talk_manners, MANNER_WORDS, sent.end) if j + 1 < sent.end else 0
        for k in range(j + 1 + manner, min(sent.end, j + 3 + manner) + 1):
            if k == sent.end or doc[k].is_punct:
                return True
            if k > j + 1 and ((doc[k].lower_,) in res.time_words or doc[k].lower_ in res.preps.location):
                return True  # "secara terpisah di Jenewa", "secara resmi kemarin": where or when, no verb
            # the word right after "secara" is its adverb ("secara resmi"), which may also stand before a verb
            if k in self.view.at or not doc[k].is_lower or (k > j + 1 and self._verb_follows(k)):
                return False
        return False

    def _conjuncts_left(self, m: MentionRef, sent: Span) -> list[MentionRef]:
        """``m`` and the names coordinated before it, from one that a trigger ends right before: in "… mengunjungi
        Peru dan Brasil mengunjungi Chile" Peru is the earlier clause's object, not a subject of this one."""
        out = self.view.coordinated_left(m, sent)
        if len(out) == 1 and (first := self._counterpart_conjunct(m, sent)) is not None:
            out = [*self.view.coordinated_left(first, sent), m]  # "X and her Malaysian counterpart, Y, met"
        for n in range(len(out) - 1, 0, -1):
            if self._trigger_ends_at(self.view.np_start(out[n - 1], sent.start) - 1, sent):
                return out[n:]
        return out

    def _counterpart_conjunct(self, m: MentionRef, sent: Span, reach: int = 4) -> MentionRef | None:
        """The name coordinated before a counterpart noun whose apposition ``m`` is: in "X and her Malaysian
        counterpart, Y," X; None when no "and … counterpart," stands right before ``m``."""
        view, doc, res = self.view, self.view.doc, self.res
        comma = view.np_start(m, sent.start) - 1
        if comma - 2 < sent.start or doc[comma].text != ",":
            return None
        k = comma - 1
        if not any(match_phrase_at(doc, s, res.counterpart_nouns, 2, comma) == comma - s for s in (k, k - 1)):
            return None
        while k > sent.start and comma - k <= reach and doc[k - 1].lower_ not in res.coordination:
            k -= 1  # back over "her Malaysian": a determiner and a nationality
        if k - 2 < sent.start or doc[k - 1].lower_ not in res.coordination:
            return None
        return view.at.get(k - 2)

    def _trigger_ends_at(self, j: int, sent: Span) -> bool:
        """A trigger taking a name as its object ends at token ``j``: "mengunjungi", "berkunjung ke" — not a verb
        of saying, whose clause has its own subject ("Wong said Australia and Papua New Guinea had agreed")."""
        return self._trigger_ending_at(j, sent, lambda trig: trig.frame not in SPEECH_FRAMES
                                       and trig.kind is not EventKind.STATEMENT and not trig.kind.traits.speech_act)

    def _trigger_ending_at(self, j: int, sent: Span, accept: Callable[[Trigger], bool]) -> bool:
        """A trigger of up to four words that ``accept`` takes ends at token ``j`` of ``sent``."""
        if j < sent.start:
            return False
        words = lower_forms(self.view.doc)
        return any(tuple(words[k:j + 1]) == trig.form for k in range(max(sent.start, j - 3), j + 1)
                   for trig in self.by_first.get(words[k], ()) if accept(trig))

    def _urged(self, obj: MentionRef, sent: Span) -> bool:
        """An infinitive marker follows the object (its coordinated names included): "called on X and Y to …"."""
        last = self.view.coordinated_right(self.view.chain_head(obj, sent.end), sent)[-1]
        k = self._past_appositions(last.end, sent)
        return k < sent.end and self.view.doc[k].lower_ in self.res.infinitive_markers

    def _past_appositions(self, k: int, sent: Span, reach: int = 24) -> int:
        """Past appositions and the names coordinated with them after an object ending at ``k``: "called on X,
        the commander of A, and Y, the head of B, (to …)" — where the next word outside them stands. Each
        apposition is a comma, a determiner or title and the words up to the next comma."""
        view, doc, res = self.view, self.view.doc, self.res
        start = k
        while k + 1 < sent.end and k - start < reach and doc[k].text == ",":
            nxt = doc[k + 1]
            named = k + 2 + view.title_len(k + 2, sent.end) if k + 2 < sent.end else sent.end
            if nxt.lower_ in res.coordination and named in view.at:
                k = view.coordinated_right(view.chain_head(view.at[named], sent.end), sent)[-1].end
                continue  # ", and (General) Y": the next conjunct
            if not (nxt.lower_ in res.articles or view.title_len(k + 1, sent.end)):
                break
            close = next((c for c in range(k + 1, min(sent.end, k + 1 + reach)) if doc[c].text == ","), None)
            if close is None:
                break
            k = close + 1 if close + 1 < sent.end and doc[close + 1].lower_ in res.infinitive_markers else close
        return k

    def _aside_subject(self, k: int, sent: Span, reach: int = 12) -> MentionRef | None:
        """ "X – who arrived on Monday – will visit Osaka", "X (who arrived on Monday) will visit": an aside closed
        by the dash or bracket at ``k`` right before the verb stands between the verb and its subject, the name
        ending where the aside opens with a relative pronoun. None for anything else (a dateline's "(Reuters) -")."""
        doc = self.view.doc
        if k < sent.start or doc[k].text not in DASHES | {")"}:
            return None
        opening = "(" if doc[k].text == ")" else None
        for o in range(k - 2, max(sent.start, k - reach) - 1, -1):
            if doc[o].text == opening or (opening is None and doc[o].text in DASHES):
                subject = self.view.at.get(o - 1)
                if doc[o + 1].lower_ not in self.res.relative or subject is None or subject.type not in AGENT_TYPES:
                    return None
                start = self.view.np_start(subject, sent.start)
                # "the new envoy to Lima – who arrived …": a name after a preposition is no subject
                return None if start > sent.start and doc[start - 1].lower_ in self.res.preps.blocking else subject
        return None

    def _members_of_parties(self, k: int, sent: Span) -> tuple[list[str], bool]:
        """The named countries or bodies whose unnamed members (``member_nouns``) are the subject ending at token
        ``k`` right before the verb: "The foreign ministers of Russia and China (met)", "Officials from Iran and
        Saudi Arabia (held talks)", "Officials of Iran (said)"; else []. With it, whether the members hold an
        office each country has one of (:meth:`_single_office`)."""
        view, doc, res = self.view, self.view.doc, self.res
        while k > sent.start and (doc[k].lower_ in res.light_verbs or doc[k].lower_ in self.before_verb):
            k -= 1  # "… held talks": the subject stands before the light verb
        k = self._before_time_phrase(k, sent)  # "The foreign ministers of X and Y on Monday condemned …"
        last = view.at.get(k)
        if last is None or last.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return [], False
        group = [last]  # the owners coordinated: "of Russia and China", "from Iran, Iraq and Syria"
        j = view.np_start(last, sent.start) - 1
        while j > sent.start and (doc[j].lower_ in res.coordination or doc[j].text == ","):
            j -= 1
            while j > sent.start and (doc[j].lower_ in res.coordination or doc[j].text == ","):
                j -= 1
            prev = view.at.get(j)
            if prev is None or prev.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                return [], False
            group.insert(0, prev)
            j = view.np_start(prev, sent.start) - 1
        link = view.np_start(group[0], sent.start) - 1
        while link > sent.start and doc[link].lower_ in res.articles:
            link -= 1
        if link <= sent.start or doc[link].lower_ not in res.member_links:
            return [], False
        if len(group) == 1 and view.leader_title_of(last, view.np_start(last, sent.start), sent) is not None:
            return [], False  # "The prime minister of Australia (said)": a leader's title names the one head
        j = link - 1  # back over the member noun and its modifiers to the clause's start
        while j >= sent.start and j not in view.at and (is_modifier(doc[j]) or doc[j].lower_ in res.articles
                                                        or view.member_noun_at(j, sent)):
            j -= 1
        opens = j < sent.start or doc[j].is_punct or doc[j].lower_ in res.coordination
        if not opens or not any(view.member_noun_at(n, sent) for n in range(j + 1, link)):
            return [], False
        return [self._resolve(x, sent, agent=True) for x in group], self._single_office(j + 1, link)

    def _single_office(self, start: int, end: int) -> bool:
        """The plural noun phrase ``[start, end)`` names an office each country or body has one holder of: a
        leader's title ("the presidents") or a titled portfolio of two words or more ("the foreign ministers"),
        singular; not staff ("officials", "diplomats", "envoys"), whom a country has many of."""
        words = [t.lower_ for t in self.view.doc[start:end] if t.is_alpha and t.lower_ not in self.res.articles]
        if not words:
            return False
        office = (*words[:-1], self.res.singular(words[-1]))
        return office in self.res.leader_titles or (len(office) > 1 and office in self.res.official_titles)

    def _before_time_phrase(self, k: int, sent: Span) -> int:
        """Back from token ``k`` over a time phrase that may stand between a subject and its verb ("on Monday",
        "today"): where the subject ends; ``k`` itself when no such phrase ends there."""
        doc, res = self.view.doc, self.res
        if k <= sent.start or k in self.view.at:
            return k
        timed = (doc[k].lower_,) in res.time_words
        if timed and doc[k - 1].lower_ not in res.preps.blocking:
            return k - 1  # "X and Y today condemned"
        timed = timed or (is_capitalised(doc[k]) and doc[k].is_alpha)  # "on Monday"
        return k - 2 if timed and doc[k - 1].lower_ in res.preps.blocking and k - 2 >= sent.start else k

    def _infinitive_owner(self, k: int, sent: Span) -> MentionRef | None:
        """ "mengecam keputusan Kanada untuk menjatuhkan sanksi", "mendesak Jepang untuk …": in a head-initial
        language a bare name right before the infinitive marker, after a noun or verb it completes, is who the
        infinitive's act is for. Not a name after a preposition ("di PBB untuk …") nor a titled or apposed name.
        In a head-final language the name of an of-phrase or a by-phrase after a noun of an act: "the decision of Peru
        to …", "the decision by Peru to …"."""
        view = self.view
        doc = view.doc
        m = view.at.get(k)
        if m is None or m.end != k + 1 or m.type not in AGENT_TYPES:
            return None
        before = view.np_start(m, sent.start) - 1
        if not self.res.head_initial:
            # "criticised the decision of Peru to condemn …": the of-phrase of a noun of an act owns the act
            owning = self.res.preps.of | self.res.preps.agent
            return m if before > sent.start and doc[before].lower_ in owning and \
                (doc[before - 1].lower_,) in self.res.act_nouns else None
        if before != m.start - 1 or before < sent.start:
            return None
        word = doc[before]
        if not (word.is_alpha and word.is_lower) or word.lower_ in view.closed_words:
            return None
        return m

    def _owner_before_infinitive(self, start: int, sent: Span, reach: int = 3) -> MentionRef | None:
        """Who owns the act whose noun at ``start`` an infinitive's verb takes ("the decision of Peru to impose
        sanctions", "keputusan Kanada untuk menjatuhkan sanksi"): :meth:`_infinitive_owner` of the name before the
        infinitive marker, at most ``reach`` words before the noun; None otherwise."""
        doc = self.view.doc
        for k in range(start - 1, max(sent.start, start - reach) - 1, -1):
            if doc[k].lower_ in self.res.infinitive_markers:
                return self._infinitive_owner(k - 1, sent) if k - 1 >= sent.start else None
        return None

    def _target_ahead(self, trig: Trigger, start: int, end: int, sent: Span) -> bool:
        """A target may follow the trigger: a name after it (past a possessor), or a destination to infer."""
        if trig.kind.traits.destination and (trig.frame is Frame.NOUN or any(
                match_phrase_at(self.view.doc, k, phrases, 3, sent.end)
                for k in (end, end + 1) if k < sent.end for phrases in self.res.singular_anaphora.values())):
            return True  # "ke negara itu", "during his state visit": the destination is named elsewhere
        after = self._possessor(start, end, sent, place_owns=not trig.kind.traits.destination,
                                of_owns=trig.kind.traits.destination)[1] \
            if trig.frame is Frame.NOUN else self._past_predicative(end, sent)
        after = self._past_coordinated_nouns(trig.kind, after, sent)
        obj = self.view.object_right(after, sent, trig.target_preps, direct=trig.frame is Frame.VERB,
                                     owner=trig.kind.traits.owner_is_target,
                                     slack=OWNED_REACH if trig.kind.traits.owner_is_target else 2,
                                     members=trig.kind.traits.members_stand_for_owner)
        # "mengecam serangan terhadap pasukan Chili": the victim of the act condemned is no target ahead
        return obj is not None and not (trig.kind.traits.speech_act
                                        and self._victim_of_act(after, obj, sent, trig.target_preps))

    def _owned_object(self, after: int, obj: MentionRef, sent: Span, preps: frozenset[str]) -> bool:
        """In a head-initial language a common noun between a verb and a name heads the verb's object, and the
        name after it only owns it ("menyambut baik usulan Jepang", "menerima bantuan Jepang"); adverbs
        ("menyambut hangat X") and the words of a name's phrase (titles, demonyms) may stand there. A name
        after one of the trigger's prepositions is its partner, whatever stands before ("mencapai kesepakatan
        dagang dengan Jepang")."""
        if not self.res.head_initial:
            return False
        view = self.view
        start = view.np_start(obj, sent.start)
        if after < start and view.doc[start - 1].lower_ in preps:
            return False

        def free(t: Token) -> bool:
            return view.is_ext_word(t) or t.lower_ in self.res.adverbs_after_verb or t.is_punct or t.text in QUOTES

        # "bertemu mitranya (dari Vietnam), X": the counterpart noun heads the object, the name is in apposition
        if any(all(free(t) for t in view.doc[after:k]) and view.counterpart_apposed(k, sent)
               for k in range(after, start)):
            return False
        # "bertemu pemimpin junta X", "ketua partai X": a title, then up to two lowercase words of what it leads
        title = next((k for k in range(after, start) if view.title_len(k, start)), None)
        if title is not None and all(free(t) for t in view.doc[after:title]):
            rest = view.doc[title + view.title_len(title, start):start]
            if len(rest) <= 2 and all(t.is_lower and t.is_alpha for t in rest):
                return False
        return any(not free(t) for t in view.doc[after:start])

    def _past_coordinated_nouns(self, kind: EventKind, end: int, sent: Span, reach: int = 2) -> int:
        """Past event nouns of the same kind coordinated after the trigger, each with up to ``reach`` lowercase
        modifiers: "menjatuhkan sanksi finansial dan larangan perjalanan kepada X", "sanctions and an embargo on
        X" — the target after them is every conjunct's. ``end`` when none follows."""
        doc = self.view.doc
        nouns = self.nouns_of.get(kind, frozenset())
        longest = max((len(n) for n in nouns), default=0)
        j = end
        while True:
            k = j
            while k < sent.end and k - j < reach and k not in self.view.at and is_modifier(doc[k]) \
                    and doc[k].lower_ not in self.res.coordination and doc[k].lower_ not in self.res.preps.blocking:
                k += 1  # "sanksi finansial", "new"
            if k >= sent.end or doc[k].lower_ not in self.res.coordination:
                return j
            k += 1
            while k < sent.end and doc[k].lower_ in self.res.articles:
                k += 1  # "and an arms embargo"
            n = match_phrase_at(doc, k, nouns, longest, sent.end)
            if not n:
                return j
            j = k + n

    def _past_predicative(self, end: int, sent: Span, reach: int = 5) -> int:
        """Where a verb's object starts after a fronted predicative ("denounced as a grave crime Chile's
        treatment of …", a heavy object shifted to the end): past the "as" phrase, when a name follows it;
        else ``end``."""
        doc = self.view.doc
        end = self._past_naming_clause(end, sent)  # "condemned what he described as X's campaign"
        if end >= sent.end or doc[end].lower_ not in self.res.preps.predicative:
            return end
        for k in range(end + 1, min(sent.end, end + 1 + reach)):
            if k in self.view.at:
                return k if k > end + 1 else end
            if doc[k].is_punct or not doc[k].is_lower:
                return end
        return end

    def _head_of(self, trig: Trigger, start: int) -> int:
        """The trigger's head word: the first in a head-initial language ("sanksi baru"), else the last
        ("new sanctions")."""
        return start if self.res.head_initial else start + len(trig.form) - 1

    def _another_predicate(self, i: int, sent: Span, kind: EventKind) -> bool:
        """Before the event word at ``i`` in its sentence stands the trigger of another event that is no speech
        verb, with a name after it: "Kremlin mengutuk keputusan UE untuk memperpanjang sanksi", "condemned the
        decision of the EU to extend sanctions". Who acts is then a question for the parse."""
        return next(self._other_predicates(i, sent, kind), None) is not None

    def _other_predicates(self, i: int, sent: Span, kind: EventKind) -> Iterator[tuple[int, Trigger]]:
        """Each trigger :meth:`_another_predicate` looks for before token ``i``, with its first token, in order."""
        doc = self.view.doc
        for k in range(sent.start, i):
            for t in self.by_first.get(doc[k].lower_, ()):
                # the same kind only for a judging verb governing the noun of an act ("criticised the decision of X
                # to condemn …"): any other repeat would send every later trigger of its kind to the parse
                if ((t.kind is not kind or (t.kind.traits.owner_is_target and self._act_noun_between(k, i)))
                        and t.frame not in SPEECH_FRAMES and tuple(x.lower_ for x in doc[k:k + len(t.form)]) == t.form
                        and any(j in self.view.at for j in range(k + len(t.form), i))):
                    yield k, t

    def _journey_purpose(self, m: MentionRef | None, i: int, sent: Span, kind: EventKind) -> bool:
        """The infinitive at ``i`` is the purpose of a journey whose traveller is the window's subject ``m``: every
        other predicate before it is a journey (``destination``: "terbang ke Y … untuk membahas", "visited A and B
        to discuss"), ``m`` stands before the first, and no noun of an act stands between ("the decision of X
        to …"). A journey's purpose clause is its traveller's (subject control: the places after the verb travel
        nowhere), which is what the window gives: the parse is not asked (it was, for 252 sentences of a 1 MB
        corpus, ~8 % of its CPU, each answering the traveller)."""
        if m is None:
            return False
        others = list(self._other_predicates(i, sent, kind))
        return bool(others) and m.end <= others[0][0] and all(t.kind.traits.destination for _, t in others) \
            and not self._act_noun_between(m.end - 1, i)

    def _act_noun_between(self, k: int, i: int) -> bool:
        """A noun of an act (``act_nouns``: "decision", "keputusan") stands between tokens ``k`` and ``i``."""
        return any(match_phrase_at(self.view.doc, j, self.res.act_nouns, 3, i) for j in range(k + 1, i))

    def _unsure(self, m: MentionRef | None, i: int, sent: Span, reach: int = SUBJECT_REACH) -> bool:
        """The window's subject ``m`` stands more than ``reach`` words (or a comma) before token ``i``."""
        if m is None:
            return False
        doc = self.view.doc
        # "delegasi X yang dipimpin Menlu Y tiba": the clause naming the delegation's leader belongs to the subject
        m = self.view.delegation_leader(m, sent) or m
        between = [t for t in doc[self.view.chain_head(m, sent.end).end:i]
                   if not (t.is_space or t.text in QUOTES or t.lower_ in self.before_verb)]
        return len(between) > reach or any(t.text == "," for t in between)

    def _floating(self, k: int, sent: Span) -> MentionRef | None:
        """The subject a plural pronoun floats after: "X and Y (are) both", "X dan Y keduanya"."""
        j = k - 1
        while j >= sent.start and self.view.doc[j].lower_ in self.before_verb | self.res.passive_auxiliaries:
            j -= 1
        return self.view.at.get(j) if j >= sent.start else None

    def _resolve(self, m: MentionRef, sent: Span, *, agent: bool = False) -> str:
        """Entity key a mention stands for: a leader for "pemimpin Rusia itu", a country for its capital, the
        leader of a country's delegation for the delegation."""
        view = self.view
        doc = view.doc
        if agent and (leader := view.delegation_leader(m, sent)) is not None:
            return leader.key  # "Delegasi Malaysia yang dipimpin Menlu X tiba …": X travels, meets, signs
        # "Menlu RI, Sugiono, …" names the holder after a comma; "Menurut Menlu RI, Indonesia …" does not: a
        # country or body after the comma opens the next clause
        apposed = view.at.get(m.end + 1) if m.end < sent.end and doc[m.end].text == "," else None
        unnamed = view.chain_head(m, sent.end) == m and (apposed is None or apposed.type is not EntityType.PERSON)
        if m.type is EntityType.COUNTRY and m.end <= sent.end and (
                (m.end < sent.end and doc[m.end].lower_ in self.res.anaphoric_tails) or unnamed):
            # "pemimpin Rusia itu", "perdana menteri Israel", "the Chilean leader" (no name after): that country's
            # leader named before
            title = view.title_before(m, sent) or self._title_after(m, sent)
            if title is not None and title[0] > sent.start and (doc[title[0] - 1].lower_,) in self.res.org_heads:
                title = None  # "Kantor Perdana Menteri Israel membantah": the leader's office, not the leader
            if title is not None and tuple(t.lower_ for t in doc[title[0]:title[1]]) in self.res.leader_titles:
                leader = next((p for p, c in self.context.leader_of.items() if c == m.key), None)
                if leader:
                    return leader
            elif title is not None and ((m.end < sent.end and doc[m.end].lower_ in self.res.anaphoric_tails)
                                        or self._bare_owned_title(title)):
                official = self._official_named_before(m, title)
                if official:
                    return official  # "Menlu Australia itu", "Menlu RI bertemu …": the country's minister named before
        if agent and m.key in self.context.capital_country:
            return self.context.capital_country[m.key]
        if view.leader_body_after(m, sent):  # "Maduro's government": the country he leads, where it is named
            return self.context.leader_of.get(m.key, m.key)
        return m.key

    def _bare_owned_title(self, title: tuple[int, int]) -> bool:
        """ "Menlu RI", "Menteri Luar Negeri Jepang" with no name after: a language without definite determiners
        writes the definite title bare and capitalised (as "Presiden" alone, :meth:`_title_anaphor`), so an official's
        title owned by a country and named by no one after it is that country's official named before."""
        return not self.res.definite_determiners and self.view.doc[title[0]].is_title

    def _official_named_before(self, m: MentionRef, title: tuple[int, int]) -> str | None:
        """Whom "<an official's title> <country> itu" at ``m`` refers back to: the one person named before who holds
        an office (no leadership) for that country — or, of several, the one named with the same title words."""
        view = self.view
        doc = view.doc
        officials: list[MentionRef] = []
        for p in view.mentions:
            if p.start >= m.start:
                break
            if p.type is EntityType.PERSON and self.context.person_country.get(p.key) == m.key \
                    and self.context.leader_of.get(p.key) != m.key:
                officials.append(p)
        keys = {p.key for p in officials}
        if len(keys) == 1:
            return keys.pop()
        words = [t.lower_ for t in doc[title[0]:title[1]]]
        matching = {p.key for p in officials
                    if [t.lower_ for t in doc[view.np_start(p, doc[p.start].sent.start):p.start]][:len(words)] == words}
        return matching.pop() if len(matching) == 1 else None

    def _title_after(self, m: MentionRef, sent: Span) -> tuple[int, int] | None:
        """The title right after a nationality or a possessive, no name after it: "the Chilean leader", "Chile's
        president" (head-final titles)."""
        k = m.end
        if k < sent.end and self.res.is_possessive_marker(self.view.doc[k].lower_):
            k += 1
        n = self.view.title_len(k, sent.end) if k < sent.end else 0
        return (k, k + n) if n and (k + n) not in self.view.at else None

    def _opens_clause(self, j: int, sent: Span) -> bool:
        """A name ending before token ``j`` is the subject of a clause: a verb follows it, or a lowercase word that
        is no preposition (an apposition ends at a comma, a preposition or the sentence's end)."""
        if j >= sent.end:
            return False
        tok = self.view.doc[j]
        return self._verb_follows(j) or (tok.is_alpha and tok.is_lower and tok.lower_ not in self.res.preps.blocking)

    def _verb_follows(self, j: int) -> bool:
        """Token ``j`` is an auxiliary, a modal, an adverb before a verb or a trigger: a clause goes on."""
        doc = self.view.doc
        low = doc[j].lower_
        # a whole trigger, not its first word: "di" opens "di bawah sanksi" and also "di Jakarta"
        return (low in self.before_verb or low in self.res.passive_auxiliaries
                or any(tuple(t.lower_ for t in doc[j:j + len(trig.form)]) == trig.form
                       for trig in self.by_first.get(low, ())))

    def _predicate_follows(self, j: int, sent: Span) -> bool:
        """A lowercase word the parse tags as a verb follows the name: "…, said Tokyo rejected the plan" (the
        sentence is parsed only then; "said Biden on Monday", "said Biden, adding" are not)."""
        tok = self.view.doc[j]
        if not (tok.is_alpha and tok.is_lower) or tok.lower_ in self.res.preps.blocking \
                or tok.lower_ in self.res.coordination or tok.lower_ in self.res.relative:
            return False
        return self.grammar.is_verb(j, sent)

    def _passive_clause_agent(self, trig: Trigger, end: int, sent: Span) -> list[str]:
        """ "Sanctions were imposed on two banks on Monday by the EU": an event noun as the subject of a passive verb
        that carries it out (``_carrying_verbs``) has the agent that verb's "by" names, however far in its clause —
        past the target and adjuncts of time and place only ("… over the attack by X": X attacked, not imposed)."""
        doc, res = self.view.doc, self.res
        k, passive = end, False
        while k < sent.end and k - end < 4 and doc[k].lower_ in self.before_verb | res.passive_auxiliaries:
            passive = passive or doc[k].lower_ in res.passive_auxiliaries
            k += 1
        if k < sent.end and doc[k].lower_ in self.passive_carriers.get(trig.kind, ()):
            passive = True  # "Sanksi dijatuhkan terhadap Iran pada hari Senin oleh Kanada"
        elif not passive or k >= sent.end or doc[k].lower_ not in self.carriers.get(trig.kind, ()):
            return []
        # "A courtesy call was paid to X by Y": a meeting's other party may stand before its agent
        allowed = trig.target_preps | res.preps.location | (res.preps.direction if trig.kind.traits.symmetric
                                                              else frozenset())
        for j in range(k + 1, sent.end):
            low = doc[j].lower_
            if low in res.preps.agent:
                by = self.view.object_right(j + 1, sent, frozenset(), direct=True, slack=0)
                if by is None or by.type not in AGENT_TYPES:
                    return []
                return [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(by, sent)]
            if j in self.view.at or (low in allowed and (j + 1) in self.view.at):
                continue  # a name, or a preposition before one ("to X": no infinitive)
            if (doc[j].is_punct or low in self.by_first or low in res.relative or low in res.complementisers
                    or low in res.coordination or low in res.infinitive_markers
                    or (low in res.preps.blocking and low not in allowed
                        and not match_phrase_at(doc, j + 1, res.time_words, 2, sent.end))):  # "sejak pekan lalu"
                return []
        return []

    def _fronted_subject(self, end: int, sent: Span) -> list[str]:
        """ "Pada hari kedua lawatan di Amerika, Presiden Joko Widodo …": the main clause's subject.

        Only for a trigger inside an opening adverbial: the sentence starts with a preposition
        ("Pada", "Dalam", "During", "Setibanya") and no comma stands before the trigger.
        """
        doc = self.view.doc
        first = next((t for t in doc[sent.start:end] if not (t.is_space or t.is_punct)), None)
        opens_adverbial = first is not None and (first.lower_ in self.res.preps.blocking
                                                 or first.i == end - 1 or first.lower_ in self.res.opening_adverbials)
        if not opens_adverbial or any(t.text == "," for t in doc[sent.start:end]):
            return []
        for k in range(end, sent.end):
            if doc[k].text == ",":
                for j in range(k + 1, min(sent.end, k + 8)):
                    m = self.view.at.get(j)
                    if m is not None and self.view.np_start(m, sent.start) > k + 1:
                        return []  # "Kunjungan ke Hanoi, yang dijadwalkan setelah KTT G20, …": no subject here
                    if m is not None and m.type in AGENT_TYPES:
                        head = self.view.chain_head(m, sent.end)
                        return [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(head, sent)]
                return []
            if doc[k].lower_ in self.res.complementisers:
                return []
        return []

    def _location(self, end: int, sent: Span) -> str | None:
        """The place after a locative preposition in the rest of the clause: "received X at the palace"."""
        view = self.view
        doc = view.doc
        res = self.res
        for k in range(end, sent.end):
            low = doc[k].lower_
            if low in res.relative or low in res.complementisers or doc[k].text == ";":
                return None
            if low in res.preps.location:
                m = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
                if m is not None and m.type is EntityType.ORGANIZATION and m.end + 1 < sent.end and (
                        doc[m.end].text == "," or doc[m.end].lower_ in res.preps.location):
                    # "di Kementerian Pertahanan, Jakarta", "at the Foreign Ministry in Hanoi": where the body sits
                    m = view.at.get(m.end + 1)
                if m is not None and m.type is EntityType.PLACE:
                    return m.key
        return None
