"""What a condemnation or accusation is of when no one named is its object: an act named by its noun, whose doer
follows "by" ("condemned the attack by X") or was told before ("condemned the attack"); and, with no one to accuse,
the speaker alone — "Peru condemned the attack", "X accused the junta of …" record no accusation, but the accuser
spoke, a Statement as "X accused Y" also is (``EventKind`` trait ``speech_act``); and who did the act or event a
definite noun refers back to ("Berlin condemned the attack", "mengecam sanksi itu"): the agents of the nearest act
of its kind, or the opener of a sentence before. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.datelines import DASHES
from kg.extract.drafts import AGENT_TYPES, EventDraft, FinderState
from kg.model import EntityType, EventKind
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import is_modifier, match_phrase_at

if TYPE_CHECKING:
    from kg.extract.view import MentionRef

UNNAMED_TARGET_CONFIDENCE = 0.7  # the speaker is the verb's subject, as in "X accused Y"; what was said is unnamed


class CondemnedActs(FinderState):
    def _act_doer_after(self, end: int, sent: Span, reach: int = 3) -> str | None:
        """Who did the act whose noun follows the verb ending at ``end``, named after the agent preposition: "the
        (deadly) attack by X", "serangan oleh X"; None when no act noun and "by" follow."""
        doc, res = self.view.doc, self.res
        k = end
        while k < sent.end and k - end <= reach and k not in self.view.at and doc[k].is_lower \
                and not match_phrase_at(doc, k, res.act_nouns, 3, sent.end):
            k += 1  # an article and modifiers: "the deadly"
        n = match_phrase_at(doc, k, res.act_nouns, 3, sent.end) if k < sent.end else 0
        if not n:
            return None
        by = self._agent_prep_after(k + n, sent)
        if by is None:
            return None
        # "strikes by Myanmar's military": the act of a country's body is the country's
        by = self.view.object_right(by + 1, sent, frozenset(), direct=True, slack=0, owner=True)
        return self._resolve(by, sent, agent=True) if by is not None and by.type in AGENT_TYPES else None

    def _victim_of_act(self, after: int, obj: MentionRef, sent: Span, preps: frozenset[str]) -> bool:
        """The object an accusation's search reached stands after an act noun and one of the verb's target
        prepositions, nothing named between: "mengecam serangan terhadap pasukan Chili" — the preposition is the
        noun's, and who follows it suffered the act ("an attack against Chile's troops"), no accused."""
        doc, res = self.view.doc, self.res
        noun = next((k for k in range(after, obj.start) if match_phrase_at(doc, k, res.act_nouns, 3, obj.start)),
                    None)
        if noun is None or any(k in self.view.at for k in range(after, obj.start)):
            return False
        return any(doc[k].lower_ in preps for k in range(noun + 1, obj.start))

    def _act_noun_after(self, end: int, sent: Span) -> bool:
        """An act noun referring back follows the verb ending at ``end``: "the (deadly) attack", "serangan itu"."""
        return self._act_noun_end(end, sent) is not None

    def _act_noun_end(self, j: int, sent: Span) -> int | None:
        """Where an act noun referring back, starting at ``j``, ends: "the (deadly) attack", "serangan itu" (its
        demonstrative included); None where none starts there."""
        doc, res = self.view.doc, self.res
        k = j
        if not res.head_initial:
            if k >= sent.end or doc[k].lower_ not in res.definite_determiners:
                return None
            k += 1
            while k < sent.end and k - j <= 3 and k not in self.view.at and doc[k].is_lower \
                    and not match_phrase_at(doc, k, res.act_nouns, 3, sent.end):
                k += 1  # "the deadly attack", "the latest intrusion"
        n = match_phrase_at(doc, k, res.act_nouns, 3, sent.end) if k < sent.end else 0
        if not n:
            return None
        if res.head_initial:
            return k + n + 1 if k + n < sent.end and doc[k + n].lower_ in res.anaphoric_tails else None
        return k + n

    def _speaker_at_no_one(self, trig: Trigger, start: int, end: int, sent: Span) -> list[EventDraft]:
        """The Statement of the subject of a speech-act verb (``trig``, tokens [start, end)) that found no one
        named to accuse: an object no name is ("condemned the attack", "accused the junta of …"). Not a
        participle ("…, condemning the attack": the main clause's speaker is read there) nor a verb with a
        name ahead that the act did not take."""
        if not trig.kind.traits.speech_act or trig.frame is not Frame.VERB or trig.participle \
                or self._target_ahead(trig, start, end, sent):
            return []
        agents = self._subjects(start, sent, kind=trig.kind)
        rule = f"{self.res.lang}:{EventKind.STATEMENT.lower()}:{trig.kind.lower()}:{'_'.join(trig.form)}:no_one_named"
        draft = self._draft(EventKind.STATEMENT, agents, [], sent, rule, UNNAMED_TARGET_CONFIDENCE)
        return [draft] if draft is not None else []

    def _act_told_before(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "X struck Y. Z condemned the attack", "Teheran mengecam langkah itu": what is condemned is an act
        (``act_nouns``) told before, referred to by a definite article (or a demonstrative after it); its doer is
        the target."""
        doer = self._act_doer_after(end, sent)
        if doer is not None:  # "condemned the attack by the RSF on …": the doer is named after "by"
            agents = self._subjects(start, sent, kind=trig.kind)
            return self._draft(trig.kind, agents, [doer], sent, f"{rule}:act_by", trig.kind.traits.confidence)
        told = self._event_noun_after(end, sent)
        if told is not None:
            # "Departemen Keuangan AS menjatuhkan sanksi … Pemerintah China mengecam sanksi itu": the target is
            # who did the event of that noun told before (the imposer, the accuser, the visitor)
            agents = self._subjects(start, sent, kind=trig.kind)
            doers = self._earlier_agents(told, sent, agents, before=start) if agents else []
            if not doers:
                return None
            return self._draft(trig.kind, agents, doers, sent, f"{rule}:event_told_before",
                               trig.kind.traits.confidence)
        if not self._act_noun_after(end, sent):
            return None
        agents = self._subjects(start, sent, kind=trig.kind)
        doer = (self._told_act_doer(sent, agents) or self._earlier_doer(sent, agents)) if agents else None
        if doer is None:
            return None
        return self._draft(trig.kind, agents, [doer], sent, f"{rule}:act_told_before", trig.kind.traits.confidence)

    def _told_act_doer(self, sent: Span, condemners: list[str], reach: int = 3) -> str | None:
        """ "X mengecam serangan udara Israel terhadap …. OKI juga mengecam serangan tersebut": the doer named beside
        the last act noun of the nearest of the ``reach`` sentences before ``sent`` that names one (head-initial
        languages) — the country or body after the noun and its modifiers, or the one after "oleh"
        (:meth:`_told_act_owner`); None where no act noun names a doer, and the sentence openers are read then."""
        doc, res = self.view.doc, self.res
        if not res.head_initial:
            return None
        at = sent.start
        for _ in range(reach):
            if at == 0:
                return None
            prev = doc[at - 1].sent
            at = prev.start
            doers = []
            k = prev.start
            while k < prev.end:
                n = match_phrase_at(doc, k, res.act_nouns, 3, prev.end)
                doer = self._told_act_owner(k + n, prev) if n else None
                if doer is not None and doer not in condemners:
                    doers.append(doer)
                k += n or 1
            if doers:
                return doers[-1]
        return None

    def _told_act_owner(self, end: int, sent: Span, reach: int = 2) -> str | None:
        """Who did the act whose noun ends at ``end``: a country or body right after its modifiers ("serangan drone
        Rusia") — not past a noun of people or bodies, the act's victims ("penembakan warga sipil Ukraina") — or
        the name after the agent preposition ("pembunuhan warga sipil di X oleh Y")."""
        view, doc = self.view, self.view.doc
        k = end
        while k < sent.end and k - end < reach and k not in view.at and is_modifier(doc[k]) \
                and not view.member_noun_at(k, sent):
            k += 1
        owner = view.at.get(k)
        if owner is not None and owner.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return self._resolve(owner, sent, agent=True)
        by = self._agent_prep_after(end, sent)
        if by is None:
            return None
        doer = view.object_right(by + 1, sent, frozenset(), direct=True, slack=0, owner=True)
        return self._resolve(doer, sent, agent=True) if doer is not None and doer.type in AGENT_TYPES else None

    def _event_noun_after(self, end: int, sent: Span) -> EventKind | None:
        """The kind of a one-sided event whose noun follows the verb ending at ``end`` and refers back: "sanksi
        itu", "kunjungan tersebut", "the sanctions"; else None."""
        doc, res = self.view.doc, self.res
        k = end
        if not res.head_initial:
            if k >= sent.end or doc[k].lower_ not in res.definite_determiners:
                return None
            k += 1
        for kind, form in self.noun_forms:
            n = len(form)
            if kind.traits.symmetric or k + n > sent.end or tuple(t.lower_ for t in doc[k:k + n]) != form:
                continue
            if not res.head_initial or (k + n < sent.end and doc[k + n].lower_ in res.anaphoric_tails):
                return kind
        return None

    def _earlier_agents(self, kind: EventKind, sent: Span, condemners: list[str], reach: int = 3,
                        before: int | None = None) -> list[str]:
        """The agents of the nearest event of ``kind`` told in the ``reach`` sentences before ``sent`` (or act of
        that kind on unnamed members: "OFAC sanctioned four entities") — none when the condemners did it
        themselves. With ``before``, an event of ``sent`` whose trigger ends by that token counts too, as the
        nearest: "Canada imposed sanctions on Iran, and Chile condemned the sanctions" refers back as the two
        sentences would."""
        back = self._sentences_back(sent, reach)

        def told_earlier(ev: EventDraft) -> bool:
            if ev.sentence.start == sent.start:
                return before is not None and ev.trigger is not None and ev.trigger[1] <= before
            return sent.start > ev.sentence.start >= back

        told = sorted((ev for ev in (*self.events, *self.acts_without_target) if ev.kind is kind and ev.agents),
                      key=lambda ev: (ev.sentence.start, ev.trigger or (0, 0)))
        earlier = [ev for ev in told if told_earlier(ev)]
        if not earlier:
            return []
        act = self._act_told_first(earlier[-1], told)
        agents = [a for a in act.agents if a not in condemners]
        return agents if len(agents) == len(act.agents) else []

    def _act_told_first(self, act: EventDraft, told: list[EventDraft]) -> EventDraft:
        """The act ``act`` tells a part of, told first: "AS dan Inggris menjatuhkan sanksi terhadap X. … Pemerintah
        Inggris membekukan aset Y. … Iran mengecam sanksi itu" — the last act's doers are among the first one's (a
        country, or a body of one), so the sanctions condemned are the first act's, the story's; ``act`` itself when
        no act before it has all its doers."""
        country = self.context.body_country
        for ev in told:
            if ev.sentence.start >= act.sentence.start:
                break
            if all(a in ev.agents or country.get(a) in ev.agents for a in act.agents):
                return ev
        return act

    def _sentences_back(self, sent: Span, n: int) -> int:
        at = sent.start
        for _ in range(n):
            if at == 0:
                break
            at = self.view.doc[at - 1].sent.start
        return at

    def _earlier_doer(self, sent: Span, condemners: list[str], reach: int = 3) -> str | None:
        """Who did the act told in the sentences before ``sent`` (nearest first): the name opening a sentence;
        when that sentence reports an accusation by its opener, the accused; sentences that report only what
        their opener said or denied are skipped. ``reach`` counts the sentences opened by a name; those opened by
        none or by words quoted — what the act was, who said what of it — are passed over, up to twice as many."""
        doc = self.view.doc
        at = sent.start
        looked = passed = 0
        while looked < reach and passed < 2 * reach:
            if at == 0:
                return None
            prev = doc[at - 1].sent
            at = prev.start
            opener = self._clause_opener(prev)
            if opener is None or self.quotes.at(opener.start) is not None:
                passed += 1  # "Those listed include …", `"The United States has violated …," X said`: no act told
                continue
            looked += 1
            if self._opens_unnamed_body_head(opener):
                continue  # "U.N. rights chief condemns …" is told by the chief, not done by the U.N.
            key = self._resolve(opener, prev, agent=True)
            own = [ev for ev in self.events if ev.sentence == prev and key in ev.agents]
            said = [ev for ev in own if ev.kind.traits.speech_act or ev.kind in (EventKind.DENIAL, EventKind.STATEMENT)]
            accused = [t for ev in said if ev.kind is EventKind.ACCUSATION for t in ev.targets]
            if len(set(accused)) == 1 and accused[0] not in condemners:
                return accused[0]  # "Kyiv accused Moscow of shelling a town. Berlin condemned the attack"
            if any(ev not in said and not ev.kind.traits.symmetric for ev in own) and key not in condemners:
                return key  # "China announced sanctions on X. Taipei condemned the move": the act, not the announcing
            if own or key in condemners:
                # "X met Y in Luanda", "X said she had spoken with Y. Z condemned the offensive": what was said,
                # whom was met or what was agreed is no act condemned
                continue
            return key
        return None

    def _clause_opener(self, sent: Span) -> MentionRef | None:
        """The name a sentence opens with, past a dateline ("JERUSALEM (Reuters) - Israeli forces …") and a short
        adverbial ("Meanwhile, …"): a person, a country, a body (a capital for its country), only determiners before
        it."""
        view, doc = self.view, self.view.doc
        first = sent.start
        for k in range(sent.start, min(sent.end, sent.start + 8)):
            if doc[k].text in DASHES:
                first = k + 1
                break
        comma = next((k for k in range(first, min(sent.end, first + 5)) if doc[k].text == ","), None)
        if comma is not None and comma > first and not any(k in view.at for k in range(first, comma)):
            first = comma + 1  # past a short adverbial naming no one: "Meanwhile, X fired …", "Sementara itu, X …"
        for k in range(first, sent.end):
            m = view.at.get(k)
            if m is None:
                continue
            lead = doc[first:view.np_start(m, sent.start)]
            if m.type in AGENT_TYPES and all(t.is_space or t.is_punct or t.lower_ in view.determiners for t in lead):
                return self._holder_of_owned_title(m, sent) or self._owned_body(m, sent) or view.chain_head(m, sent.end)
            return None
        return None

    def _owned_body(self, owner: MentionRef, sent: Span) -> MentionRef | None:
        """The body a country opening a sentence owns, named right after its possessive marker: "Azerbaijan's Defence
        Ministry accused …" opens with the ministry, the agent of what the sentence tells; None otherwise."""
        view = self.view
        k = owner.end
        body = view.at.get(k + 1) if k + 1 < sent.end and self.res.is_possessive_marker(view.doc[k].lower_) else None
        return body if body is not None and body.start == k + 1 and body.type is EntityType.ORGANIZATION else None

    def _holder_of_owned_title(self, owner: MentionRef, sent: Span) -> MentionRef | None:
        """The person a country or body opening a sentence owns the title of: "U.S. Secretary of State X", "U.N.
        Secretary-General X" — the title's words (glue words and hyphens included) then the name; the holder opens
        the clause, not the owner. None when no title and person follow."""
        view = self.view
        if owner.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return None
        j = owner.end
        while j < sent.end and j not in view.at:
            n = view.title_len(j, sent.end) or (1 if view.is_ext_word(view.doc[j]) else 0)
            if not n:
                return None
            j += n
        holder = view.at.get(j)
        return holder if holder is not None and j > owner.end and holder.type is EntityType.PERSON else None
