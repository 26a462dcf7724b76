"""Leadership and office (``leaderOf``, ``officialOf``) from titles around a person's name.

Patterns, in both languages (titles and demonyms come from the language resources):
  TITLE [X] PERSON            "pemimpin Korea Utara Kim Jong Un", "Menlu AS Michael R Pompeo"
  [DEMONYM|X] TITLE[,] PERSON "Egyptian President, Mohamed Morsi", "Chinese President Hu Jintao"
  PERSON, TITLE [of|dari] X   "Retno Marsudi, Menteri Luar Negeri Indonesia"
  TITLE … LEADER, PERSON      "penasihat kebijakan luar negeri Putin, Yuri Ushakov": office in the leader's country
  TITLE PERSON (no X)         the country comes from the gazetteer's record of the person, if that country
                              is named in the document.
A "former" word before the title ("mantan", "former") cancels the fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract.context import ExtractionContext
from kg.extract.view import DocView, MentionRef
from kg.model import EntityType, RelationKind
from kg.nlp.names import match_phrase_at


@dataclass(frozen=True, slots=True)
class RoleFact:
    kind: RelationKind
    person: str
    holder: str  # country or organisation key
    sentence: Span
    rule: str
    confidence: float


class RoleFinder:
    def __init__(self, view: DocView, context: ExtractionContext) -> None:
        self.view = view
        self.context = context

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
                return kind, i, i + n
        return None, -1, -1

    def former(self, start: int, end: int) -> bool:
        return any(t.lower_ in self.view.res.former_words for t in self.view.doc[max(0, start - 2) : end])

    def holder_in(self, start: int, end: int) -> str | None:
        """A country or organisation named (or adjectivally: a demonym) inside tokens [start, end)."""
        view = self.view
        for i in range(start, end):
            m = view.at.get(i)
            if m is not None and m.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                return m.key
            qid = view.demonyms.get(view.doc[i].lower_)
            if qid and qid in self.context.country_key:
                return self.context.country_key[qid]
        return None

    def find(self, sentences: list[Span]) -> list[RoleFact]:
        view = self.view
        leaders_of = self.context.known_leaders
        facts: list[RoleFact] = []
        for sent in sentences:
            for m in [m for m in view.mentions if sent.start <= m.start < sent.end]:
                if m.type is not EntityType.PERSON:
                    continue
                facts.extend(self._before(m, sent))
                facts.extend(self._after(m, sent))
        facts.extend(self._leader_anaphora(sentences, leaders_of))
        # office in a leader's country: "penasihat … Putin, Yuri Ushakov"
        for fact in list(facts):
            if fact.rule == "role-of-leader":
                facts.remove(fact)
                country = leaders_of.get(fact.holder) or next(
                    (f.holder for f in facts if f.kind is RelationKind.LEADER_OF and f.person == fact.holder), None)
                if country:
                    facts.append(RoleFact(fact.kind, fact.person, country, fact.sentence, "title-of-leader", 0.7))
        return facts

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
        if start == m.start:
            return []
        kind, t_start, t_end = self.title_kind(start, m.start)
        if kind is None or self.former(t_start, t_end):
            return []
        nxt = view.at.get(m.end + 1) if m.end + 1 < sent.end and view.doc[m.end].text == "," else None
        if kind is RelationKind.OFFICIAL_OF and nxt is not None and nxt.type is EntityType.PERSON:
            return []  # "adviser to Putin, Yuri Ushakov": the title is Ushakov's
        holder = self.holder_in(start, m.start)
        if holder is not None:
            return [RoleFact(kind, m.key, holder, sent, "title-before-name", 0.85)]
        if self.is_generic(t_start, t_end):
            return []  # "democratic leader X": a generic title names no country
        return self._implicit(kind, m, sent)

    def _implicit(self, kind: RelationKind, m: MentionRef, sent: Span) -> list[RoleFact]:
        country = self.context.person_country_qid.get(m.key)
        if country and country in self.context.country_key:
            return [RoleFact(kind, m.key, self.context.country_key[country], sent, "title-gazetteer-country", 0.7)]
        return []

    def _after(self, m: MentionRef, sent: Span) -> list[RoleFact]:
        """ "PERSON, TITLE of X" and "TITLE … LEADER, PERSON"."""
        view = self.view
        doc = view.doc
        out = []
        # PERSON , TITLE … X
        if m.end < sent.end and doc[m.end].text == ",":
            j = m.end + 1
            k = j
            while k < sent.end and k - j < 8 and doc[k].text not in {",", ".", ";"} and k not in view.at:
                k += 1
            kind, t_start, t_end = self.title_kind(j, k)
            lead_in = [t for t in doc[j:t_start] if t.lower_ not in view.res.articles
                       and t.lower_ not in view.demonyms and t.i not in view.at]
            if kind is not None and not lead_in and not self.former(t_start, t_end):
                holder_m = view.at.get(k)
                holder = holder_m.key if holder_m and holder_m.type in (EntityType.COUNTRY,
                                                                        EntityType.ORGANIZATION) else None
                holder = holder or self.holder_in(j, k)
                if holder:
                    out.append(RoleFact(kind, m.key, holder, sent, "name-comma-title", 0.8))
                elif (k == sent.end or doc[k].text in {",", ".", ";"}) and not self.is_generic(t_start, t_end):
                    out.extend(self._implicit(kind, m, sent))
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
