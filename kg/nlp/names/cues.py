"""The words around a run that say what it names (:class:`ContextCues`): a title or honorific before it (a
person), a speaker phrase ("according to"), a speech or meeting verb after or before it, a kinship noun in
apposition, a preposition or place noun before it (a place), an organisation cue ("kantor berita", "the think
tank"), a wire dateline."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.model import EntityType
from kg.nlp.names.state import NameState
from kg.nlp.tokens import is_acronym, is_capitalised, lower_forms, match_phrase_at, sentence_initial
from kg.text import normalise

HYPHENS = re.compile("[-–—]")
DATELINE_TYPES = (EntityType.PLACE, EntityType.COUNTRY)  # what a wire dateline opens with
SANCTION_CONJUNCTS = 4  # names coordinated before one a sanction targets: "sanctioned A, B, C and D"
NAME_WORDS = 5  # capitalised words of one conjunct: "Sahara Crude Lines Co. Ltd."
DATELINE_PLACE_WORDS = 3  # "KUALA LUMPUR", "DEN HAAG", "RIO DE JANEIRO": a dateline place in capitals, at most
CUE_MODIFIER_WORDS = 2  # words modifying a cue after it, in a head-initial language: "bank (minyak) negara"
SENTENCE_ENDS = frozenset({".", "!", "?"})  # a dateline may open a sentence run on after a summary: "… year. LIMA -"


class ContextCues(NameState):
    def _title_before(self, doc: Doc, i: int, sent_start: int) -> bool:
        """A title ends right before token ``i``: "juru bicara Uni Eropa …" — or a title and the lowercase words
        of its portfolio: "kepala kebijakan luar negeri Uni Eropa …"."""
        res, words = self.res, lower_forms(doc)  # the Doc's words once, not a Token per word per length tried
        while True:
            if any(i - n >= sent_start and tuple(words[i - n : i]) in res.titles
                   for n in range(1, res.max_title_len + 1)):
                return True
            # "kepala diplomasi Uni Eropa …": the lowercase portfolio (or modifier) after a title; a modifier may
            # be a title itself ("kepala"), so a title is looked for before each word stepped over
            if not (i - 1 > sent_start and doc[i - 1].is_lower
                    and (words[i - 1] in res.role_modifiers or words[i - 1] in res.portfolio_words)):
                return False
            i -= 1

    def _apposed_to_title(self, doc: Doc, i: int, sent_start: int, known_at: dict) -> bool:
        """A comma before token ``i`` closes a title, or a title and the name it is held for: the run after it is
        the holder ("Menteri Pertahanan AS, Lloyd Austin, …", "Defense Secretary, Lloyd Austin")."""
        k = i - 1
        if k <= sent_start or doc[k].text != ",":
            return False
        held_for = known_at.get(k - 1)
        return self._title_before(doc, held_for.start if held_for is not None else k, sent_start)

    def _titled_in_apposition_after(self, doc: Doc, start: int, end: int, known_at: dict) -> bool:
        """An unknown run is followed by a title set off by commas and owned by a name or opened by an article:
        the run is the title's holder, a person ("Kalvaro, Chile's president, visited …", "Kalvaro, the president
        of Chile, …", "Kalvaro, presiden Chile, …"). A run with a known name in it keeps the gazetteer's type."""
        res = self.res
        if any(k in known_at for k in range(start, end)) or end + 2 >= len(doc) or doc[end].text != ",":
            return False
        k = end + 1
        owner = known_at.get(k)
        if owner is not None and owner.start == k and owner.end < len(doc) \
                and res.is_possessive_marker(doc[owner.end].lower_):
            k = owner.end + 1  # "Chile's president"
        elif doc[k].lower_ in res.articles:
            k += 1  # "the president of Chile"
        while k < len(doc) and doc[k].lower_ in res.role_modifiers and doc[k].is_lower:
            k += 1  # "Chile's former president"
        n = match_phrase_at(doc, k, res.titles, res.max_title_len, len(doc))
        if not n:
            return False
        k += n
        # the closing comma, past the country or body the title is held for: "of Chile", "presiden Chile", "of the
        # Andean Fisheries Council" (a body no gazetteer knows: capitalised words), "of the Serb List party" (a
        # body's head word written lowercase after its name)
        while k < len(doc) and doc[k].text != "," and (k in known_at or doc[k].lower_ in res.preps.of
                                                        or doc[k].lower_ in res.articles or is_capitalised(doc[k])
                                                        or self._lowercase_head_after_name(doc, k)):
            k = known_at[k].end if k in known_at else k + 1
        return k < len(doc) and doc[k].text == ","

    def _lowercase_head_after_name(self, doc: Doc, k: int) -> bool:
        """A body's head word written lowercase right after a capitalised name: "party" of "the Serb List party"."""
        return k > 0 and doc[k].is_lower and (doc[k].lower_,) in self.res.org_heads and is_capitalised(doc[k - 1])

    def _title_held_for_before(self, doc: Doc, i: int, sent_start: int, known_at: dict) -> bool:
        """A title (and the country it is held for) and the preposition of the post end right before token ``i``:
        the run after them names the body posted to, then the holder ("Duta Besar Ukraina untuk PBB Andriy
        Melnyk", "Ambassador to the UN Andriy Melnyk"), or the portfolio and then the holder ("Komisaris Tinggi PBB
        untuk HAM Volker Turk")."""
        res, words = self.res, lower_forms(doc)  # asked for every name run: no Token objects
        k = i - 1
        while k > sent_start and words[k] in res.articles:
            k -= 1
        if k <= sent_start or words[k] not in res.preps.accredited_to:
            return False
        held_for = known_at.get(k - 1)
        if held_for is not None and held_for.label_ in (EntityType.COUNTRY.value, EntityType.ORGANIZATION.value):
            k = held_for.start  # "Komisaris Tinggi PBB untuk HAM X": a body's office holds a portfolio too
        return self._title_before(doc, k, sent_start)

    def _honorific_at(self, doc: Doc, i: int, end: int) -> int:
        """Length of a form of address at token ``i`` ("His Excellency", "Yang Mulia"), 0 if none."""
        return match_phrase_at(doc, i, self.res.honorifics, self.honorific_len, end)

    def _known_person_word(self, tok: Token, sent_start: int) -> bool:
        """``tok`` is the first or last word of a person's name in the gazetteer ("Biden", "Xi"), and either stands
        inside the sentence, or a trigger verb or another known person word after "and" follows it."""
        if normalise(tok.text) not in self.person_words:
            return False
        if not sentence_initial(tok.doc, tok.i, sent_start):
            return True
        doc = tok.doc
        k = self._past_adverbs(tok)
        if k + 1 < len(doc) and doc[k].lower_ in self.res.coordination and is_capitalised(doc[k + 1]) \
                and normalise(doc[k + 1].text) in self.person_words:
            return True  # "Biden and Xi discussed …": coordinated with another known name ("Rice and Wheat" not)
        return k < len(doc) and doc[k].lower_ in self.trigger_words

    def _past_adverbs(self, tok: Token) -> int:
        """The token after ``tok`` and up to two adverbs that may stand before a verb ("juga", "also")."""
        doc = tok.doc
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 2 and doc[k].lower_ in self.res.adverbs_before_verb:
            k += 1
        return k

    def _repeats_family_name(self, tok: Token, sent_start: int, found: Iterable[Span]) -> bool:
        """``tok``, a word of the language's stop or common lists ("Wong" is one in Indonesian), repeats the last
        word of a person's full name found before it in the document, by the gazetteer or by the name rules
        ("Penny Wong … Wong tiba …", "Lawrence Wong … Wong juga mengunjungi …"), and either
        stands inside its sentence or a verb of ours follows it. Never a closed-class word ("Dan", "Ia")."""
        res = self.res
        low = tok.lower_
        if low in res.coordination or low in res.complementisers or low in res.relative \
                or low in res.person_pronouns or low in res.plural_pronouns or low in res.preps.blocking \
                or low in res.not_names or low in self.time_openers:
            return False  # nor a month or weekday: "Theresa May … in May"
        person = EntityType.PERSON.value  # read once: an enum's value is a property call
        if not any(span.end <= tok.i and span.label_ == person and len(span) >= 2 and span[-1].lower_ == low
                   for span in found):
            return False
        if not sentence_initial(tok.doc, tok.i, sent_start):
            return True
        k = self._past_adverbs(tok)
        return k < len(tok.doc) and tok.doc[k].lower_ in self.trigger_words

    def _kin_apposition(self, doc: Doc, start: int, sent_start: int) -> bool:
        """A comma, and before it a kinship noun with its possessor: "his daughter, X" (a determiner before the
        noun) or "putrinya, X" (a possessive suffix on it)."""
        res = self.res
        if start - 2 < sent_start or doc[start - 1].text != ",":
            return False
        noun = doc[start - 2].lower_
        if noun in res.kin_nouns:
            return start - 3 >= sent_start and (doc[start - 3].lower_ in res.determiners
                                                or doc[start - 3].lower_ in res.possessive_suffixes)
        return any(noun.endswith(suffix) and noun[: -len(suffix)] in res.kin_nouns
                   for suffix in res.possessive_suffixes if suffix.isalpha())

    def _party_of_meeting_verb(self, tok: Token) -> bool:
        """``tok`` is a title-case word right before a verb of meeting (its subject) or right after one (its
        object); adverbs such as "also", "telah" may stand between a subject and its verb. A word a title
        follows modifies that title (a nationality the demonym table leaves out as ambiguous, a body), the
        party being the title's holder."""
        if not tok.text.istitle() or not tok.is_alpha:
            return False
        doc = tok.doc
        if match_phrase_at(doc, tok.i + 1, self.res.titles, self.res.max_title_len, len(doc)):
            return False  # "met Congolese President X", "met Zorbian Foreign Minister X": the title's modifier
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 2 and doc[k].lower_ in self.res.adverbs_before_verb:
            k += 1
        if k < len(doc) and doc[k].lower_ in self.meeting_verbs:
            return self._named_party(doc, k, +1)
        v = tok.i - 1
        if v > 0 and doc[v].lower_ in self.res.preps.partner:
            v -= 1  # "bertemu dengan X", "met with X"
        return v >= 0 and doc[v].lower_ in self.meeting_verbs and self._named_party(doc, v, -1)

    def _meeting_party_after(self, doc: Doc, start: int, sent_start: int, reach: int = 3) -> bool:
        """The name follows a preposition of direction (not of place) that a noun of meeting governs, only a passive
        auxiliary and a light verb between them: "A courtesy call was paid to X", "a call to X" — X is whom one
        meets, a person (countries and bodies are known to the gazetteer), not a destination ("The meeting moved to
        Villa Rosa": another verb's destination)."""
        res = self.res
        prep = start - 1
        if prep <= sent_start or doc[prep].lower_ not in res.preps.direction or doc[prep].lower_ in res.preps.location:
            return False
        for k in range(prep - 1, max(sent_start, prep - 1 - reach) - 1, -1):
            low = doc[k].lower_
            if low in self.meeting_nouns:
                return True
            if low not in res.passive_auxiliaries and low not in res.light_verbs:
                return False
        return False

    def _named_party(self, doc: Doc, verb: int, step: int) -> bool:
        """The verb's other party is a name too (capitalised, not a common word): "Haddad met Sayegh", "Haddad
        bertemu dengan Sayegh"; not "Gazprom met its targets", "a group called Harmony", "Officials met X"."""
        res = self.res
        skip = res.adverbs_before_verb if step < 0 else res.preps.partner
        k = verb + step
        while 0 <= k < len(doc) and abs(k - verb) <= 2 and doc[k].lower_ in skip:
            k += step
        if step > 0 and 0 <= k < len(doc) and self._nationality(doc[k]):
            # "Haddad met Korean President Lee": a nationality, a title and its holder's name; not "met Russian
            # officials"
            title = match_phrase_at(doc, k + 1, res.titles, res.max_title_len, len(doc))
            return bool(title) and k + 1 + title < len(doc) and is_capitalised(doc[k + 1 + title])
        return (0 <= k < len(doc) and is_capitalised(doc[k]) and doc[k].lower_ not in self.common
                and not self._nationality(doc[k]))  # "Officials met X": a capitalised common noun is no name

    def _dateline_place(self, doc: Doc, i: int) -> Span | None:
        """A word in capitals opening a line or a sentence before a comma, a parenthesis or a dash ("BEIJING, Jan 3
        (Reuters) -", "JAKARTA (ANTARA) -", "… last year. LIMA - …": a lede run on after a summary) that the
        gazetteer knows as a place or country: a span of that type, else None."""
        tok = doc[i]
        if not (tok.text.isupper() and tok.is_alpha and len(tok.text) > 3) or i + 1 >= len(doc) \
                or not (doc[i + 1].text in {",", "("} or HYPHENS.fullmatch(doc[i + 1].text)):
            return None
        if i > 0 and "\n" not in doc[i - 1].text_with_ws and doc[i - 1].text not in SENTENCE_ENDS:
            return None
        entries = tuple(e for e in self.gazetteer.lookup(tok.text, self.lang) if e.type in DATELINE_TYPES)
        if not entries and doc[i + 1].text == "," and self._source_then_dash(doc, i + 2):
            return self._span(doc, i, i + 1, EntityType.PLACE, method="names-dateline")  # "GYEONGJU, KOMPAS.com -"
        if not entries:
            return None
        span = self._span(doc, i, i + 1, entries[0].type, method="names-dateline")
        span._.kg_candidates = entries
        return span

    def _dateline_place_ends(self, doc: Doc, last: int) -> bool:
        """A wire dateline's place, one to three words in capitals opening a line, ends at token ``last``:
        "JAKARTA", "KUALA LUMPUR", "DEN HAAG" — the one-word place as :meth:`_dateline_place` reads it, a longer
        one as the gazetteer knows it."""
        if self._dateline_place(doc, last) is not None:
            return True
        first = last
        while first > 0 and last - first < DATELINE_PLACE_WORDS - 1 and doc[first - 1].text.isupper() \
                and doc[first - 1].is_alpha and "\n" not in doc[first - 1].text_with_ws:
            first -= 1
        if first == last or not all(t.is_alpha and t.text.isupper() for t in doc[first:last + 1]) \
                or (first > 0 and "\n" not in doc[first - 1].text_with_ws):
            return False
        return any(e.type in DATELINE_TYPES for e in self.gazetteer.lookup(doc[first:last + 1].text, self.lang))

    def _dateline_source(self, doc: Doc, start: int, end: int) -> bool:
        """The run [start, end) names the agency or paper of a wire dateline: after its place and a comma or an
        opening bracket, before a dash or the closing bracket ("JAKARTA, KOMPAS.com -", "BANDUNG (Antara) -",
        "Jakarta, CNN Indonesia --", "GYEONGJU, KOMPAS.com -": a place in capitals opening the line, or one the
        gazetteer knows), or opening the line before a comma, the place and the dash ("TEMPO.CO, Jakarta -")."""
        if self._source_before_place(doc, start, end):
            return not self._known_place(doc[start:end].text)  # "LIMA, Peru —": the dateline's place, no paper
        if start < 2 or end >= len(doc) or doc[start - 1].text not in {",", "("} \
                or not (self._dateline_place_ends(doc, start - 2) or self._line_opening_place(doc, start - 2)):
            return False
        closer = doc[end].text
        return (bool(HYPHENS.fullmatch(closer)) or (closer == ")" and doc[start - 1].text == "(")) \
            and not self._known_place(doc[start:end].text)  # "LIMA, Peru —": the dateline's country, not its paper

    def _source_then_dash(self, doc: Doc, k: int) -> bool:
        """One or two capitalised words from token ``k``, then a dash: the paper of a dateline and its end."""
        return any(j < len(doc) and HYPHENS.fullmatch(doc[j].text) and all(is_capitalised(t) for t in doc[k:j])
                   for j in (k + 1, k + 2))

    def _line_opening_place(self, doc: Doc, last: int) -> bool:
        """Token ``last`` is a one-word place opening the text or a line, before a comma: in capitals ("GYEONGJU,"),
        or written as a name that the gazetteer knows as a place ("Jakarta,")."""
        tok = doc[last]
        if (last > 0 and "\n" not in doc[last - 1].text_with_ws) or not tok.is_alpha or len(tok.text) < 3:
            return False
        return tok.text.isupper() or (tok.is_title and any(
            e.type in DATELINE_TYPES for e in self.gazetteer.lookup(tok.text, self.lang)))

    def _source_before_place(self, doc: Doc, start: int, end: int) -> bool:
        """The run [start, end) opens the text or a line, one or two words, and a comma, a place the gazetteer knows
        (one word) and a dash follow: the paper of the dateline ("TEMPO.CO, Jakarta -")."""
        if (start > 0 and "\n" not in doc[start - 1].text_with_ws) or not 1 <= end - start <= 2 \
                or end + 2 >= len(doc) or doc[end].text != "," or not HYPHENS.fullmatch(doc[end + 2].text):
            return False
        return self._known_place(doc[end + 1].text)

    def _known_place(self, text: str) -> bool:
        """The gazetteer knows ``text`` as a place or a country (a dateline's, never its paper)."""
        return any(e.type in DATELINE_TYPES for e in self.gazetteer.lookup(text, self.lang))

    def _speaker_phrase_before(self, doc: Doc, start: int, sent_start: int) -> bool:
        """A phrase naming its speaker next ends right before ``start``: "according to", "as stated by"."""
        return any(start - n >= sent_start and tuple(t.lower_ for t in doc[start - n:start]) in self.speaker_phrases
                   for n in range(2, self.speaker_phrase_len + 1))

    def _speaks_next(self, doc: Doc, end: int) -> bool:
        """A speech verb follows (adverbs such as "juga", "also" may stand between)."""
        k = end
        while k < len(doc) and k - end < 2 and doc[k].lower_ in self.res.adverbs_before_verb:
            k += 1
        return k < len(doc) and doc[k].lower_ in self.speech_verbs

    def _not_person_word(self, tok: Token, by_suffix: bool = True) -> bool:
        low = tok.lower_
        res = self.res
        return low in res.not_person_words or (by_suffix and len(low) > 5 and low.endswith(res.not_person_suffixes))

    def _place_noun_before(self, doc: Doc, start: int, sent_start: int) -> bool:
        """A lowercase place noun stands right before the name (head-initial languages: "kota Bandung", "provinsi
        Aceh"), or before "of" and the name ("the city of Leeds"): the name is the place's."""
        if any(self.res.singular(t.lower_) in self.title_words for t in doc[start : start + 4] if is_capitalised(t)):
            return False  # "the city Mayor", "provinsi Gubernur": an office, not a name
        k = start - 1
        if k > sent_start and doc[k].lower_ in self.res.title_glue and doc[k].is_lower:
            k -= 1  # "the city of …"
        elif not self.res.head_initial:
            return False  # a head-final language puts the place noun after its name ("the city Mayor" names none)
        return k >= sent_start and doc[k].is_lower and (doc[k].lower_,) in self.res.place_heads

    def _sanction_object(self, doc: Doc, start: int, sent_start: int) -> bool:
        """The name at ``start`` is what a sanction is imposed on: right after a verb of sanctioning or the
        preposition of its target, past an article ("blacklisted Belavia", "sanctions on the X", "sanksi terhadap
        X") — a target, so no place the preposition would otherwise make of it."""
        res, words = self.res, lower_forms(doc)
        k = start
        for _ in range(SANCTION_CONJUNCTS):
            while k > sent_start and words[k - 1] in res.articles:
                k -= 1
            if any(tuple(words[k - n : k]) in self.sanction_objects
                   for n in range(min(self.sanction_object_len, k - sent_start), 0, -1)):
                return True
            # "sanctioned Rosneft and Lukoil", "X, Y and Z": a conjunct of the name before is a target too
            if k - 2 < sent_start or not (words[k - 1] in res.coordination or words[k - 1] == ","):
                return False
            k -= 1
            while k > sent_start and (words[k - 1] == "," or words[k - 1] in res.coordination):
                k -= 1
            first = k
            while k > sent_start and first - k < NAME_WORDS and is_capitalised(doc[k - 1]):
                k -= 1
            if k == first:
                return False
        return False

    def _target_not_person(self, tok: Token, sent_start: int, found: Iterable[Span]) -> bool:
        """One capitalised word of no known type that a sanction targets (:meth:`_sanction_object`) names a body —
        a person is named in full first ("Igor Sechin … sanctioned Sechin"), and a known surname is a person's."""
        low, doc, res = tok.lower_, tok.doc, self.res
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and not (nxt.is_punct or nxt.lower_ in res.coordination or nxt.lower_ in res.preps.blocking):
            return False  # "the Baltic states banned …", "Kataib Hezbollah": the word only opens a phrase
        if normalise(tok.text) in self.surnames or not self._sanction_object(doc, tok.i, sent_start):
            return False
        person = EntityType.PERSON.value
        return not any(span.label_ == person and len(span) >= 2 and span[-1].lower_ == low for span in found)

    def _bare_body(self, doc: Doc, start: int, sent_start: int, found: Iterable[Span]) -> bool:
        """The word at ``start`` is a body's head word (``bare_body_heads``) written capitalised inside its
        sentence right after a definite article, and no capitalised word follows it: "The Council adopted …", "the
        Committee approved …" — a release opening with its own body, told short. Not "the council" nor "Council of
        …" (a name goes on), nor after any body named before ("the Council of the European Union … The Council also
        …", "The European Union … The Council also …"): the short form refers to what was told
        (``kg.extract`` reads it so)."""
        tok = doc[start]
        org = EntityType.ORGANIZATION.value
        if any(span.label_ == org and (span.start < start or any(t.lower_ == tok.lower_ for t in span))
               for span in found):
            return False  # a body named before, or one of that head anywhere ("… the Council of the EU said")
        return (tok.lower_ in self.res.bare_body_heads and tok.text[:1].isupper() and not tok.text.isupper()
                and start > sent_start and doc[start - 1].lower_ in self.res.definite_determiners
                and not (start + 1 < len(doc) and (is_capitalised(doc[start + 1])
                                                   or doc[start + 1].lower_ in self.res.title_glue)))

    def _org_cue_before(self, doc: Doc, start: int, sent_start: int) -> bool:
        """"kantor berita Antara", "the think tank 38 North": a cue phrase right before the name — or before a
        trade noun before it ("perusahaan pelayaran Sovcomflot": ``org_cue_modifiers``)."""
        if start - 1 > sent_start and doc[start - 1].lower_ in self.res.org_cue_modifiers and doc[start - 1].is_lower:
            start -= 1
        for n in (1, 2, 3):
            if start - n >= sent_start and tuple(t.lower_ for t in doc[start - n : start]) in self.res.org_cues:
                return True
        return False

    def _listed_after_org_noun(self, doc: Doc, start: int, sent_start: int, end: int, known_at: dict,
                               reach: int = 12) -> bool:
        """The name stands in a list of names apposed to a noun of organisations (its country may follow it in a
        head-initial language): "two Russian firms, Rosneft and Lukoil", "dua perusahaan Rusia, Rosneft dan
        Lukoil" — each is an organisation; not one that speaks next ("… firms, Ruiz said")."""
        if self._speaks_next(doc, end):
            return False
        res = self.res
        k = start - 1
        while k - 1 > sent_start and start - k <= reach:
            tok = doc[k]
            if tok.text == ",":
                cue = doc[k - 1]
                owner = known_at.get(k - 1)
                if owner is not None and owner.label_ == EntityType.COUNTRY.value and res.head_initial \
                        and owner.start - 1 > sent_start:
                    cue = doc[owner.start - 1]  # "perusahaan Rusia,"
                c = cue.i
                while c - 1 > sent_start and cue.i - c < CUE_MODIFIER_WORDS and doc[c].is_lower \
                        and (doc[c].lower_ in res.org_cue_modifiers or doc[c].lower_ in res.member_links) \
                        and (res.singular(doc[c].lower_),) not in res.org_cues:
                    c -= 1  # "dua bank negara, A-B dan C", "perusahaan minyak negara, …": the cue's modifiers
                if doc[c].is_lower and (res.singular(doc[c].lower_),) in res.org_cues:
                    return True
            elif (tok.lower_,) in res.list_openers and doc[k - 1].text == ",":
                pass  # "empat perusahaan, yaitu Rosneft, …": the word that opens the list after the noun's comma
            elif not (tok.lower_ in res.coordination or tok.lower_ in res.articles or is_capitalised(tok)
                      or (tok.text == "-" and not tok.whitespace_ and not doc[k - 1].whitespace_)):
                # "Chile's central bank, the Banco Andino": an article may open the name apposed; "two state banks,
                # Sberbank-VTB and X": a hyphen inside a name listed
                return False
            k -= 1
        return False

    def _opening_org_cue(self, doc: Doc, i: int, sent_start: int, end: int, known_at: dict) -> int:
        """The length of an organisation cue that opens the sentence at token ``i`` and is no head of a name
        ("Pemberontak M23", "Milisi RSF"; not "Partai Demokrat", whose cue is the name's head) when a word of no
        known name follows it in the run; else 0."""
        n = match_phrase_at(doc, i, self.res.org_cues, 3, end)
        if not n or i + n >= end or i + n in known_at or not sentence_initial(doc, i, sent_start):
            return 0
        return 0 if any(tuple(t.lower_ for t in doc[i : i + k]) in self.res.org_heads for k in range(1, n + 1)) else n

    def _org_cue_after(self, doc: Doc, start: int, end: int) -> bool:
        """"the Wagner group", "the M23 rebels": a noun of an organisation right after the name, in the same
        sentence, says the name is the organisation's; a plural noun of its members says so only of a name written
        as an acronym or with digits ("ELN guerrillas", not "Darfur rebels": where they come from)."""
        if end >= len(doc) or doc[end].is_sent_start:
            return False
        sent_end = doc[end].sent.end
        if match_phrase_at(doc, end, self.res.org_cues_after, 3, sent_end):
            return True
        coded = end - start == 1 and (is_acronym(doc[start]) or not doc[start].is_alpha)
        return coded and bool(match_phrase_at(doc, end, self.res.member_cues_after, 3, sent_end))

    def _org_cue_before_owner(self, doc: Doc, start: int, sent_start: int, known_at: dict) -> bool:
        """A cue phrase, then the country the organisation belongs to, right before the name: "perusahaan Rusia
        Sovcomflot", "kantor berita Korea Utara KCNA", "Perusahaan Korea Selatan Hyundai"."""
        apposed = start - 2 >= sent_start and doc[start - 1].text == ","  # "perusahaan Rusia, Rosneft"
        owner = known_at.get(start - 2 if apposed else start - 1)
        if owner is None or owner.end != (start - 1 if apposed else start) \
                or owner.label_ != EntityType.COUNTRY.value:
            return False
        if self._org_cue_before(doc, owner.start, sent_start):
            return True
        # "dua perusahaan minyak terbesar Rusia, Rosneft", "perusahaan asuransi Rusia Ingosstrakh": the cue,
        # lowercase modifiers, the country (and a comma, where modifiers may also stand after the name)
        return (apposed or self.res.head_initial) and any(doc[k].is_lower and self._org_cue_before(doc, k, sent_start)
                               and all(t.is_lower and t.is_alpha for t in doc[k:owner.start])
                               for k in range(max(sent_start, owner.start - 2), owner.start))

    def _listed_after_org_cue(self, doc: Doc, start: int, sent_start: int, known_at: dict, new: list[Span]) -> bool:
        """A name coordinated after organisations whose list a cue opens is an organisation too: "dua perusahaan
        minyak terbesar Rusia, Rosneft dan Lukoil", "perusahaan Rusia Sovcomflot, Novatek dan Surgutneftegas" — each
        name before it back to the first is an organisation, and the cue stands before that first one. (The caller
        asks this of one-word runs only: "… Sovcomflot dan Igor Sechin" lists a person after the companies.) In a
        head-initial language the cue and a country may stand for the owner's organisations before it: "perusahaan
        Rusia dan Zarnik" (Russian companies and Zarnik)."""
        res = self.res
        found = {i: span for span in new for i in range(span.start, span.end)}
        k = start - 1
        while k - 1 > sent_start and (doc[k].lower_ in res.coordination or doc[k].text == ","):
            listed = known_at.get(k - 1) or found.get(k - 1)
            if listed is not None and listed.end == k and listed.label_ == EntityType.COUNTRY.value \
                    and res.head_initial and self._org_cue_before(doc, listed.start, sent_start):
                return True  # "perusahaan Rusia dan Zarnik": the owned organisations, then another one
            if listed is None or listed.end != k or listed.label_ != EntityType.ORGANIZATION.value:
                return False
            if self._org_cue_before(doc, listed.start, sent_start) \
                    or self._org_cue_before_owner(doc, listed.start, sent_start, known_at):
                return True
            k = listed.start - 1
        return False

