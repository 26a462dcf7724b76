"""Typing a run (:class:`NameClassifier`): the decisions, in order.

A run is cleaned of titles, cue words, nationalities and sentence-initial common words at its front and glue at
its end, split where it holds several names (a holder and a title, a coordination, a name "of" a known body), and
typed by its head word (:mod:`~kg.nlp.names.shapes`), by the words around it (:mod:`~kg.nlp.names.cues`), by
shape (an acronym is an organisation) and, last, by the default that a run of two to four capitalised words in
news is a person's name. One word alone that nothing types stays weak, for coreference to claim.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.names.state import NameState
from kg.nlp.tokens import QUOTES, is_acronym, is_capitalised, match_phrase_at, sentence_initial
from kg.text import normalise

PORTFOLIO_TITLE_WORDS = 3  # a title's own portfolio phrase before a coordinator: "(Minister) for Trade (and …)"
NAME_PARTS_AFTER = 2  # unknown words that may still follow a person's known or given-name start ("Teddy Indra Wijaya")


class NameClassifier(NameState):
    def _classify(self, doc: Doc, sent_start: int, start: int, end: int, known_at: dict,
                  new: list[Span], weak: list[Span], overridden: set) -> None:
        res = self.res
        person_cue = self._apposed_to_title(doc, start, sent_start, known_at) \
            or self._title_held_for_before(doc, start, sent_start, known_at) \
            or self._titled_in_apposition_after(doc, start, end, known_at)
        # Strip cue words, titles, demonyms and sentence-initial common words from the front.
        i = self._past_coordinated_portfolio(doc, start, end, sent_start, known_at)
        person_cue = person_cue or i > start
        local = False  # a local office's title ("Wali Kota", "Mayor of"): the city after it is its place, no given name
        while i < end:
            tok = doc[i]
            if (region_end := self._compass_region_end(doc, i, end, known_at)):
                # "North Darfur", "Kivu Utara": a point of the compass and an unknown name are a region
                new.append(self._span(doc, i, region_end, EntityType.PLACE, method="names-compass-region"))
                if region_end < end:
                    self._classify(doc, sent_start, region_end, end, known_at, new, weak, overridden)
                return
            if i in known_at:
                break
            n = match_phrase_at(doc, i, res.titles, res.max_title_len, end) or self._honorific_at(doc, i, end)
            if n and i == start and self._only_heads_after(doc, i + n, end):
                break  # "General Dynamics", "General Motors": a title only a body's head word follows opens its name
            if n:
                person_cue = True
                words = tuple(t.lower_ for t in doc[i:i + n])
                local = local or words in res.local_titles \
                    or (words[:-1] in res.local_titles and words[-1] in res.preps.of)
                i += n
                # "Menteri Luar Negeri X", "Menteri Ketenagakerjaan X": the portfolio belongs to the title
                while i < end and self._title_word(doc[i].lower_) and i not in known_at:
                    i += 1
                i += self._title_words_before_owner(doc, i, end, known_at)
                i += self._held_portfolio(doc, i, end, known_at)  # "Minister for Trade and Economic Affairs X"
                continue
            low = tok.lower_.rstrip(".")
            if i == start and person_cue and self._title_word(tok.lower_) and i + 1 < end:
                # "… untuk HAM Volker Turk", "… untuk Hak Asasi Manusia Volker Turk": the portfolio a post is
                # held for, then its holder
                while i + 1 < end and self._title_word(doc[i].lower_) and i not in known_at:
                    i += 1
                continue
            if low in res.person_cues or tok.lower_ in res.person_cues:
                person_cue = True
                i += 1
                continue
            body_end = self._body_of_country_end(doc, i, end, known_at)
            if body_end:
                # "the Government of Chile": the body that governs a country, named by it
                span = known_at[body_end - 1]
                overridden.add((span.start, span.end))
                new.append(self._span(doc, i, body_end, EntityType.ORGANIZATION, method="names-body-of-country"))
                if body_end < end:
                    self._classify(doc, sent_start, body_end, end, known_at, new, weak, overridden)
                return
            if (self._nationality(tok) and not self._national_body(doc, i, end)
                    and not self._repeats_family_name(tok, sent_start, [*new, *known_at.values()])) \
                    or (low in res.not_names and not self._titles_instrument(doc, i, end)) \
                    or low in res.former_words:
                i += 1
                continue
            if (n := self._opening_org_cue(doc, i, sent_start, end, known_at)):
                i += n  # "Pemberontak M23 merebut …": the cue a sentence opens with says what the name after it is
                continue
            if sentence_initial(doc, i, sent_start) and (low in self.common or low in self.time_openers) \
                    and not self._head_opens_name(doc, i, end, known_at) \
                    and not self._written_inside(doc, i, end, known_at) \
                    and not self._opens_head_final_org(doc, i, end, known_at) \
                    and not self._repeats_family_name(tok, sent_start, [*new, *known_at.values()]):
                i += 1
                continue
            if doc[i].is_punct or doc[i].text in QUOTES:
                i += 1
                continue
            break
        while end > i and (doc[end - 1].lower_ in res.inner_name_words or doc[end - 1].lower_ in res.name_connectors
                           or doc[end - 1].text == "-") and not self._acronym_slash(doc, end - 2, end, known_at):
            end -= 1
        # a trailing not-name word ("Senin" after a name) is cut off
        while end > i and doc[end - 1].lower_ in res.not_names and end - 1 not in known_at \
                and not self._acronym_slash(doc, end - 2, end, known_at) \
                and not self._domain_ends_body(doc, i, end):
            end -= 1
        if i >= end:
            return
        if self._dateline_source(doc, i, end) and any(k in known_at for k in range(i, end)):
            # "Jakarta, CNN Indonesia --": the paper of a dateline, whatever names its words hold
            overridden.update((known_at[k].start, known_at[k].end) for k in range(i, end) if k in known_at)
            new.append(self._span(doc, i, end, EntityType.ORGANIZATION, method="names-dateline-source"))
            return
        span_known = known_at.get(i)
        if span_known is not None and span_known.start == i and span_known.end == end:
            return  # the whole run is a gazetteer name
        named = self._after_described_class(doc, i, end, known_at)
        if named:
            # "Organisasi HAM Amnesty International": a class noun and what it works on describe the name after them
            new.append(self._span(doc, named, end, EntityType.ORGANIZATION, method="names-org-cue"))
            return
        # a title word inside the head of a body's name is the head's ("Konsulat Jenderal Jepang")
        for t in range(i + max(1, match_phrase_at(doc, i, res.org_heads, self.head_len, end)), end - 1):
            n = match_phrase_at(doc, t, res.titles, res.max_title_len, end)
            if n and t + n < end and is_capitalised(doc[t + n]) and doc[t + n].lower_ not in res.name_suffixes \
                    and not match_phrase_at(doc, t + n, res.titles, res.max_title_len, end) \
                    and not (self._only_heads_after(doc, t + n, end) and doc[t - 1].lower_ not in res.coordination):
                # "U.S. Secretary of State Antony Blinken": holder, title, then the person; a title only a body's
                # head words follow is the body's ("Reconnaissance General Bureau") unless a coordinator before it
                # opens a second name ("Lockheed Martin and General Dynamics")
                self._classify(doc, sent_start, i, t, known_at, new, weak, overridden)
                self._classify(doc, sent_start, t, end, known_at, new, weak, overridden)
                return
        for k in range(i + 1, end - 1):
            if doc[k].lower_ in res.coordination and k not in known_at and (k - 1 in known_at or k + 1 in known_at):
                # "The European Union and Vietnam": two names, not one
                self._classify(doc, sent_start, i, k, known_at, new, weak, overridden)
                self._classify(doc, sent_start, k + 1, end, known_at, new, weak, overridden)
                return
        of_body = self._name_of_body(doc, i, end, known_at)
        if of_body is not None:
            # "Kenji Tanaka of the Bank of Japan": a name, then the known body it belongs to; the body is kept
            self._classify_piece(doc, sent_start, i, of_body, person_cue, known_at, new, weak)
            return
        head_type = self._head_type(doc, i, end, known_at)
        if head_type in (EntityType.ORGANIZATION, None) and not person_cue:
            # a leader-body word need not be an organisation head ("Pemerintahan" is not one in Indonesian)
            leader = self._leader_of_body(doc, i, end, known_at)
            if leader is not None:
                # "the Carter Administration": the government a leader heads, named after the leader
                new.append(self._span(doc, *leader, EntityType.PERSON, method="names-leader-body"))
                return
            if head_type is None and self._named_body_of_leaders(doc, i, end, known_at):
                # "Kabinet Merah Putih", "Kabinet Indonesia Maju": named by what it stands for, not by a leader
                overridden.update((known_at[k].start, known_at[k].end) for k in range(i, end) if k in known_at)
                new.append(self._span(doc, i, end, EntityType.ORGANIZATION, method="names-named-body"))
                return
        holder = known_at.get(i)
        if (head_type is EntityType.ORGANIZATION and (person_cue or self._title_before(doc, start, sent_start))
                and holder is not None and holder.start == i
                and holder.label_ == EntityType.ORGANIZATION.value and 1 <= end - holder.end <= 4
                and all(known_at[k].label_ == EntityType.PERSON.value for k in range(holder.end, end) if k in known_at)
                and self._head_type(doc, holder.end, end) is None):
            # "Juru bicara Uni Eropa Anna Berg": a title, the body it serves, then the person
            self._classify_piece(doc, sent_start, holder.end, end, True, known_at, new, weak)
            return
        owner_end = self._owner_after_cue_end(doc, i, end, known_at)
        if owner_end:
            # "Perusahaan Korea Selatan Hyundai": a class noun and the owner's name describe the name after them
            # (a name the gazetteer knows there stays as it is)
            if owner_end not in known_at:
                self._classify(doc, sent_start, owner_end, end, known_at, new, weak, overridden)
            return
        if head_type is EntityType.ORGANIZATION and (person_cue or self._title_before(doc, start, sent_start)) \
                and (name_start := self._name_after_portfolio_body(doc, i, end, known_at)) is not None:
            # "Juru bicara Kementerian Kesehatan Budi Rahardjo": a title, the body it serves, then the person
            self._classify(doc, sent_start, i, name_start, known_at, new, weak, overridden)
            self._classify_piece(doc, sent_start, name_start, end, True, known_at, new, weak)
            return
        if head_type is EntityType.ORGANIZATION:
            for k in range(end - 1, i, -1):
                known = known_at.get(k)
                if known is not None and known.label_ == EntityType.PERSON.value and known.end == end:
                    continue  # "Partai Komunis Vietnam To Lam": the holder's name is one the gazetteer knows
                owner = known is not None and (known.label_ == EntityType.COUNTRY.value or (
                    known.label_ == EntityType.ORGANIZATION.value
                    and (person_cue or self._title_before(doc, start, sent_start))))
                if owner and 2 <= end - known.end <= 3 and self._head_type(doc, known.end, end) is None:
                    # "Kementerian Luar Negeri China Mao Ning": the body, then its spokesperson's name; after a title,
                    # a body whose name ends in one the gazetteer knows ("Kepala Biro Humas Setjen Kemhan X")
                    self._classify(doc, sent_start, i, known.end, known_at, new, weak, overridden)
                    if known.end not in known_at:
                        self._classify_piece(doc, sent_start, known.end, end, True, known_at, new, weak)
                    return
                if known is not None:
                    break
        if head_type is EntityType.TREATY and self._unnumbered_instrument_of_body(doc, i, end, known_at):
            return  # "Resolusi Dewan Keamanan PBB", "a Security Council Resolution": the body is the name here
        if head_type is EntityType.TREATY and end - i >= 3 and doc[i].lower_ in res.treaty_act_nouns \
                and self._head_type(doc, i + 1, end, known_at) is EntityType.TREATY:
            i += 1  # "(Undang-Undang tentang) Pengesahan Persetujuan …": the act done to the instrument is no name
        owner = known_at.get(i)
        if head_type is EntityType.ORGANIZATION and owner is not None and owner.start == i and owner.end < end \
                and owner.label_ == EntityType.COUNTRY.value and res.head_initial \
                and not all((t.lower_,) in res.org_heads for t in doc[owner.end:end]) \
                and self._org_cue_before_owner(doc, owner.end, sent_start, known_at):
            # "perusahaan Rusia Zolotar Marine Logistics": the cue and the owner describe the name after them; in
            # English the owner comes before the cue, so "the company Myanmar Economic Corporation" is one name. A
            # head word alone after the country names nothing by itself: "maskapai Iran Air" is one name
            self._classify_piece(doc, sent_start, owner.end, end, person_cue, known_at, new, weak)
            return
        if head_type is not None and end - i >= 2:
            for k in range(i, end):
                if k in known_at:
                    overridden.add((known_at[k].start, known_at[k].end))
            new.append(self._span(doc, i, end, head_type))
            return
        glue = sum(1 for t in doc[i:end] if t.lower_ in res.inner_name_words and t.lower_ not in res.coordination
                   and t.i not in known_at)
        if glue and end - i >= 5:
            return  # "Review of Cooperation and Future Direction ASEAN": the title of an agenda item, not a name
        conj = [k for k in range(i, end) if doc[k].lower_ in res.coordination and k not in known_at]
        if conj:
            # "Presiden Jokowi dan Presiden Obama": two names, each with its own cue
            bounds = [i - 1, *conj, end]
            for lo, hi in pairwise(bounds):
                if hi - lo > 1:
                    self._classify(doc, sent_start, lo + 1, hi, known_at, new, weak, overridden)
            return
        # Split around gazetteer names; what remains are unknown names.
        k = i
        while k < end:
            if not local and self._city_before_family_name(doc, k, end, known_at) and (
                    person_cue or self._titled_in_apposition_after(doc, known_at[k].end, end, known_at)):
                # "Vice President Rosario Murillo", "Milan Radoicic, a vice president of …": a title before or in
                # apposition after says the run is a person's name, so the city opening it is the given name
                overridden.add((known_at[k].start, known_at[k].end))
                new.append(self._span(doc, k, end, EntityType.PERSON, method="names-city-given-name"))
                k = end
                continue
            if (place_end := self._building_in_city_end(doc, k, end, known_at)):
                # "Istana Kepresidenan Bogor": a building named generically, then the city that says which one
                overridden.update((known_at[x].start, known_at[x].end) for x in (k, place_end - 1))
                new.append(self._span(doc, k, place_end, EntityType.PLACE, method="names-building-in-city"))
                k = place_end
                continue
            if k in known_at:
                k = max(k + 1, known_at[k].end)
                continue
            m = k
            while m < end and m not in known_at:
                m += 1
            surname = self._surname_after_given_names(doc, k, m, known_at, person_cue) \
                or self._place_after_connector(doc, k, m, end, known_at)
            if surname is not None:
                # "Budi Santoso", "George Washington": given names, then a word the gazetteer knows alone
                overridden.add((surname.start, surname.end))
                more = self._name_goes_on(doc, surname, end, known_at)
                new.append(self._span(doc, k, surname.end + more, EntityType.PERSON, method="names-given-name"))
                k = surname.end + more
                continue
            self._classify_piece(doc, sent_start, k, m, person_cue, known_at, new, weak)
            k = m


    def _only_heads_after(self, doc: Doc, k: int, end: int) -> bool:
        """Only a body's head words stand from ``k`` to the run's end ("Dynamics", "Bureau"): a title word before
        them is a word of the body's name ("General Dynamics", "Reconnaissance General Bureau"), no person's title."""
        return k < end and all((t.lower_,) in self.res.org_heads for t in doc[k:end])

    def _national_body(self, doc: Doc, i: int, end: int) -> bool:
        """The nationality at ``i`` opens the name of a body that keeps it ("the Sudanese Armed Forces", "the
        Russian Direct Investment Fund": ``national_body_heads`` end the run ``[i, end)``), not a country's office
        that it only says the owner of ("the Russian Foreign Ministry")."""
        return end - i >= 3 and any(tuple(t.lower_ for t in doc[end - len(h):end]) == h
                                    for h in self.res.national_body_heads if end - len(h) > i)
    def _domain_ends_body(self, doc: Doc, i: int, end: int) -> bool:
        """The run [i, end) opens with an organisation's head word and ends in a word of the domain it governs
        ("Dewan Keamanan Nasional", "Badan Intelijen Nasional"): that word ends the body's name, though alone it
        is no name ("Nasional")."""
        return end - i >= 3 and doc[end - 1].lower_ in self.res.role_modifiers \
            and bool(match_phrase_at(doc, i, self.res.org_heads, self.head_len, end - 1))

    def _name_goes_on(self, doc: Doc, person: Span, end: int, known_at: dict) -> int:
        """How many words after ``person``, a given name and a family name the gazetteer knows alone ("Teddy
        Indra"), still belong to the name up to ``end`` of the capitalised run: in a head-initial language one or
        two unknown capitalised words right after it continue it ("Teddy Indra Wijaya": Indonesian names have
        three or four parts). Never a known name, a common word, a nationality, a weekday or month ("kata Budi
        Santoso Senin"), a title word. (A person the gazetteer knows whole keeps its name and link.)"""
        if not self.res.head_initial or person.label_ != EntityType.PERSON.value:
            return 0
        k = person.end
        while k < end and k - person.end < NAME_PARTS_AFTER and k not in known_at:
            tok = doc[k]
            low = tok.lower_
            if not (tok.is_alpha and tok.text.istitle()) or low in self.common or low in self.time_openers \
                    or self._nationality(tok) or self._title_word(low):
                break
            k += 1
        return k - person.end if k == end else 0

    def _place_after_connector(self, doc: Doc, k: int, m: int, end: int, known_at: dict) -> Span | None:
        """The place or country the gazetteer knows at ``m``, when unknown capitalised words and a name
        connector stand before it ("Abdulaziz bin Turki", "Faisal bin Farhan"), or the group's name joined to such a
        particle by a hyphen ("Abdulkhaliq al-Houthi"): a word of a person's name, which the connector binds to the
        given name — no place, no group."""
        known = known_at.get(m)
        if known is None or m >= end or known.start != m or m - k < 2:
            return None
        labels = {EntityType.PLACE.value, EntityType.COUNTRY.value}
        connector = m - 1
        if doc[m - 1].text == "-" and m - k >= 3 and not doc[m - 2].whitespace_ and not doc[m - 1].whitespace_:
            # "Abdulkhaliq al-Houthi": a particle joined by a hyphen binds even a group's name into the surname
            connector, labels = m - 2, labels | {EntityType.ORGANIZATION.value}
        if doc[connector].lower_ not in self.res.name_connectors or known.label_ not in labels:
            return None
        given = doc[k:connector]
        # the given names, one hyphened name among them ("Abdul-Malik al-Houthi")
        return known if all((is_capitalised(t) and t.is_alpha) or (t.text == "-" and not t.whitespace_)
                            for t in given) and is_capitalised(given[0]) else None

    def _titles_instrument(self, doc: Doc, i: int, end: int) -> bool:
        """The run [``i``, ``end``) is an instrument's title, a treaty head ending it, a capitalised word after its
        first ("North Atlantic Treaty"): that word belongs to it even where alone it is no name ("North"); not
        "Under the Osaka Accord"."""
        return i + 1 < end and is_capitalised(doc[i]) and is_capitalised(doc[i + 1]) and any(
            match_phrase_at(doc, h, self.res.treaty_heads, self.head_len, end) == end - h for h in range(i + 1, end))

    def _past_coordinated_portfolio(self, doc: Doc, start: int, end: int, sent_start: int, known_at: dict) -> int:
        """Where the name starts after the portfolio words opening the run at ``start`` when a coordination joins
        them to a title's portfolio before it: "Menteri Energi dan (Sumber Daya Mineral) X", "Menteri Pemuda dan
        (Olahraga) X" — the title goes on past "dan"; else ``start``."""
        if start - 2 < sent_start or doc[start - 1].lower_ not in self.res.coordination \
                or not (is_capitalised(doc[start - 2]) and self._title_word(doc[start - 2].lower_)):
            return start
        i = start
        while i < end - 1 and self._title_word(doc[i].lower_) and i not in known_at:
            i += 1
        return i

    def _title_words_before_owner(self, doc: Doc, i: int, end: int, known_at: dict) -> int:
        """How many capitalised words at ``i``, right after a title, still belong to it: one or two unknown words
        between the title and the country or body that owns it, with the holder's name after that owner ("Kepala
        Staf Gabungan Yordania X", "Komandan Pasukan Khusus Filipina") — no name stands between a title and its
        owner; 0 where no owner follows them so."""
        w = i
        while w < end and w - i < 2 and w not in known_at and doc[w].is_alpha and is_capitalised(doc[w]) \
                and (doc[w].lower_,) not in self.res.org_heads:  # "Ketua Partai Pekerja Brasil": a body's name
            w += 1
        owner = known_at.get(w)
        if w == i or owner is None or owner.start != w \
                or owner.label_ not in (EntityType.COUNTRY.value, EntityType.ORGANIZATION.value):
            return 0
        return w - i

    def _held_portfolio(self, doc: Doc, i: int, end: int, known_at: dict) -> int:
        """How many words at ``i``, right after a title, name the portfolio it is held for: a preposition of
        ``portfolio_prepositions`` and capitalised common or title words, coordinated at most ("for Trade and
        Economic Affairs", "untuk Urusan Iklim") — when the holder's name still follows them in the run; else 0."""
        res = self.res
        if i < end and doc[i].lower_ in res.portfolio_prepositions:
            k = i + 1
        elif i > 0 and any(t.lower_ in res.portfolio_prepositions for t in doc[max(0, i - PORTFOLIO_TITLE_WORDS):i]):
            k = i  # "Minister for Trade (and Industry)": the title's own portfolio goes on past the coordinator
        else:
            return 0
        while k < end and k not in known_at:
            if is_capitalised(doc[k]) and self._portfolio_word(doc[k].lower_):
                k += 1
            elif doc[k].lower_ in res.coordination and is_capitalised(doc[k - 1]) and k + 1 < end and \
                    k + 1 not in known_at and is_capitalised(doc[k + 1]) and self._portfolio_word(doc[k + 1].lower_):
                k += 1  # "for Trade and Economic Affairs": the portfolio's conjuncts
            else:
                break
        holder = k < end and (k in known_at or (is_capitalised(doc[k]) and doc[k].lower_ not in self.common))
        return k - i if k > i + 1 and holder else 0

    def _portfolio_word(self, low: str) -> bool:
        """A word of a portfolio's name: a common word ("Trade", "Affairs") or a title word ("Perdagangan")."""
        return low in self.common or self._title_word(low)

    def _title_word(self, low: str) -> bool:
        """A word that continues a title rather than opening the name after it: a modifier ("luar negeri") or
        a minister's portfolio ("Ketenagakerjaan", "Perdagangan")."""
        return low in self.res.role_modifiers or low in self.res.portfolio_words

    def _hyphened_particle(self, doc: Doc, i: int, end: int) -> bool:
        """A capitalised particle joined by a hyphen, with no space, to the capitalised word after it opens a name of
        two words or more: "Al-Harith Idriss" (the particle alone inside a name, "bin", "al", is glue; a single word
        after it, "Al-Shabaab", is read as before)."""
        return i + 3 < end and doc[i].lower_ in self.res.name_connectors and is_capitalised(doc[i]) \
            and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
            and is_capitalised(doc[i + 2]) and is_capitalised(doc[i + 3])

    def _country_short_name(self, doc: Doc, i: int, found: list[Span]) -> Span | None:
        """The one word at ``i`` ends the name of a country the document names in several words ("Kongo" after
        "Republik Demokratik Kongo", "Congo" after "the Democratic Republic of Congo"): the country named short, as a
        country of those candidates (the gazetteer drops such short names: "Congo" and "Korea" are two countries'),
        never a person. None when no country named so ends in it."""
        word = doc[i].lower_
        countries = [s for s in found if s.label_ == EntityType.COUNTRY.value and len(s) > 1
                     and s[-1].lower_ == word and s.start != i]
        if not countries:
            return None
        span = self._span(doc, i, i + 1, EntityType.COUNTRY, method="names-country-short-name")
        span._.kg_candidates = tuple(dict.fromkeys(c for s in countries for c in s._.kg_candidates))
        return span

    def _opening_particle(self, doc: Doc, i: int, end: int) -> bool:
        """A capitalised particle written apart before a capitalised word of the piece opens its name: "El Fasher",
        "Al Hudaydah", "Abu Fadak al-Mohammadawi", "Van Rompuy" (lower case, "bin", "al", it is glue inside a name)."""
        return i + 1 < end and doc[i].lower_ in self.res.name_connectors and doc[i].text[:1].isupper() \
            and doc[i].is_alpha and doc[i].whitespace_ != "" and is_capitalised(doc[i + 1]) and doc[i + 1].is_alpha

    def _classify_piece(self, doc: Doc, sent_start: int, start: int, end: int, person_cue: bool,
                        known_at: dict, new: list[Span], weak: list[Span]) -> None:
        res = self.res
        while start < end and (doc[start].is_punct or doc[start].lower_ in res.inner_name_words
                               or doc[start].lower_ in res.name_connectors) \
                and not self._hyphened_particle(doc, start, end) and not self._opening_particle(doc, start, end):
            start += 1
        # "ZLMF/DE", "ZLMF/ON": an acronym's second piece after its slash is no glue word, whatever it spells
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in res.inner_name_words) \
                and not self._acronym_slash(doc, end - 2, end, known_at):
            end -= 1
        if start >= end:
            return
        tokens = doc[start:end]
        if self._dateline_source(doc, start, end):
            # "JAKARTA, KOMPAS.com -": the agency or paper of a wire dateline, whatever its spelling
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION, method="names-dateline-source"))
            return
        words = [t for t in tokens if not t.is_punct]
        if not words or not any(any(c.isalpha() for c in t.text) for t in words):
            return
        n = match_phrase_at(doc, start, res.titles, res.max_title_len, end) or self._honorific_at(doc, start, end)
        if n:
            # "UN Secretary-General Antonio Guterres", "Yang Mulia X": a title or honorific cues a person
            k = start + n
            while k < end and self._title_word(doc[k].lower_):
                k += 1
            self._classify_piece(doc, sent_start, k, end, True, known_at, new, weak)
            return
        left = doc[start - 1] if start > sent_start else None
        if left is not None and self._speaker_phrase_before(doc, start, sent_start):
            left = None  # "according to Helmut Brandt": who speaks, not where to
            if len(words) == 1 and not person_cue and words[0].lower_ not in self.common \
                    and not self._nationality(words[0]) and not is_acronym(words[0]):
                new.append(self._span(doc, start, end, EntityType.PERSON, method="names-speaker"))
                return
        prev_known = known_at.get(start - 1)
        # A short piece glued to an acronym continues it: "ASEAN Plus Three".
        if (prev_known is not None and prev_known.label_ == EntityType.ORGANIZATION.value and not person_cue
                and prev_known.text.isupper() and len(words) <= 2
                and not any(res.singular(t.lower_) in self.title_words for t in words)):
            new.append(self._span(doc, prev_known.start, end, EntityType.ORGANIZATION))
            return
        if not person_cue and (self._org_cue_before(doc, start, sent_start)
                               or self._org_cue_before_owner(doc, start, sent_start, known_at)
                               or self._org_cue_after(doc, start, end)
                               or self._listed_after_org_noun(doc, start, sent_start, end, known_at)
                               or (end - start == 1 and normalise(doc[start].text) not in self.surnames
                                   and self._listed_after_org_cue(doc, start, sent_start, known_at, new))):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION, method="names-org-cue"))
            return
        if len(words) == 1:
            tok = words[0]
            text = tok.text
            if not tok.is_alpha:
                return  # "M23", "MH17": letters and digits name a group only with a cue (above), else a thing
            if (tok.lower_ in self.common or self._nationality(tok)) \
                    and self._repeats_family_name(tok, sent_start, [*new, *known_at.values()]):
                # "Penny Wong … Wong tiba di Jakarta", "Volker Turk … Turk said": the family name of a person named
                # before, though a common word or a nationality
                new.append(self._span(doc, start, end, EntityType.PERSON, method="names-family-name-again"))
                return
            if self._bare_body(doc, start, sent_start, [*new, *known_at.values()]):
                # "The Council today adopted …": a release names its own body by the head word alone
                new.append(self._span(doc, start, end, EntityType.ORGANIZATION, method="names-bare-body"))
                return
            if tok.lower_ in self.common or self._nationality(tok):
                return
            if (short := self._country_short_name(doc, start, [*new, *known_at.values()])) is not None:
                new.append(short)  # "Republik Demokratik Kongo … Presiden Kongo X": the country named again, short
            elif (place := self._dateline_place(doc, start)) is not None:
                new.append(place)  # "BEIJING, Jan 3 (Reuters) -": the place a wire dateline opens with, in capitals
            elif is_acronym(tok) and len(text) <= 8:
                new.append(self._span(doc, start, end, EntityType.ORGANIZATION))
            elif person_cue:
                new.append(self._span(doc, start, end, EntityType.PERSON))
            elif self._target_not_person(tok, sent_start, [*new, *known_at.values()]):
                # "blacklisted Belavia", "sanctions on Rosneft": one unknown word a sanction targets is a body
                new.append(self._span(doc, start, end, EntityType.ORGANIZATION, method="names-sanction-target"))
            elif (left is not None and left.lower_ in res.preps.direction and left.lower_ not in res.preps.location
                  and normalise(text) in self.surnames):
                # "sent to Erdogan", "surat kepada Albanese": a known person's surname after a preposition of
                # direction is the person; after one of location ("in X") a place keeps its chance
                new.append(self._span(doc, start, end, EntityType.PERSON, method="names-surname"))
            elif left is not None and left.lower_ in (res.preps.location | res.preps.direction) \
                    and not tok.is_sent_start:
                new.append(self._span(doc, start, end, EntityType.PLACE, method="names-after-preposition"))
            elif self._place_noun_before(doc, start, sent_start):
                new.append(self._span(doc, start, end, EntityType.PLACE, method="names-after-place-noun"))
            elif self._speaks_next(doc, end):
                # "Erdogan mengatakan …", "Albanese said …": a one-word name that speaks is a person
                new.append(self._span(doc, start, end, EntityType.PERSON, method="names-speaker"))
            elif self._kin_apposition(doc, start, sent_start):
                # "his daughter, Leila,", "putrinya, Leila,": a relative named in apposition is a person
                new.append(self._span(doc, start, end, EntityType.PERSON, method="names-kin-apposition"))
            elif self._party_of_meeting_verb(tok):
                # "Haddad met Sayegh": the subject and the object of a verb of meeting are people (countries and
                # bodies are known to the gazetteer); a word that is neither stays weak
                new.append(self._span(doc, start, end, EntityType.PERSON, method="names-meeting-party"))
            elif self._known_person_word(tok, sent_start):
                # "Biden met Xi in San Francisco": a word of a known person's name, not opening a sentence
                # unless a verb of ours follows (so "Rice prices rose" names nobody)
                new.append(self._span(doc, start, end, EntityType.PERSON, method="names-surname"))
            else:
                weak.append(self._span(doc, start, end, EntityType.PERSON, method="names-weak"))
            return
        # digits, or a number word opening the name ("38 North", "Five Eyes"); a number word after a given name is
        # a family name ("Maria Lima": "lima" is "five")
        if any(t.like_num and (not t.is_alpha or t.i == start) for t in tokens) or any(is_acronym(t) for t in words):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION))
            return
        if not person_cue and self._meeting_party_after(doc, start, sent_start):
            new.append(self._span(doc, start, end, EntityType.PERSON, method="names-meeting-party"))
            return  # "A courtesy call was paid to Marta Vidal": whom one meets, not where one goes
        if not person_cue and left is not None and left.lower_ in (res.preps.location | res.preps.direction) \
                and not self._sanction_object(doc, start, sent_start):  # "sanctions on Coral Energy": no place
            new.append(self._span(doc, start, end, EntityType.PLACE, method="names-after-preposition"))
            return
        if not person_cue and self._place_noun_before(doc, start, sent_start):
            new.append(self._span(doc, start, end, EntityType.PLACE, method="names-after-place-noun"))
            return
        if all(t.text.isupper() for t in words):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION))
            return
        if sum(t.lower_ not in res.name_connectors for t in words) > 5:
            # long capitalised runs are titles of things (meetings, reports), not names; the particles of a
            # patronymic are no words of it ("Khalid bin Khalifa bin Abdul Aziz Al Thani")
            return
        if res.has_possessive_suffix(words[-1].lower_):
            return  # "Mitra Wicaranya": a possessive suffix marks a common noun, never a name
        if any(t.lower_ in res.org_words for t in words):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION, method="names-org-word"))
            return  # "Islamic Jihad", "Kurdistan Workers Party"
        if self._nationality(words[-1]) and not self._nationality_as_family_name(words):
            return  # "Ethnic Albanians", "Bosnian Serbs": a people, not a person
        if any(self._not_person_word(t, by_suffix=not person_cue) for t in words):
            # "Ministerial Meeting Plenary", "Regional Issues": the title of an event, not a person — but a titled
            # name is one whatever its ending ("Menteri Dalam Negeri Saifuddin Nasution")
            return
        if all(t.lower_ in self.common for t in words):
            return  # "Mitra Wicaranya": capitalised common words are not a person's name
        new.append(self._span(doc, start, end, EntityType.PERSON))

    def _nationality_as_family_name(self, words: Span) -> bool:
        """ "Volker Turk", "Mehmet Kurd": a singular nationality after a given name — a capitalised word that is
        neither a nationality nor a common word — is a family name, where a plural one ("Bosnian Serbs") or one after
        a common word ("Ethnic Albanians") names a people."""
        if len(words) < 2:
            return False
        last, given = words[-1], words[-2]
        return self.res.singular(last.lower_) == last.lower_ and given.is_title and given.is_alpha \
            and not self._nationality(given) and given.lower_ not in self.common
