"""Titles in apposition to a person's name (``leaderOf``, ``officialOf``): a mixin of ``roles.RoleFinder``.

  TITLE [of] X [(ACR)] [who …], PERSON   "the President of Peru, X", "Menteri Pertahanan Republik Filipina (RP), X"
  the BODY's TITLE, PERSON               "The agency's Director General, X": the body named before
  TITLE to X, PERSON                     "The Brazilian Ambassador to Japan, X": the holder is not where X serves
  PERSON, TITLE of X | X's TITLE         "Anthony Albanese, Australia's prime minister, said …"
  PERSON, selaku TITLE X                 "X, selaku ketua ASEAN, …": a capacity beside any other title
  PERSON, TITLE to|for [TITLE] LEADER    "X, an adviser to President Y", "X, spokesperson for the Secretary-General":
                                         an aide serves what the leader leads (branch en17a)
  TITLE-nya, PERSON                      "Melalui juru bicaranya, X, Y …": an office of whom the suffix refers to
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.role_facts import APPOSITION_REACH, HOLDERS, RoleFact
from kg.extract.view import DocView, MentionRef
from kg.model import EntityType, RelationKind
from kg.nlp.tokens import match_phrase_at


class AppositiveRoles:
    # RoleFinder's, which this mixin reads: its view and its title readers
    view: DocView
    title_kind: Callable[[int, int], tuple[RelationKind | None, int, int]]
    former: Callable[[int, int], bool]
    is_generic: Callable[[int, int], bool]
    holder_in: Callable[..., str | None]
    _posted_to: Callable[[MentionRef], int | None]
    _implicit: Callable[[RelationKind, MentionRef, Span], list[RoleFact]]

    def _apposition(self, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "the President of Peru, X", "the Secretary-General of NATO, X", "a spokesperson for the European
        Union, X", "Menteri Pertahanan Republik Filipina (RP), X", "ketua partai yang memerintah, X": a title
        and its holder in apposition before the name."""
        view = self.view
        doc = view.doc
        res = view.res
        comma = m.start - 1
        if comma - 1 <= sent.start or doc[comma].text != ",":
            return []
        j = self._holder_phrase_end(comma, sent)
        holder = view.at.get(j - 1)
        if holder is not None and (to := self._posted_to(holder)) is not None:
            return self._posted_apposition(m, to, sent)
        if holder is None and view.title_start(comma - 1, sent.start) is not None:
            # "the U.N. High Commissioner for Refugees, X": the title ends the apposition, its holder is before it
            return self._posted_apposition(m, comma, sent)
        if holder is None or holder.type not in HOLDERS:
            return []
        k = holder.start  # back over articles, a preposition and up to two modifiers: "of the ruling"
        lowered = 0
        while k > sent.start and m.start - k < APPOSITION_REACH:
            low = doc[k - 1].lower_
            if low in res.articles or (low in res.title_glue and low not in res.coordination):
                k -= 1
            elif doc[k - 1].is_alpha and doc[k - 1].is_lower and lowered < 2 and not view.title_len(k - 1, k):
                k -= 1
                lowered += 1
            else:
                break
        kind, t_start, _ = self.title_kind(max(sent.start, k - view.max_title), k)
        if kind is None or not self._title_ends_at(t_start, k) or self.former(t_start, k):
            return []
        return [RoleFact(kind, m.key, holder.key, sent, "title-apposition", 0.8)]

    def _suffixed_title_apposition(self, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "Melalui juru bicaranya, X, Y mengatakan …", "Y menolak …. Juru bicaranya, X, mengatakan …": an
        official's title ending in a possessive suffix ("-nya"), in apposition before the name, is an office of whom
        the suffix refers to (:meth:`_suffix_owner`) — a person's people serve what the person leads (resolved in
        ``RoleFinder.find``). A leader's title names no office so ("pemimpinnya, X": leading whom the owner is)."""
        view, doc, res = self.view, self.view.doc, self.view.res
        comma, word = m.start - 1, m.start - 2
        if word < sent.start or doc[comma].text != "," or not res.has_possessive_suffix(doc[word].lower_):
            return []
        low = doc[word].lower_
        stem = next(low[: -len(s)] for s in res.possessive_suffixes if low.endswith(s))
        phrase = next((p for n in range(view.max_title, 0, -1) if word - n + 1 >= sent.start
                       and (p := (*(t.lower_ for t in doc[word - n + 1:word]), stem)) in res.official_titles), None)
        if phrase is None or self.former(word - len(phrase) + 1, word + 1):
            return []
        owner = self._suffix_owner(m, sent)
        if owner is None:
            return []
        rule = "role-of-leader" if owner.type is EntityType.PERSON else "title-possessor"
        return [RoleFact(RelationKind.OFFICIAL_OF, m.key, owner.key, sent, rule, 0.7)]

    def _suffix_owner(self, m: MentionRef, sent: Span) -> MentionRef | None:
        """Whom the suffix of a title apposed to ``m`` refers to: the subject named right after the apposition's
        closing comma ("Melalui juru bicaranya, X, Presiden Y …"), else the name the sentence before opens with."""
        view, doc = self.view, self.view.doc
        if m.end + 1 < sent.end and doc[m.end].text == ",":
            after = next((a for a in view.mentions if a.start > m.end and view.np_start(a, sent.start) == m.end + 1),
                         None)
            if after is not None:
                return after if after.type in HOLDERS or after.type is EntityType.PERSON else None
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        subject = view.sentence_subject(previous) if previous is not None else None
        return subject if subject is not None and (subject.type in HOLDERS or subject.type is EntityType.PERSON) \
            else None

    def _body_told_before(self, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "The agency's Director General, X,", "the commission's chairman, X": a definite head noun of a body
        ("agency", an ``org_heads`` word) owning the title in apposition before the name refers back to the last
        body named before whose name has that head — X holds the title there; in a head-initial language the noun
        and its demonstrative follow the title ("Juru bicara kementerian tersebut, X"). Not "a bank's director, X":
        an indefinite noun refers to nobody."""
        view, doc, res = self.view, self.view.doc, self.view.res
        comma = m.start - 1
        if comma - 3 < sent.start or doc[comma].text != ",":
            return []
        if res.head_initial and doc[comma - 1].lower_ in res.anaphoric_tails and doc[comma - 2].is_lower \
                and (doc[comma - 2].lower_,) in res.org_heads:
            # "Juru bicara kementerian tersebut, X": the head noun and its demonstrative after the title
            head, t_start, t_end = doc[comma - 2], view.title_start(comma - 3, sent.start), comma - 2
            if t_start is None or self.former(t_start, t_end):
                return []
            lead = t_start
        else:
            t_start, t_end = view.title_start(comma - 1, sent.start), comma
            if t_start is None or t_start - 3 < sent.start or self.former(t_start, comma):
                return []
            article, head, marker = doc[t_start - 3], doc[t_start - 2], doc[t_start - 1]
            if not (res.is_possessive_marker(marker.lower_) and head.is_lower and (head.lower_,) in res.org_heads
                    and article.lower_ in res.definite_determiners):
                return []
            lead = t_start - 3
        body = next((b for b in reversed(view.mentions) if b.end <= lead and b.type is EntityType.ORGANIZATION
                     and any(t.lower_ == head.lower_ for t in doc[b.start:b.end])), None)
        if body is None:
            return []
        kind = RelationKind.LEADER_OF if tuple(t.lower_ for t in doc[t_start:t_end]) in res.leader_titles \
            else RelationKind.OFFICIAL_OF
        return [RoleFact(kind, m.key, body.key, sent, "title-of-body-told-before", 0.75)]

    def _posted_apposition(self, m: MentionRef, to: int, sent: Span) -> list[RoleFact]:
        """ "The Brazilian Ambassador to Japan, X", "Brazil's envoy to the UN, X", "the Ambassador of France to
        Kenya, X": the holder is named with the title before the preposition of the post, never after it."""
        view = self.view
        res = view.res
        kind, t_start, t_end = self.title_kind(max(sent.start, to - view.max_title - 3), to)
        if kind is None or self.former(t_start, t_end):
            return []
        # between the title and the preposition only its holder: "Ambassador of France to", "Duta Besar Brasil untuk"
        if any(k not in view.at and view.doc[k].lower_ not in res.preps.of | res.articles | res.role_modifiers
               for k in range(t_end, to)):
            return []
        lead = t_start
        while lead > sent.start and t_start - lead < 3 and (
                view.doc[lead - 1].lower_ in view.res.articles or view.doc[lead - 1].lower_ in view.demonyms
                or view.res.is_possessive_marker(view.doc[lead - 1].lower_) or (lead - 1) in view.at):
            lead -= 1
        holder = self.holder_in(lead, to, kind)
        return [RoleFact(kind, m.key, holder, sent, "title-apposition", 0.8)] if holder is not None else []

    def _holder_phrase_end(self, comma: int, sent: Span) -> int:
        """Where the holder's name ends before ``comma``: past "(ACR)" and a short relative clause ("yang berkuasa")."""
        doc = self.view.doc
        res = self.view.res
        j = comma
        if doc[j - 1].text == ")":
            opening = next((r for r in range(j - 2, max(sent.start, j - 5), -1) if doc[r].text == "("), None)
            if opening is not None:
                j = opening
        for r in range(j - 1, max(sent.start, j - 5), -1):
            if doc[r].lower_ in res.relative:
                return r
            if not (doc[r].is_alpha and doc[r].is_lower):
                break
        return j

    def _title_ends_at(self, t_start: int, end: int) -> bool:
        """The title found from ``t_start`` reaches ``end`` (only its own words and modifiers between)."""
        view = self.view
        n = view.title_len(t_start, end)
        k = t_start + n
        while k < end and view.doc[k].lower_ in view.res.role_modifiers:
            k += 1
        return k == end

    def _served_leader(self, t_end: int, sent: Span) -> str | None:
        """The leader an aide's title ending at ``t_end`` serves: "(adviser) to President Y", "(spokesperson) for
        Chilean President Y" — a leader's title and the name; or "for the Secretary-General" — a leader's bare title,
        standing for the last person named before with that title. None for "envoy to Japan", "adviser to the
        minister" (a title no leader holds)."""
        view, doc, res = self.view, self.view.doc, self.view.res
        serving = res.preps.accredited_to | res.preps.reason  # "to", or what a post is for: "for", "of"
        if doc[t_end - 1].lower_ in serving:
            k = t_end  # the title holds its preposition: "spokesperson for"
        elif t_end < sent.end and doc[t_end].lower_ in serving:
            k = t_end + 1
        else:
            return None
        while k < sent.end and (doc[k].lower_ in res.articles or doc[k].lower_ in view.demonyms):
            k += 1
        n = view.title_len(k) if k < sent.end else 0
        title = tuple(t.lower_ for t in doc[k:k + n])
        if not n or title not in res.leader_titles:
            return None
        named = view.at.get(k + n)
        if named is not None:
            return named.key if named.type is EntityType.PERSON and named.start == k + n else None
        # "the Secretary-General": the one person named before with that title (of two presidents, either)
        titled = {p.key for p in view.mentions
                  if p.start < k and p.type is EntityType.PERSON and (span := view.title_before(p, doc[p.start].sent))
                  and tuple(t.lower_ for t in doc[span[0]:span[1]])[-n:] == title}
        return titled.pop() if len(titled) == 1 else None

    def _holder_then_title(self, m: MentionRef, holder: MentionRef, sent: Span, reach: int = 2) -> list[RoleFact]:
        """ "PERSON, the UN special envoy, …", "PERSON, the Chilean foreign minister, …": an article, the holder
        (a demonym or a name), a few modifiers and the title, closing the apposition (or going on with a
        preposition: "the UN High Commissioner for Human Rights")."""
        view, doc = self.view, self.view.doc
        if holder.type not in HOLDERS:
            return []
        t = holder.end
        while t < sent.end and t - holder.end < reach and not view.title_len(t) \
                and doc[t].lower_ in view.res.role_modifiers:
            t += 1
        n = view.title_len(t) if t < sent.end else 0
        end = t + n
        if not n or self.former(t, end) or (end < sent.end and doc[end].text not in {",", ".", ";"}
                                             and doc[end].lower_ not in view.res.preps.blocking):
            return []
        kind = RelationKind.LEADER_OF if tuple(x.lower_ for x in doc[t:end]) in view.res.leader_titles \
            else RelationKind.OFFICIAL_OF
        return [RoleFact(kind, m.key, holder.key, sent, "name-comma-holder-title", 0.8)]

    def _capacity(self, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "X, selaku ketua ASEAN, …", "X selaku Ketua ASEAN membuka …", "Selaku ketua ASEAN tahun ini, X …": a
        capacity marker (``capacity_markers``) and a title with its holder, right after the name or opening the
        sentence whose subject the name is — the office is the name's, beside any other title it has."""
        view, doc, res = self.view, self.view.doc, self.view.res
        k = m.end + (m.end < sent.end and doc[m.end].text == ",")
        lead = view.np_start(m, sent.start)
        subject = all(t.is_space or t.is_punct for t in doc[sent.start:lead]) or doc[lead - 1].text == ","
        # after the name only as its clause's subject: "mencalonkan X sebagai Sekjen PBB" names a candidate
        n = match_phrase_at(doc, k, res.capacity_markers, 4, sent.end) if k < sent.end and subject else 0
        if not n and subject and k > m.end:
            k, n = self._capacity_in_aside(k, sent)  # "X, who brokered the truce as chair of ASEAN, …"
        if not n:
            # fronted: the marker opens the sentence and the phrase closes with a comma before the name's phrase
            first = next((i for i in range(sent.start, m.start) if not (doc[i].is_space or doc[i].is_punct)), m.start)
            n = match_phrase_at(doc, first, res.capacity_markers, 4, m.start)
            comma = next((c for c in range(first + n, m.start) if doc[c].text == ","), None) if n else None
            if comma is None or view.np_start(m, sent.start) > comma + 1 or any(
                    x.type is EntityType.PERSON for x in view.mentions if comma < x.start < m.start):
                return []
            k = first
        kind, t_start, t_end = self.title_kind(k + n, min(sent.end, k + n + view.max_title))
        if kind is None or t_start != k + n or self.former(t_start, t_end):
            return []
        while t_end < sent.end and t_end not in view.at and (
                doc[t_end].lower_ in res.preps.of or doc[t_end].lower_ in res.articles):
            t_end += 1  # "as chair of the bloc X": the title's complement names the holder
        holder = view.at.get(t_end)
        if holder is None or holder.start != t_end or holder.type not in HOLDERS or holder.key == m.key:
            return []
        return [RoleFact(kind, m.key, holder.key, sent, "title-in-capacity", 0.8)]

    def _capacity_in_aside(self, k: int, sent: Span, reach: int = 10) -> tuple[int, int]:
        """A capacity marker inside the aside that opens at ``k`` after a name and its comma, before the aside's
        closing comma and before any other person it names ("X, speaking as chair of ASEAN, …"; not "X, who
        replaced Y as chair of ASEAN, …", where the office is Y's): where it stands and its length, or (k, 0)."""
        view, doc = self.view, self.view.doc
        for j in range(k, min(sent.end, k + reach)):
            if doc[j].text == "," or ((m := view.at.get(j)) is not None and m.type is EntityType.PERSON):
                break
            if (n := match_phrase_at(doc, j, view.res.capacity_markers, 4, sent.end)) \
                    and doc[j - 1].lower_ not in view.res.naming_verbs:  # "who was described as …": no office
                return j, n
        return k, 0

    def _after(self, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "PERSON, TITLE of X", "PERSON, X's TITLE", "PERSON, the X TITLE" and "TITLE … LEADER, PERSON"."""
        view = self.view
        doc = view.doc
        out = []
        owner = view.at.get(m.end + 1) if m.end + 2 < sent.end and doc[m.end].text == "," else None
        if owner is not None and owner.type in HOLDERS and owner.end + 1 < sent.end \
                and view.res.is_possessive_marker(doc[owner.end].lower_):
            # PERSON , X 's TITLE: "Anthony Albanese, Australia's prime minister, said …"
            k = owner.end + 1
            while k < sent.end and doc[k].lower_ in view.res.role_modifiers and not view.title_len(k):
                k += 1
            n = view.title_len(k)
            if n and not self.former(k, k + n):
                phrase = tuple(t.lower_ for t in doc[k:k + n])
                kind = RelationKind.LEADER_OF if phrase in view.res.leader_titles else RelationKind.OFFICIAL_OF
                out.append(RoleFact(kind, m.key, owner.key, sent, "name-comma-genitive-title", 0.8))
        # PERSON , TITLE … X
        elif m.end < sent.end and doc[m.end].text == ",":
            j = m.end + 1
            k = j
            while k < sent.end and k - j < 8 and doc[k].text not in {",", ".", ";"} and k not in view.at:
                k += 1
            kind, t_start, t_end = self.title_kind(j, k)
            lead_in = [t for t in doc[j:t_start] if t.lower_ not in view.res.articles
                       and t.lower_ not in view.demonyms and t.i not in view.at]
            relative = next((r for r in range(t_end, k) if doc[r].lower_ in view.res.relative), None) \
                if kind is not None else None
            if relative is not None:
                k = relative  # "X, an adviser who worked in Japan": the relative clause tells a past, not the title
            if kind is not None and not lead_in and not self.former(t_start, t_end):
                holder_m = view.at.get(k)
                if holder_m is not None and self._posted_to(holder_m) is not None:
                    holder_m = None  # "X, the Brazilian ambassador to Japan": Japan is where X serves
                if kind is RelationKind.OFFICIAL_OF and (leader := self._served_leader(t_end, sent)) is not None:
                    # "X, an adviser to Azerbaijani President Y": the aide's office is of what Y leads (in find)
                    return [*out, RoleFact(kind, m.key, leader, sent, "role-of-leader", 0.7)]
                holder = holder_m.key if holder_m and holder_m.type in HOLDERS else None
                holder = holder or self.holder_in(j, k, kind)
                named_after = holder_m is not None and (nxt := view.at.get(holder_m.end)) is not None \
                    and nxt.type is EntityType.PERSON
                if holder and named_after:
                    pass  # "Ahmad Yani, Menlu Indonesia Retno Marsudi": the title is the name's after it
                elif holder:
                    out.append(RoleFact(kind, m.key, holder, sent, "name-comma-title", 0.8))
                elif (k == sent.end or doc[k].text in {",", ".", ";"}) and not self.is_generic(t_start, t_end):
                    out.extend(self._implicit(kind, m, sent))
            elif kind is None and k < sent.end and k in view.at and k > j \
                    and all(t.lower_ in view.res.articles for t in doc[j:k]):
                out.extend(self._holder_then_title(m, view.at[k], sent))
        # TITLE … P, PERSON  (appositive after a leader's name)
        start = m.start
        if start - 2 >= sent.start and doc[start - 1].text == ",":
            prev = view.at.get(start - 2)
            if prev is not None and prev.type is EntityType.PERSON and prev.key != m.key:
                p_start = view.np_start(prev, sent.start)
                lo = max(sent.start, p_start - 6)
                kind, t_start, t_end = self.title_kind(lo, prev.start)
                if kind is RelationKind.OFFICIAL_OF and not self.former(t_start, t_end):
                    out.append(RoleFact(kind, m.key, prev.key, sent, "role-of-leader", 0.7))
        return out
