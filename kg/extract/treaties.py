"""Parties of a treaty: who signs or joins it ("X dan Y menandatangani T", "T was signed by X and Y", "X signed T
with Y"), who it is between ("T antara X dan Y"), and the two countries a treaty is named after ("the
U.S.-Indonesia Strategic Partnership"). Two parties signing one treaty also made an agreement; a negated,
refused or conditional signing makes no party. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, FinderState, PartyDraft
from kg.extract.modality import ModalityReader
from kg.extract.treaty_lists import ListedTreaties
from kg.extract.view import MentionRef
from kg.model import PARTY_BLOCKED_BY, EntityType, EventKind, Modality
from kg.nlp.tokens import QUOTES, lower_forms, match_phrase_at, past_named_compound
from kg.text import normalise

HYPHENS = re.compile("[-–]")  # "U.S.-Indonesia", "Indonesia–Australia": two names joined
HYPHEN_TOKENS = frozenset({"-", "–"})
# a signing to come or wished for: its parties are parties only to an instrument the text already names
PROSPECTIVE = frozenset({Modality.SCHEDULED, Modality.INTENDED})


class TreatyParties(ListedTreaties, FinderState):
    modality: ModalityReader
    treaty_openers: frozenset[str]  # first words of the signing and joining verbs
    treaties: list[MentionRef]  # the treaty mentions of the document
    prospective: list[PartyDraft]  # parties of a signing to come, of an instrument only a common noun names
    noun_openers: frozenset[str]

    def _treaty_parties(self, sent: Span) -> None:
        """Parties of a treaty: who signs it ("X dan Y menandatangani T", "T was signed by X and Y", "X signed T
        with Y"), and who it is between ("T antara X dan Y"). Two parties of one treaty also made an agreement."""
        view = self.view
        doc = view.doc
        res = self.res
        words = lower_forms(doc)  # every word of every sentence is looked at: no Token object for each
        unnamed: list[str] = []  # who signed instruments the sentence names only by a count: "signed eight documents"
        for i in range(sent.start, sent.end):
            if words[i] not in self.treaty_openers:
                continue
            n = match_phrase_at(doc, i, res.treaty_signing, 3, sent.end)
            joining = match_phrase_at(doc, i, res.treaty_joining, 4, sent.end)  # "instrument of accession to"
            if joining > n:
                n = joining
            else:
                joining = 0
            if not n or self._act_object_of(i, sent, res.treaty_pending_verbs):
                continue
            by_word = i + n < sent.end and doc[i + n].lower_ in res.preps.agent
            placed = None if by_word else self._signer_after_place(i, n, sent)
            if by_word or placed is not None or self._bare_passive_agent(i, n, sent):
                # "T ditandatangani oleh X dan Y"; "T ditandatangani X dan Y"; "T was signed in Pretoria by X and
                # Y": the agent follows the passive verb
                treaty = self._treaty_subject(i, sent)
                by = placed or view.object_right(i + n + by_word, sent, frozenset(), direct=True, slack=0)
                # "signed by the two countries": the pair told before
                parties = self._signers(by, sent) if by else self._plural_right(i + n + by_word, sent)
            elif res.head_initial and self._instrument_relative_before(i, sent):
                # "kesepakatan (yang) diteken kedua negara", "perjanjian yang ditandatangani X dan Y": an Indonesian
                # passive needs no preposition before its agent
                treaty = self._treaty_subject(i, sent)
                by = view.object_right(i + n, sent, frozenset(), direct=True, slack=0)
                parties = self._signers(by, sent) if by else self._plural_right(i + n, sent)
            else:
                treaty, after = self._treaty_object(i + n, sent)
                relative = treaty is None
                if relative:  # "the NPT, which Iran ratified in 1970": the treaty is the relative's antecedent
                    treaty = self._treaty_antecedent(i, sent)
                signers = self._signers_by(treaty, after, sent)
                # "keduanya menandatangani …": both sign; "menyaksikan penandatanganan T oleh A dan B": A and B do;
                # "Chile witnessed the signing of T": who watches, attends or hosts the act signs nothing
                witnessed = self._act_object_of(i, sent, res.treaty_witness_verbs)
                parties = signers or (self._witnessing_pair(i, sent) if witnessed
                                      else self._subjects(i, sent, symmetric=True))
                if relative and treaty is not None and not parties and not witnessed:
                    parties = self._relative_clause_subjects(i, sent)  # "…, the trade deals that Kenya signed"
                if treaty is not None and not joining and after < sent.end:  # one joins alone: "… with the depositary"
                    other = view.object_right(after, sent, res.preps.partner, direct=False, window=4)
                    if other is not None and other.type in AGENT_TYPES:  # "with A and B": each partner
                        parties += [self._resolve(x, sent, agent=True) for x in view.coordinated_right(other, sent)
                                    if x.type in AGENT_TYPES]
            if treaty is not None:
                # "Canada and the EU adopted a joint declaration": adopting what they made together, they agreed
                self._add_parties(parties, treaty, i, sent, f"{res.lang}:treaty-signing",
                                  agreed=not joining or self._joint_instrument(treaty))
            elif not joining and len(set(parties)) > 1 and self._instrument_noun_before(i, sent):
                self._agreed_unnamed(parties, i, sent)  # "Perjanjian itu ditandatangani oleh X dan Y": no name
            elif not joining and len(set(parties)) > 1 and not self.modality.of(i, sent) & PARTY_BLOCKED_BY:
                unnamed += parties  # "menyaksikan pertukaran delapan dokumen kerja sama, termasuk …"
        for m in self.treaties:
            if sent.start <= m.start < sent.end:
                between = self._between_after(m.end, sent)
                if len(between) > 1:
                    self._add_parties(between, m.key, m.start, sent, f"{res.lang}:treaty-between")
        self._listed_treaty_parties(sent, unnamed)

    def _act_object_of(self, i: int, sent: Span, verbs: frozenset[str]) -> bool:
        """The joining or signing word at ``i`` is the object of one of ``verbs``, a possessive, an article or an
        infinitive marker between at most: of a verb of pursuing ("applied to join T", "tengah memproses aksesi ke
        T": ``treaty_pending_verbs``) the subject is no party yet; of a verb of witnessing ("witnessed the signing
        of T", "menyaksikan penandatanganan T": ``treaty_witness_verbs``) it is none."""
        doc, res = self.view.doc, self.res
        k = i - 1
        if k > sent.start and (doc[k].lower_ in self.view.determiners or doc[k].lower_ in res.infinitive_markers):
            k -= 1  # "sought its accession to", "applied to join"
        return k >= sent.start and doc[k].lower_ in verbs

    def _witnessing_pair(self, i: int, sent: Span) -> list[str]:
        """ "Kedua pemimpin menyaksikan penandatanganan T", "the two leaders witnessed the signing of T": the pair a
        plural phrase refers to — the two sides told meeting before — witnessing their governments' signing, are its
        parties; a witness named ("Chile witnessed …", "A dan B menyaksikan …") is none (a host, a guest of honour)."""
        k = i - 1
        while k > sent.start and self.view.doc[k].lower_ not in self.res.treaty_witness_verbs:
            k -= 1  # the witnessing verb before the signing noun (a determiner may stand between)
        return self._plural_left(k, sent) if k > sent.start else []

    def _joint_instrument(self, treaty: str) -> bool:
        """The treaty is named as made together ("a joint declaration", "deklarasi bersama": ``joint_modifiers``)."""
        words = lower_forms(self.view.doc)
        return any(w in self.res.joint_modifiers for m in self.treaties if m.key == treaty
                   for w in words[m.start:m.end])

    def _bare_passive_agent(self, i: int, n: int, sent: Span) -> bool:
        """The passive signing verb of ``n`` words at ``i`` has its signers right after it, with no agent
        preposition ("Traktat itu ditandatangani Putin dan Kim", a construction of Indonesian and Malay): a name
        that can act, or a title before one, follows the verb, and a treaty stands before it as its subject."""
        view = self.view
        if not match_phrase_at(view.doc, i, self.res.treaty_signing_passive, n, i + n):
            return False
        agent = view.object_right(i + n, sent, frozenset(), direct=True, slack=0)
        return agent is not None and agent.type in AGENT_TYPES and self._treaty_subject(i, sent) is not None

    def _signers(self, first: MentionRef, sent: Span) -> list[str]:
        """The signers coordinated from ``first`` on, past an apposition describing one ("by X, a senior adviser to
        the president, and Y, a senior official")."""
        signers = self.view.coordinated_right(first, sent)
        signers += self._appended_targets(signers[-1], sent) if signers else []
        return [self._resolve(x, sent, agent=True) for x in signers]

    def _signer_after_place(self, i: int, n: int, sent: Span) -> MentionRef | None:
        """The signer of a passive signing verb of ``n`` words at ``i`` whose agent follows a phrase of place or
        time ("The accord was signed in Pretoria by X and Y", "Perjanjian itu ditandatangani di Jakarta oleh X"),
        when an instrument stands before the verb as its subject; None otherwise ("X signed the pact in Hanoi")."""
        if self._treaty_subject(i, sent) is None and not self._instrument_noun_before(i, sent):
            return None
        return self._agent_after_place(i + n, sent)

    def _treaty_antecedent(self, i: int, sent: Span) -> str | None:
        """The treaty a relative clause holding the signing verb at ``i`` is about: "the NPT, which Iran ratified
        in 1970", "the accord that both sides signed" — the relative pronoun opens the verb's clause (only its
        subject and adverbs or auxiliaries between) and follows a Treaty mention, a comma at most between, or a
        common-noun instrument in apposition to one ("the Lusaka Accords, the trade deals that Kenya signed with
        …"); in English also with no pronoun ("the protocol the two governments signed in March")."""
        view, doc, res = self.view, self.view.doc, self.res
        k = i - 1
        while k > sent.start and doc[k].lower_ not in res.relative and (
                k in view.at or (doc[k].is_alpha and doc[k].is_lower)):
            mention = view.at.get(k)
            if mention is not None and mention.type is EntityType.TREATY:
                return mention.key if self._contact_relative(mention, i, sent) else None
            k -= 1  # the clause's subject, and auxiliaries or adverbs: "which Iran has also ratified"
        if k <= sent.start or k == i - 1 or doc[k].lower_ not in res.relative or k in view.at:
            return None
        j = k - 2 if doc[k - 1].text == "," else k - 1
        antecedent = view.at.get(j) if j >= sent.start else None
        if antecedent is None and j > sent.start and doc[j].is_lower:
            antecedent = self._apposed_treaty(j, sent)  # "the Lusaka Accords, the trade deals that …"
        elif antecedent is not None and antecedent.end != j + 1:
            return None
        return antecedent.key if antecedent is not None and antecedent.type is EntityType.TREATY else None

    def _relative_clause_subjects(self, i: int, sent: Span) -> list[str]:
        """The names coordinated right before the signing verb at ``i`` of a relative clause, past its auxiliaries
        and adverbs ("the trade deals that Kenya has signed"): the clause's subject."""
        view, doc = self.view, self.view.doc
        k = i - 1
        while k > sent.start and k not in view.at and doc[k].is_alpha and doc[k].is_lower:
            k -= 1
        subject = view.at.get(k)
        if subject is None or subject.end != k + 1 or subject.type not in AGENT_TYPES:
            return []
        return [self._resolve(x, sent, agent=True) for x in view.coordinated_left(subject, sent)]

    def _contact_relative(self, treaty: MentionRef, i: int, sent: Span) -> bool:
        """The signing verb at ``i`` is a relative clause with no pronoun after the Treaty mention ``treaty`` ("the
        Lusaka Protocol the two governments signed in March", English): a subject opened by an article, a number or a
        name comes right after the treaty, at most five words before the verb, and the verb has no object of its own
        ("After the Lusaka Protocol the two countries signed a trade deal" is the main clause's signing)."""
        view, doc, res = self.view, self.view.doc, self.res
        if res.head_initial or not 0 < i - treaty.end <= 5:
            return False
        first = doc[treaty.end]
        subject = view.at.get(treaty.end)
        opened = (first.lower_ in res.articles or first.lower_ in res.determiners or first.lower_ in res.quantifiers
                  or (subject is not None and subject.type in AGENT_TYPES and subject.start == treaty.end))
        n = match_phrase_at(doc, i, res.treaty_signing, 3, sent.end)
        after = i + n
        closed = (after >= sent.end or not doc[after].is_alpha or doc[after].lower_ in res.preps.blocking
                  or bool(match_phrase_at(doc, after, res.time_words, 3, sent.end)))
        return opened and closed

    def _apposed_treaty(self, j: int, sent: Span) -> MentionRef | None:
        """The Treaty mention a common-noun instrument ending at ``j`` stands in apposition to ("the Lusaka Accords,
        the trade deals …"): lowercase words back to a comma, a Treaty mention right before it."""
        view, doc = self.view, self.view.doc
        if not match_phrase_at(doc, j, self.res.treaty_heads, 1, j + 1):
            return None
        k = j
        while k > sent.start and doc[k].is_alpha and doc[k].is_lower and k not in view.at:
            k -= 1
        if k - 1 < sent.start or doc[k].text != ",":
            return None
        before = view.at.get(k - 1)
        return before if before is not None and before.type is EntityType.TREATY and before.end == k else None

    def _add_parties(self, parties: list[str], treaty: str, i: int, sent: Span, rule: str, *,
                     agreed: bool = True) -> None:
        kind = EventKind.AGREEMENT  # a treaty is an agreement: "did not sign" makes no party
        modality = self.modality.of(i, sent)
        if modality & PARTY_BLOCKED_BY:
            return  # "did not sign", "refused to sign", "if X signs": no party
        parties = [p for p in dict.fromkeys(parties) if p != treaty and self._entity_type(p) is not EntityType.TREATY]
        # a planned signing ("ingin menandatangani") still names the parties, as the annotation guidelines read it,
        # of an instrument the text individuates; of a common noun said once, only if the text comes back to it
        # (:meth:`_prospective_parties`): "will sign a defence cooperation agreement next year" names none
        unnamed = bool(modality & PROSPECTIVE) and not self._named_instrument(treaty, sent)
        drafts = self.prospective if unnamed else self.parties
        for party in parties:
            drafts.append(PartyDraft(party, treaty, sent, rule, FRAME_CONFIDENCE))
        if not agreed or len(parties) < 2 or modality & kind.traits.blocked_by:
            return
        draft = self._draft(kind, parties, [], sent, f"{self.res.lang}:agreement:{rule.split(':')[-1]}",
                            FRAME_CONFIDENCE)
        if draft is not None:
            self.events.append(draft)

    def _prospective_parties(self) -> None:
        """The parties of a signing to come of an instrument named by a common noun, once the document is read:
        kept if another sentence names the instrument's parties ("X bersedia menandatangani perjanjian damai
        … Y menandatangani perjanjian itu"), else dropped."""
        signed = {p.treaty for p in self.parties}
        self.parties.extend(p for p in self.prospective if p.treaty in signed)

    def _agreed_instrument_parties(self) -> None:
        """A treaty first told by a bare definite head after an agreement ("Chile and Peru reached an agreement …
        the deal …", "… sepakat … gencatan senjata tersebut": :mod:`kg.nlp.names.agreed_instruments`), with no party
        of its own once the document is read: the agents of the last agreement told before it are its parties."""
        signed = {p.treaty for p in self.parties}
        firsts: dict[str, MentionRef] = {}
        for m in sorted(self.treaties, key=lambda m: m.start):
            firsts.setdefault(m.key, m)
        for key, first in firsts.items():
            if key in signed or not self._told_definitely(first):
                continue
            agreement = next((ev for ev in reversed(self.events) if ev.kind is EventKind.AGREEMENT
                              and len(set(ev.agents)) > 1 and ev.sentence.end <= first.start), None)
            if agreement is None:
                continue
            for party in dict.fromkeys(agreement.agents):
                self.parties.append(PartyDraft(party, key, agreement.sentence, f"{self.res.lang}:agreed-instrument",
                                               FRAME_CONFIDENCE))

    def _told_definitely(self, m: MentionRef) -> bool:
        """The mention is a bare lowercase instrument head told definitely: "the deal", "kesepakatan itu"."""
        doc, res = self.view.doc, self.res
        if not all(t.is_lower for t in doc[m.start + 1 : m.end]):
            return False
        if res.head_initial:
            return m.end < len(doc) and doc[m.end].lower_ in res.anaphoric_tails
        return doc[m.start].is_lower and m.start > 0 and doc[m.start - 1].lower_ in res.definite_determiners

    def _named_instrument(self, treaty: str, sent: Span) -> bool:
        """The text individuates the instrument of a signing to come: a proper name ("the Paris Agreement",
        "Perjanjian Paris": a capitalised word not opening the sentence), a title in quotes ("ingin
        menandatangani “perjanjian kemitraan strategis komprehensif”"), or a thing the text speaks of again in
        another sentence. A common noun said once ("will sign a trade agreement next year", "akan
        menandatangani perjanjian kerja sama pertahanan") names none: nothing exists yet to be party to."""
        doc = self.view.doc
        mentions = [m for m in self.treaties if m.key == treaty]
        if any(not (sent.start <= m.start < sent.end) for m in mentions):
            return True
        return any((m.start > 0 and doc[m.start - 1].text in QUOTES)
                   or any(doc[k].text[:1].isupper() and k != sent.start for k in range(m.start, m.end))
                   for m in mentions)

    def _instrument_noun_before(self, i: int, sent: Span) -> bool:
        """An instrument's common noun ("perjanjian itu", "the agreement") is the subject before the passive
        signing verb at ``i``, no name between."""
        view = self.view
        for k in range(i - 1, max(sent.start, i - 6) - 1, -1):
            if k in view.at:
                return False
            if match_phrase_at(view.doc, k, self.res.treaty_heads, 3, i):
                return True
        return False

    def _instrument_relative_before(self, i: int, sent: Span) -> bool:
        """The signing verb at ``i`` follows its instrument, with a relative or a demonstrative between ("kesepakatan
        gencatan senjata yang diteken", "Perjanjian Paris yang ditandatangani", "perjanjian itu diteken"): the
        instrument is its subject, so the verb is passive."""
        doc, res = self.view.doc, self.res
        j = i - 1
        if j <= sent.start or not (doc[j].lower_ in res.relative or doc[j].lower_ in res.anaphoric_tails):
            return False
        treaty = self.view.at.get(j - 1)
        return (treaty is not None and treaty.type is EntityType.TREATY) or self._instrument_noun_before(j, sent)

    def _agreed_unnamed(self, parties: list[str], i: int, sent: Span) -> None:
        """Those who signed an instrument the text does not name agreed with each other (no treaty party)."""
        blocked_by = EventKind.AGREEMENT.traits.blocked_by
        if self.modality.of(i, sent, blocked_by) & blocked_by:
            return
        draft = self._draft(EventKind.AGREEMENT, list(dict.fromkeys(parties)), [], sent,
                            f"{self.res.lang}:agreement:unnamed-instrument-signed", FRAME_CONFIDENCE)
        if draft is not None:
            self.events.append(draft)

    def _between_after(self, j: int, sent: Span) -> list[str]:
        """ "… tentang kerja sama energi antara X dan Y": the parties after the name of what they share."""
        view = self.view
        doc = view.doc
        res = self.res
        for k in range(j, min(sent.end, j + 12)):
            low = doc[k].lower_
            if low in res.preps.between:
                obj = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
                return [self._resolve(x, sent, agent=True) for x in view.coordinated_right(obj, sent)] if obj else []
            if low in {",", ";"} or low in res.relative or low in res.complementisers:
                return []
        return []

    def _named_parties(self, sentences: list[Span]) -> None:
        """ "the U.S.-Indonesia Strategic Partnership", "Kemitraan Strategis RI-AS": a treaty named after the two
        countries joined by a hyphen has them as parties (once per treaty, at its first mention)."""
        view = self.view
        doc = view.doc
        names = self.context.country_names
        done: set[str] = set()
        starts = [s.start for s in sentences]
        for m in view.mentions:
            if m.type is not EntityType.TREATY or m.key in done:
                continue
            done.add(m.key)
            words = [t.text for t in doc[m.start:m.end]]
            countries: list[str] = []
            for k, word in enumerate(words):
                pieces = [p for p in HYPHENS.split(word) if p] if HYPHENS.search(word) and word not in HYPHEN_TOKENS \
                    else [words[k - 1], words[k + 1]] if word in HYPHEN_TOKENS and 0 < k < len(words) - 1 else []
                found = [names.get(normalise(p)) for p in pieces]
                if len(found) > 1 and all(found):
                    countries += [c for c in found if c]
            sent = sentences[bisect_right(starts, m.start) - 1]
            for party in dict.fromkeys(countries):
                self.parties.append(PartyDraft(party, m.key, sent, f"{self.res.lang}:treaty-name", FRAME_CONFIDENCE))

    def _treaty_subject(self, i: int, sent: Span) -> str | None:
        """The treaty before a passive signing verb: a Treaty name, or "perjanjian itu" (the last one named)."""
        view = self.view
        for k in range(i - 1, sent.start - 1, -1):
            m = view.at.get(k)
            if m is not None:
                return m.key if m.type is EntityType.TREATY else None
            if match_phrase_at(view.doc, k, self.res.treaty_heads, 3, i):
                return next((x.key for x in reversed(view.mentions) if x.start < k and x.type is EntityType.TREATY),
                            None)
        return None

    def _signers_by(self, treaty: str | None, after: int, sent: Span) -> list[str]:
        """The agents after "by" that close a signing's treaty ending at ``after``: "the signing of T by A and B",
        "penandatanganan T oleh A dan B" — the signers, not who witnessed or announced the signing; [] where none."""
        if treaty is None or after >= sent.end or self.view.doc[after].lower_ not in self.res.preps.agent:
            return []
        by = self.view.object_right(after + 1, sent, frozenset(), direct=True, slack=0)
        if by is None or by.type not in AGENT_TYPES:
            return []
        return self._signers(by, sent)

    def _treaty_object(self, j: int, sent: Span) -> tuple[str | None, int]:
        """The treaty after a signing verb: a Treaty name, or "perjanjian itu" / "the agreement" (the last one)."""
        view = self.view
        doc = view.doc
        while j < sent.end and (doc[j].text in QUOTES or doc[j].lower_ in self.res.quantifiers or doc[j].like_num
                                or doc[j].lower_ in self.noun_openers or doc[j].lower_ in self.res.determiners):
            j += 1
        if not self.res.head_initial:
            j = past_named_compound(doc, j, sent.end)  # "signed a U.S.-brokered peace deal"
        m = view.at.get(j)
        if m is not None and m.type is EntityType.TREATY:
            end = m.end
            # "… T itu bersama X": a closing quote or a demonstrative before the partner
            while end < sent.end and (doc[end].text in QUOTES or doc[end].lower_ in self.res.anaphoric_tails):
                end += 1
            return m.key, end
        h = match_phrase_at(doc, j, self.res.treaty_heads, 3, sent.end)
        if h and ((j + h < sent.end and doc[j + h].lower_ in self.res.anaphoric_tails)
                  or doc[j - 1].lower_ in self.res.definite_determiners):
            for mention in reversed(view.mentions):
                if mention.start < j and mention.type is EntityType.TREATY:
                    return mention.key, j + h + 1
        return None, j
