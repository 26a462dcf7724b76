"""A nationality before a title names a country (:class:`DemonymReader`).

"French President Emmanuel Macron", "the Chilean leader", "three Russian banks": the nationality is a mention of
the country whose office the person holds or whose people or bodies act, linked to the gazetteer's entry even
where the text never names the country. "French wine" names none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.names.state import NameState
from kg.nlp.tokens import first_words, is_capitalised, lower_forms, match_phrase_at, member_noun_ahead

POSTS = frozenset({EntityType.COUNTRY.value, EntityType.ORGANIZATION.value})  # what "ambassador to …" is posted to
STATE_BODY_LEN = 2  # words of the longest state body: "coast guard", "security forces"
IMPOSERS_REACH = 5  # words of the names coordinated with a nationality before sanctions: "U.S., British and EU"


class DemonymReader(NameState):
    def _demonym_holders(self, doc: Doc, known_at: dict) -> list[Span]:
        """ "French President Emmanuel Macron", "Chinese Foreign Minister, Wang Yi": the nationality names the
        country whose office the person holds, so it is a mention of that country (linked to the gazetteer's
        entry) even where the text never names the country itself. Only before a title and a name, or where it
        names a group acting for the country (:meth:`_group_of`): "French wine", "Chinese companies" name no
        country."""
        out = []
        words = lower_forms(doc)
        openers = first_words(self.demonym_phrases)  # most words start no demonym: skip them without a call
        for sent in doc.sents:
            i = sent.start
            while i < sent.end:
                if words[i] not in openers:
                    i += 1
                    continue
                n = match_phrase_at(doc, i, self.demonym_phrases, self.demonym_len, sent.end)
                if not n or not is_capitalised(doc[i]) or any(k in known_at for k in range(i, i + n)):
                    i += max(n, 1)
                    continue
                end = self._names_its_country(doc, i, n, sent, known_at)
                if end:
                    entry = self.demonym_entries[tuple(t.lower_ for t in doc[i : i + n])]
                    span = self._span(doc, i, end, EntityType.COUNTRY, method="demonym")
                    span._.kg_candidates = (entry,)
                    out.append(span)
                i += n
        return out

    def _names_its_country(self, doc: Doc, i: int, n: int, sent: Span, known_at: dict) -> int:
        """Where the mention of the nationality of ``n`` words at ``i`` ends, 0 when it names no country: before a
        title and a name, as a group acting for the country (:meth:`_group_of`), or coordinated with a nationality
        or a country's name that does and shares its noun ("the Brazilian and Argentine mediators", "Saudi and U.S.
        officials": :meth:`_shares_the_noun`)."""
        if self._shares_the_noun(doc, i + n, sent, known_at):
            return i + n
        res = self.res
        k = i + n
        while k < sent.end and doc[k].lower_ in res.role_modifiers:
            k += 1
        # a title, or a noun of the same office as another's: "his Jordanian counterpart Ayman Safadi"
        title = match_phrase_at(doc, k, res.titles, res.max_title_len, sent.end) or match_phrase_at(
            doc, k, res.counterpart_nouns, 2, sent.end)
        k += title
        a = k + 1  # "Brazilian Ambassador to Japan Maria Costa", "Chinese envoy to the United Nations X"
        while a < sent.end and doc[a].lower_ in res.articles:
            a += 1
        accredited = known_at.get(a) if a < sent.end else None
        if (title and k < sent.end and doc[k].lower_ in res.preps.accredited_to and accredited is not None
                and accredited.start == a and accredited.label_ in POSTS):
            k = accredited.end  # the country or organisation of the post
        while k < sent.end and (doc[k].lower_ in res.role_modifiers or doc[k].text == ","):
            k += 1
        holder = title and k < sent.end and (is_capitalised(doc[k]) or k in known_at)
        holder = holder or self._definite_leader(doc, i, i + n, title, sent)
        group = 0 if holder else self._group_of(doc, i, n, sent)
        return group or (i + n if holder else 0)

    def _shares_the_noun(self, doc: Doc, k: int, sent: Span, known_at: dict) -> bool:
        """A coordinator at ``k`` joins the nationality before it to a nationality that names its country
        (:meth:`_names_its_country`), or to a country's name before a title or a noun of its people or bodies: both
        modify that noun ("the Brazilian and Argentine mediators", "Saudi and U.S. officials")."""
        res = self.res
        j = k + 1
        if j >= sent.end or doc[k].lower_ not in res.coordination:
            return False
        n = match_phrase_at(doc, j, self.demonym_phrases, self.demonym_len, sent.end)
        if n and is_capitalised(doc[j]) and not any(t in known_at for t in range(j, j + n)):
            return bool(self._names_its_country(doc, j, n, sent, known_at))
        country = known_at.get(j)
        if country is None or country.label_ != EntityType.COUNTRY.value or country.start != j:
            return False
        e = country.end
        return bool(match_phrase_at(doc, e, res.titles, res.max_title_len, sent.end)
                    or member_noun_ahead(doc, e, sent.end, res.member_words, reach=1))

    def _definite_leader(self, doc: Doc, i: int, end: int, title: int, sent: Span) -> bool:
        """ "the Chilean leader", "the Russian president" with no name after: the one head of that country, who
        stands for it (a leader's title only: "the Iranian minister" is one of many)."""
        res = self.res
        k = end
        while k < sent.end and doc[k].lower_ in res.role_modifiers:
            k += 1
        return (bool(title) and i > sent.start and doc[i - 1].lower_ in res.definite_determiners
                and tuple(t.lower_ for t in doc[k:k + title]) in res.leader_titles
                and not (k + title < sent.end and is_capitalised(doc[k + title])))

    def _group_of(self, doc: Doc, i: int, n: int, sent: Span) -> int:
        """Where the mention ends (0: none) of a nationality that names its country's government or its people
        acting as one: with a government word after it ("the Sudanese government", "Chilean government
        officials") or a lowercase state body ("the Chinese coast guard", "Belarusian authorities"), before a noun
        of its people or bodies ("three Russian banks", "Iranian military officials": a sanction on them is on the
        country), or a plural nationality as a noun phrase of its own ("the Palestinians", "Israelis and
        Palestinians") — not after a number or an adjective ("2,000 Libyans", "many Serbs"): they count people."""
        res = self.res
        end = i + n
        if end < sent.end and doc[end].lower_ in res.leader_bodies:
            return end + 1
        body = match_phrase_at(doc, end, res.state_bodies, STATE_BODY_LEN, sent.end)
        after = end + body
        if body and all(t.is_lower for t in doc[end:after]) and not (
                after < sent.end and (match_phrase_at(doc, after, res.member_words, 3, sent.end)
                                      or match_phrase_at(doc, after, res.titles, res.max_title_len, sent.end))):
            # the state acts; capitalised, the phrase is a body's name ("China Coast Guard"); its people named
            # after it are unnamed ("a Chinese foreign ministry spokesman", "defence ministry officials")
            return after
        if member_noun_ahead(doc, end, sent.end, self.res.member_words, reach=3):
            return end
        if self._imposer_under(doc, i, end, sent):
            return end  # "X has been under Swiss and EU sanctions": the state imposing them
        last = doc[end - 1].lower_
        plural = res.singular(last) != last and res.singular(last) in self.demonyms
        before = doc[i - 1].lower_ if i > sent.start else None
        alone = before is None or before in res.articles or before in res.coordination
        return end if plural and alone and not (end < sent.end and is_capitalised(doc[end])) else 0

    def _imposer_under(self, doc: Doc, i: int, end: int, sent: Span) -> bool:
        """The nationality at ``[i, end)`` modifies a sanction noun that a preposition of state opens, alone or
        coordinated with names (``sanction_state_preps``: "under Swiss and EU sanctions", "subject to British
        restrictions"): the country imposes them. Not "Russian sanctions" elsewhere, which may be on Russia."""
        res = self.res

        def joins(t: int) -> bool:  # a word of the coordinated names: "U.S., British and EU"
            return doc[t].lower_ in res.coordination or doc[t].text in {",", "."} or is_capitalised(doc[t])

        k = i
        while k > sent.start and i - k < IMPOSERS_REACH and joins(k - 1):
            k -= 1
        if not any(match_phrase_at(doc, j, res.sanction_state_preps, 2, k) == k - j
                   for j in range(max(sent.start, k - 2), k)):
            return False
        k = end
        while k < sent.end and k - end < IMPOSERS_REACH and joins(k):
            k += 1
        return bool(match_phrase_at(doc, k, self.sanction_nouns, 3, sent.end))

