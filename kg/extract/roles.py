"""Leadership and office (``leaderOf``, ``officialOf``) from titles around a person's name.

Patterns, in both languages (titles and demonyms come from the language resources):
  TITLE [X] PERSON            "pemimpin Korea Utara Kim Jong Un", "Menlu AS Michael R Pompeo"
  [DEMONYM|X] TITLE[,] PERSON "Egyptian President, Mohamed Morsi", "Chinese President Hu Jintao"
  PERSON, TITLE [of|dari] X   "Retno Marsudi, Menteri Luar Negeri Indonesia"
  TITLE … LEADER, PERSON      "penasihat kebijakan luar negeri Putin, Yuri Ushakov": office in the leader's country
  TITLE [of] X [(ACR)] [who …], PERSON
                              "the President of Peru, X", "Menteri Pertahanan Republik Filipina (RP), X",
                              "ketua partai yang memerintah, X": a title phrase in apposition before the name
  TITLE PERSON (no X)         the country comes from the gazetteer's record of the person, if that country
                              is named in the document; for a one-word name ("Presiden Obama"), from the one
                              gazetteer person of that surname whose country the document names (a leader for a
                              leader's title).
The holder is a country or an organisation; a place ("juru bicara Gedung Putih") stands for its country when
the title is an office. A "former" word before the title ("mantan", "former") cancels the fact, and a title
followed by another person's name is that person's ("Ahmad Yani, Menlu Indonesia Retno …").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span

from kg import gazetteer as gazetteer_data
from kg.extract.appositive_roles import AppositiveRoles
from kg.extract.context import ExtractionContext
from kg.extract.datelines import document_dateline, scene_place, subject_scene, travels_to
from kg.extract.heading_verbs import body_headed_by_verb
from kg.extract.role_facts import HOLDERS, RoleFact
from kg.extract.story_country import story_country
from kg.extract.unnamed_offices import UnnamedOffice, ministry_owner, unnamed_offices
from kg.extract.view import DocView, MentionRef
from kg.model import EntityType, RelationKind
from kg.nlp.tokens import is_capitalised, match_phrase_at
from kg.text import normalise

LEADER = "Leader"  # the gazetteer's subtype of heads of state and government
TOLD_UNNAMED = "title-told-unnamed-before"  # the rule of an office the document named before by its owner only
DATELINE = "title-dateline-country"  # the rule of a bare title read as an office of the dateline's country
PRESS = "title-press-country"  # the rule of a bare title read as an office of the press's country (abroad)
STORY = "title-story-country"  # a bare title in a story about one other country's government (story_country.py)


class RoleFinder(AppositiveRoles):
    def __init__(self, view: DocView, context: ExtractionContext) -> None:
        self.view = view
        self.context = context
        self._offices: list[UnnamedOffice] | None = None  # read once, when a title without a holder asks

    def is_generic(self, t_start: int, t_end: int) -> bool:
        return tuple(t.lower_ for t in self.view.doc[t_start:t_end]) in self.view.res.generic_titles

    def title_kind(self, start: int, end: int) -> tuple[RelationKind | None, int, int]:
        """The title phrase inside tokens [start, end): its kind and position (leftmost title wins)."""
        res = self.view.res
        doc = self.view.doc
        for i in range(start, end):
            n = match_phrase_at(doc, i, res.titles, self.view.max_title, end)
            if n:
                phrase = tuple(t.lower_ for t in doc[i : i + n])
                kind = RelationKind.LEADER_OF if phrase in res.leader_titles else RelationKind.OFFICIAL_OF
                if i + n < end and doc[i + n].lower_ in res.portfolio_words:
                    # "kepala kebijakan luar negeri Uni Eropa X": the head of one portfolio serves the body
                    kind = RelationKind.OFFICIAL_OF
                return kind, i, i + n
        return None, -1, -1

    def former(self, start: int, end: int) -> bool:
        return any(t.lower_ in self.view.res.former_words for t in self.view.doc[max(0, start - 2) : end])

    def holder_in(self, start: int, end: int, kind: RelationKind | None = None) -> str | None:
        """A country or organisation named (or adjectivally: a demonym) inside tokens [start, end); for an
        office (``kind`` officialOf), a place of government stands for its country: "juru bicara Gedung Putih"."""
        view = self.view
        for i in range(start, end):
            m = view.at.get(i)
            if m is not None and self._posted_to(m):
                continue  # "Brazilian Ambassador to Japan": Japan is where the post is, not whom it serves
            if m is not None and m.type in HOLDERS:
                return m.key
            if m is not None and m.type is EntityType.PLACE and kind is RelationKind.OFFICIAL_OF \
                    and m.key in self.context.place_country:
                return self.context.place_country[m.key]
            qid = view.demonyms.get(view.doc[i].lower_)
            if qid and qid in self.context.country_key:
                return self.context.country_key[qid]
        return None

    def _posted_to(self, m: MentionRef) -> int | None:
        """Where the preposition of a post stands before ``m`` ("ambassador to Japan", "envoy to the United
        Nations", "Duta Besar untuk Jepang") or of what a post is about ("special rapporteur on Myanmar"): the
        holder of such a post serves another country or body; else None."""
        doc = self.view.doc
        preps = self.view.res.preps
        k = m.start - 1
        while k >= 0 and doc[k].lower_ in self.view.res.articles:
            k -= 1
        if k > 0 and self.view.res.head_initial and (doc[k].lower_,) in self.view.res.place_heads:
            k -= 1  # "Pelapor Khusus PBB untuk wilayah Palestina": a place's class noun before its name
        return k if k > 0 and (doc[k].lower_ in preps.accredited_to or doc[k].lower_ in preps.topic) else None

    def find(self, sentences: list[Span]) -> list[RoleFact]:
        view = self.view
        leaders_of = self.context.known_leaders
        facts: list[RoleFact] = []
        for sent in sentences:
            for m in [m for m in view.mentions if sent.start <= m.start < sent.end]:
                if m.type is not EntityType.PERSON:
                    continue
                before = self._before(m, sent)
                facts.extend(before or self._apposition(m, sent) or self._body_told_before(m, sent)
                             or self._suffixed_title_apposition(m, sent))
                facts.extend(self._after(m, sent))
                if (body := body_headed_by_verb(view, m, sent)) is not None:
                    facts.append(RoleFact(RelationKind.LEADER_OF, m.key, body.key, sent, "head-by-verb", 0.75))
                facts.extend(self._capacity(m, sent))
        # an office told unnamed is one person's: two people given it by their bare titles hold other offices
        told = [f for f in facts if f.rule == TOLD_UNNAMED]
        facts = [f for f in facts
                 if f.rule != TOLD_UNNAMED or len({g.person for g in told if g.holder == f.holder}) == 1]
        facts = [f for f in facts if f.rule != DATELINE or not self._dateline_guess_told_otherwise(f, facts)]
        facts.extend(self._leader_anaphora(sentences, leaders_of))
        facts.extend(self._counterparts(sentences, facts))
        # an office in a government body is an office of its country: "juru bicara Kementerian Luar Negeri Jepang"
        facts.extend(RoleFact(RelationKind.OFFICIAL_OF, f.person, self.context.body_country[f.holder], f.sentence,
                              "office-in-government-body", 0.75)
                     for f in list(facts) if f.holder in self.context.body_country)
        # office in a leader's country: "penasihat … Putin, Yuri Ushakov"
        for fact in list(facts):
            if fact.rule == "role-of-leader":
                facts.remove(fact)
                country = leaders_of.get(fact.holder) or next(
                    (f.holder for f in facts if f.kind is RelationKind.LEADER_OF and f.person == fact.holder), None)
                if country:
                    facts.append(RoleFact(fact.kind, fact.person, country, fact.sentence, "title-of-leader", 0.7))
        # the story's country is the last guess: not for one whose office of that kind the text tells otherwise
        # ("Penasihat Putin, Yuri Ushakov": the leader's country, by its own rule)
        # so are the story's and the press's countries: "Menteri Pertahanan Turki X … Menteri Pertahanan X tiba di
        # Berlin" is Turkey's minister's second mention, not Indonesia's minister abroad
        return [f for f in facts if f.rule not in (STORY, PRESS)
                or not any(g.person == f.person and g.kind is f.kind and g.rule != f.rule for g in facts)]

    @staticmethod
    def _dateline_guess_told_otherwise(fact: RoleFact, facts: list[RoleFact]) -> bool:
        """The dateline's country is only a guess for a bare title: not for a person whose office of that kind
        the text tells elsewhere ("Menteri Luar Negeri Iran X … Menlu X"), nor where the text qualifies that
        country's own titles ("Menteri Luar Negeri Malaysia Y" in copy filed from Kuala Lumpur: a bare title there
        is a foreigner's)."""
        return any(g.kind is fact.kind and g.rule != DATELINE
                   and (g.person == fact.person or (g.holder == fact.holder and g.rule == "title-before-name"))
                   for g in facts)

    def _counterparts(self, sentences: list[Span], facts: list[RoleFact]) -> list[RoleFact]:
        """ "X held talks with his Jordanian counterpart Y", "Jordan's counterpart, Y": Y holds X's office (the
        person named last before, in the sentence) for the country named with the counterpart noun — a leader's
        when X leads (by a title in the text or the gazetteer), else an office when X holds one."""
        view = self.view
        doc, res = view.doc, view.res
        out = []
        for sent in sentences:
            persons = [m for m in view.mentions if sent.start <= m.start < sent.end and m.type is EntityType.PERSON]
            for m in persons:
                k = m.start - 1
                if k > sent.start and doc[k].text == ",":
                    k -= 1
                origin = view.at.get(k)
                if origin is not None and origin.start - 1 > sent.start and doc[origin.start - 1].lower_ in \
                        res.preps.origin:
                    k = origin.start - 2  # "mitranya dari Jepang, X": the country after the noun
                else:
                    origin = None
                n = next((n for n in (2, 1) if k - n + 1 > sent.start and tuple(
                    t.lower_ for t in doc[k - n + 1:k + 1]) in res.counterpart_nouns), 0)
                if not n:
                    continue
                j = k - n  # the country before the noun: "Jordanian", "Jordan's"
                if j > sent.start and res.is_possessive_marker(doc[j].lower_):
                    j -= 1
                holder = origin.key if origin is not None and origin.type in HOLDERS else self.holder_in(j, j + 1)
                other = next((p for p in reversed(persons) if p.start < j and p.key != m.key), None)
                if holder is None or other is None:
                    continue
                kinds = [f.kind for f in facts if f.person == other.key]
                if not kinds and (title := view.title_before(other, sent)) is not None \
                        and not self.former(*title):
                    kinds = [self.title_kind(*title)[0]]  # "Menlu Sugiono … mitranya": his office, no country named
                kind = RelationKind.LEADER_OF if (RelationKind.LEADER_OF in kinds or other.key in
                                                  self.context.known_leaders) else kinds[0] if kinds else None
                if kind is not None:
                    out.append(RoleFact(kind, m.key, holder, sent, "counterpart-office", 0.75))
        return out

    def _leader_anaphora(self, sentences: list[Span], leaders_of: Mapping[str, str]) -> list[RoleFact]:
        """"pemimpin Rusia itu", "the Russian leader": the person last named who leads that country."""
        view = self.view
        doc = view.doc
        res = view.res
        leader_words = {t[-1] for t in res.leader_titles}
        out = []
        for sent in sentences:
            for m in [m for m in view.mentions if sent.start <= m.start < sent.end]:
                if (m.type is not EntityType.COUNTRY or m.end >= sent.end
                        or doc[m.end].lower_ not in res.anaphoric_tails):
                    continue
                if m.start == 0 or doc[m.start - 1].lower_ not in leader_words:
                    continue
                earlier = [p for p in reversed(view.mentions) if p.start < m.start and p.type is EntityType.PERSON]
                referent = next((p.key for p in earlier if leaders_of.get(p.key) == m.key), None)
                if referent:
                    out.append(RoleFact(RelationKind.LEADER_OF, referent, m.key, sent, "leader-role-phrase", 0.75))
        return out

    def _before(self, m: MentionRef, sent: Span) -> list[RoleFact]:
        view = self.view
        start = view.np_start(m, sent.start)
        kind, t_start, t_end = self.title_kind(start, m.start)  # (None, -1, -1) where no word stands before m
        served = next((k for k in range(t_end, m.start) if view.doc[k].lower_ in view.res.preps.accredited_to), None) \
            if kind is not None else None
        if served is not None and (nearer := self.title_kind(served + 1, m.start))[0] is not None:
            kind, t_start, t_end = nearer  # "an adviser to Azerbaijani President X": X holds the nearer title
        if kind is None:
            kind, t_start, t_end = self._title_inside_name(m)
        if kind is None and (portfolio := self._portfolio_title(start, sent)) is not None:
            kind, t_start, t_end = portfolio
            start = t_start  # "Menteri Informasi Kamboja X": a title, its capitalised portfolio, the country
        if kind is None or self.former(t_start, t_end):
            return []
        if tuple(t.lower_ for t in view.doc[t_start:t_end]) in view.res.local_titles and any(
                (p := view.at.get(k)) is not None and p.type is EntityType.PLACE for k in range(start, m.start)):
            return []  # "Gubernur Jawa Barat X", "Mayor of Tokyo X": the office is the place's, no country's
        nxt = view.at.get(m.end + 1) if m.end + 1 < sent.end and view.doc[m.end].text == "," else None
        if kind is RelationKind.OFFICIAL_OF and nxt is not None and nxt.type is EntityType.PERSON:
            return []  # "adviser to Putin, Yuri Ushakov": the title is Ushakov's
        holder = self.holder_in(start, m.start, kind)
        if holder is not None:
            return [RoleFact(kind, m.key, holder, sent, "title-before-name", 0.85),
                    *self._joined_title(m, holder, t_start, sent)]
        holder = self._holder_after_of(m, sent)
        if holder is not None:
            return [RoleFact(kind, m.key, holder, sent, "title-name-holder-after", 0.8)]
        sender = next((d for d in view.mentions if sent.start <= d.start < m.start and d.type in HOLDERS
                       and view.delegation_leader(d, sent) == m), None)
        if sender is not None:  # "Delegasi Jepang yang dipimpin Wakil Menteri Luar Negeri X": Japan's office
            return [RoleFact(kind, m.key, sender.key, sent, "title-delegation-sender", 0.75)]
        if self.is_generic(t_start, t_end):
            return []  # "democratic leader X": a generic title names no country
        sender = self._sender(start, sent)
        if sender is not None:  # "Ukraina mengirim Menteri Pertahanan X": the office of who sends its holder
            return [RoleFact(kind, m.key, sender.key, sent, "title-sender", 0.75)]
        possessor = self._possessor(t_start, sent)
        if possessor is not None and kind is RelationKind.OFFICIAL_OF:
            # "Guterres …, his spokesman X", "The junta denied it. Its spokesman, X, …": an office of whom the
            # determiner refers to — a leader's people serve what the leader leads (resolved in :meth:`find`)
            rule = "role-of-leader" if possessor.type is EntityType.PERSON else "title-possessor"
            return [RoleFact(kind, m.key, possessor.key, sent, rule, 0.7)]
        if any(view.doc[k].lower_ in view.res.preps.accredited_to for k in range(t_end, m.start)) \
                or self._qualified_title(start, t_start, sent):
            # "Ambassador to Japan X": the post is abroad; "Congolese President X" (Congo not named): the holder is
            # said, only not named — neither is the office told before nor the dateline's
            return self._implicit(kind, m, sent)
        return self._implicit(kind, m, sent) or self._office_told_unnamed(kind, m, t_start, t_end, sent) \
            or self._ministry_office(kind, m, t_start, t_end, sent) or self._escort_office(kind, m, start, sent)

    def _ministry_office(self, kind: RelationKind, m: MentionRef, t_start: int, t_end: int,
                         sent: Span) -> list[RoleFact]:
        """ "WASHINGTON — External Affairs Minister X met …, India's Ministry of External Affairs said": a bare
        minister's title is an office of the country whose ministry of that portfolio the document names by the end of
        the title's sentence — before the dateline's guess (:func:`kg.extract.unnamed_offices.ministry_owner`)."""
        title = tuple(t.lower_ for t in self.view.doc[t_start:t_end])
        owner = ministry_owner(self.view, title, self.context.country_key, self.context.body_country,
                               told_by=sent.end) if kind is RelationKind.OFFICIAL_OF else None
        return [RoleFact(kind, m.key, owner, sent, "title-portfolio-ministry", 0.7)] if owner else []

    def _title_inside_name(self, m: MentionRef) -> tuple[RelationKind | None, int, int]:
        """A title the name's own words open with: the gazetteer lists some people with it ("Sultan Hassanal
        Bolkiah"), so the mention swallows the title that would otherwise stand before it — the same office. A name
        that is only a title is none."""
        n = self.view.title_len(m.start, m.end)
        if not n or m.start + n >= m.end:
            return None, -1, -1
        return self.title_kind(m.start, m.start + n)

    def _possessor(self, t_start: int, sent: Span) -> MentionRef | None:
        """Whom a possessive right before the title at ``t_start`` names: a person with "'s" ("Ramaphosa's spokesman
        X"); for a possessive determiner ("his spokesman X", "Its spokesman, X"), the name the sentence opens with,
        else the one the sentence before opens with — a country or a body for a body's determiner ("its"), else a
        person; None with no possessive there, or no such subject."""
        view, doc = self.view, self.view.doc
        k = t_start - 1
        if k > sent.start and view.res.is_possessive_marker(doc[k].lower_):
            # "Ramaphosa's spokesman X": a person named as the possessor (a country or body would be the holder)
            named = view.at.get(k - 1)
            return named if named is not None and named.end == k and named.type is EntityType.PERSON else None
        if k < sent.start or doc[k].lower_ not in view.res.possessive_determiners:
            return None
        types = HOLDERS if doc[k].lower_ in view.res.body_possessives else (EntityType.PERSON,)
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        for s in (sent, previous):
            subject = view.sentence_subject(s) if s is not None else None
            if subject is not None and subject.type not in types and s is not None:
                # "UN Secretary-General X …. His spokesman, Y": the sentence opens with the person's title
                subject = view._titled_after(subject, s) or subject
            if subject is not None and subject.start < k and subject.type in types:
                return subject
        return None

    def _escort_office(self, kind: RelationKind, m: MentionRef, start: int, sent: Span) -> list[RoleFact]:
        """ "Wong, who was accompanied by Foreign Minister X": an official travelling with a leader holds an office of
        the leader's country (resolved with the offices of a leader's people in :meth:`find`) — never the dateline's
        country, where the two are visiting. Other bare titles are read from the dateline (:meth:`_dateline_office`)."""
        view = self.view
        escort = next((k for k in range(max(sent.start, start - 3), start)
                       if match_phrase_at(view.doc, k, view.res.escort_phrases, 3, start) == start - k), None)
        if escort is None:
            return self._dateline_office(kind, m, sent)
        escorted = next((p for p in reversed(view.mentions) if sent.start <= p.start and p.end <= escort
                         and p.type is EntityType.PERSON), None)
        return [RoleFact(kind, m.key, escorted.key, sent, "role-of-leader", 0.7)] if escorted is not None else []

    def _joined_title(self, m: MentionRef, holder: str, t_start: int, sent: Span) -> list[RoleFact]:
        """ "Perdana Menteri sekaligus Menteri Luar Negeri Qatar X": a title joined (``title_joiners``) right before the
        title that names the holder is the person's office of the same holder too; [] where none is."""
        view, doc, res = self.view, self.view.doc, self.view.res
        joiner = t_start - 1
        if joiner - 1 < sent.start or doc[joiner].lower_ not in res.title_joiners:
            return []
        for first in range(max(sent.start, joiner - view.max_title), joiner):
            if match_phrase_at(doc, first, res.titles, view.max_title, joiner) == joiner - first:
                kind, _, _ = self.title_kind(first, joiner)
                if kind is None or self.former(first, joiner):
                    return []
                return [RoleFact(kind, m.key, holder, sent, "title-joined-before-title", 0.8)]
        return []

    def _sender(self, start: int, sent: Span) -> MentionRef | None:
        """The country or body that sends the titled person whose noun phrase starts at ``start``: a verb of
        sending right before it, and its subject ("Ukraine sent Defence Minister X to the talks", "sedangkan
        Ukraina mengirim Menteri Pertahanan X") — a representative holds an office of who sends them."""
        view = self.view
        doc = view.doc
        verb = next((k for k in range(max(sent.start, start - 3), start)
                     if match_phrase_at(doc, k, view.res.sending_verbs, 2, start) == start - k), None)
        if verb is None:
            return None
        subject = view.subject_left(verb, sent)
        return subject if subject is not None and subject.type in HOLDERS else None

    def _qualified_title(self, start: int, t_start: int, sent: Span) -> bool:
        """Something before the title at ``t_start`` (in the noun phrase from ``start``) says whose office it is,
        though no holder was read: a demonym, a possessive or a possessive determiner ("his deputy X"), or a
        capitalised word inside the clause right before it — a nationality the lexicon leaves out as ambiguous
        ("Congolese President X")."""
        doc, view = self.view.doc, self.view
        if any(doc[k].lower_ in view.demonyms or view.res.is_possessive_marker(doc[k].lower_)
               or doc[k].lower_ in view.res.possessive_determiners for k in range(start, t_start)):
            return True
        k = t_start - 1
        return (k > sent.start and is_capitalised(doc[k]) and doc[k].is_alpha
                and not (doc[k - 1].is_punct or doc[k - 1].is_space))

    def _dateline_office(self, kind: RelationKind, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "WARSAW — … Merz also met President Karol Nawrocki": a bare national title, with no holder beside it,
        none in the gazetteer and none told before, is the office of the country the article is filed from (its
        dateline's place lies there, and the document names that country) — wire copy qualifies a foreigner's
        title ("Indonesia's foreign minister", "Polish President"), not a local one. A sentence opening with another
        place ("In Tehran, spokesman X said") moves the scene there: its country's office; so does a sentence before
        it that opens with a country or capital as its subject ("Tehran rejected the measures. Foreign ministry
        spokesman X said …")."""
        dateline = document_dateline(self.view)
        # the subject of the sentence before moves the scene only from a dateline: with none, a bare title names no
        # country at all
        place = scene_place(self.view, sent) or (subject_scene(self.view, sent) if dateline else None) or dateline
        country = (place.key if place.type is EntityType.COUNTRY else self.context.place_country.get(place.key)) \
            if place is not None else None
        home = self.context.person_country_qid.get(m.key)
        if home is not None and home != self.context.place_country_qid.get(place.key if place else ""):
            return []  # the gazetteer's person of another country: "ABU DHABI - Presiden Prabowo …" is no Emirati
        if place is not None and country and travels_to(self.view, m, frozenset({place.key, country}), sent):
            # "SUVA — Foreign Minister X arrived in Suva": a visitor there, from the press's country when abroad
            return self._press_office(kind, m, sent) if country != self._press_country() else []
        if country:
            return [RoleFact(kind, m.key, country, sent, DATELINE, 0.65)]
        if place is None and self._travels_abroad(m, sent):
            return self._press_office(kind, m, sent)  # "Menteri Pertahanan X melakukan kunjungan kerja ke Tokyo"
        story = story_country(self.view, self.context, m, sent) if kind is RelationKind.OFFICIAL_OF else None
        return [RoleFact(kind, m.key, story, sent, STORY, 0.6)] if story else []

    def _press_office(self, kind: RelationKind, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "ANKARA - Menteri Pertahanan X melakukan kunjungan kerja ke Turki": in a language whose press titles its
        own country's officials bare and qualifies foreigners' ("Menteri Pertahanan Turki Y"), a bare title of one
        who travels to the dateline's country is that country's office — where the document names the country. A
        minister's, not a head's: a head of state the gazetteer does not know is more likely a foreigner's. (With
        no dateline a bare title may still be a foreigner's second mention: "Menteri Luar Negeri X tiba di
        Jakarta".)"""
        press = self._press_country()
        if kind is not RelationKind.OFFICIAL_OF or press is None:
            return []  # (a person the gazetteer places elsewhere has that office already: _implicit)
        return [RoleFact(kind, m.key, press, sent, PRESS, 0.65)]

    def _travels_abroad(self, m: MentionRef, sent: Span) -> bool:
        """With no dateline, ``sent`` tells ``m`` travelling to a country other than the press's, or to a place the
        gazetteer puts in one: "Menteri Pertahanan X melakukan kunjungan kerja ke Tokyo, Jepang" — the copy's own
        minister abroad (:meth:`_press_office`); "Menteri Luar Negeri X tiba di Jakarta" travels to the press's
        country, and may be a foreigner's second mention."""
        press, context = self.view.res.press_country, self.context
        qid_of = {key: qid for qid, key in context.country_key.items()}
        away = frozenset(p.key for p in self.view.mentions if sent.start <= p.start < sent.end and p.start >= m.end
                         and (qid := qid_of.get(p.key) or context.place_country_qid.get(p.key)) and qid != press)
        return bool(press and away) and travels_to(self.view, m, away, sent)

    def _press_country(self) -> str | None:
        """The document's key of the language's press country (``press_country``), if the document names it."""
        return self.context.country_key.get(self.view.res.press_country or "")

    def _office_told_unnamed(self, kind: RelationKind, m: MentionRef, t_start: int, t_end: int,
                             sent: Span) -> list[RoleFact]:
        """ "Indonesia's foreign minister flew to Beijing … Foreign Minister X met …": a title with no holder names
        the office the document wrote before, unnamed, with its owner — where it wrote that title for one owner
        only, and in an earlier sentence (in the same one, "Indonesia's foreign minister met Foreign Minister X"
        are two people)."""
        if self._offices is None:
            self._offices = unnamed_offices(self.view)
        title = tuple(t.lower_ for t in self.view.doc[t_start:t_end])
        told = [o for o in self._offices if o.title == title]
        owners = {o.owner for o in told}
        if len(owners) != 1 or not any(o.end <= sent.start for o in told):
            return []
        return [RoleFact(kind, m.key, owners.pop(), sent, TOLD_UNNAMED, 0.7)]

    def _portfolio_title(self, start: int, sent: Span, reach: int = 3) -> tuple[RelationKind, int, int] | None:
        """An official's title ending before up to ``reach`` capitalised words no name or title reads, which end
        right before ``start``: its portfolio ("Menteri Sumber Manusia Malaysia X", "Menteri Informasi X"). A
        portfolio of two fields joins them with a conjunction ("Menteri Pertanian dan Pembangunan Pedesaan X")."""
        view = self.view
        doc = view.doc
        k = start - 1
        words = 0
        while k >= sent.start and words < reach:
            if is_capitalised(doc[k]) and k not in view.at and not view.title_len(k, start):
                words += 1
            elif not (doc[k].lower_ in view.res.coordination and k - 1 >= sent.start and k + 1 < sent.end
                      and is_capitalised(doc[k + 1]) and is_capitalised(doc[k - 1]) and k - 1 not in view.at):
                break
            k -= 1
        if k == start - 1 or k < sent.start:
            return None
        for n in range(1, view.max_title + 1):
            if k - n + 1 >= sent.start and view.title_len(k - n + 1, k + 1) == n:
                kind = self.title_kind(k - n + 1, k + 1)[0]
                return (kind, k - n + 1, k + 1) if kind is RelationKind.OFFICIAL_OF else None
        return None

    def _holder_after_of(self, m: MentionRef, sent: Span) -> str | None:
        """ "President X of Chile", "Presiden X dari Chile": the title before the name, its holder after "of" (an
        article may stand between) — a country or an organisation, never a place, nor where a post is."""
        view = self.view
        doc = view.doc
        k = m.end
        if k >= sent.end or doc[k].lower_ not in view.res.preps.of:
            return None
        k += 1
        while k < sent.end and doc[k].lower_ in view.res.articles:
            k += 1
        holder = view.at.get(k)
        if holder is None or holder.start != k or holder.type not in HOLDERS or self._posted_to(holder) is not None:
            return None
        if holder.end < sent.end and view.res.is_possessive_marker(doc[holder.end].lower_):
            return None  # "President X of Chile's ruling party": the holder is what the country owns
        return holder.key

    def _implicit(self, kind: RelationKind, m: MentionRef, sent: Span) -> list[RoleFact]:
        country = self.context.person_country_qid.get(m.key)
        if country and country in self.context.country_key:
            return [RoleFact(kind, m.key, self.context.country_key[country], sent, "title-gazetteer-country", 0.7)]
        country = self._surname_country(kind, m)
        if country is not None:
            return [RoleFact(kind, m.key, country, sent, "title-surname-country", 0.65)]
        return []

    def _surname_country(self, kind: RelationKind, m: MentionRef) -> str | None:
        """ "Presiden Obama" in a text that names the US: the one country, among those the document names, whose
        gazetteer people include one of that surname (a head of state or government for a leader's title). A
        one-word name is never linked (kg.link), but a title and the document's countries make the office clear."""
        words = normalise(self.view.doc[m.start : m.end].text).split()
        if len(words) != 1:
            return None
        countries = self.context.country_key
        found = {e.country for e in gazetteer_data.load().lookup_words(words[0])
                 if e.type is EntityType.PERSON and e.country in countries
                 and words[0] in self._family_name_candidates(e.name_en)
                 and (kind is RelationKind.OFFICIAL_OF or e.subtype == LEADER)}
        return countries[found.pop()] if len(found) == 1 else None

    @staticmethod
    def _family_name_candidates(name: str) -> tuple[str, ...]:
        """The words of a full name that may stand alone for the person: the last ("Obama") or, where the family
        name comes first, the first ("Xi Jinping", "Kim Jong-un"); a one-word name is the person's whole name
        ("Emperor Naruhito", "Menteri Luar Negeri Sugiono"). Only the country matters here, so a first word
        shared by two leaders of the same country still gives one answer."""
        words = normalise(name).split()
        return (words[0], words[-1]) if len(words) > 1 else tuple(words)
