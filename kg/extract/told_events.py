"""An event noun that refers to one told before and adds to it: its scope ("Sanksi itu menyasar X": those sanctions
target X — X is sanctioned by whoever imposed them) or a like act by others ("Inggris dan Kanada mengumumkan sanksi
serupa": Britain and Canada sanction whom the act told before sanctioned). The words are each language's
``scope_verbs`` and ``likeness_words``. Also where the doer of a condemned act is named after it ("peluncuran rudal
balistik oleh X"). Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType, EventKind
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import match_phrase_at

TOLD_REACH = 3  # sentences back where the act referred to may be told
SCOPE_REACH = 2  # words between the noun's demonstrative and the scope verb: "sanksi tersebut juga menyasar"
HOLDERS = (EntityType.COUNTRY, EntityType.ORGANIZATION)  # whom a title before a name is held for
ACT_OBJECT_REACH = 4  # words of an act's own object between its noun and "oleh"/"by": "peluncuran rudal balistik oleh"
ASIDE_REACH = 14  # words of an aside between a subject and its verb: ", announced by Foreign Minister X on Friday,"
SCOPE_VERB_WORDS = 4  # the longest scope verb: "freeze the assets of"


class ToldEvents(FinderState):
    modifiers_before: frozenset[str]  # the finder's modifiers of an event noun before it ("new", "fresh")

    def _scope_of_told(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "Sanksi itu menyasar 16 kapal tanker dan tiga perusahaan yang berbasis di Uni Emirat Arab", "The new
        sanctions target X", "Canada's sanctions hit X": the event noun at ``[start, end)`` refers to one told
        before (:meth:`_referring`), then a verb of scope (``scope_verbs``) and what it reaches — names, or unnamed
        members of a country — are targets of the act of that kind told before, by its agents (or by the noun's
        possessor); None when the words do not stand so or no such act was told."""
        doc, res = self.view.doc, self.res
        referring = self._referring(start, end, sent) if trig.kind.traits.members_stand_for_owner else None
        if referring is None:
            return None
        k, owner = referring
        k = self._past_aside(k, sent)  # "The measures, announced by X on Friday, target Y"
        while k < sent.end and k - end <= SCOPE_REACH and doc[k].lower_ in res.adverbs_before_verb:
            k += 1  # "sanksi itu juga menyasar", "the sanctions also target"
        targets = self._scope_targets(trig, k, sent)
        if not targets:
            return None
        agents = [owner] if owner is not None else self._earlier_agents(trig.kind, sent, targets, reach=TOLD_REACH)
        if not agents:
            return None
        return self._draft(trig.kind, agents, targets, sent, f"{rule}:scope_of_told", FRAME_CONFIDENCE)

    def _past_aside(self, k: int, sent: Span) -> int:
        """Where the clause goes on after an aside set off by commas at ``k`` that opens with a lowercase word (a
        participle or relative clause on the subject: ", announced by X on Friday,", ", which took effect today,");
        ``k`` itself when none stands there. An aside opening with a name is a list, no aside ("The measures, X and
        Y, …" is not read)."""
        doc = self.view.doc
        if k + 1 >= sent.end or doc[k].text != "," or not doc[k + 1].is_lower:
            return k
        close = next((j for j in range(k + 2, min(sent.end, k + ASIDE_REACH)) if doc[j].text == ","), None)
        return close + 1 if close is not None else k

    def _titled_person_at(self, j: int, sent: Span) -> MentionRef | None:
        """ "menyasar Jenderal X", "menyasar Panglima Militer Myanmar X": a title opening the object (and the country
        or body it is held for) before a person's name — the person, though the title is also a word of unnamed
        members ("jenderal") that alone names no one; None where no person follows the title so."""
        view = self.view
        k = j + view.title_len(j, sent.end) if j < sent.end else j
        if k == j:
            return None
        m = view.at.get(k)
        if m is not None and m.start == k and m.type in HOLDERS:
            m = view.at.get(m.end)  # the title's country or body, then the name
        return m if m is not None and m.type is EntityType.PERSON and m.start > j else None

    def _scope_targets(self, trig: Trigger, k: int, sent: Span) -> list[str]:
        """What the scope verb at ``k`` reaches, and each scope verb coordinated after its object: "The sanctions
        freeze the assets of X and bar Y from entering" — X and Y; [] when no scope verb stands at ``k`` or no
        person, body or country (or unnamed members of one) follows it."""
        doc, res, view = self.view.doc, self.res, self.view
        targets: list[str] = []
        while k < sent.end and (n := match_phrase_at(doc, k, res.scope_verbs, SCOPE_VERB_WORDS, sent.end)):
            obj = view.object_right(k + n, sent, trig.target_preps, direct=True, members=True) \
                or self._titled_person_at(k + n, sent)
            if obj is None or obj.type not in AGENT_TYPES:
                break
            conjuncts = self._conjuncts_right(obj, sent, trig.target_preps)
            conjuncts += self._appended_targets(conjuncts[-1], sent)  # "… targets X and its owner, Y"
            targets += [self._resolve(x, sent) for x in conjuncts]
            k = conjuncts[-1].end  # "… and bar Y": a coordinated verb of the same subject
            if k >= sent.end or doc[k].lower_ not in res.coordination:
                break
            k += 1
        return list(dict.fromkeys(targets))

    def _referring(self, start: int, end: int, sent: Span) -> tuple[int, str | None] | None:
        """Whether the event noun at ``[start, end)`` refers to an act told before, and where its verb may start:
        a demonstrative after it in a head-initial language ("sanksi itu"); before it, past modifiers, a
        definite determiner or demonstrative ("the new sanctions", "these measures") or a name's possessive
        ("Canada's sanctions": then also who imposed them), or a time word's ("today's action"). None otherwise."""
        doc, res = self.view.doc, self.res
        if res.head_initial and (owner := self._owner_before_scope(end, sent)) is not None:
            return owner.end, self._resolve(owner, sent, agent=True)  # "Sanksi Uni Eropa menyasar X"
        if res.head_initial:
            return (end + 1, None) if end < sent.end and doc[end].lower_ in res.anaphoric_tails else None
        k = start - 1
        while k > sent.start and doc[k].lower_ in self.modifiers_before:
            k -= 1  # "the new sanctions"
        if k < sent.start:
            return None
        if doc[k].lower_ in res.definite_determiners | res.demonstratives:
            return end, None
        owner = self.view.at.get(k - 1) if res.is_possessive_marker(doc[k].lower_) else None
        if owner is not None and owner.end == k and owner.type in AGENT_TYPES:
            return end, self._resolve(owner, sent, agent=True)
        if owner is None and k - 1 >= sent.start and res.is_possessive_marker(doc[k].lower_) \
                and (doc[k - 1].lower_,) in res.time_words:
            return end, None  # "Today's action targets X": the act of the day, told before
        return None

    def _owner_before_scope(self, end: int, sent: Span) -> MentionRef | None:
        """In a head-initial language, the name right after the event noun ending at ``end`` when a scope verb
        follows it ("Sanksi Uni Eropa (juga) menyasar X": the EU's sanctions target X) — the noun's possessor, who
        imposed them; else None."""
        doc, res = self.view.doc, self.res
        owner = self.view.at.get(end) if end < sent.end else None
        if owner is None or owner.start != end or owner.type not in AGENT_TYPES:
            return None
        k = owner.end
        while k < sent.end and k - owner.end <= SCOPE_REACH and doc[k].lower_ in res.adverbs_before_verb:
            k += 1
        return owner if match_phrase_at(doc, k, res.scope_verbs, SCOPE_VERB_WORDS, sent.end) else None

    def _like_told(self, trig: Trigger, start: int, end: int, sent: Span, rule: str) -> EventDraft | None:
        """ "Inggris dan Kanada mengumumkan sanksi serupa": a word of likeness (``likeness_words``) right after the
        event noun at ``[start, end)`` (head-initial) or right before it (head-final): the subjects did an act like
        the one of that kind told before, on its targets; None when no such act was told or no subject is named."""
        doc, res = self.view.doc, self.res
        after = end
        if res.head_initial:
            after += match_phrase_at(doc, end, res.likeness_words, 2, sent.end) if end < sent.end else 0
            alike = after > end
        else:
            alike = start > sent.start and (doc[start - 1].lower_,) in res.likeness_words
        if not alike:
            return None
        # "langkah serupa oleh Amerika Serikat dan Jepang", "similar measures by X": the doers after the noun
        agents = self._agents_by(after, sent) or self._subjects(start, sent, kind=trig.kind)
        if not agents:
            return None
        targets = [t for t in self._earlier_targets(trig.kind, sent) if t not in agents]
        if not targets:
            return None
        return self._draft(trig.kind, agents, targets, sent, f"{rule}:like_told", FRAME_CONFIDENCE)

    def _agents_by(self, k: int, sent: Span) -> list[str]:
        """The names coordinated after an agent preposition at ``k`` ("oleh X dan Y", "by X and Y"); [] where none."""
        if k >= sent.end or self.view.doc[k].lower_ not in self.res.preps.agent:
            return []
        by = self.view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
        return [self._resolve(x, sent, agent=True) for x in self.view.coordinated_right(by, sent)
                if x.type in AGENT_TYPES] if by is not None else []

    def _earlier_targets(self, kind: EventKind, sent: Span) -> tuple[str, ...]:
        """The targets of the act of ``kind`` told before ``sent``: of the acts of the agents of the nearest one
        (told in the ``TOLD_REACH`` sentences before), the first told in the document — the act announced, not the
        sentences listing its details after it ("Uni Eropa menjatuhkan sanksi terhadap Rusia. … Mereka yang
        dijatuhi sanksi termasuk X. … Inggris mengumumkan sanksi serupa": on Russia)."""
        first = self._sentences_back(sent, TOLD_REACH)
        earlier = [ev for ev in self.events if ev.kind is kind and ev.targets and sent.start > ev.sentence.start]
        if not earlier or earlier[-1].sentence.start < first:
            return ()
        return next(ev for ev in earlier if ev.agents == earlier[-1].agents).targets

    def _agent_prep_after(self, k: int, sent: Span) -> int | None:
        """Where the agent preposition after an act noun ending at ``k`` stands: right after it ("serangan oleh
        X", "the attack by X") or, in a head-initial language, after the act's own object, a few lowercase words
        ("peluncuran rudal balistik oleh X"); None past a name, punctuation, a relative or subordinate clause.
        Indonesian marks a relative clause with "yang"; an English participle ("the launch of a missile tracked
        by X") is unmarked, so there the preposition must follow the noun."""
        doc, res = self.view.doc, self.res
        reach = ACT_OBJECT_REACH if res.head_initial else 0
        j, words = k, 0
        while j < sent.end and words <= reach:
            low = doc[j].lower_
            if low in res.preps.agent:
                return j
            if res.head_initial and low in res.preps.location and j + 1 in self.view.at:
                j = self._past_places(j + 1, sent)  # "pembunuhan warga sipil di El Fasher, Sudan, oleh X"
                continue
            if j in self.view.at or not doc[j].is_lower or low in res.relative or low in res.complementisers:
                return None
            j, words = j + 1, words + 1
        return None

    def _past_places(self, k: int, sent: Span) -> int:
        """The token after the places named from ``k`` on, with the commas between and after them ("El Fasher,
        Sudan,"): where the act's object goes on; ``k`` itself when no place stands there."""
        view = self.view
        while (m := view.at.get(k)) is not None and m.type in (EntityType.PLACE, EntityType.COUNTRY):
            k = m.end
            if k < sent.end and view.doc[k].text == ",":
                k += 1
        return k

    def _frames_told_meeting(self, trig: Trigger, start: int, end: int, sent: Span) -> bool:
        """ "Usai pertemuan, A dan B menandatangani …", "After the meeting, …": a meeting noun that only sets the
        time of what its sentence tells — an opening adverbial before it (an article or determiner between), a
        comma after it (its demonstrative between) — refers to a meeting told in an earlier sentence; it tells no
        new one. Where none was told, its sentence's subjects took part in it, as before."""
        if trig.kind is not EventKind.MEETING or trig.frame is not Frame.NOUN:
            return False
        doc, res = self.view.doc, self.res
        first = next((k for k in range(sent.start, start) if not (doc[k].is_space or doc[k].is_punct)), start)
        if first == start or doc[first].lower_ not in res.opening_adverbials or not all(
                doc[k].lower_ in res.all_determiners for k in range(first + 1, start)):
            return False
        k = end
        while k < sent.end and doc[k].lower_ in res.demonstratives:
            k += 1
        if k >= sent.end or doc[k].text != ",":
            return False
        return any(ev.kind is EventKind.MEETING and ev.sentence.start < sent.start for ev in self.events)
