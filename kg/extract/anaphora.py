"""What a reference points back to: "he"/"ia" (the person the sentence opened with, else the last named), "the
Secretary"/"Menteri Luar Negeri itu" (the person last named with that title), "the two leaders"/"kedua negara"
(the pair of the last meeting or agreement told, else the two last named of those types), and the visitor of a
visit under way. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.counted_groups import CountedGroups
from kg.extract.drafts import EventDraft
from kg.extract.genders import pronoun_agreement
from kg.extract.go_betweens import go_betweens
from kg.extract.unnamed_offices import title_owner
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.tokens import QUOTES, match_phrase_at

PAIR_SENTENCES = 2  # sentences back where "the two countries" may find the pair that met or agreed


class Anaphora(CountedGroups):
    plural_openers: frozenset[str]  # first words of the language's plural phrases
    saying_verbs: frozenset[tuple[str, ...]]
    pair_prefixes: frozenset[tuple[str, ...]]  # plural phrases that open longer ones: "the two" ("the two leaders")
    before_verb: frozenset[str]

    def _recent_person(self, i: int, outside: tuple[int, int] = (0, 0)) -> str | None:
        """Whom "he", "ia" at token ``i`` refers to: the person the sentence (or the one before) opened with,
        else the last person named — not one named in the tokens ``outside`` spans (a quotation the pronoun's
        speaker said: in `"I met X in Lima," she said` she is not X)."""
        view = self.view
        sent = view.doc[i].sent
        previous = view.doc[sent.start - 1].sent if sent.start > 0 else None
        # "Ms. Ruiz said he remains under sanctions": "he" is no person the text gives the other gender; within its
        # sentence the clauses decide among the others, before it a person the text gives its gender comes first
        # ("Marta Vidal met Mr. Sechin. Ms. Ruiz said he …": Sechin)
        here = pronoun_agreement(view, i, i)
        before = pronoun_agreement(view, i, previous.start if previous is not None else sent.start)

        def fits(m: MentionRef, agrees: Callable[[str], bool] = before) -> bool:
            return m.type is EntityType.PERSON and m.start < i and not outside[0] <= m.start < outside[1] \
                and agrees(m.key)

        antecedent = self._clause_antecedent(i, sent)
        if antecedent is not None and fits(antecedent, here):
            return antecedent.key  # "Lee met Xi, who was on his first visit to Seoul": "his" is Xi's
        placed = self._placed_clause_subject(i, sent)
        if placed is not None and fits(placed, here):
            return placed.key  # "… after X visited Moscow, where he held talks": X, whom the clause places there
        for s, agrees in ((sent, here), (previous, before)):
            subject = (view.sentence_subject(s) or self._subject_after_fronted_phrase(s)) if s is not None else None
            if subject is not None and fits(subject, agrees):
                return subject.key
            titled = (self._opening_title(s, i) or self._title_after_fronted_phrase(s)) if s is not None else None
            if titled is not None and agrees(titled):
                return titled  # "The prime minister flew to X, where he …": the holder the title refers to
        return next((m.key for m in reversed(view.mentions) if fits(m)), None)

    def _clause_antecedent(self, i: int, sent: Span) -> MentionRef | None:
        """The name a relative clause holding token ``i`` is about — ", who was on his first visit", ", yang
        sedang melakukan kunjungan pertamanya": the name right before the comma and the relative pronoun, when no
        comma closes the clause before ``i``; else None."""
        doc = self.view.doc
        for r in range(i - 1, sent.start + 1, -1):
            if doc[r].text == ",":
                return None
            if doc[r].lower_ in self.res.relative and doc[r - 1].text == ",":
                return self.view.at.get(r - 2)
        return None

    def _fronted_phrase_comma(self, sent: Span, reach: int = 6) -> int | None:
        """The comma closing a short phrase that a preposition opens at the sentence's start ("Di Kairo,", "Atas
        nama Presiden X,"); None where the sentence opens otherwise."""
        doc = self.view.doc
        if doc[sent.start].lower_ not in self.res.preps.blocking:
            return None
        return next((t.i for t in doc[sent.start:min(sent.end, sent.start + reach)] if t.text == ","), None)

    def _title_after_fronted_phrase(self, sent: Span) -> str | None:
        """Whom a title with no name after a fronted phrase refers to ("Atas nama Presiden X, menteri itu bertemu Y.
        Di Brussel, ia …"): the sentence's subject, as a name there would be (:meth:`_subject_after_fronted_phrase`)."""
        comma = self._fronted_phrase_comma(sent)
        n = self.view.title_len(comma + 1, sent.end) if comma is not None else 0
        if not n:
            return None
        end = comma + 1 + n
        return self._title_anaphor(end if end < sent.end and self.view.doc[end].lower_ in self.res.anaphoric_tails
                                   else end - 1, sent)

    def _subject_after_fronted_phrase(self, sent: Span) -> MentionRef | None:
        """The name right after a short phrase that a preposition opens and a comma closes at the sentence's start
        ("Di Kairo, Sugiono bertemu X", "In Cairo, Sugiono met X"): the sentence's subject, which a pronoun after it
        refers back to — not the phrase's own object, nor the name the verb takes."""
        view = self.view
        comma = self._fronted_phrase_comma(sent)
        if comma is None:
            return None
        after = view.at.get(comma + 1)
        if after is None or after.start != comma + 1:
            return None
        return view.chain_head(after, sent.end)

    def _placed_clause_subject(self, i: int, sent: Span) -> MentionRef | None:
        """ "…, where he held talks": a pronoun right after a relative "where" set off by a comma acts in the place
        the clause before tells — its subject does ("the call came after X visited Moscow, where he …")."""
        view, doc = self.view, self.view.doc
        k = i - 1
        if not (sent.start + 1 < k and doc[k].lower_ in self.res.relative and doc[k - 1].text == ","
                and (k - 2) in view.at and view.at[k - 2].type is EntityType.PLACE):
            return None
        return view.subject_left(view.at[k - 2].start, sent)

    def _opening_title(self, sent: Span, before: int) -> str | None:
        """The person a definite title opening ``sent`` refers to ("The prime minister then flew …"), ending
        before token ``before``; None where the sentence opens otherwise."""
        view, doc = self.view, self.view.doc
        first = sent.start
        while first < sent.end and (doc[first].is_space or doc[first].is_punct):
            first += 1
        if first + 1 >= min(sent.end, before) or doc[first].lower_ not in self.res.definite_determiners:
            return None
        n = view.title_len(first + 1, min(sent.end, before))
        return self._title_anaphor(first + n, sent) if n else None

    def _title_anaphor(self, k: int, sent: Span) -> str | None:
        """ "The Secretary", "Menteri Luar Negeri itu" ending at token ``k``: the person last named with that title."""
        view = self.view
        doc = view.doc
        res = self.res
        tail = doc[k].lower_ in res.anaphoric_tails
        j = k - 1 if tail else k
        start = view.title_start(j, sent.start) if j >= sent.start else None
        if start is None or (j + 1 < sent.end and (j + 1) in view.at):
            return None
        definite = start > sent.start and doc[start - 1].lower_ in res.definite_determiners
        # a language without definite determiners writes the definite title bare, capitalised, opening its clause:
        # "Presiden disambut oleh …", "Setibanya di Hanoi, Presiden …" (Setkab, Antara)
        bare = not res.definite_determiners and doc[start].is_title and (
            start == sent.start or doc[start - 1].text == "," or all(
                t.is_space or t.is_punct for t in doc[sent.start:start]))
        if not tail and not (definite or bare):
            return None
        # "Prime Minister X … Malaysian Prime Minister Y … The prime minister then flew to …": a definite title, as a
        # bare one, repeats the office written unqualified — the story's own, which the copy needs not qualify
        title = tuple(t.lower_ for t in doc[start:j + 1])
        return self._titled_holder(start, title, bare=(bare or definite) and not tail)

    def _bare_title_after(self, end: int, sent: Span) -> str | None:
        """ `"…," ujar Presiden`, "kata Menlu": a capitalised title with no name after it, right after a verb of
        saying, is the definite title of a language without definite determiners, as when it opens a clause — of
        the home office written without a holder ("Presiden Joko Widodo"), never a foreigner's qualified one."""
        view, doc = self.view, self.view.doc
        n = view.title_len(end, sent.end) if end < sent.end else 0
        if not n or self.res.definite_determiners or not doc[end].is_title or (end + n) in view.at \
                or (end + n < sent.end and doc[end + n].is_title):
            return None
        return self._titled_holder(end, tuple(t.lower_ for t in doc[end:end + n]), bare=True, plain_only=True)

    def _titled_holder(self, start: int, title: tuple[str, ...], *, bare: bool, plain_only: bool = False) -> str | None:
        """The person named before token ``start`` with ``title`` (for a descriptor of an office, "Kepala Negara",
        "head of state": with any leader's title); a ``bare`` title prefers the one written without a holder, and
        ``plain_only`` takes no other."""
        view, doc, res = self.view, self.view.doc, self.res
        descriptor = title in res.office_descriptors
        titles = res.leader_titles if descriptor else frozenset({title})
        titled = []  # (person, the title stood right before the name, with no holder between)
        qualified = set()  # people whose title was written with its holder once ("Presiden Laos X"): foreigners
        for m in reversed(view.mentions):
            if m.start >= start or m.type is not EntityType.PERSON:
                continue
            words = [t.lower_ for t in doc[view.np_start(m, doc[m.start].sent.start):m.start]]
            at = view.title_before(m, doc[m.start].sent)
            if at is not None and at[1] != m.start:
                qualified.add(m.key)
            # written without a holder: that very title right before the name ("Presiden X", not "Wakil Presiden X")
            plain = at is not None and at[1] == m.start and tuple(t.lower_ for t in doc[at[0]:at[1]]) in titles \
                and not self._qualified_before(at[0])
            for t in titles:
                if any(tuple(words[n:n + len(t)]) == t for n in range(len(words))):
                    titled.append((m.key, plain))
                    break
        # "Presiden Laos X … Presiden X disambut …": the short form repeats a foreigner's qualified title, and is
        # no home office
        titled = [(key, plain and key not in qualified) for key, plain in titled]
        if bare or descriptor:
            # "Presiden Joko Widodo … Presiden Kenya William Ruto … Presiden bertolak": the bare title repeats the one
            # written without a holder — the home office the copy needs not qualify — not a foreigner's qualified one
            unqualified = next((key for key, plain in titled if plain), None)
            if unqualified is not None or plain_only:
                return unqualified
        if descriptor and len({key for key, _ in titled}) > 1:
            return None  # "Kepala Negara" among several qualified heads: no one to prefer
        if not titled or bare:
            return titled[0][0] if titled else None  # a bare title with no unqualified holder: the last with it
        # "Menlu Sugiono … bertemu Menlu Jerman X … Sugiono bertolak … menteri itu": of several holders, a
        # demonstrative title refers to the one the story follows — named most often before — not merely the last;
        # the nearest breaks a tie
        named = Counter(m.key for m in view.mentions if m.start < start)
        return max(dict.fromkeys(key for key, _ in titled), key=lambda key: named[key])

    def _qualified_before(self, k: int) -> bool:
        """The title at token ``k`` is qualified by who holds it, written before it: a demonym or a name ("Malaysian
        Prime Minister X", "Malaysia's Prime Minister X") — a foreigner's office in the copy of another country."""
        view, doc = self.view, self.view.doc
        j = k - 1
        if j >= 0 and self.res.is_possessive_marker(doc[j].lower_):
            j -= 1
        return j >= 0 and (doc[j].lower_ in view.demonyms
                           or any(m.end == j + 1 and m.type is not EntityType.PERSON for m in view.mentions))

    def _body_anaphor(self, k: int, sent: Span) -> str | None:
        """ "The Committee said …", "the Council decided …" ending at token ``k``: a definite, capitalised head word
        of a body (``org_heads``) with no name of its own refers to the nearest body named before whose name holds
        that word ("the Security Council Committee established pursuant to …", "the Council of the European
        Union"), else to the nearest one with an organ of that head (:attr:`ExtractionContext.organ_heads`); None
        where neither was named."""
        view, doc, res = self.view, self.view.doc, self.res
        if not (sent.start < k < sent.end and k not in view.at and doc[k].is_title and (doc[k].lower_,) in res.org_heads
                and doc[k - 1].lower_ in res.definite_determiners and k - 2 not in view.at):
            return None
        head = doc[k].lower_
        before = [m for m in reversed(view.mentions) if m.end <= k - 1 and m.type is EntityType.ORGANIZATION]
        named = next((m.key for m in before if any(t.lower_ == head for t in doc[m.start:m.end])), None)
        # "Iran: EU lists … The Council today decided …": none named so, the body has an organ of that head (the
        # gazetteer's "Council of the European Union") — the organisation acts through it
        return named or next((m.key for m in before if head in self.context.organ_heads.get(m.key, ())), None)

    def _opening_body_anaphor(self, i: int, sent: Span) -> str | None:
        """The body a sentence opening with "The" and a body's head word refers to (:meth:`_body_anaphor`) as the
        subject of the predicate at ``i``, no name between: "The Council today adopted restrictive measures …",
        "The Committee on Monday imposed …" — the event noun's light verb stands between, where the window does
        not look; None otherwise."""
        view, doc = self.view, self.view.doc
        first = next((k for k in range(sent.start, i) if not doc[k].is_space), i)
        if first + 2 > i or any(j in view.at for j in range(first, i)):
            return None
        return self._body_anaphor(first + 1, sent)

    def _kind_anaphor(self, k: int, sent: Span) -> str | None:
        """ "The group denied …", "the militant group said", "kelompok bersenjata itu membantah" ending at token
        ``k``: a definite noun of an organisation's kind (the language's ``org_cues``/``org_cues_after``: "group",
        "armed group", "company", "kelompok") with no name of its own refers to the organisation named last, in
        its sentence or the PAIR_SENTENCES before; None where none was named there."""
        view, doc, res = self.view, self.view.doc, self.res
        tail = sent.start < k < sent.end and doc[k].lower_ in res.anaphoric_tails
        j = k - 1 if tail else k
        if not sent.start <= j < sent.end or j in view.at:
            return None
        kinds = res.org_cues | res.org_cues_after
        # the noun phrase opens with its determiner ("the armed group") or, with a demonstrative after it, bare
        first = sent.start if tail else sent.start + 1
        start = next((j - n + 1 for n in (3, 2, 1) if j - n + 1 >= first
                      and tuple(t.lower_ for t in doc[j - n + 1:j + 1]) in kinds), None)
        if start is None or (start - 1) in view.at or not (tail or doc[start - 1].lower_ in res.definite_determiners):
            return None
        earliest = sent.start
        for _ in range(PAIR_SENTENCES):
            earliest = doc[earliest - 1].sent.start if earliest > 0 else earliest
        return next((m.key for m in reversed(view.mentions) if earliest <= m.start and m.end <= start
                     and m.type is EntityType.ORGANIZATION), None)

    def _group_opening(self, before: int, sent: Span, reach: int = 4) -> str | None:
        """The organisation a group noun opening the sentence refers to (:meth:`_kind_anaphor`), the subject of a
        verb coordinated later, before token ``before``."""
        return next((key for j in range(sent.start, min(sent.start + reach, before))
                     if (key := self._kind_anaphor(j, sent)) is not None), None)

    def _unnamed_body_head(self, k: int) -> bool:
        """A body's head written with a generic title and no name ending at token ``k`` ("the IAEA chief", "U.N.
        rights chief" in a headline) whom :meth:`_office_holder` found no one for: the person is unnamed, and the
        body does not act for them — as "The President of Australia said …" is no statement of Australia."""
        office = title_owner(self.view, k)
        return office is not None and office.title[-1:] in self.res.generic_titles \
            and self.view.at[office.start].type is EntityType.ORGANIZATION

    def _opens_unnamed_body_head(self, m: MentionRef) -> bool:
        """The body ``m`` opens the phrase of its unnamed head ("U.N. rights chief condemns …"): the head acts, not
        the body — no doer of an act told there."""
        for k in range(m.end, min(len(self.view.doc), m.end + 3)):
            office = title_owner(self.view, k)
            if office is not None and office.start == m.start and self._unnamed_body_head(k):
                return True
        return False

    def _office_holder(self, k: int) -> str | None:
        """ "Indonesia's foreign minister", "the Indonesian foreign minister" ending at token ``k`` with no name: the
        one person the document names with that title (before or after) and whose office is that owner's — "…
        flew to Beijing. Foreign Minister X met …" (:mod:`kg.extract.unnamed_offices`); None where it names none
        or several, and the owner then stands for its unnamed official as before."""
        office = title_owner(self.view, k)
        if office is None:
            return None
        view, doc, context = self.view, self.view.doc, self.context
        holders = set()
        for m in view.mentions:
            if m.type is not EntityType.PERSON or office.owner not in (context.person_country.get(m.key),
                                                                      context.leader_of.get(m.key)):
                continue
            if office.title in self.res.generic_titles and context.leader_of.get(m.key) == office.owner:
                holders.add(m.key)  # "the IAEA chief": its head, whatever title names them ("Director General X")
                continue
            words = tuple(t.lower_ for t in doc[view.np_start(m, doc[m.start].sent.start):m.start])
            n = len(office.title)
            if any(words[j:j + n] == office.title for j in range(len(words) - n + 1)):
                holders.add(m.key)
        return holders.pop() if len(holders) == 1 else None

    def _clause_controller(self, k: int, sent: Span) -> MentionRef | None:
        """Who acts in a clause with no subject of its own, opened by the complementiser at token ``k`` ("after",
        "before", "while", "setelah"): the main clause's subject — "X hosted Y on Thursday, a day after speaking
        by phone with Z" is X's call, not Y's — past a measure of time set off by a comma ("…, a day after"); inside
        a relative clause, its head ("Y, who arrived after meeting Z"). None where ``k`` opens no such clause."""
        view, doc, res = self.view, self.view.doc, self.res
        if not (sent.start < k < sent.end and doc[k].lower_ in res.complementisers
                and doc[k].lower_ not in res.relative and k - 1 not in view.at):
            return None
        comma = next((c for c in range(k - 1, max(sent.start, k - 4), -1) if doc[c].text == ","), k)
        relative = next((r for r in range(k - 1, sent.start + 1, -1)
                         if doc[r].lower_ in res.relative and doc[r - 1].text == ","), None)
        return view.at.get(relative - 2) if relative is not None else view.main_subject_left(comma, sent)

    def _pronoun_controller(self, k: int, sent: Span) -> str | None:
        """Whom a subjectless clause opened by the complementiser at ``k`` is about when the main clause's subject is
        a person pronoun: "He met A before sitting down with B", "…, where she received A after meeting B" — the
        pronoun's person, not A, the object named last before the clause. The pronoun opens its clause (the sentence,
        or after punctuation or a relative or clause-opening word) with no other clause opener between it and
        ``k``; None otherwise."""
        doc, res = self.view.doc, self.res
        if not (sent.start < k < sent.end and doc[k].lower_ in res.complementisers
                and doc[k].lower_ not in res.relative):
            return None
        openers = res.relative | res.complementisers | res.main_clause_openers
        reporting = {form[0] for form in self.saying_verbs}  # "He said A met B before meeting C": A's clause
        for p in range(k - 1, sent.start - 1, -1):
            word = doc[p].lower_
            if word in openers or word in reporting or doc[p].text in QUOTES:
                return None
            if word in res.person_pronouns:
                before = doc[p - 1] if p > sent.start else None
                opens = before is None or before.is_punct or before.is_space or before.lower_ in openers
                return self._recent_person(p) if opens else None
        return None

    def _pronoun_conjunct(self, first: MentionRef, sent: Span) -> str | None:
        """Whom a personal pronoun coordinated before the subject names refers to: in "X said she and Y had met",
        "X mengatakan dia dan Y telah bertemu" the pronoun is a party with Y (the speaker, or the person the
        sentence opened with: :meth:`_recent_person`); None when no "PRONOUN and" stands right before ``first``."""
        doc, res = self.view.doc, self.res
        k = self.view.np_start(first, sent.start) - 1
        if k - 1 < sent.start or doc[k].lower_ not in res.coordination or doc[k - 1].lower_ not in res.person_pronouns:
            return None
        person = self._recent_person(k - 1)
        return person if person != first.key else None

    def _recent_persons(self, i: int, types: tuple[EntityType, ...]) -> list[str]:
        """Whom "the two leaders", "kedua negara", "they" at token ``i`` refer to: the two parties of the last
        meeting or agreement told in this or the two sentences before, when they are of those types; else the two
        leaders (or names) of those types named last."""
        titled = self._titled_pair(i) if EntityType.PERSON in types else []
        if titled:
            return titled  # "kedua perdana menteri": the two named last with that title
        leaders = self._pair_title_class(i)
        paired = self._pair_named_in_sentence(i, types, leaders) or self._last_pair(i, types, leaders)
        if paired:
            return paired
        # people and bodies are never pooled: "the two sides" is no leader and his own country
        bodies = tuple(t for t in types if t is not EntityType.PERSON)
        # the names told before the anaphor's sentence first: "Russia, which brokered a ceasefire between the two
        # countries" — who acts in the sentence is not one of the two it speaks of
        sentence_start = self.view.doc[i].sent.start
        for before in (sentence_start, i):
            for pool in (bodies, tuple(t for t in types if t is EntityType.PERSON)):
                pick = self._named_pair(before, pool, leaders)
                if pick:
                    return pick
        return []

    def _named_pair(self, before: int, pool: tuple[EntityType, ...], leaders: bool | None = None) -> list[str]:
        """The two leaders (or else names) of the ``pool`` types named last before token ``before``; people of the
        title class ``leaders`` asks for only (:meth:`_last_pair`)."""
        seen: list[str] = []
        between = self._go_betweens()
        for m in reversed(self.view.mentions):
            # "the Saudi and U.S. mediators said … The two sides had signed": a mediator is neither side
            if m.start >= before or m.type not in pool or m.key in seen or m.key in between:
                continue
            if leaders is None or m.type is not EntityType.PERSON or self._leads(m.key) is not (not leaders):
                seen.append(m.key)  # "kedua menteri": no one titled a leader
            if len(seen) >= 4:
                break
        heads = [k for k in seen if k in self.context.leader_of]
        pick = heads if len(heads) >= 2 else seen
        return pick[:2] if len(pick) >= 2 else []

    def _titled_pair(self, i: int) -> list[str]:
        """ "kedua perdana menteri", "the two prime ministers": a plural phrase that ends in a title refers to the
        two people named last with that title ("Perdana Menteri Jepang X … bertemu Perdana Menteri Vietnam Y dan
        Sekretaris Jenderal Z. Kedua perdana menteri …" are X and Y, not Z, whom X met last); [] when the phrase
        holds no title or fewer than two were so named."""
        view, doc = self.view, self.view.doc
        n = match_phrase_at(doc, i, self.res.plural_anaphora.get(EntityType.PERSON, frozenset()), 5, len(doc))
        title = tuple(t.lower_ for t in doc[i + 1:i + n])
        if n < 2 or title not in self.res.titles:
            return []
        named: list[str] = []
        for m in reversed(view.mentions):
            if m.start >= i or m.type is not EntityType.PERSON or m.key in named:
                continue
            at = view.title_before(m, doc[m.start].sent)
            if at is not None and tuple(t.lower_ for t in doc[at[0]:at[1]]) == title:
                named.append(m.key)
                if len(named) == 2:
                    return named
        return []

    def _last_pair(self, i: int, types: tuple[EntityType, ...], leaders: bool | None = None) -> list[str]:
        """The two parties of the last meeting or agreement told up to PAIR_SENTENCES before ``i``: what "the two
        countries" or "kedua pemimpin" refers to (:meth:`_pair_of`). A leader's title ("kedua kepala negara") takes
        a pair of two known leaders first, then one whose people have no other title ("Jokowi dan Ibu Negara
        Iriana disambut Presiden Ruto": Jokowi and Ruto)."""
        for strict in (True, False) if leaders else (False,):
            for ev in self._recent_symmetric(i, PAIR_SENTENCES):
                pair = self._pair_of(ev, types, leaders, strict=strict)
                if pair:
                    return pair
        return []

    def _pair_named_in_sentence(self, i: int, types: tuple[EntityType, ...], leaders: bool | None) -> list[str]:
        """The pair of the last meeting or agreement told before the sentence of ``i`` one of whose parties that
        sentence names before the phrase ("Rubio and Lavrov held talks … Zelenskiy met Erdogan. Lavrov said the two
        sides had agreed …", "India's foreign ministry said the two countries had agreed"): the sentence speaks of
        its own party's pair, however far back it was told; [] when the sentence names none."""
        view, context = self.view, self.context
        start = view.doc[i].sent.start
        here = {m.key for m in view.mentions if start <= m.start < i}
        if not here:
            return []
        for ev in reversed(self.events):
            if not ev.kind.traits.symmetric or ev.sentence.start >= start:
                continue
            sides = {a for agent in ev.agents for a in (agent, context.leader_of.get(agent),
                                                         context.person_country.get(agent)) if a}
            if sides & here and (pair := self._pair_of(ev, types, leaders)):
                return pair
        return []

    def _pair_of(self, ev: EventDraft, types: tuple[EntityType, ...], leaders: bool | None, *,
                 strict: bool = False) -> list[str]:
        """The two parties of the symmetric event ``ev`` as a plural phrase of ``types`` refers to them (the countries
        two leaders lead, for "the two countries"); [] when they are not two, include a go-between ("Qatar met
        Hamas"), or are people of another class of title than ``leaders`` asks: with True (a leader's title: "kedua
        kepala negara") no one may be titled otherwise (with ``strict``: both must be known leaders), with False (a
        minister's: "kedua menteri") no one may be a leader (:meth:`_leads`)."""
        if len(ev.agents) != 2 or self._go_betweens().intersection(ev.agents):
            return []
        persons = [a for a in ev.agents if self._entity_type(a) is EntityType.PERSON]
        # with ``strict`` a person must be known to hold the asked class; else only the other class is refused
        if leaders is not None and any(self._leads(a) is not leaders if strict else self._leads(a) is (not leaders)
                                       for a in persons):
            return []
        if all(self._entity_type(a) in types for a in ev.agents):
            return list(ev.agents)
        # "Trump dan Xi bertemu … kedua negara sepakat": the countries the two leaders of the pair lead
        # (what they lead must be of those types: a speaker of parliament leads no country)
        led = [self.context.leader_of.get(a) for a in ev.agents]
        if EntityType.COUNTRY in types and all(led) and led[0] != led[1] \
                and all(self._entity_type(c) in types for c in led if c):
            return [c for c in led if c]
        return []

    def _leads(self, person: str) -> bool | None:
        """Whether the person leads something: True when the document makes them a leader or names them with a
        leader's title ("Prime Minister Fumio Kishida", "Presiden Joko Widodo"), False when it names them with
        another title only ("Menteri Pertahanan Sjafrie"), None when it gives them no title ("Felix Tshisekedi")."""
        if person in self.context.leader_of:
            return True
        view, doc = self.view, self.view.doc
        titled = None
        for m in view.mentions:
            if m.key == person and (at := view.title_before(m, doc[m.start].sent)) is not None:
                if tuple(t.lower_ for t in doc[at[0]:at[1]]) in self.res.leader_titles:
                    return True
                titled = False
        return titled

    def _go_betweens(self) -> frozenset[str]:
        """The document's mediators and brokers (:func:`kg.extract.go_betweens.go_betweens`), found once."""
        found = self.__dict__.get("_go_between_keys")
        if found is None:
            found = go_betweens(self.view, self.res.go_between_words, self.res.preps.agent, self.res.relative)
            self.__dict__["_go_between_keys"] = found
        return found

    def _pair_title_class(self, i: int) -> bool | None:
        """Whether the plural phrase at ``i`` names its pair by a leader's title ("kedua kepala negara", "the two
        presidents": True), by an official's ("kedua menteri", "the two ministers": False), or by neither (None). An
        English plural head is read in the singular ("ministers", "heads of state")."""
        doc = self.view.doc
        n = match_phrase_at(doc, i, self.res.plural_anaphora.get(EntityType.PERSON, frozenset()), 5, len(doc))
        words = [t.lower_ for t in doc[i + 1:i + n]]
        while words and words[0] in self.res.quantifiers:
            words = words[1:]  # "the two ministers": the title follows the count
        if not words:
            return None
        singular = [self.res.singular(w) if k in (0, len(words) - 1) else w for k, w in enumerate(words)]
        if tuple(singular) in self.res.generic_titles or tuple(words) in self.res.generic_titles:
            return None  # "the two leaders", "kedua pemimpin": said of ministers heading their delegations too
        for title in (tuple(words), tuple(singular), (*singular[:-1], words[-1]), (words[0], *singular[1:])):
            if title in self.res.leader_titles:
                return True
            if title in self.res.official_titles:
                return False
        return None

    def _plural_phrase(self, i: int, end: int) -> tuple[EntityType, ...]:
        """The types of the entities a plural phrase at ``i`` refers to: "kedua pihak" (both sides) may be countries
        or organisations, so a phrase may be listed under several types."""
        doc = self.view.doc
        if doc[i].lower_ not in self.plural_openers:
            return ()
        found = {EntityType(type_name): match_phrase_at(doc, i, phrases, 5, end)
                 for type_name, phrases in self.res.plural_anaphora.items()}
        longest = max(found.values())
        if not longest:
            return ()
        if i + longest < end and doc[i + longest].lower_ in self.res.preps.of:
            return ()  # "the presidents of Chile and Peru": the countries are named, no one told before
        phrase = tuple(t.lower_ for t in doc[i:i + longest])
        if phrase in self.pair_prefixes and not self._verb_at(i + longest, doc[i].sent.end):
            return ()  # "the two" stands alone before a verb ("the two signed …"), not in "the two banks"
        return tuple(kind for kind, n in found.items() if n == longest)  # "the two countries" is no "the two"

    def _verb_at(self, j: int, end: int) -> bool:
        """Token ``j`` can open a predicate: an adverb or auxiliary, a light verb or a trigger's first word."""
        low = self.view.doc[j].lower_ if j < end else ""
        return low in self.before_verb or low in self.res.light_verbs or low in self.res.passive_auxiliaries \
            or low in self.by_first

    def _plural_left(self, i: int, sent: Span) -> list[str]:
        """ "kedua pemimpin … sepakat": a plural phrase among the few words before the trigger."""
        lo = i - 1
        while lo > sent.start and i - lo < 12 and not (self.view.doc[lo - 1].is_punct
                                                       and self.view.doc[lo - 1].text not in QUOTES):
            lo -= 1
        for k in range(lo, i):
            if group := self._counted_group(k, i):
                return group  # "the three countries signed …"
            types = self._plural_phrase(k, i)
            if types:
                return self._recent_persons(k, types)
        return []

    def _plural_right(self, end: int, sent: Span) -> list[str]:
        """ "diskusi tatap muka antara kedua pemimpin"."""
        for k in range(end, min(sent.end, end + 3)):
            if group := self._counted_group(k, sent.end):
                return group  # "signed by the three countries"
            types = self._plural_phrase(k, sent.end)
            if types:
                return self._recent_persons(k, types)
        return []

    def _recent_visitor(self, sent: Span, *, same_sentence: bool = False) -> list[str]:
        """During a visit, the visitor acts: "Events scheduled for the visit include meeting with …" (the visit told
        at most 200 words before; in ``sent`` itself with ``same_sentence``)."""
        for ev in reversed(self.events):
            if ev.kind.traits.destination and ev.agents and sent.start - ev.sentence.start <= 200 \
                    and (not same_sentence or ev.sentence == sent):
                return [ev.agents[0]]
        return []

    def _entity_type(self, key: str) -> EntityType | None:
        for m in self.view.mentions:
            if m.key == key:
                return m.type
        return None
