"""A read-only view of an analysed spaCy Doc for the extraction rules.

It answers the questions every rule asks: which entity a token belongs to, where a
mention's noun phrase starts (titles, demonyms and modifying names before it: "Menteri
Pertahanan Amerika Ash Carter"), who the subject left of a trigger is, what the object
right of it is. Which names are coordinated with a mention ("Moskow dan Pyongyang") is read by its mixin
:class:`kg.extract.coordination.Coordination`, phrases of unnamed members of a country or body ("six Venezuelan
officials") by :class:`kg.extract.members.MemberPhrases`.
No parser is needed: these are shallow, language-parameterised rules over tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.coordination import Coordination
from kg.extract.members import POSTS, MemberPhrases
from kg.extract.named_persons import NamedPersons
from kg.extract.state_bodies import StateBodies
from kg.extract.time_phrases import TimePhrases
from kg.extract.unnamed_subjects import UnnamedSubjects
from kg.model import EntityType
from kg.nlp.resources import SPEECH_FRAMES, LangResources
from kg.nlp.tokens import QUOTES, after_dateline, is_modifier, match_phrase_at, phrase_at, sentence_initial


@dataclass(frozen=True, slots=True)
class MentionRef:
    """A mention of entity ``key`` over tokens [start, end) of the Doc."""

    key: str
    start: int
    end: int
    type: EntityType


class DocView(Coordination, MemberPhrases, NamedPersons, StateBodies, TimePhrases, UnnamedSubjects):
    def __init__(self, doc: Doc, res: LangResources, mentions: list[MentionRef]) -> None:
        self.doc = doc
        self.res = res
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.at: dict[int, MentionRef] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.at[i] = m
        self.demonyms = res.demonyms
        self.speech_words = frozenset(t.form for t in res.triggers if t.frame in SPEECH_FRAMES)
        self.max_title = res.max_title_len
        self.max_honorific = max((len(h) for h in res.honorifics), default=1)
        # single words of multi-word titles ("luar", "negeri", "state"), without the function words in them (nor
        # the prepositions: "commander in chief" makes no "in" a title's word in "Chile in Lima"; nor the hyphen of
        # "vice-president": a dateline's dash is no word of the name after it, "LIMA, May 4 - Chile's President X")
        self.title_words = frozenset(w for t in res.titles for w in t if any(c.isalpha() for c in w)) \
            - res.title_glue - res.preps.blocking
        self.determiners = res.all_determiners
        # words that cannot stand in a bare common noun phrase (bare_subject)
        self.closed_words = (
            res.coordination | res.complementisers | res.relative | res.preps.blocking | res.negation | res.modality
            | res.adverbs_before_verb | res.person_pronouns | res.plural_pronouns | res.first_singular
            | res.first_plural | res.passive_auxiliaries | res.main_clause_openers | res.all_determiners
            | res.demonstratives | res.light_verbs)

    # -- token classes -------------------------------------------------------------------------------
    def title_len(self, i: int, end: int | None = None) -> int:
        return match_phrase_at(self.doc, i, self.res.titles, self.max_title, end or len(self.doc))

    def is_ext_word(self, tok: Token) -> bool:
        """Words that may stand inside a name's noun phrase before the name."""
        low = tok.lower_
        res = self.res
        return (
            low in res.role_modifiers or low in self.determiners or low in self.demonyms or low in res.person_cues
            or low in res.nationalities_without_country
            or low.rstrip(".") in res.person_cues or (low,) in res.titles or (low,) in res.org_heads
            or low in res.former_words or low in self.title_words or res.is_possessive_marker(low)
            or (low,) in res.counterpart_nouns
        )

    def class_descriptor(self, j: int) -> bool:
        """Token ``j`` is an acronym after an organisation cue, saying what the body works on: "Organisasi HAM"."""
        tok = self.doc[j]
        return (j > 0 and tok.is_alpha and tok.text.isupper() and j not in self.at
                and (self.doc[j - 1].lower_,) in self.res.org_cues)

    def np_start(self, m: MentionRef, sent_start: int) -> int:
        """Leftmost token of the noun phrase that ``m`` heads (titles, demonyms, modifier names)."""
        i = m.start
        crossed = False  # a name before m's was passed: "Ambassador to Japan (Maria Costa)"
        while i > sent_start:
            prev = self.doc[i - 1]
            if (i - 1) in self.at and self.at[i - 1].key != m.key:
                i = self.at[i - 1].start
                crossed = True
                continue
            if (owner := self._bracketed_short_form(i, sent_start)) is not None:
                i = owner.start  # "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) X": the body, then its acronym
                crossed = True
                continue
            # the longer of a title and a form of address ending here: "Major General X" is one form of address,
            # though "General" alone is a title (a title may start at token 0: no `or`)
            starts = [s for s in (self.title_start(i - 1, sent_start), self._honorific_start(i - 1, sent_start))
                      if s is not None]
            title_start = min(starts) if starts else None
            if title_start is not None:
                i = title_start  # a whole title, glue words included: "Secretary of State"; an honorific: "Yang Mulia"
                continue
            if self.is_ext_word(prev) or (prev.text == "," and i - 2 >= sent_start and self._title_ends_at(i - 2)):
                i -= 1
                continue
            if run := self._portfolio_after_title(i, sent_start):
                i -= run  # "kepala diplomasi (Uni Eropa X)", "Kepala Hak Asasi Manusia (PBB X)": the title's portfolio
                continue
            if (title_end := self._title_before_owner(i, sent_start)) is not None:
                i = title_end  # "Kepala Staf Gabungan (Yordania X)": the title's own capitalised words
                continue
            if prev.lower_ in self.res.coordination and i < m.start and self.title_len(i, m.start) \
                    and i - 2 >= sent_start and self._title_ends_at(i - 2):
                i -= 1  # "Australian Deputy Prime Minister and Defence Minister X": two titles of one holder
                continue
            if i - 2 >= sent_start and self.class_descriptor(i - 1):
                i -= 2  # "Organisasi HAM Amnesty International": a class noun and what it works on (kg.nlp.names)
                continue
            if self.res.head_initial and (prev.lower_,) in self.res.delegation_nouns:
                i -= 1  # "…, delegasi Korea Selatan (yang dipimpin X) tiba": the delegation noun heads the phrase
                continue
            to = i - 1  # the preposition of a post, before an article: "envoy to the United Nations"
            while to > sent_start and self.doc[to].lower_ in self.res.articles:
                to -= 1
            if crossed and to > sent_start and self.res.head_initial and (self.doc[to].lower_,) in self.res.place_heads:
                to -= 1  # "Pelapor Khusus PBB untuk wilayah (Palestina X)": a place's class noun before its name
            while i == m.start and to > sent_start and self.doc[to].lower_ in self.res.portfolio_words:
                to -= 1  # "… PBB untuk HAM (Hak Asasi Manusia) Volker Turk": the portfolio the post is held for
            posted = self.doc[to].lower_ in self.res.preps.accredited_to
            if posted and (to - 1) in self.at and self._titled(self.at[to - 1], sent_start):
                i = self.at[to - 1].start  # "Duta Besar Amerika Serikat untuk Indonesia Kamala Lakhdhir"
                continue
            to_title = self.title_start(to - 1, sent_start) if posted and to - 1 >= sent_start else None
            if to_title is not None and crossed:
                # "(Brazilian) Ambassador to Japan Maria Costa": the post, then the country it is in — for the
                # person after that country, not the country itself ("X, China's envoy to the United Nations,")
                i = to_title
                continue
            of_title = self._title_of_body_before(i, m, sent_start) if prev.lower_ in self.res.preps.of else None
            if of_title is not None:
                i = of_title  # "President of Brazil Maria Costa": a title, "of", the country it is of, the name
                continue
            if prev.text == "," and i == m.start and (i - 2) in self.at and self._titled(self.at[i - 2], sent_start):
                i = self.at[i - 2].start  # "Juru bicara Kementerian Luar Negeri, Rolliansyah Soemirat"
                continue
            break
        return i

    def _title_of_body_before(self, i: int, m: MentionRef, sent_start: int) -> int | None:
        """Start of the title when a country or a body (its determiner first) other than ``m`` starts at token ``i``
        after "of" and a title: "President of Brazil", "Governor of the Bank of Japan" before a name; else None."""
        k = i
        while self.doc[k].lower_ in self.determiners and k + 1 < len(self.doc):
            k += 1
        body = self.at.get(k)
        if body is None or body.key == m.key or body.start != k \
                or body.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return None
        return self.title_start(i - 2, sent_start) if i - 2 >= sent_start else None

    def _titled(self, m: MentionRef, sent_start: int) -> bool:
        """A title stands right before ``m``'s name (possibly with modifier names between)."""
        i = m.start
        while i > sent_start and (i - 1) in self.at:
            i = self.at[i - 1].start
        return i > sent_start and self.title_start(i - 1, sent_start) is not None

    def _bracketed_short_form(self, i: int, sent_start: int) -> MentionRef | None:
        """The name before a bracket that closes right before token ``i`` and holds only that name's short form
        ("Perserikatan Bangsa-Bangsa (PBB)"); else None."""
        close = i - 1
        short = self.at.get(close - 1)
        if close - 2 <= sent_start or self.doc[close].text != ")" or short is None:
            return None
        opening = short.start - 1
        full = self.at.get(opening - 1)
        if opening <= sent_start or self.doc[opening].text != "(" or full is None or full.key != short.key:
            return None
        return full

    def title_start(self, j: int, sent_start: int) -> int | None:
        """Start of the longest title phrase that ends at token ``j``."""
        for n in range(self.max_title, 0, -1):
            s = j - n + 1
            if s >= sent_start and phrase_at(self.doc, s, j + 1) in self.res.titles:
                return s
        return None

    def _honorific_start(self, j: int, sent_start: int) -> int | None:
        """Start of a form of address that ends at token ``j`` ("His Excellency", "Yang Mulia")."""
        for n in range(self.max_honorific, 0, -1):
            s = j - n + 1
            if s >= sent_start and phrase_at(self.doc, s, j + 1) in self.res.honorifics:
                return s
        return None

    def _title_before_owner(self, i: int, sent_start: int) -> int | None:
        """Where one or two capitalised words that are no name start, between a title ending before them and the
        country or body at ``i`` that owns it ("Kepala Staf Gabungan Yordania": kg.nlp.names reads them so); else
        None."""
        owner = self.at.get(i)
        if owner is None or owner.start != i or owner.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return None
        for k in (i - 1, i - 2):
            if k - 1 < sent_start or any(j in self.at or not (self.doc[j].is_alpha and self.doc[j].is_title)
                                         or (self.doc[j].lower_,) in self.res.org_heads for j in range(k, i)):
                return None
            if self._title_ends_at(k - 1):
                return k
        return None

    def _portfolio_after_title(self, i: int, sent_start: int, reach: int = 4) -> int:
        """How many portfolio words (``titles.portfolios``, either case) stand right before token ``i`` after a title
        ("kepala diplomasi", "Kepala Hak Asasi Manusia"): the domain a head's title is held for; 0 where none does."""
        n = 0
        while n < reach and i - n - 2 >= sent_start and (i - n - 1) not in self.at \
                and self.doc[i - n - 1].lower_ in self.res.portfolio_words:
            n += 1
            if self._title_ends_at(i - n - 1):
                return n
        return 0

    def _title_ends_at(self, j: int) -> bool:
        """Token ``j`` ends a title ("Egyptian President, Mohamed Morsi")."""
        for n in range(1, self.max_title + 1):
            s = j - n + 1
            if s >= 0 and phrase_at(self.doc, s, j + 1) in self.res.titles:
                return True
        return False

    def chain_head(self, m: MentionRef, sent_end: int) -> MentionRef:
        """In "kantor berita Korea Utara KCNA", "Menlu AS Michael R Pompeo" the last name is the head."""
        cur = m
        while True:
            j = cur.end
            while j < sent_end and j not in self.at:
                honorific = match_phrase_at(self.doc, j, self.res.honorifics, self.max_honorific, sent_end)
                # a title of several tokens is one word of the phrase: "U.N. Secretary-General Antonio Guterres"
                # (the hyphen is a token no title word is), "NATO Secretary - General X"
                title = 0 if honorific else self.title_len(j, sent_end)
                if not (honorific or title or self.is_ext_word(self.doc[j])):
                    break
                # "Menteri Luar Negeri Korea Utara Yang Mulia X": the address belongs to the name
                j += honorific or title or 1
            post = j + 1  # "ambassador of X to Y Name", "envoy to the United Nations Name"
            while post < sent_end and self.doc[post].lower_ in self.res.articles:
                post += 1
            # "Komisaris Tinggi PBB untuk HAM Volker Turk": the portfolio a body's post is held for, then its holder
            while post < sent_end and post not in self.at and self.doc[post].lower_ in self.res.portfolio_words \
                    and post + 1 in self.at and self.at[post + 1].type is EntityType.PERSON:
                post += 1
            accredited = (post < sent_end and j == cur.end and self.doc[j].lower_ in self.res.preps.accredited_to
                          and post in self.at and self.at[post].type in (*POSTS, EntityType.PERSON))
            if accredited:  # the chain goes on to the name: the post's holder, or the one after the post's place
                j = post if self.at[post].type is EntityType.PERSON else self.at[post].end
            if (j + 1 < sent_end and j > cur.end and self.doc[j].text == "," and (j + 1) in self.at
                    and self.at[j + 1].type is EntityType.PERSON
                    and (match_phrase_at(self.doc, j - 1, self.res.counterpart_nouns, 1, j)
                         or self._title_ends_at(j - 1))):
                j += 1  # "her Australian counterpart, Penny Wong,", "Peru's defence minister, X": the person apposed
            nxt = self.at.get(j)
            if nxt is None or nxt.key == cur.key or j >= sent_end:
                return cur
            if j > cur.end and not accredited and not any(
                    self.title_len(k, j) or match_phrase_at(self.doc, k, self.res.honorifics, self.max_honorific, j)
                    or match_phrase_at(self.doc, k, self.res.counterpart_nouns, 2, j) for k in range(cur.end, j)):
                return cur
            cur = nxt

    def title_before(self, m: MentionRef, sent: Span) -> tuple[int, int] | None:
        """The title phrase [start, end) that ``m`` complements: "Perdana Menteri Israel", "leader of the Party"."""
        start = self.np_start(m, sent.start)
        for i in range(start, m.start):
            n = self.title_len(i, m.start)
            if n:
                return i, i + n
        k = start - 1
        if k > sent.start and self.doc[k].lower_ in self.res.preps.of:
            j = k - 1
            while j >= sent.start and self.doc[j].lower_ in self.determiners:
                j -= 1
            t = self.title_start(k - 1, sent.start) if j == k - 1 else None
            if t is not None:
                return t, k
        return None

    def apposed_person(self, m: MentionRef, sent: Span) -> MentionRef | None:
        """ "pemimpin Partai Komunis yang berkuasa, Nguyen Phu Trong", "the leader of the Party, NAME": after a
        titled organisation or country, a comma and a person name who holds the title."""
        if m.type not in (EntityType.ORGANIZATION, EntityType.COUNTRY) or self.title_before(m, sent) is None:
            return None
        doc, res = self.doc, self.res
        j = m.end
        if j < sent.end and doc[j].lower_ in res.preps.accredited_to:
            j += 1  # "Pelapor Khusus PBB untuk wilayah Palestina, X": the post's place, then the holder
            while j < sent.end and j - m.end < 6 and (j in self.at or (
                    doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in res.relative)):
                j = self.at[j].end if j in self.at else j + 1
        if j < sent.end and doc[j].lower_ in res.relative:
            j += 1
            relative = j
            while j < sent.end and j - relative < 3 and doc[j].is_lower and doc[j].is_alpha:
                j += 1
        nxt = self.at.get(j + 1) if j + 1 < sent.end and self.doc[j].text == "," else None
        return self.chain_head(nxt, sent.end) if nxt is not None and nxt.type is EntityType.PERSON else None

    def opens_clause(self, i: int, sent_start: int) -> bool:
        """Token before position ``i`` lets a subject start here."""
        if i <= sent_start:
            return True
        prev = self.doc[i - 1]
        low = prev.lower_
        res = self.res
        if prev.is_punct or prev.is_space or prev.text in QUOTES:
            return True
        if low in res.coordination or low in res.complementisers or low in res.relative:
            return True
        # after a speech verb a reported clause starts ("mengatakan Moskow ingin …")
        return (low,) in self.speech_words or low in self.determiners

    # -- argument search ------------------------------------------------------------------------------
    def subject_left(self, i: int, sent: Span, *, any_mention: bool = False) -> MentionRef | None:
        """The nearest mention left of token ``i`` that can be a clause subject.

        None when an unnamed subject opens the clause right before the verb ("…, a close aide to
        Prime Minister Ehud Barak said"): the speaker is the aide, not a name further left.
        """
        j = i - 1
        blocking = self.res.preps.blocking
        if not any_mention and (self._unnamed_subject(i, sent) or self._placed_unnamed_subject(i, sent)):
            return None
        clause = after_dateline(self.doc, sent.start, i)  # the agency of "LIMA (AP) - …" is no subject
        while j >= clause:
            m = self.at.get(j)
            if m is None:
                j -= 1
                continue
            start = self.np_start(m, sent.start)
            if any_mention:
                return m
            if self._locative_apposition(m, start, sent) or self._apposition_before_conjunct(m, start, i) \
                    or self._bracketed_alias(m, start):
                j = start - 1  # "tiba di Beijing, China, …": the country only places the city
                continue
            if self._modifies_private_people(m, start, i):
                j = start - 1  # "warga Australia itu bertemu …", "the Australian citizen met …": no act of Australia
                continue
            before = self.doc[start - 1].lower_ if start > sent.start else ""
            if before not in blocking and (self.opens_clause(start, sent.start)
                                           or self._descriptor_lead(start, sent)):
                return self._genitive_apposition(m, start, i, sent) or m
            if before in blocking and before in self.res.opening_adverbials and self._verb_right_after(m, i):
                return m  # "days after X met Y": "after" opens a clause whose subject is X, not a phrase
            if self._after_fronted_phrase(m, clause) and self._verb_right_after(m, i):
                return m  # "On Tuesday Ruto met Y", "At the summit Ruto met Y": no comma closes the phrase
            lead = (self.leader_title_of(m, start, sent) or self.state_body_of(m, start, sent)) \
                if before in blocking else None
            if lead is not None and (self.opens_clause(lead, sent.start) or self._descriptor_lead(lead, sent)):
                return m  # "The prime minister of Australia said …", "The government of Japan imposed …"
            j = start - 1
        return None

    def _modifies_private_people(self, m: MentionRef, start: int, i: int) -> bool:
        """The country ``m`` (its noun phrase starting at ``start``) modifies a noun of private people
        (``private_person_nouns``) that heads the subject before the verb at ``i``: the noun after it ("the
        Australian citizen(s)") or, in a head-initial language, before it ("warga Australia (itu)")."""
        if m.type is not EntityType.COUNTRY:
            return False
        nouns, n = self.res.private_person_nouns, max(map(len, self.res.private_person_nouns), default=0)
        if self.res.head_initial:
            return any(start - k >= 0 and tuple(t.lower_ for t in self.doc[start - k:start]) in nouns
                       for k in range(1, n + 1))
        return bool(match_phrase_at(self.doc, m.end, nouns, n, i))

    def _after_fronted_phrase(self, m: MentionRef, clause: int, reach: int = 8) -> bool:
        """A prepositional phrase opens the clause and ends right before ``m`` and its own title, with no
        punctuation: "On Tuesday (Ruto)", "At the summit (President X)", "On the sidelines of the summit (Ruto)", or a
        phrase a time word opens (``time_words``): "Later that day (Ruto)", "Earlier in the week (Ruto)" —
        a few words, and no preposition right before the name, whose object it would be ("In Nairobi" itself).
        The name's noun phrase as :meth:`np_start` reads it may reach into the phrase ("the summit Ruto")."""
        doc = self.doc
        own = self.title_start(m.start - 1, clause) if m.start - 1 >= clause else None
        start = m.start if own is None else own
        opener = doc[clause].lower_ in self.res.preps.blocking or (doc[clause].lower_,) in self.res.time_words
        return (clause < start <= clause + reach and opener and doc[start - 1].lower_ not in self.res.preps.blocking
                and not any(t.is_punct for t in doc[clause:start]))

    def _verb_right_after(self, m: MentionRef, i: int, reach: int = 2) -> bool:
        """Only a few lowercase words that are no preposition ("also", "had"), after a place where ``m`` was ("in
        Lima"), stand between ``m`` and the verb at ``i``: ``m`` is the verb's subject."""
        k = m.end
        if k + 1 < i and self.doc[k].lower_ in self.res.preps.location and (place := self.at.get(k + 1)) is not None \
                and place.start == k + 1 and place.type is EntityType.PLACE:
            k = place.end  # "after Chile in Lima met Bolivia": where the subject was is no part of the clause
        between = self.doc[k:i]
        return len(between) <= reach and all(
            t.is_alpha and t.is_lower and t.lower_ not in self.res.preps.blocking for t in between)

    def _genitive_apposition(self, m: MentionRef, start: int, i: int, sent: Span) -> MentionRef | None:
        """ "X, Brazil's president, visited …", "X, the UN human rights chief, accused …": a genitive, or a
        determiner and a body or country titling the person, between commas opens an apposition to the person
        before it, who is the subject — or to the country or body a genitive describes ("China, Myanmar's largest
        neighbour, …"); else None."""
        doc = self.doc
        determined = start < m.start and doc[start].lower_ in self.determiners
        # no bound needed: within the sentence's first two tokens there is no room for the person and the comma
        # before the apposition, and the check after this returns None whatever it found
        if not determined and doc[start - 1].lower_ in self.determiners:
            start, determined = start - 1, True  # "the UN human rights chief": the determiner opens the apposition
        if start - 2 < sent.start or doc[start - 1].text != "," or m.end >= i:
            return None
        comma = next((k for k in range(m.end, i) if doc[k].text == ","), None)
        if comma is None:
            return None
        titled = determined and any(self.title_len(k, comma) for k in range(m.end, comma))
        genitive = self.res.is_possessive_marker(doc[m.end].lower_)
        if not (titled or genitive):
            return None
        head = self.at.get(start - 2)
        if head is None or head.type not in (EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION):
            return None
        # "China, Myanmar's largest neighbour, called for …": a country or body described by lowercase words, opening
        # the clause
        described = genitive and all(t.is_lower for t in doc[m.end + 1:comma])
        if head.type is not EntityType.PERSON and not (described and self.opens_clause(
                self.np_start(head, sent.start), sent.start)):
            return None
        return head

    def _descriptor_lead(self, start: int, sent: Span) -> bool:
        """Only a few descriptive words open the sentence before the name: "Zimbabwean Prime Minister X",
        "Human rights watchdog Amnesty International" — still the subject."""
        # a wire dateline is no part of the clause: "KINSHASA (Reuters) - Congolese President X"
        # a dash or bullet opening the sentence is no word of it ("— Yesterday X met …"), nor is a day's date
        # opening it ("On Monday X met …")
        res = self.res
        lead = [t for t in self.doc[after_dateline(self.doc, sent.start, start):start]
                if not (t.is_space or t.text in QUOTES or (t.is_punct and sentence_initial(self.doc, t.i, sent.start)))]
        if lead and (n := self._day_date_len(lead[0].i, start)):
            lead = lead[n:]
        return len(lead) <= 4 and all(
            t.is_alpha and t.i not in self.at and t.lower_ not in res.preps.blocking
            and t.lower_ not in res.complementisers and t.lower_ not in res.relative
            and (t.lower_,) not in self.speech_words for t in lead)

    def _day_date_len(self, k: int, end: int) -> int:
        """Length of a capitalised day or month name at token ``k``, or of a preposition and one ("On Monday"),
        before token ``end``; 0 when none stands there."""
        doc = self.doc
        day = k + 1 if doc[k].lower_ in self.res.preps.blocking and k + 1 < end else k
        return day - k + 1 if doc[day].is_title and doc[day].lower_ in self.day_names and day not in self.at else 0

    def _locative_apposition(self, m: MentionRef, start: int, sent: Span) -> bool:
        """ "tiba di Beijing, China, …": a country after a place and a comma only places it — unless it owns what
        follows: "… in Lima, Chile's foreign ministry said" (the ministry speaks)."""
        if m.type is not EntityType.COUNTRY or start - 2 < sent.start or self.doc[start - 1].text != ",":
            return False
        if m.end < sent.end and self.res.is_possessive_marker(self.doc[m.end].lower_):
            return False
        prev = self.at.get(start - 2)
        return prev is not None and prev.type is EntityType.PLACE

    def progressive_auxiliary(self, k: int, sent: Span) -> bool:
        """Token ``k`` is an auxiliary of the progressive ("was", "is"): the participle after it is the finite verb
        of its clause ("Chile was accusing Peru of …"), not a participial clause of another verb."""
        return k >= sent.start and self.doc[k].lower_ in self.res.progressive_auxiliaries

    def _bracketed_alias(self, m: MentionRef, start: int) -> bool:
        """ "froze the assets of the Guard Corps Navy (IRGCN), and designated …": a name in brackets right after
        the same entity's name is its short form and stands where it does — the subject is looked for before both.
        After a body's name a bracketed name qualifies the body — what it concerns, its parent, its seat: "The
        Committee established pursuant to resolution 2140 (Yemen) sanctioned …" is the committee's act."""
        doc = self.doc
        named = self.at.get(start - 2) if start >= 2 else None
        # the same entity only (coreference merged the acronym into the name): "Kenya (IGAD) accused …" is the bloc
        return named is not None and doc[start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")" \
            and (named.key == m.key or named.type is EntityType.ORGANIZATION)

    def _apposition_before_conjunct(self, m: MentionRef, start: int, i: int) -> bool:
        """ "imposed sanctions on Peru's central bank, the Banco Andino, and designated …": a name set off by commas
        with only a coordinator between it and the verb closes the first verb's object — the coordinated verb has
        no subject of its own and shares the first clause's ("and Chile designated" names its own)."""
        doc = self.doc
        if start < 1 or doc[start - 1].text != "," or m.end >= i or doc[m.end].text != "," or i in self.at:
            return False
        k = m.end + 1
        while k < i and doc[k].is_space:
            k += 1
        # the coordinator is the verb's own left neighbour, or the token the caller stands on ("…, and designated")
        return k <= i and doc[k].lower_ in self.res.coordination and all(t.is_space for t in doc[k + 1:i])

    def main_subject_left(self, i: int, sent: Span) -> MentionRef | None:
        """The nearest subject left of ``i`` that opens a main clause (not one after "bahwa" or a speech verb)."""
        j = i
        while True:
            m = self.subject_left(j, sent)
            if m is None:
                return None
            start = self.np_start(m, sent.start)
            prev = self.doc[start - 1] if start > sent.start else None
            if prev is None or prev.is_punct or prev.is_space or prev.lower_ in self.res.main_clause_openers \
                    or self._descriptor_lead(start, sent):
                return m  # … or "Congolese President X" opening the clause
            j = start

    def object_right(self, i: int, sent: Span, preps: frozenset[str], *, direct: bool,
                     window: int = 7, slack: int = 2, owner: bool = False, members: bool = False) -> MentionRef | None:
        """The first mention right of token ``i``: directly (an object) or after one of ``preps``.

        A direct object's possessor ("welcomed Indonesia's presidency") is no object, unless ``owner`` says the
        act's owner is what the verb is about ("condemned Serbia's crackdown"); a name right after the possessive
        is then the object ("condemned Iran's Revolutionary Guard"). With ``members``, unnamed people or bodies
        stand for the country or body they belong to (:meth:`_members_of`): "sanctioned five officials of Iran",
        "sanksi terhadap lima pejabat Rusia" — but a name after that country is who they are ("perusahaan China
        Huawei": Huawei), and members of nobody named are no object ("perusahaan yang membantu X")."""
        j = i
        limit = min(sent.end, i + window)
        seen_prep = i > sent.start and self.doc[i - 1].lower_ in preps  # the trigger ends in one: "tiba di"

        res = self.res
        while j < limit:
            tok = self.doc[j]
            m = self.at.get(j)
            if m is None and members and (direct or seen_prep):
                length, owned = self._members_of(j, sent)
                if length and owned is not None and not self.class_noun_before(j, owned, sent) \
                        and (named := self.named_after_owner(owned, sent)) is not None:
                    return self.chain_head(named, sent.end)  # "dua perusahaan Rusia, Rosneft dan Lukoil": those named
                if length and (named := self.named_after_members(j, length, sent)) is not None:
                    return self.chain_head(named, sent.end)  # "five entities, including X": those named
                if length:  # "the Chinese drone maker X": X, not China; "three Iranian banks": Iran
                    return None if owned is None else self.chain_head(self.named_member_or(owned, sent), sent.end)
            if m is not None and m.end + 1 < limit and self.doc[m.end].text == "-" and self.doc[m.end + 1].is_lower \
                    and not self.doc[m.end - 1].whitespace_:
                j = m.end + 2  # "Dubai-based X", "Moscow-backed X": the name only modifies the noun after it
                continue
            if m is not None:
                if (direct or seen_prep) and (titled := self._titled_after(m, sent)) is not None:
                    return self.chain_head(titled, sent.end)  # "met U.S. Secretary of State X", "Chile's President X"
                if members and self._bare_nationality(m) and (named := self._named_member(m, sent)) is not None:
                    return self.chain_head(named, sent.end)  # "Russian businessman X": X, not Russia
                if not members and not (preps & res.preps.agent) and self._bare_nationality(m) \
                        and self._members_after(m, sent):
                    return None  # "met three Russian bank executives": the people met are unnamed, not Russia
                if members and m.end < sent.end and self.res.is_possessive_marker(self.doc[m.end].lower_):
                    owned = self._owned_target(m, sent)
                    if owned is not None:
                        return self.chain_head(owned, sent.end)
                if direct and not seen_prep and m.end < sent.end and self.res.is_possessive_marker(
                        self.doc[m.end].lower_):
                    if not owner:
                        return None  # "welcomed Indonesia's presidency": the name only determines the object
                    named = self.at.get(m.end + 1)
                    return self.chain_head(named if named is not None else m, sent.end)
                if direct or seen_prep:
                    return self.chain_head(m, sent.end)
                return None
            if n := self.bound_ordinal(j, limit):
                limit = min(sent.end, limit + n)
                j += n  # "paket sanksi ke-16 terhadap X": a prefix bound to a number makes an ordinal, no preposition
                continue
            low = tok.lower_
            if not seen_prep and low in res.preps.origin and preps & res.preps.direction \
                    and (start := self.at.get(j + 1)) is not None:
                limit = min(sent.end, limit + start.end - j)
                j = start.end  # "bertolak dari Jakarta menuju X", "flew from Jakarta to X": where from, then where to
                continue
            if n := match_phrase_at(self.doc, j, res.honorifics, self.max_honorific, limit):
                j += n  # "bertemu dengan Yang Mulia X": a form of address before the name
                continue
            if (direct or seen_prep) and tok.lower_ in res.correlative_openers and self._correlated(j, sent):
                j += 1  # "spoke with both A and B": the first conjunct follows; the conjunction reaches the second
                continue
            if (direct or seen_prep) and (apposed := self.counterpart_apposed(j, sent)):
                nxt, country = apposed
                if country is not None:
                    return self.chain_head(country, sent.end)  # "bertemu mitranya dari Jepang": Japan's office
                limit = min(sent.end, limit + nxt - j)
                j = nxt  # "bertemu dengan mitranya (dari Vietnam), Menlu Vietnam X": the person in apposition
                continue
            if (direct or seen_prep) and (n := match_phrase_at(self.doc, j, res.org_cues, 3, limit)) \
                    and j + n in self.at:
                j += n  # "sanctioned the freight forwarder X": the noun of the body's trade names none
                continue
            if (direct or seen_prep) and (n := self._place_noun_of(j, limit)):
                j += n  # "visited the city of Leeds", "arrived in the capital of Kenya": the name is the place
                continue
            if tok.text == "(" and not seen_prep:
                close = next((c for c in range(j + 1, min(sent.end, j + 8)) if self.doc[c].text == ")"), None)
                if close is not None:  # "pertemuan Sabtu (4/1) dengan X": a parenthesis adds no words
                    limit = min(sent.end, limit + close + 1 - j)
                    j = close + 1
                    continue
            if direct and not seen_prep and (state := self._state_body_ahead(j, sent)) is not None:
                return self.chain_head(self.at[state], sent.end)  # "accused the government of Peru of fraud": Peru
            if low in preps:
                seen_prep = True
            elif low in res.infinitive_markers and not seen_prep and not direct:
                return None  # "sanksi untuk mempertahankan tekanan terhadap X": the target belongs to another verb
            elif seen_prep and (n := match_phrase_at(self.doc, j, res.capital_words, 2, limit)):
                j += n  # "ke ibu kota Korea Utara"
                named = self.at.get(j + 1) if j + 1 < sent.end and self.doc[j].text == "," else None
                if named is not None and named.type is EntityType.PLACE:
                    return self.chain_head(named, sent.end)  # "in the Kenyan capital, Nairobi,": the capital named
                continue
            elif seen_prep and (n := self._title_descriptor(j, limit)):
                j += n  # "sanctions on gang leader X", "talks with opposition leader X": words of the title
                continue
            elif ((direct or seen_prep) and low in res.coordination and j > i and self.title_len(j + 1, limit)
                  and (self._title_ends_at(j - 1) or self._honorific_start(j - 1, sent.start) is not None)):
                pass  # "talks with Crown Prince and Prime Minister X": two titles of one holder, not two objects
            elif ((direct or seen_prep) and low in res.preps.of and j > i
                  and self.title_start(j - 1, sent.start) is not None):
                pass  # "met (with) the leader of the Party": the name complements the title, still the object
            elif seen_prep and (nxt := self._state_body_ahead(j, sent)):
                limit = min(sent.end, limit + nxt - j)
                j = nxt  # "accused by the government of Chile": the state acts, as "by the Chilean government"
                continue
            elif seen_prep and (nxt := self._past_day_name(j, sent, preps)):
                limit = min(sent.end, limit + nxt - j)
                j = nxt  # "imposed sanctions on Tuesday on ten officials": the first "on" only dates the act
                continue
            elif seen_prep and not (tok.text in QUOTES or tok.is_space or self.is_ext_word(tok)):
                # after the preposition only a title may precede the name:
                # "sanksi terhadap dua perusahaan China" is not a sanction on China
                return None
            elif low in res.preps.blocking and (n := self.title_len(j, limit)):
                j += n  # "said Under Secretary X": a title whose first word is also a preposition
                continue
            elif low in res.preps.blocking:
                if seen_prep or direct:
                    return None
            elif tok.text == "," and direct and j > i and self._title_ends_at(j - 1) \
                    and (named := self.at.get(j + 1)) is not None and named.type is EntityType.PERSON:
                return self.chain_head(named, sent.end)  # "designated its director, X": the person the office names
            elif (tok.is_punct and tok.text not in QUOTES) or low in res.relative or low in res.complementisers:
                return None
            elif (not (self.is_ext_word(tok) or match_phrase_at(self.doc, j, res.capital_words, 2, limit)
                       or self.class_descriptor(j)) and direct and not seen_prep and j - i >= slack):
                # only a short adjective or number may stand between verb and object ("bertemu kembali")
                return None
            j += 1
        return None

    def bound_ordinal(self, j: int, limit: int) -> int:
        """3 when a word, a hyphen and a number stand at ``j`` written together ("ke-16"): a prefix bound to a
        number makes an ordinal ("paket sanksi ke-16"), however the word reads alone ("ke": "to"); else 0."""
        doc = self.doc
        if j + 2 >= limit or not doc[j].is_alpha or doc[j].whitespace_ or doc[j + 1].text != "-" \
                or doc[j + 1].whitespace_:
            return 0
        return 3 if doc[j + 2].like_num else 0

    def _title_descriptor(self, j: int, limit: int, reach: int = 2) -> int:
        """Length of up to ``reach`` lowercase modifiers at ``j`` that a title follows ("gang leader", "rebel
        commander"): they say what the title's holder leads, before the name; else 0."""
        k = j
        while k < limit and k - j < reach and is_modifier(self.doc[k]) and not self.title_len(k, limit):
            k += 1
        return k - j if k > j and k < limit and self.title_len(k, limit) else 0

    def _place_noun_of(self, j: int, limit: int) -> int:
        """Length of a lowercase place noun and the "of" after it at ``j`` ("city of", "capital of"), else 0."""
        res = self.res
        if not self.doc[j].is_lower:
            return 0
        n = match_phrase_at(self.doc, j, res.place_heads, 2, limit) or match_phrase_at(
            self.doc, j, res.capital_words, 2, limit)
        return n + 1 if n and j + n < limit and self.doc[j + n].lower_ in res.preps.of else 0

    def sentence_subject(self, sent: Span) -> MentionRef | None:
        """The name the sentence opens with ("Amerika Serikat dan sekutunya mengatakan …"), if any."""
        for m in self.mentions:
            if m.start >= sent.start:
                if m.start >= sent.end:
                    return None
                start = self.np_start(m, sent.start)
                if all(t.is_space or t.is_punct or t.text in QUOTES or t.lower_ in self.determiners
                       for t in self.doc[sent.start:start]):
                    return self.chain_head(m, sent.end)
                return None
        return None

    def words_before(self, i: int, sent: Span, n: int) -> list[str]:
        return [t.lower_ for t in self.doc[max(sent.start, i - n) : i]]
