"""Targets listed after a participle that names them as a group: a press release's "Among those designated today
are X and Y", "Those sanctioned include X" — X and Y are the targets of the act told before, by its agent.
Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, EventDraft, FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType, EventKind
from kg.nlp.resources import Frame, Trigger
from kg.nlp.tokens import QUOTES, is_modifier, match_phrase_at

LIST_REACH = 3  # words between the participle and the verb opening the list: "those designated today are"
OPENER_REACH = 5  # words between a sentence's list opener and its verb: "Those hit by the new measures include"
TOLD_LIST_REACH = 3  # sentences back where the act whose targets a sentence lists may be told
SPEECH_REACH = 8  # words from a sentence's start to the speech verb reporting a list: "Chief Cabinet Secretary X said"
OWNED_MODIFIERS = 2  # lowercase words between a possessive and the member noun it owns: "Peru's state central bank"


class Listings(FinderState):
    modifiers_before: frozenset[str]  # the finder's modifiers of a noun before it ("new", "latest")
    _verb_follows: Callable[[int], bool]  # the finder's argument search: a clause goes on at the token

    def _list_opening(self, trig: Trigger, start: int, end: int, sent: Span) -> int | None:
        """ "(Among) those designated are", "Those sanctioned include", "Mereka yang dijatuhi sanksi termasuk": a
        demonstrative pronoun (in a head-initial language the relative pronoun, which makes the passive verb a
        headless relative clause: "yang dijatuhi sanksi", those sanctioned) before the participle at ``[start,
        end)`` (or a definite article, the participle modifying a noun of members: "The designated entities
        include"), or an adverb alone opening the sentence ("Also targeted was X": :meth:`_fronted_participle`),
        then a copula or a listing verb (``listing_verbs``) — where the list of names starts; None when the words do
        not stand so."""
        doc, res = self.view.doc, self.res
        # only a passive verb makes "yang" a headless relative of those it acted on: "yang menjatuhkan sanksi" acted
        pronouns = res.demonstratives | (res.relative if res.head_initial and trig.frame is Frame.PASSIVE
                                         else frozenset())
        if trig.kind.traits.symmetric:
            return None
        opening = start == sent.start or (start - 1 >= sent.start and doc[start - 1].lower_ in res.definite_determiners)
        k = end
        if opening and (n := self.view.member_noun_at(end, sent)):
            k = end + n  # "(The) designated entities include X": the participle modifies a noun of members
        elif self._fronted_participle(start, sent):
            k = end  # "Also targeted was X": the participle fronted, its subject after the copula
        elif not self._definite_members_before(start, sent) and (
                start - 1 < sent.start or doc[start - 1].lower_ not in pronouns):
            return None
        while k < sent.end and k - end < LIST_REACH and (doc[k].lower_,) in res.time_words:
            k += 1  # "those designated today are"
        if k >= sent.end or doc[k].lower_ not in res.passive_auxiliaries | res.listing_verbs:
            return None
        return k + 1

    def _fronted_participle(self, start: int, sent: Span) -> bool:
        """The participle at ``start`` follows only an adverb opening the sentence ("Also targeted was X", "Also
        designated were A and B"): the predicate fronted before its copula, in English word order (an Indonesian
        participle after "juga" is a verb of its own)."""
        doc, res = self.view.doc, self.res
        first = next((k for k in range(sent.start, start) if not doc[k].is_space), start)
        return not res.head_initial and first == start - 1 and doc[first].lower_ in res.adverbs_before_verb

    def _clause_ends_at_copula(self, trig: Trigger, end: int, sent: Span) -> bool:
        """An active verb ending at ``end`` right before a copula or a listing verb: "(Among those) who sanctioned
        were X", "yang menjatuhkan sanksi adalah X" — the verb's relative clause ends there and names no object;
        those named after the copula are who acted, not whom the act was on."""
        return trig.frame is Frame.VERB and end < sent.end \
            and self.view.doc[end].lower_ in self.res.passive_auxiliaries | self.res.listing_verbs

    def _definite_members_before(self, start: int, sent: Span) -> bool:
        """A definite noun of members ends right before the participle at ``start``, which modifies it from after
        (a head-initial order English keeps for participles with their own modifiers): "(Among) the companies
        designated today are X", "The entities sanctioned include X". Not in head-initial languages, whose
        participle after a noun is a relative clause's ("perusahaan yang disanksi")."""
        doc, res = self.view.doc, self.res
        if res.head_initial:
            return False
        for j in range(start - 1, max(sent.start, start - 3) - 1, -1):
            n = self.view.member_noun_at(j, sent)
            if n and j + n == start:
                k = j - 1
                while k > sent.start and doc[k].lower_ in self.modifiers_before:
                    k -= 1  # "the new entities designated"
                return k >= sent.start and doc[k].lower_ in res.definite_determiners | res.demonstratives
        return False

    def _listed_targets(self, trig: Trigger, first: int, sent: Span, rule: str) -> EventDraft | None:
        """The names listed from ``first`` (:meth:`_list_opening`) are the targets of the nearest act of the same
        kind told in the sentences before, whose agent did this one; None when no such act or no name follows
        ("Those sanctioned include X" with nothing sanctioned before names no one's act)."""
        targets = [self._resolve(x, sent) for x in self._listed(first, sent)]
        if not targets:
            return None
        agents = self._earlier_agents(trig.kind, sent, targets)
        return self._draft(trig.kind, agents, targets, sent, rule, FRAME_CONFIDENCE) if agents else None

    def _listed(self, k: int, sent: Span) -> list[MentionRef]:
        """The people and bodies named from ``k`` to the end of the list: up to a relative or a preposition that
        opens what they did ("which shipped …", "for supplying …"); a place only saying where one is based
        ("Tehran-based X") is none of them, nor one inside an apposition that describes a name listed ("X, a front
        company based in China, and Y")."""
        doc, view, res = self.view.doc, self.view, self.res
        out: list[MentionRef] = []
        j = k
        while j < sent.end and doc[j].lower_ not in res.relative:
            # a preposition inside a hyphened compound opens nothing: "the deputy commander-in-chief, X"
            if doc[j].lower_ in res.preps.blocking and not (doc[j - 1].text == "-" and not doc[j - 1].whitespace_):
                if (named := self._title_of_owner(j, sent)) is None:
                    break
                j = named  # "the head of Iran's morality police, X, and …": X is listed, not the owner
                continue
            m = view.at.get(j)
            if m is None and doc[j].is_lower and (members := view.member_phrase(j, sent))[1] is not None:
                m = members[1]  # "The listings include judges of the Minsk City Court": the court's members
            if m is None and out and doc[j].text == "," and j + 1 < sent.end \
                    and doc[j + 1].lower_ in res.singular_quantifiers:
                j = self._past_apposition(j + 1, sent)  # "X, a front company based in China, and Y"
                continue
            if m is None:
                j += 1
                continue
            if m.type in (EntityType.PERSON, EntityType.ORGANIZATION) or (
                    m.type is EntityType.COUNTRY and not (m.end < sent.end and doc[m.end].text == "-")):
                out.append(view.chain_head(m, sent.end))
            j = m.end
        return out

    def _designated_again(self, trig: Trigger, agents: list[str], after: int, sent: Span) -> bool:
        """ "OFAC also designated X": where the same agent's act of this kind was told in the sentences before,
        naming one more person or body does it again — but "designated X as envoy" names an office (an
        appointment), as any predicative after the object does."""
        doc = self.view.doc
        # "designated X, a national who served as manager of Y": the aside after the object names no office
        clause_end = next((k for k in range(after, sent.end)
                           if doc[k].text == "," or doc[k].lower_ in self.res.relative), sent.end)
        if not agents or any(doc[k].lower_ in self.res.preps.predicative for k in range(after, clause_end)):
            return False
        return bool(set(agents) & set(self._earlier_agents(trig.kind, sent, [])))

    def _designated_body(self, after: int, sent: Span) -> bool:
        """ "The Treasury designated Iran's Ministry of Intelligence", "designated X a terrorist organisation": a
        designation of a named body (no person: "designated X as envoy" appoints) is a listing; one with a
        predicative "as" names a role ("designated the ministry as lead agency")."""
        view = self.view
        obj = view.object_right(after, sent, frozenset(), direct=True, owner=True)
        if obj is None or obj.type is not EntityType.ORGANIZATION or not all(
                view.doc[j].lower_ in self.res.all_determiners or j in view.at
                or self.res.is_possessive_marker(view.doc[j].lower_) for j in range(after, obj.start)):
            return False  # "Among the companies designated are X", "Those designated today said X": no object
        return not self._names_a_role(obj.end, sent)

    def _names_a_role(self, k: int, sent: Span) -> bool:
        """A predicative preposition stands in the clause from ``k`` to its comma: "… as envoy", "… sebagai"."""
        doc = self.view.doc
        clause_end = next((j for j in range(k, sent.end) if doc[j].text == ","), sent.end)
        return any(doc[j].lower_ in self.res.preps.predicative for j in range(k, clause_end))

    def _appended_targets(self, last: MentionRef, sent: Span, reach: int = 4) -> list[MentionRef]:
        """Targets coordinated after ``last`` that a plain list does not reach: past an apposition describing it
        ("X, a company based in Dubai, and Y") or apposed to an office a possessive determiner gives its owner ("X
        and its director, Y", "X and its subsidiary Y"), and the names of a comma list such a conjunct closes ("X,
        Y, and its director, Z": the plain list stops at the office, which is no name). Empty when the words do not
        stand so."""
        doc, res, view = self.view.doc, self.res, self.view
        out: list[MentionRef] = []
        listed: list[MentionRef] = []  # ", Y" before the closing conjunct: a target only when one closes the list
        k = last.end
        while k + 1 < sent.end and len(out) < reach:  # a comma list is read to its end, however long
            if (comma_named := self._comma_conjunct(k, sent)) is not None:
                listed.append(comma_named)
                k = comma_named.end
                continue
            j = k
            described = doc[j].text == "," and doc[j + 1].lower_ in res.singular_quantifiers
            if described:
                j = self._past_apposition(j + 1, sent)  # the comma closing "a company based in Dubai,"
            j += j < sent.end and doc[j].text == ","
            if j >= sent.end or not (n := view.coordinator_at(j, sent)):
                break
            j += n  # "and", "as well as"
            while j < sent.end and doc[j].lower_ in res.articles:
                j += 1
            named = view.at.get(j)
            if named is not None and (owned_end := self._owned_members_closing(named, sent)) is not None:
                out += [*listed, named]  # "…, the Banco Andino, and Peru's central bank.": Peru stands for its bank
                listed = []
                k = owned_end
                continue
            # "direkturnya, Y": an office owned by a possessive suffix, in a language that has one
            suffixed = j < sent.end and doc[j].is_lower and res.has_possessive_suffix(doc[j].lower_)
            if named is None and j < sent.end and (doc[j].lower_ in res.determiners or suffixed):
                w = j + 1  # "its director, Y": the office's lowercase words, a comma and the name apposed
                while w < sent.end and w - j <= reach and doc[w].is_lower and w not in view.at:
                    w += 1
                named = view.at.get(w + 1) if w + 1 < sent.end and (w > j + 1 or suffixed) \
                    and doc[w].text == "," else None
                if named is None and w > j + 1 and not suffixed and w < sent.end and (bare := view.at.get(w)) \
                        and bare.start == w:
                    named = bare  # "and its former chief executive Y", "and its subsidiary Y": no comma before it
                described = named is not None
            if named is None or not described or named.type not in (EntityType.PERSON, EntityType.ORGANIZATION) \
                    or (named.end < sent.end and self._verb_follows(named.end)):
                break  # "…, and Hamas said": the subject of a clause of its own
            named = view.chain_head(named, sent.end)
            out += [*listed, named]
            listed = []
            k = named.end
        return out

    def _owned_members_closing(self, named: MentionRef, sent: Span) -> int | None:
        """Where the phrase of unnamed members that ``named`` (a country or body) owns by a possessive ends, when it
        closes the clause: "Peru's central bank." — the members stand for their owner; None when no such phrase
        follows or a verb goes on after it ("Peru's central bank said …", a clause of its own)."""
        doc, res = self.view.doc, self.res
        k = named.end
        if named.type not in AGENT_TYPES or k >= sent.end or not res.is_possessive_marker(doc[k].lower_):
            return None
        for j in range(k + 1, min(sent.end, k + 1 + OWNED_MODIFIERS + 1)):  # "Peru's (state) central bank"
            if n := match_phrase_at(doc, j, res.member_words, 3, sent.end):
                k = j + n
                return k if k == sent.end or (doc[k].is_punct and doc[k].text not in QUOTES) else None
            if not is_modifier(doc[j]) or j in self.view.at:
                return None
        return None

    def _comma_conjunct(self, k: int, sent: Span) -> MentionRef | None:
        """The person or body named right after the comma at ``k`` when another comma follows it, a member of a
        comma list ("X, Y, and …"); None otherwise."""
        doc, view = self.view.doc, self.view
        named = view.at.get(k + 1) if doc[k].text == "," else None
        if named is None or named.type not in (EntityType.PERSON, EntityType.ORGANIZATION):
            return None
        named = view.chain_head(named, sent.end)
        return named if named.end < sent.end and doc[named.end].text == "," else None

    def _title_of_owner(self, k: int, sent: Span, reach: int = 8) -> int | None:
        """Where the name apposed to an office "of" its owner starts, for "of" at ``k`` in a list: "the head of
        Iran's morality police, X" — a few words, a comma, then a person or body; None for any other preposition
        or phrase ("for supplying …", "of Tehran and …")."""
        doc, view = self.view.doc, self.view
        if doc[k].lower_ not in self.res.preps.of:
            return None
        for j in range(k + 1, min(sent.end - 1, k + reach)):
            if doc[j].text == ",":
                m = view.at.get(j + 1)
                return j + 1 if m is not None and m.type in (EntityType.PERSON, EntityType.ORGANIZATION) else None
            if doc[j].lower_ in self.res.coordination or doc[j].lower_ in self.res.relative:
                return None
        return None

    def _past_apposition(self, k: int, sent: Span) -> int:
        """The comma closing an apposition opened at ``k`` ("a front company based in China,"), or the
        sentence's end."""
        doc = self.view.doc
        return next((j for j in range(k, sent.end) if doc[j].text == ","), sent.end)

    def _act_on_unnamed_members(self, trig: Trigger, start: int, end: int, sent: Span) -> None:
        """ "OFAC sanctioned four entities and one individual for …", "AS menjatuhkan sanksi baru terkait pasokan
        bahan bakar jet": an act on counted members that belong to no one named, or on no one named, makes no fact,
        but its agent is whom "OFAC also designated X", "Sanksi itu menyasar X" or "The designated entities include
        X" in the sentences after refer to (:meth:`_earlier_agents`)."""
        doc = self.view.doc
        k = end + (end < sent.end and doc[end].lower_ in trig.target_preps)  # "imposed sanctions on four entities"
        if k < sent.end and doc[k - 1].lower_ in trig.target_preps and not self.view.members_at(k, sent):
            return  # "sanctions on Iran's oil": a target the frame could not read, no act on unnamed members
        agents = self._of_types(self._subjects(start, sent, kind=trig.kind, verbal=trig.frame is not Frame.NOUN),
                                trig.kind.traits.agent_types)
        if agents:
            self.acts_without_target.append(EventDraft(trig.kind, tuple(agents), (), sent, "", 0.0))

    def _definite_subject_told_before(self, kind: EventKind, start: int, sent: Span) -> list[str]:
        """ "(The EU adopted a package of sanctions.) The package … slaps asset freezes on X": a sentence opening
        with a definite common noun, no name before the event noun at ``start``, refers to what was told before —
        the agents of the nearest act of the same kind act again; else none."""
        doc, view = self.view.doc, self.view
        k = self._first_word(sent)
        if kind.traits.symmetric or doc[k].lower_ not in self.res.definite_determiners | self.res.body_pronouns \
                or any(j in view.at for j in range(sent.start, start)):
            return []
        return self._earlier_agents(kind, sent, [])

    def _body_subject_told_before(self, kind: EventKind, start: int, sent: Span) -> list[str]:
        """ "(Britain sanctioned X.) The government also sanctioned Y", "The Council also targeted Y", "It also
        froze the assets of Y": a sentence opening with a definite noun of a body (a leader's body or an
        organisation's head word) or a body's pronoun refers to the agent of the act of that kind told before
        (:meth:`_definite_subject_told_before`); "The report listed Y" does not."""
        doc, res = self.view.doc, self.res
        k = self._first_word(sent)
        if k < start and doc[k].lower_ in res.body_pronouns:
            return self._definite_subject_told_before(kind, start, sent)  # "It also froze the assets of Y"
        if self._act_noun_told_before(kind, k, start):
            return self._earlier_agents(kind, sent, [])  # "Sanksi tersebut membekukan aset Y": those who imposed it
        if k + 1 >= start or (doc[k + 1].lower_ not in res.leader_bodies and (doc[k + 1].lower_,) not in res.org_heads):
            return []
        return self._definite_subject_told_before(kind, start, sent)

    def _act_noun_told_before(self, kind: EventKind, k: int, start: int) -> bool:
        """The words [k, start) before the verb are a noun of the act's own kind and a demonstrative after it, in a
        head-initial language ("Sanksi tersebut (juga) membekukan aset Y"): the act told before acts again."""
        doc, res = self.view.doc, self.res
        n = match_phrase_at(doc, k, self.nouns_of.get(kind, frozenset()), 3, start) if res.head_initial else 0
        j = k + n
        if not n or j >= start or doc[j].lower_ not in res.anaphoric_tails:
            return False
        return all(doc[t].lower_ in res.adverbs_before_verb for t in range(j + 1, start))

    def _first_word(self, sent: Span) -> int:
        """The first token of ``sent`` that is no blank (the text's first sentence may open with one)."""
        doc = self.view.doc
        k = sent.start
        while k < sent.end - 1 and doc[k].is_space:
            k += 1
        return k

    def _targets_listed_after_told(self, sent: Span) -> None:
        """ "Those hit by the measures include X and Y", "The targets include X", "Sasaran sanksi itu termasuk X": a
        sentence opening with a phrase of the targets of an act told before (``told_target_openers``), or a clause
        reported right after the sentence's speech verb opening with one ("Hayashi said the targets include X"), a few
        lowercase words, then a listing verb or a copula — the names listed are targets of the nearest act told in
        the sentences before whose type names members for their owner (a sanction), by its agents."""
        doc, res = self.view.doc, self.res
        k = sent.start
        while k < sent.end and (doc[k].is_space or doc[k].is_punct):
            k += 1
        n, group = self._targets_opener(k, sent)
        if not n and (k := self._after_speech_verb(k, sent)) < sent.end:
            n, group = self._targets_opener(k, sent)  # "X said the targets include Y", "… said the companies include"
        if not n:
            return
        verbs = res.listing_verbs | res.passive_auxiliaries
        j = k + n
        while j < sent.end and j - (k + n) < OPENER_REACH and doc[j].is_lower and doc[j].lower_ not in verbs:
            j += 1  # "by the measures", "sanksi itu"
        if j >= sent.end or doc[j].lower_ not in verbs:
            return
        if group and doc[j].lower_ not in res.listing_verbs and not self._name_at(j + 1, sent):
            return  # "The organizations are X and Y" lists; "The companies were sanctioned by X" does not
        since = self._sentences_back(sent, TOLD_LIST_REACH)
        told = [ev for ev in (*self.events, *self.acts_without_target) if ev.kind.traits.members_stand_for_owner
                and ev.agents and since <= ev.sentence.start < sent.start]
        targets = [self._resolve(x, sent) for x in self._listed(j + 1, sent)]
        if not told or not targets:
            return
        kind = max(told, key=lambda ev: ev.sentence.start).kind
        agents = self._earlier_agents(kind, sent, targets, reach=TOLD_LIST_REACH)
        rule = f"{res.lang}:{kind.lower()}:told_targets:{'_'.join(t.lower_ for t in doc[k:k + n])}"
        draft = self._draft(kind, agents, targets, sent, rule, FRAME_CONFIDENCE) if agents else None
        if draft is not None:
            self.events.append(replace(draft, trigger=(k, k + n)))

    def _targets_opener(self, k: int, sent: Span) -> tuple[int, bool]:
        """Length of a phrase of targets (``told_target_openers``) or of a group (:meth:`_group_opener`) at ``k``,
        and whether it is a group's."""
        if k >= sent.end:
            return 0, False
        if n := match_phrase_at(self.view.doc, k, self.res.told_target_openers, 3, sent.end):
            return n, False
        n = self._group_opener(k, sent)
        return n, n > 0

    def _name_at(self, k: int, sent: Span) -> bool:
        """A name starts at ``k``, past articles."""
        doc = self.view.doc
        while k < sent.end and doc[k].lower_ in self.res.articles:
            k += 1
        return k in self.view.at

    def _group_opener(self, k: int, sent: Span) -> int:
        """Length of a plural pronoun or a definite noun of members opening ``sent`` at ``k`` ("They (include)",
        "The organizations (targeted include)", "These companies (include)"): a group the sentence's listing verb
        names the members of — the targets of the act told before, as :meth:`_targets_listed_after_told` reads
        them; else 0."""
        doc, res = self.view.doc, self.res
        if doc[k].lower_ in res.plural_pronouns:
            return 1
        if doc[k].lower_ not in res.definite_determiners | res.demonstratives:
            return 0
        j = k + 1
        while j < sent.end and doc[j].lower_ in self.modifiers_before:
            j += 1  # "The new entries are X", "These latest designees include X"
        n = self.view.member_noun_at(j, sent)
        return j - k + n if n else 0

    def _after_speech_verb(self, k: int, sent: Span) -> int:
        """Where the clause reported by a speech verb among the first words of ``sent`` from ``k`` starts (past a
        complementiser): "Hayashi said (that) the targets include …"; ``sent.end`` when there is none."""
        doc, view = self.view.doc, self.view
        for j in range(k, min(sent.end - 1, k + SPEECH_REACH)):
            if (doc[j].lower_,) in view.speech_words:
                return j + 1 + (doc[j + 1].lower_ in self.res.complementisers)
        return sent.end
