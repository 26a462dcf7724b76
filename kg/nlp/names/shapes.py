"""The shape of a run (:class:`RunShapes`): its head word (organisation, place or treaty word, first or last in
the run since Indonesian is head-initial and English head-final), and the shapes that split or retype it — a
name "of" a known body, given names before a known surname, a class noun and an owner before the name, the body
that governs a country, a leader's or a named cabinet, an instrument of a body named only by its number."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import EntityType
from kg.nlp.names.state import NameState
from kg.nlp.tokens import is_acronym, is_capitalised, lower_forms, match_phrase_at
from kg.text import normalise


class RunShapes(NameState):
    def _head_type(self, doc: Doc, start: int, end: int, known_at: dict | None = None) -> EntityType | None:
        """The type a head word gives the run [start, end): first or last word, or a capitalised word inside.

        A head word inside a known name of a country, place or person is that name's, not the run's: "Presiden
        Amerika Serikat Joe Biden" is no organisation, "Gedung Putih Sarah Cole" no building.
        """
        res = self.res
        inside = {k for k, span in (known_at or {}).items()
                  if span.label_ in (EntityType.COUNTRY.value, EntityType.PLACE.value, EntityType.PERSON.value)}
        for heads, etype in ((res.treaty_heads, EntityType.TREATY), (res.org_heads, EntityType.ORGANIZATION),
                             (res.place_heads, EntityType.PLACE)):
            if start not in inside and match_phrase_at(doc, start, heads, self.head_len, end):
                return etype
            last = doc[end - 1].lower_
            if end - 1 not in inside and (last,) in heads:
                return etype
            if end - start >= 3 and any((t.lower_,) in heads for t in doc[start + 1 : end - 1]
                                        if is_capitalised(t) and t.i not in inside):
                return etype  # "National League for Democracy", "Strategic Partnership RI-AS"
        return None

    def _name_of_body(self, doc: Doc, i: int, end: int, known_at: dict) -> int | None:
        """Where "of" stands in a run [i, end) that is a name without head words, "of" (a determiner may follow) and
        one country or body the gazetteer knows, up to the end: "Kenji Tanaka of the Bank of Japan"; else None."""
        res = self.res
        for k in range(i + 1, end - 1):
            if doc[k].lower_ not in res.preps.of or k in known_at:
                continue
            j = k + 1
            while j < end and doc[j].lower_ in res.articles and j not in known_at:
                j += 1
            body = known_at.get(j)
            if (body is None or body.start != j or body.end != end
                    or body.label_ not in (EntityType.ORGANIZATION.value, EntityType.COUNTRY.value)):
                return None
            if any(t in known_at for t in range(i, k)) or self._head_type(doc, i, k) is not None:
                return None
            return k
        return None

    def _name_after_portfolio_body(self, doc: Doc, i: int, end: int, known_at: dict) -> int | None:
        """Where a person's name starts in a run [i, end) that is an organisation's head word, the domain it
        governs and then two to four capitalised words nothing knows or heads: "Kementerian Kesehatan Budi
        Rahardjo", "Badan Intelijen X", "Biro Humas Kementerian Pertahanan X" (a unit of a body the gazetteer
        knows) — the body a title before it serves, then its holder; else None."""
        res = self.res
        n = match_phrase_at(doc, i, res.org_heads, self.head_len, end)
        j = i + n if n and i not in known_at else end
        while j < end:
            body = known_at.get(j)
            if body is not None:
                if body.start != j or body.end >= end or body.label_ != EntityType.ORGANIZATION.value:
                    break
                j = body.end  # the body the unit belongs to, one the gazetteer knows: "Biro Humas Kementerian …"
                continue
            if doc[j].lower_ not in res.portfolio_words and doc[j].lower_ not in res.role_modifiers:
                break
            j += 1
        if not n or j == i + n or not 2 <= end - j <= 4:
            return None
        holder = known_at.get(j)
        if holder is not None and holder.start == j and holder.end == end and holder.label_ == EntityType.PERSON.value:
            return j  # the holder's name is one the gazetteer knows
        if any(k in known_at for k in range(j, end)):
            return None
        words = doc[j:end]
        if not all(is_capitalised(t) and t.is_alpha for t in words) or self._head_type(doc, j, end) is not None \
                or any(t.lower_ in res.portfolio_words or t.lower_ in res.role_modifiers for t in words):
            return None
        return j

    def _surname_after_given_names(self, doc: Doc, start: int, end: int, known_at: dict,
                                   person_cue: bool = False) -> Span | None:
        """The one-word gazetteer name right after the unknown words [start, end) when those are a person's given
        names (one to three; two at most before a place) and it is the family name: a one-word person ("Budi"
        before the known "Santoso") or a one-word place after words that open people's names in the gazetteer
        ("George" before "Washington") or after a title that cues a person ("Menteri Pertahanan AS Lloyd Austin",
        "Defense Secretary Lloyd Austin": the title holds a person, not a person and a city). A country or a body
        after a name is a name of its own."""
        known = known_at.get(end)
        # up to three given names before a known person's family name ("Carlos Luiz Inacio Lula"), two before a place
        most = 3 if known is not None and known.label_ == EntityType.PERSON.value else 2
        if known is None or known.start != end or len(known) != 1 or not 1 <= end - start <= most:
            return None
        words = doc[start:end]
        if not all(t.is_alpha and t.text.istitle() and t.lower_ not in self.common and not self._nationality(t)
                   for t in words):
            return None
        if known.label_ == EntityType.PERSON.value:
            return known
        if known.label_ == EntityType.PLACE.value and (
                person_cue or all(normalise(t.text) in self.given_names for t in words)):
            return known
        return None

    def _city_before_family_name(self, doc: Doc, i: int, end: int, known_at: dict) -> bool:
        """The one-word city the gazetteer knows at ``i`` may be a given name: one or two unknown capitalised words
        follow it to the run's end, no common word, nationality or head word among them ("Rosario Murillo", "Milan
        Radoicic"; not "Milan Fashion Week", "Jakarta Post"). Whether they are a person's name the caller decides
        from a title; a country ("Jordan X") is never taken for a given name."""
        known = known_at.get(i)
        if known is None or known.start != i or len(known) != 1 or known.label_ != EntityType.PLACE.value \
                or not 1 <= end - known.end <= 2 or any(k in known_at for k in range(known.end, end)):
            return False
        return all(t.is_alpha and t.text.istitle() and t.lower_ not in self.common and not self._nationality(t)
                   for t in doc[known.end:end]) and self._head_type(doc, i, end, known_at) is None

    def _compass_region_end(self, doc: Doc, i: int, end: int, known_at: dict) -> int:
        """Where a region named by a point of the compass and one unknown name ends (0: none at ``i``): "North
        Darfur", "South Kivu" in a head-final language, "Kivu Utara", "Darfur Utara" in a head-initial one. The
        compass word alone is no name and the other word alone no known place; together they name a region. Not a
        nationality ("North Korean"), a common word, a name the gazetteer knows ("North Korea", "Jakarta Utara":
        the known name stays), nor a run a head word types ("North Atlantic Treaty", "South China Sea")."""
        if i + 1 >= end or i in known_at or i + 1 in known_at:
            return 0
        compass, name = (doc[i + 1], doc[i]) if self.res.head_initial else (doc[i], doc[i + 1])
        if compass.lower_ not in self.res.compass_words or not is_capitalised(compass):
            return 0
        if not (name.is_alpha and name.text.istitle() and name.lower_ not in self.common
                and name.lower_ not in self.res.compass_words and not self._nationality(name)):
            return 0
        return i + 2 if self._head_type(doc, i, end, known_at) is None else 0

    def _building_in_city_end(self, doc: Doc, i: int, end: int, known_at: dict) -> int:
        """Where a building named by its place head and then the city it stands in ends (0: none at ``i``), in a
        head-initial language: "Istana Kepresidenan Bogor", "Gedung Negara Cirebon" — a known building name that
        opens with a place head word ("istana", "gedung") and a known city right after it, to the run's end, are one
        place: which palace the city says, so the pair is neither the building named alone elsewhere nor the city."""
        building = known_at.get(i)
        if not self.res.head_initial or building is None or building.start != i or len(building) < 2 \
                or building.label_ != EntityType.PLACE.value \
                or not match_phrase_at(doc, i, self.res.place_heads, self.head_len, building.end):
            return 0
        city = known_at.get(building.end)
        if city is None or city.start != building.end or city.end != end or city.label_ != EntityType.PLACE.value:
            return 0
        return end

    def _after_described_class(self, doc: Doc, i: int, end: int, known_at: dict) -> int:
        """Where the name starts (0: none) in a run that opens with an organisation cue word and an acronym saying
        what it works on, then two or more capitalised words of no known name and no glue: "Organisasi HAM Amnesty
        International", "Kelompok HAM Human Rights Watch". Not "Organisasi Kerja Sama Islam" (no acronym)."""
        res = self.res
        name = i + 2
        if end - name < 2 or (doc[i].lower_,) not in res.org_cues or not is_acronym(doc[i + 1]):
            return 0
        if any(k in known_at for k in range(i, end)) or any(
                not is_capitalised(t) or t.lower_ in res.inner_name_words or is_acronym(t) for t in doc[name:end]):
            return 0
        return name

    def _owner_after_cue_end(self, doc: Doc, i: int, end: int, known_at: dict) -> int:
        """Where a run that opens with an organisation cue and a country the gazetteer knows goes on to words of no
        known name (0: it does not): "Perusahaan Korea Selatan Hyundai …" at a sentence start."""
        cue = match_phrase_at(doc, i, self.res.org_cues, 3, end)
        owner = known_at.get(i + cue) if cue else None
        if owner is None or owner.start != i + cue or owner.label_ != EntityType.COUNTRY.value or owner.end >= end:
            return 0
        named = known_at.get(owner.end)
        if named is not None and named.start == owner.end and named.end == end:
            return owner.end  # "Perusahaan Jepang Mitsubishi": a company the gazetteer knows
        return 0 if any(k in known_at for k in range(owner.end, end)) else owner.end

    def _written_inside(self, doc: Doc, i: int, end: int, known_at: dict) -> bool:
        """The words from token ``i`` (two at least, up to ``end``, none of a known name) make a capitalised run
        that the document also writes inside a sentence, where no sentence start capitalised them: a name's words.
        ("Pemerintah Indonesia menuduh …" stays the country: :meth:`_head_opens_name`.)"""
        words = lower_forms(doc)
        return any(tuple(words[i:k]) in self._inner_runs for k in range(i + 2, end + 1)
                   if not any(j in known_at for j in range(i, k)))

    def _opens_head_final_org(self, doc: Doc, i: int, end: int, known_at: dict) -> bool:
        """A content word at token ``i`` opens a name of three words or more that an organisation word ends, the
        way names borrowed from English are built: "Human Rights Watch menuduh …" (not "Menurut Amnesty
        International", a function word; not a run with a known name in it)."""
        return (doc[i].lower_ in self.corpus_only and end - i >= 3 and doc[end - 1].lower_ in self.res.org_words
                and all(is_capitalised(t) and t.is_alpha and t.i not in known_at for t in doc[i:end]))

    def _head_opens_name(self, doc: Doc, i: int, end: int, known_at: dict) -> bool:
        """A head word at token ``i`` opens a head-initial name: "Front Pembebasan Rakyat", "Bank Pembangunan Asia".

        Capitalised at a sentence start, a head word is a common word only when one name the gazetteer knows
        makes up the rest of the run ("Pemerintah Indonesia menuduh …": the country, by metonymy).
        """
        res = self.res
        if not res.head_initial or i + 1 >= end or not is_capitalised(doc[i + 1]):
            return False
        if not any(match_phrase_at(doc, i, heads, 1, end)
                   for heads in (res.org_heads, res.place_heads, res.treaty_heads)) \
                and doc[i].lower_ not in res.leader_bodies:  # "Kabinet Merah Putih menggelar …"
            return False
        if match_phrase_at(doc, i, res.mission_heads, self.head_len, end):
            return True  # "Kedubes Rusia membantah …": the embassy, a body abroad, never its country by metonymy
        rest = known_at.get(i + 1)
        if rest is not None and rest.label_ == EntityType.PLACE.value and match_phrase_at(doc, i, res.treaty_heads,
                                                                                         1, end):
            return True  # "Perjanjian Osaka ditandatangani …": an instrument named after a city is no metonymy
        return rest is None or rest.start != i + 1 or rest.end < end

    def _body_of_country_end(self, doc: Doc, i: int, end: int, known_at: dict) -> int:
        """End of "Government of Chile" when token ``i`` starts one: a capitalised organisation head, one or two
        glue words ("of", "of the"), then a country the gazetteer knows, inside the run; else 0."""
        res = self.res
        if not is_capitalised(doc[i]) or (doc[i].lower_,) not in res.org_heads or i in known_at:
            return 0
        k = i + 1
        while k < end and k - i <= 2 and doc[k].lower_ in res.inner_name_words and k not in known_at:
            k += 1
        country = known_at.get(k)
        if k == i + 1 or country is None or country.start != k or country.end > end \
                or country.label_ != EntityType.COUNTRY.value:
            return 0
        return country.end

    def _unnumbered_instrument_of_body(self, doc: Doc, i: int, end: int, known_at: dict) -> bool:
        """The run is an instrument word that is named only by its number ("resolution") and one organisation the
        gazetteer knows, before or after it, with no number: it names the body's instruments, not one of them."""
        res = self.res
        for head, rest in ((i, (i + 1, end)), (end - 1, (i, end - 1))):
            if doc[head].lower_ not in res.instruments_named_by_number:
                continue
            body = known_at.get(rest[0])
            if (body is not None and body.start == rest[0] and body.end == rest[1]
                    and body.label_ == EntityType.ORGANIZATION.value):
                return True
        return False

    def _leader_of_body(self, doc: Doc, i: int, end: int, known_at: dict) -> tuple[int, int] | None:
        """The leader's name in "the Carter Administration" (head-final) or "Pemerintahan Jokowi" (head-initial):
        one or two capitalised words beside a leader-body head, each a word of a person's name the gazetteer knows
        and none part of another known name."""
        res = self.res
        if end - i < 2 or end - i > 3:
            return None
        head, name = (i, (i + 1, end)) if res.head_initial else (end - 1, (i, end - 1))
        if doc[head].lower_ not in res.leader_bodies:
            return None
        words = doc[name[0] : name[1]]
        if all(is_capitalised(t) and normalise(t.text) in self.person_words
               and (t.i not in known_at or known_at[t.i].label_ == EntityType.PERSON.value) for t in words):
            return name
        return None

    def _named_body_of_leaders(self, doc: Doc, i: int, end: int, known_at: dict) -> bool:
        """The run [i, end) is a leader-body word ("kabinet", "government") at its head end and capitalised words
        naming no person: a government or cabinet with a name of its own ("Kabinet Merah Putih", "Kabinet Indonesia
        Maju"), an organisation. Not a leader's ("Kabinet Jokowi": :meth:`_leader_of_body`) nor one known name
        alone ("Pemerintahan Indonesia": the country's government, by metonymy the country)."""
        res = self.res
        head, rest = (i, (i + 1, end)) if res.head_initial else (end - 1, (i, end - 1))
        if end - i < 2 or doc[head].lower_ not in res.leader_bodies:
            return False
        inside = {known_at[k] for k in range(i, end) if k in known_at}
        if any(span.label_ == EntityType.PERSON.value for span in inside):
            return False
        return not any(span.start == rest[0] and span.end == rest[1] for span in inside)
