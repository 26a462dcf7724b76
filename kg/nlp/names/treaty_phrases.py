"""Treaties named without capitals (:class:`TreatyPhrases`): a common noun after a signing, joining or leaving verb
("menandatangani perjanjian damai", "signed a free trade agreement", "suspended the military agreement") and a treaty
word with a number ("Resolusi 1701")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.model import EntityType
from kg.nlp.names.state import NameState
from kg.nlp.tokens import QUOTES, is_capitalised, lower_forms, match_phrase_at, past_named_compound, phrase_starts


class TreatyPhrases(NameState):
    def _treaty_phrases(self, doc: Doc, start: int, end: int, known_at: dict) -> list[Span]:
        """Treaties named by a common noun after a signing, joining or leaving verb: "menandatangani perjanjian
        damai", "menangguhkan perjanjian militer antar-Korea"."""
        res = self.res
        out = []
        for i in phrase_starts(doc, start, end, res.instrument_verbs):
            n = match_phrase_at(doc, i, res.instrument_verbs, 3, end)
            if not n:
                continue
            j = i + n
            while j < end and doc[j].lower_ in res.adverbs_after_verb:
                j += 1  # "menangguhkan sepenuhnya perjanjian …", "signed formally …"
            while j < end and (doc[j].text in QUOTES or self._counts(doc[j]) or doc[j].lower_ in res.determiners):
                j += 1  # "sepuluh nota kesepahaman", "two agreements": a number counts instruments; "its": whose
            if not res.head_initial:
                j = past_named_compound(doc, j, end)  # "a U.S.-brokered peace deal": who brokered it
            h, k = self._instrument_phrase(doc, j, end)
            if not h:
                continue
            counted = j > i + n and self._counts(doc[j - 1]) and doc[j - 1].lower_ not in res.singular_quantifiers
            if k - j == h and not counted and not self._standalone_instrument(doc, j, k, end) \
                    and not self._described_instrument(doc, j, k, end):
                continue  # a bare "perjanjian"/"the agreement" refers back; coreference handles it
            out.append(self._span(doc, j, k, EntityType.TREATY, method="treaty-phrase"))
        return out

    def _instrument_phrase(self, doc: Doc, j: int, end: int) -> tuple[int, int]:
        """The lowercase instrument phrase at ``j``: (the length of its head, where the phrase ends), with the
        modifiers before the head ("a free trade agreement"), after it in a head-initial language ("perjanjian
        kerja sama pertahanan") and the topic after it ("on energy cooperation", "tentang kerja sama energi");
        (0, j) when no lowercase head starts there after at most a few modifiers."""
        res = self.res
        m = self._modifiers_before_head(doc, j, end)
        h = self._head_at(doc, m, end)
        if not h or is_capitalised(doc[m]) or (m > j and res.head_initial):
            return 0, j  # modifiers follow the head in a head-initial language: no "free trade agreement"
        k = m + h
        while (m == j and res.head_initial and k < end and doc[k].is_alpha and doc[k].is_lower
               and doc[k].lower_ not in res.treaty_generic_tails
               and (not self._is_function_word(doc[k]) or self._joint_modifier_at(doc, k, end))
               and not self._time_phrase_at(doc, k, end) and not self._pair_phrase_at(doc, k, end)):
            k += 1  # Indonesian modifiers follow the head: "perjanjian kerja sama pertahanan", not "tahun depan"
            if self._hyphen_joins(doc, k, end):
                k += 2  # "perjanjian militer antar-Korea": a prefix joined to a name modifies the head too
        return h, self._past_topic(doc, k, end)  # "an agreement on defence cooperation": its topic names it

    def _standalone_instrument(self, doc: Doc, j: int, k: int, end: int) -> bool:
        """The bare head [``j``, ``k``) names an instrument of its own ("agreed to a ceasefire", "menyepakati
        gencatan senjata": ``standalone_instruments``, also opening a compound head: "signed a ceasefire agreement"),
        unless a definite word makes it one told before ("the truce", "gencatan senjata itu")."""
        res = self.res
        return (0 < match_phrase_at(doc, j, res.standalone_instruments, self.head_len, end) <= k - j
                and doc[j - 1].lower_ not in res.definite_determiners
                and not (k < end and doc[k].lower_ in res.anaphoric_tails))

    def _described_instrument(self, doc: Doc, j: int, k: int, end: int) -> bool:
        """The bare head [``j``, ``k``) is introduced by a singular indefinite word and described by the relative
        clause after it ("signed a declaration that guarantees the deal", "menandatangani sebuah deklarasi yang
        menjamin …"): a new instrument, not one told before ("the agreement", "a deal on Monday")."""
        res = self.res
        indefinite = doc[j - 1].lower_ in res.singular_quantifiers and doc[j - 1].lower_ not in res.definite_determiners
        return indefinite and k < end and doc[k].lower_ in res.relative

    def _joint_modifier_at(self, doc: Doc, k: int, end: int) -> bool:
        """ "deklarasi bersama tentang …": a word of ``joint_modifiers`` after the head modifies it, unless a name
        follows it as a partner's ("menandatangani perjanjian bersama Malaysia")."""
        return doc[k].lower_ in self.res.joint_modifiers and not (k + 1 < end and is_capitalised(doc[k + 1]))

    def _modifiers_before_head(self, doc: Doc, j: int, end: int, most: int = 3) -> int:
        """Where the head of a common-noun instrument starts, past the lowercase modifiers before it at ``j`` (at
        most ``most``): "a free trade agreement", "an inter-Korean military agreement" (a hyphened modifier is one),
        "a trade and investment agreement" (a coordinator between two modifiers, only if a head follows them)."""
        res, m, words = self.res, j, 0
        while (m < end and words < most and doc[m].is_alpha and doc[m].is_lower
               and not self._is_function_word(doc[m]) and not self._time_phrase_at(doc, m, end)
               and not match_phrase_at(doc, m, res.treaty_heads, self.head_len, end)):
            m += 1
            words += 1
            if self._hyphen_joins(doc, m, end):
                m += 2  # "inter-Korean"
            elif (m + 2 < end and doc[m].lower_ in res.coordination and doc[m + 1].is_alpha and doc[m + 1].is_lower
                  and not self._is_function_word(doc[m + 1]) and self._head_at(doc, m + 2, end)):
                m += 1  # "trade and investment agreement": the modifier after the coordinator is read next
        return m

    def _head_at(self, doc: Doc, m: int, end: int) -> int:
        """The length of the treaty head at ``m`` with the heads compounded after it ("partnership agreement",
        "framework agreement"): one instrument, named by its last head; 0 when none starts at ``m``."""
        heads, n = self.res.treaty_heads, self.head_len
        h = match_phrase_at(doc, m, heads, n, end)
        while h and not self.res.head_initial and m + h < end and doc[m + h].is_lower \
                and (more := match_phrase_at(doc, m + h, heads, n, end)):
            h += more
        return h

    @staticmethod
    def _hyphen_joins(doc: Doc, k: int, end: int) -> bool:
        """A hyphen at ``k``, no space around it, joins the lowercase word before it to a word after it ("antar-Korea",
        "inter-Korean", "lintas-batas"): one modifier."""
        return (k + 1 < end and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                and doc[k - 1].is_alpha and doc[k - 1].is_lower and doc[k + 1].is_alpha)

    def _past_topic(self, doc: Doc, k: int, end: int, reach: int = 4) -> int:
        """Past a topic preposition at ``k`` and the lowercase words of what the instrument is about ("on energy
        cooperation", "tentang kerja sama energi"): where the instrument's phrase ends; ``k`` when no such words
        follow ("on Thursday", "on the sidelines", "on 2 May" name no topic)."""
        field = k + 1 < end and doc[k].lower_ in self.res.preps.location and doc[k + 1].lower_ in self.res.preps.topic
        # "a declaration of principles", "a treaty of friendship": what an English instrument is of names it too
        of = not self.res.head_initial and doc[k].lower_ in self.res.preps.of if k < end else False
        if k >= end or not (field or of or doc[k].lower_ in self.res.preps.topic):
            return k
        t = k + 1 + field  # "di bidang energi": a locative before a topic noun ("in the field of") names it too
        while (t < end and t - k <= reach and doc[t].is_alpha and doc[t].is_lower
               and not self._is_function_word(doc[t]) and not self._time_phrase_at(doc, t, end)):
            t += 1
        if t == k + 1 + field:
            return k
        return self._past_topic_conjuncts(doc, t, end, reach)

    def _past_topic_conjuncts(self, doc: Doc, t: int, end: int, reach: int) -> int:
        """Past the words coordinated with the topic that ends at ``t``: "on security and defence", "on critical
        minerals, water and the blue economy", "tentang penempatan dan pelindungan pekerja migran". A comma list
        counts only when a coordinator brings its last conjunct, and that conjunct must end the phrase (the sentence,
        a punctuation mark or a function word after it): not a second instrument ("… dan perjanjian ekstradisi"), a
        verb of the clause ("… and agreed to …"), a new clause's subject ("…, the ministry said") or a longer phrase.
        Where the phrase ends: ``t`` when no such conjuncts follow."""
        res = self.res
        c = t
        while c + 1 < end and (doc[c].text == "," or doc[c].lower_ in res.coordination):
            if doc[c].text == "," and doc[c + 1].lower_ in res.coordination:
                c += 1  # "on trade, energy, and water": a comma before the last coordinator
            last = doc[c].lower_ in res.coordination
            w = c + 1 + (c + 2 < end and doc[c + 1].lower_ in res.articles)  # "… and the blue economy"
            e = w
            while e < end and e - w < reach - 1 and self._topic_conjunct_word(doc, e, end):
                e += 1
            if e == w:
                return t
            if last:
                closed = e >= end or not (doc[e].is_alpha and doc[e].is_lower) or self._is_function_word(doc[e])
                return e if closed else t
            c = e  # a comma conjunct: the list goes on to its coordinator
        return t

    def _topic_conjunct_word(self, doc: Doc, c: int, end: int) -> bool:
        """The word at ``c`` can be a word of a topic coordinated after the first: lowercase, no function word, no
        event or signing verb, no instrument head, no time phrase."""
        word = doc[c]
        return (word.is_alpha and word.is_lower and not self._is_function_word(word)
                and word.lower_ not in self.trigger_words and word.lower_ not in self.res.treaty_generic_tails
                and not match_phrase_at(doc, c, self.res.treaty_heads, self.head_len, end)
                and not match_phrase_at(doc, c, self.res.instrument_verbs, 3, end)
                and not self._time_phrase_at(doc, c, end))

    def _pair_phrase_at(self, doc: Doc, i: int, end: int) -> bool:
        """A plural phrase of reference starts at token ``i`` ("perjanjian kerja sama pertahanan kedua negara"): the
        pair the instrument is of, not a modifier of its head (:meth:`TreatyParties._possessor_pair_parties`)."""
        return any(match_phrase_at(doc, i, phrases, 5, end) for phrases in self.res.plural_anaphora.values())

    def _time_phrase_at(self, doc: Doc, i: int, end: int) -> bool:
        """A time phrase starts at token ``i``: "tahun depan", "pekan ini", "next year"."""
        return bool(match_phrase_at(doc, i, self.res.time_words, self.time_len, end))

    def _numbered_instruments(self, doc: Doc, start: int, end: int) -> list[Span]:
        """A treaty word with a number is a named instrument: "resolution 2231 (2015)", "Resolusi 1701"."""
        out, words = [], lower_forms(doc)  # every word of every sentence: no Token object for each
        for i in range(start, end - 1):
            if (words[i],) not in self.res.treaty_heads or not doc[i + 1].like_num:
                continue
            if not any(c.isdigit() for c in doc[i + 1].text):
                continue
            k = i + 2
            if k + 2 < end and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")":
                k += 3  # the year in brackets belongs to the name
            out.append(self._span(doc, i, k, EntityType.TREATY, method="numbered-instrument"))
        return out

    def _counts(self, tok: Token) -> bool:
        """A quantifier or a number word before a noun: "beberapa", "sepuluh", "10", "two"."""
        return tok.lower_ in self.res.quantifiers or (tok.like_num and tok.lower_ not in self.res.singular_quantifiers)

    def _is_function_word(self, tok: Token) -> bool:
        res = self.res
        low = tok.lower_
        return (low in res.preps.blocking or low in res.relative or low in res.complementisers
                or low in res.coordination or low in res.negation or low in res.modality
                or low in res.treaty_generic_tails or low in res.demonstratives or low in res.articles)
