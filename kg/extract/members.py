"""Unnamed members of a country or body, as :class:`kg.extract.view.DocView` reads them: "six Venezuelan
officials", "ten military leaders of Myanmar", "lima pejabat Rusia", "Iran's elite Revolutionary Guard" — who the
phrase stands for (the country or body that owns them), or that it names no one ("Israeli officials said" speaks
for no named entity). A mixin of ``DocView``: it reads the view's Doc, resources and mention index."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.resources import LangResources
from kg.nlp.tokens import is_modifier, match_phrase_at, member_noun_ahead

if TYPE_CHECKING:
    from kg.extract.view import MentionRef

POSTS = (EntityType.COUNTRY, EntityType.ORGANIZATION)  # what an envoy is posted to: "ambassador to Japan, to NATO"


class MemberPhrases:
    # DocView's, which this mixin reads: set by its __init__, and its title reader
    doc: Doc
    res: LangResources
    at: dict[int, MentionRef]
    demonyms: Mapping[str, str]
    determiners: frozenset[str]
    closed_words: frozenset[str]
    title_len: Callable[..., int]
    _title_ends_at: Callable[[int], bool]

    def _members_of(self, j: int, sent: Span, reach: int = 4) -> tuple[int, MentionRef | None]:
        """An unnamed member phrase at ``j`` and the country or body its people or bodies belong to: (its length,
        that owner); (its length, None) when it names no owner ("perusahaan yang membantu X"); (0, None) when
        none starts at ``j``.

        A count, quantifiers and lowercase modifiers may open it; then either a nationality (a mention) before a
        member noun (``member_nouns``: "three Russian (state) banks"), or member nouns (coordinated or doubled:
        "individu dan entitas", "perusahaan-perusahaan"), link words (``member_links``: "of", "asal", "milik",
        "pemerintah") and the name: "ten military leaders of Myanmar", "lima pejabat Rusia", "dua perusahaan asal
        China", "senior officials from the Iranian government"."""
        doc, res = self.doc, self.res
        k = j
        while k < sent.end and k not in self.at and k - j <= reach and not self._member_noun(k, sent):
            tok = doc[k]
            if not (tok.like_num or tok.lower_ in res.quantifiers or tok.lower_ in res.articles
                    or tok.lower_ in res.unnamed_subject_openers or is_modifier(tok)
                    or tok.lower_ in res.former_words):  # "two former Haitian officials"
                return 0, None
            k += 1
        m = self.at.get(k)
        if m is not None:  # a nationality, then the member noun after a few modifiers
            return (m.end - j, m) if self._members_after(m, sent, reach) else (0, None)
        nouns = 0
        while k < sent.end and k not in self.at and (n := self._member_noun(k, sent)):
            k += n
            nouns += 1
            counted = k + 1  # "individu dan entitas X", "four companies and two individuals in X"
            while counted < sent.end and (doc[counted].like_num or doc[counted].lower_ in res.quantifiers):
                counted += 1
            if counted < sent.end and doc[k].lower_ in res.coordination and self._member_noun(counted, sent):
                k = counted
        if not nouns:
            return 0, None
        if res.head_initial:  # "dua perusahaan minyak terbesar Rusia": lowercase modifiers follow the noun
            first = k
            while k < sent.end and k - first < 2 and k not in self.at and is_modifier(doc[k]) \
                    and doc[k].lower_ not in res.relative | res.preps.blocking | res.member_links:
                k += 1
            if k not in self.at and (k >= sent.end or doc[k].lower_ not in res.member_links):
                k = first  # the modifiers lead to no name, nor to a link word ("perusahaan pelayaran yang berbasis di")
        k += match_phrase_at(doc, k, res.member_ties, 5, sent.end) if k < sent.end else 0  # "groups linked to X"
        links = res.member_links | res.articles  # "officials of the Iranian government"
        while k < sent.end and k not in self.at and doc[k].lower_ in links:
            k += 1
        owner = self.at.get(k)
        if owner is not None and owner.end < sent.end and self.res.is_possessive_marker(doc[owner.end].lower_) \
                and (owned := self._owned_target(owner, sent)) is not None and owned.type is EntityType.ORGANIZATION:
            owner = owned  # "firms tied to Iran's Revolutionary Guard": the Guard's
        if owner is not None and (owner.type in POSTS or self.leader_body_after(owner, sent)):
            return k - j, owner  # "officials of Maduro's government": a leader's government, his country
        return k - j, None

    def named_after_members(self, j: int, length: int, sent: Span, reach: int = 4, lead: int = 7) -> MentionRef | None:
        """The first person or body named after the unnamed member phrase at ``j`` (``length`` words, as
        :meth:`_members_of` reads it), past the rest of its noun phrase and a comma: "two military-run banks, X and
        Y", "five entities, including X" (``list_openers``), "116 individuals and entities, among them the
        Moscow-based shipping firm X" — who the counted members are. None when no name stands there, or when one
        without a list opener goes on with a verb ("five companies, the Treasury said": the speaker)."""
        doc, res = self.doc, self.res
        k = j + length
        participle = False  # a participle phrase reaches to its comma: "two firms run by the old army, X and Y"
        while k < sent.end and k not in self.at and doc[k].text != ",":
            if not (doc[k].is_lower or doc[k].text == "-"):
                return None  # the member noun phrase's own lowercase words ("Iranian state banks") only
            participle = participle or self._opens_participle_phrase(k, sent)
            if not participle and k - (j + length) >= reach:
                return None
            k += 1
        if k + 1 >= sent.end or doc[k].text != ",":
            return None
        opener = match_phrase_at(doc, k + 1, res.list_openers, 3, sent.end)
        k = first = k + 1 + opener
        while k < sent.end and k - first <= lead:  # an article and modifiers before the name
            m = self.at.get(k)
            if m is not None and not (m.end + 1 < sent.end and doc[m.end].text == "-" and doc[m.end + 1].is_lower):
                break  # the name
            if m is not None:
                k = m.end + 2  # "the Moscow-based shipping firm X": the place only modifies the noun
            elif doc[k].lower_ in res.articles or (opener and (doc[k].is_lower or doc[k].text == "-")):
                k += 1  # modifiers only after a list opener: "…, kata Reuters" names the speaker
            elif opener and doc[k].text == "," and k > first and self._title_ends_at(k - 1) \
                    and (person := self.at.get(k + 1)) is not None and person.type is EntityType.PERSON:
                k += 1  # "…, including the country's interior minister, X": the title's holder in apposition
            elif opener and (n := match_phrase_at(doc, k, res.titles, res.max_title_len, sent.end)):
                k += n  # "dua pejabat junta, yakni Menteri Energi X": the title of the member listed
                while k < sent.end and k not in self.at and doc[k].lower_ in res.portfolio_words:
                    k += 1
            else:
                return None
        named = self.at.get(k)
        if named is None or named.type not in (EntityType.PERSON, EntityType.ORGANIZATION):
            return None
        after = doc[named.end] if named.end < sent.end else None
        if not opener and after is not None and not (after.is_punct or after.lower_ in res.coordination):
            return None
        return named

    def _opens_participle_phrase(self, k: int, sent: Span) -> bool:
        """A participle phrase modifying a member noun opens at ``k``: a tie ("owned by", "linked to":
        ``member_ties``) or a passive participle before its agent preposition ("run by", "dikelola oleh") — one
        constituent, however many words its object has."""
        doc = self.doc
        return bool(match_phrase_at(doc, k, self.res.member_ties, 4, sent.end)) or (
            k + 1 < sent.end and doc[k].is_alpha and doc[k + 1].lower_ in self.res.preps.agent)

    def members_listed_after(self, end: int, sent: Span) -> MentionRef | None:
        """ "X serta dua perusahaan milik militer, A dan B", "X and two state banks, A and B": after names ending at
        ``end``, a coordination word and a counted member phrase whose members are named after a comma — the first
        of those names (:meth:`named_after_members`); None where nothing stands so."""
        if end + 1 >= sent.end or self.doc[end].lower_ not in self.res.coordination:
            return None
        length, _ = self._members_of(end + 1, sent)
        return self.named_after_members(end + 1, length, sent) if length else None

    def leader_body_after(self, m: MentionRef, sent: Span) -> bool:
        """``m`` is a person before a leader-body word (``leader_bodies``), after a possessive or not: "Maduro's
        government", "the Maduro government" — the leader's government, which stands for the country he leads."""
        k = m.end + (m.end < sent.end and self.res.is_possessive_marker(self.doc[m.end].lower_))
        return m.type is EntityType.PERSON and k < sent.end and self.doc[k].lower_ in self.res.leader_bodies

    def members_at(self, j: int, sent: Span) -> bool:
        """A phrase of unnamed members of a country or body starts at ``j``: "six Venezuelan officials", "two
        officials of the government of X" (:meth:`_members_of`)."""
        return self._members_of(j, sent)[0] > 0

    def member_phrase(self, j: int, sent: Span) -> tuple[int, MentionRef | None]:
        """The length of a phrase of unnamed members at ``j`` and their owner (:meth:`_members_of`)."""
        return self._members_of(j, sent)

    def member_noun_at(self, k: int, sent: Span) -> int:
        """Length of a noun of unnamed people or bodies at ``k`` (:meth:`_member_noun`), else 0."""
        return self._member_noun(k, sent)

    def _member_noun(self, k: int, sent: Span) -> int:
        """Length of a member noun at ``k`` (``member_nouns``, or one doubled: the plural of a head-initial
        language, "perusahaan-perusahaan"), else 0 — also past the sentence's end (a text cut short after a
        determiner: "… The sanctions")."""
        if not sent.start <= k < sent.end:
            return 0
        word = self.doc[k].lower_
        half, hyphen, other = word.partition("-")
        if hyphen and half == other and (half,) in self.res.member_nouns:
            return 1
        return match_phrase_at(self.doc, k, self.res.member_words, 3, sent.end)

    def _named_member(self, m: MentionRef, sent: Span, reach: int = 2) -> MentionRef | None:
        """The person or body named right after a nationality and one member noun ("Russian businessman X", "a
        Chinese company X"): who the phrase is; else None ("three Russian banks" name none)."""
        k = m.end
        while k < sent.end and k - m.end < reach and k not in self.at and is_modifier(self.doc[k]) \
                and not self._member_noun(k, sent):
            k += 1
        n = self._member_noun(k, sent) if k < sent.end else 0
        named = self.at.get(k + n) if n else None
        return named if named is not None and named.type in (EntityType.PERSON, EntityType.ORGANIZATION) else None

    def named_member_or(self, owner: MentionRef, sent: Span) -> MentionRef:
        """The person or body named after the nationality ``owner`` and its member noun (:meth:`_named_member`: "the
        Chinese drone maker X"), else ``owner``."""
        named = self._named_member(owner, sent) if self._bare_nationality(owner) else None
        return named if named is not None else owner

    def unnamed_members(self, m: MentionRef, sent: Span) -> bool:
        """``m`` is a nationality word before a noun of the country's unnamed people or bodies, no name after them:
        "Israeli officials", "three Chilean state banks" (not "Chilean diplomat Ana Ruiz", who is named)."""
        return (self._bare_nationality(m) and self._members_after(m, sent) and self._named_member(m, sent) is None
                and not self._definite_leader(m, sent))

    def _definite_leader(self, m: MentionRef, sent: Span) -> bool:
        """A definite determiner, the nationality ``m`` and a leader's title: "the Australian prime minister" is the
        one head of that country, who stands for it (kg.nlp.names reads the phrase the same way), not one of its
        unnamed ministers."""
        doc = self.doc
        if m.start <= sent.start or doc[m.start - 1].lower_ not in self.res.definite_determiners:
            return False
        k = m.end
        while k < sent.end:  # a modifier may open the title itself: "prime minister", "new prime minister"
            n = self.title_len(k, sent.end)
            if n and tuple(t.lower_ for t in doc[k:k + n]) in self.res.leader_titles:
                return True
            if doc[k].lower_ not in self.res.role_modifiers:
                return False
            k += 1
        return False

    def _bare_nationality(self, m: MentionRef) -> bool:
        """``m`` is a nationality word alone ("Russian"), not a government named by one ("Peruvian government")."""
        return " ".join(t.lower_ for t in self.doc[m.start:m.end]) in self.demonyms

    def _owned_target(self, m: MentionRef, sent: Span, reach: int = 4) -> MentionRef | None:
        """What a sanction on "``m``'s …" is on: a name after the possessive and a few lowercase modifiers ("Iran's
        elite Revolutionary Guard"), else ``m`` itself when a noun of its people or bodies follows ("Venezuela's
        state oil company"), else None."""
        if (apposed := self.apposed_to_owned(m, sent)) is not None:
            return apposed  # "Iran's defence minister, X": the person the title names
        doc = self.doc
        k = m.end + 1
        while k < sent.end and k - m.end <= reach:
            if k in self.at:
                return self.at[k]
            if not is_modifier(doc[k]):
                break
            k += 1
        return m if self._members_after(m, sent, reach, start=m.end + 1) else None

    def class_noun_before(self, j: int, owned: MentionRef, sent: Span) -> bool:
        """A head-initial language writes a body's class noun, uncounted and singular, right before its name:
        "perusahaan Zarnik" at ``j`` is the company Zarnik, not Zarnik's companies ("dua perusahaan Gazprom, X dan
        Y", "perusahaan-perusahaan Gazprom" are counted or plural: members of the body, named after it)."""
        return self.res.head_initial and owned.type is EntityType.ORGANIZATION and "-" not in self.doc[j].text \
            and j + self._member_noun(j, sent) == owned.start

    def named_after_owner(self, owned: MentionRef, sent: Span) -> MentionRef | None:
        """Who unnamed members of ``owned`` are, named after it: "dua perusahaan Rusia, Rosneft dan Lukoil" (a
        comma and the names), "three units of Russia's military intelligence agency, the GRU" (the name apposed to
        what it owns, :meth:`apposed_to_owned`); else None."""
        doc = self.doc
        k = owned.end + 1
        article = k < sent.end and doc[k].lower_ in self.res.articles  # "the central bank of Chile, the Banco Andino"
        if k + article < sent.end and doc[owned.end].text == "," \
                and (named := self.at.get(k + article)) is not None \
                and named.type in (EntityType.ORGANIZATION, EntityType.PERSON) \
                and (not article or named.end >= sent.end or doc[named.end].is_punct
                     or doc[named.end].lower_ in self.res.coordination):  # not "…, the Treasury said"
            return named
        return self.apposed_to_owned(owned, sent)

    def apposed_to_owned(self, m: MentionRef, sent: Span, reach: int = 5) -> MentionRef | None:
        """The person or body named in apposition to what ``m`` owns: "Iran's defence minister, X", "Russia's
        military intelligence agency, the GRU" — a possessive, a few lowercase words (an office or a body), a comma,
        an article at most and the name, which closes the apposition (punctuation, a relative or the sentence's
        end follows: not "Russia's central bank, Sberbank and VTB", a list). None when the words do not stand so."""
        doc, res = self.doc, self.res
        if m.end >= sent.end or not res.is_possessive_marker(doc[m.end].lower_):
            return None
        k = m.end + 1
        while k < sent.end and k - m.end <= reach and k not in self.at and (is_modifier(doc[k]) or doc[k].is_lower):
            k += 1
        if k == m.end + 1 or k + 1 >= sent.end or doc[k].text != ",":
            return None
        k += 1 + (doc[k + 1].lower_ in res.articles)
        named = self.at.get(k)
        if named is None or named.type not in (EntityType.PERSON, EntityType.ORGANIZATION):
            return None
        after = doc[named.end] if named.end < sent.end else None
        # a hyphen glued to the name joins a compound ("Sberbank-VTB"); one set off by spaces is a dash, closing it
        dash = after is not None and after.text == "-" and bool(doc[named.end - 1].whitespace_ and after.whitespace_)
        closed = after is None or (after.is_punct and (after.text != "-" or dash)) or after.lower_ in res.relative
        return named if closed else None

    def apposed_in_subject(self, comma: int, sent: Span) -> bool:
        """The comma at ``comma`` follows a name ("A, B, and C": a list) or a noun phrase opening the sentence
        ("Chile's central bank, the Banco Andino, and Peru accused …", "The central bank of Chile, the Banco Andino,
        and Peru accused …": the apposition and the next name are one subject) — not a noun phrase after a verb
        ("imposed sanctions on Chile's central bank / the central bank of Chile, the Banco Andino, and Peru accused
        …": the apposition closes the object, a clause follows)."""
        doc, res = self.doc, self.res

        def linked(k: int) -> bool:  # a name after a link word inside the noun phrase: "the central bank of Chile"
            return k - 1 >= sent.start and doc[k - 1].lower_ in res.member_links

        before = self.at.get(comma - 1)
        if before is not None and not linked(before.start):
            return True
        named_seen = common_seen = False  # a name, lowercase words, a name: "Canada sanctioned Chile's bank"
        for k in range(sent.start, comma):
            tok = doc[k]
            if k in self.at or res.is_possessive_marker(tok.lower_):
                if common_seen and (named_seen or not linked(k)):
                    return False
                named_seen = True
            elif tok.lower_ in self.determiners or tok.is_space or (common_seen and tok.lower_ in res.member_links):
                continue
            elif tok.is_lower and tok.is_alpha and tok.lower_ not in self.closed_words:
                common_seen = True
            else:
                return False
        return True

    def _members_after(self, m: MentionRef, sent: Span, reach: int = 4, *, start: int | None = None) -> bool:
        """``m`` is a country's nationality before a noun of its unnamed people or bodies: "Russian (state) banks";
        or, from ``start``, its possessive: "Venezuela's state oil company". A head-initial language puts the
        nationality after the noun ("pejabat Israel"): a noun after the name there belongs to another phrase
        ("Israel membantah menyerang warga sipil", "menuduh China membahayakan awak kapal")."""
        if m.type is not EntityType.COUNTRY or (start is None and self.res.head_initial):
            return False
        first = m.end if start is None else start
        return member_noun_ahead(self.doc, first, sent.end, self.res.member_words, reach, names=self.at)
