"""``kg_names``: proper names that no gazetteer lists, merged with gazetteer hits into ``doc.ents``.

News names people, bodies and places the gazetteer has never seen ("Yuri Ushakov",
"38 North", "Kumsusan State Guest House"). They are found from capitalisation runs,
cleaned of titles and cue words, and typed by their head word (organisation, place or
treaty words, first or last in the run since Indonesian is head-initial and English
head-final), by the cue before them (a title or "analyst" means a person), by shape
(an acronym is an organisation) and, last, by the default that a run of two to four
capitalised words in news is a person's name.

The module keeps its annotations evaluated (no ``from __future__ import annotations``): spaCy validates
the ``initialize`` settings against the method's signature, and needs real types to do so.
"""

import re
from collections.abc import Callable, Container, Iterable
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import filter_spans

from kg.errors import ResourceError
from kg.gazetteer import Gazetteer
from kg.model import EntityType, EventKind
from kg.nlp import resources
from kg.nlp.gazetteer_matcher import NOT_INITIALIZED, SPAN_KEY
from kg.nlp.resources import Frame, Phrase
from kg.nlp.tokens import first_words, lower_forms
from kg.text import normalise

WEAK_KEY = "kg_weak"  # single capitalised tokens of unknown type, for coreference to claim
QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


ROMAN_NUMERAL = re.compile(r"^[IVXL]+$")
POSTS = frozenset({EntityType.COUNTRY.value, EntityType.ORGANIZATION.value})  # what "ambassador to …" is posted to


def is_acronym(tok: Token) -> bool:
    """ "KCNA", "NLD" — not a regnal number ("Abdullah II") nor initials ("F.W.")."""
    text = tok.text
    return len(text) >= 2 and text.isalpha() and text.isupper() and not ROMAN_NUMERAL.match(text)


def sentence_initial(doc: Doc, i: int, sent_start: int) -> bool:
    """Only spaces, quotes or punctuation stand between the sentence start and token ``i``."""
    return all(t.is_space or t.is_punct or t.text in QUOTES for t in doc[sent_start:i])


def match_phrase_at(doc: Doc, i: int, phrases: frozenset[Phrase], limit: int, end: int) -> int:
    """Length of the longest phrase from ``phrases`` starting at token ``i`` (0 when none)."""
    words = lower_forms(doc)  # read once per Doc: doc[i] makes a new Token object every time
    if 0 <= i < len(words) and words[i] not in first_words(phrases):
        return 0  # most tokens start no phrase: say so without building a tuple per length
    for n in range(min(limit, end - i), 0, -1):
        if tuple(words[i : i + n]) in phrases:
            return n
    return 0



def is_modifier(token: Token) -> bool:
    """A lowercase word that may stand before a noun ("state", "senior", "state-owned"), no stop word."""
    return ((token.is_lower and token.is_alpha) or token.text == "-") and not token.is_stop


def member_noun_ahead(doc: Doc, k: int, end: int, member_nouns: frozenset[Phrase], reach: int,
                      names: Container[int] = ()) -> bool:
    """A noun of a country's people or bodies (``member_nouns``) at token ``k`` or past at most ``reach``
    modifiers, before ``end`` and before any token in ``names``: "banks", "state-owned oil companies"."""
    for j in range(k, min(end, k + reach + 1)):
        if match_phrase_at(doc, j, member_nouns, 3, end):
            return True
        if j in names or not is_modifier(doc[j]):
            return False
    return False

HYPHENS = re.compile("[-–—]")
DATELINE_TYPES = (EntityType.PLACE, EntityType.COUNTRY)  # what a wire dateline opens with


class NameFinder:
    """Finds and types the names no gazetteer lists; the language's resources come through :meth:`initialize`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.initialized = False
        self._inner_runs: frozenset[tuple[str, ...]] = frozenset()  # of the Doc being read (see __call__)

    def initialize(self, get_examples: Callable[[], Iterable[Example]] | None = None, *,
                   nlp: Language | None = None, lang: str, gazetteer: Gazetteer) -> None:
        """Take the word lists of ``lang`` (``kg/lang/<lang>/``), its demonyms checked against ``gazetteer``."""
        if nlp is None:
            raise ResourceError(f"{self.name}: initialize needs the pipeline (nlp.initialize() passes it)")
        self.res = res = resources.load(lang, gazetteer)
        self.gazetteer, self.lang = gazetteer, lang
        self.demonyms = res.demonyms
        # "French", "North Korean" → the country's entry: a nationality before a title names the title's holder
        self.demonym_entries = {resources.phrase(form): entry for form, entry in gazetteer.demonyms(lang).items()}
        self.demonym_phrases = frozenset(self.demonym_entries)
        self.demonym_len = max((len(p) for p in self.demonym_phrases), default=1)
        self.head_len = max(len(p) for p in res.org_heads | res.place_heads | res.treaty_heads)
        self.time_len = max((len(p) for p in res.time_words), default=1)
        self.honorific_len = max((len(p) for p in res.honorifics), default=1)
        self.common = self._common_words(nlp)
        # common only by the corpus count and opening organisations' names in the gazetteer: words that may open a
        # head-final name ("Human Rights Watch"); never a function word, time word or opening adverbial ("Menurut",
        # "Kemarin", "Setibanya")
        self.time_openers = frozenset(p[0] for p in res.time_words)  # "Kemarin Amnesty International menuduh …"
        self.corpus_only = (res.common_words - self._common_words(nlp, corpus=False) - self.time_openers
                            - res.opening_adverbials) & self._org_openers(gazetteer)
        self.title_words = frozenset(w for t in res.titles for w in t)
        self.speech_verbs = frozenset(t.form[0] for t in res.triggers
                                      if t.frame is Frame.SPEECH_BEFORE and len(t.form) == 1)
        self.trigger_words = frozenset(t.form[0] for t in res.triggers) | frozenset(t[0] for t in res.treaty_signing)
        # phrases after which the speaker is named, ending in a preposition: "according to", "as stated by"
        self.speaker_phrases = frozenset(t.form for t in res.triggers
                                         if t.frame is Frame.SPEECH_AFTER and len(t.form) > 1)
        self.speaker_phrase_len = max((len(p) for p in self.speaker_phrases), default=1)
        # one-word verbs of meeting whose subject and object are the parties: "met", "bertemu", "hosted"
        self.meeting_verbs = frozenset(t.form[0] for t in res.triggers if t.kind is EventKind.MEETING
                                       and t.frame is Frame.VERB and len(t.form) == 1)
        self.person_words = self._person_words(gazetteer, res.inner_name_words) - self.common
        self.surnames = self._person_words(gazetteer, res.inner_name_words, ends=(-1,)) - self.common
        self.given_names = self._person_words(gazetteer, res.inner_name_words, ends=(0,)) - self.common
        self.initialized = True

    def _common_words(self, nlp: Language, *, corpus: bool = True) -> frozenset[str]:
        """Words that, capitalised at a sentence start, are not names (without the corpus list: the word classes)."""
        res = self.res
        words = set(nlp.Defaults.stop_words) | set(res.not_names) | set(res.role_modifiers)
        for group in (res.titles, res.org_heads, res.place_heads, res.treaty_heads):
            for p in group:
                words.update(p)
        for trig in res.triggers:
            words.update(trig.form)
        for trig in res.treaty_verbs:
            words.update(trig)
        words.update(res.person_cues | res.negation | res.modality | res.complementisers | res.coordination)
        if corpus:
            words.update(res.common_words)
        return frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        if not self.initialized:
            raise ResourceError(f"{self.name} has no language resources yet", hint=NOT_INITIALIZED)
        known = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        known_at = {}
        for span in known:
            for i in range(span.start, span.end):
                known_at[i] = span
        for span in self._demonym_holders(doc, known_at):
            known.append(span)
            for i in range(span.start, span.end):
                known_at[i] = span
        new: list[Span] = []
        weak: list[Span] = []
        overridden: set[tuple[int, int]] = set()
        runs = [(sent, self._runs(doc, sent.start, sent.end, known_at)) for sent in doc.sents]
        # runs written inside a sentence: a capitalised common word opening one of them is a name's word
        # wherever the same run opens a sentence ("Human Rights Watch menuduh …" beside "… kata Human Rights Watch")
        words = lower_forms(doc)
        self._inner_runs = frozenset(tuple(words[start:end]) for sent, found in runs for start, end in found
                                     if not sentence_initial(doc, start, sent.start))
        for sent, found in runs:
            for start, end in found:
                self._classify(doc, sent.start, start, end, known_at, new, weak, overridden)
            new.extend(self._treaty_phrases(doc, sent.start, sent.end, known_at))
            new.extend(self._numbered_instruments(doc, sent.start, sent.end))
        kept = [s for s in known if (s.start, s.end) not in overridden]
        ents = filter_spans(new + kept)
        doc.ents = ents
        taken = {i for s in ents for i in range(s.start, s.end)}
        doc.spans[WEAK_KEY] = [s for s in weak if not any(i in taken for i in range(s.start, s.end))]
        return doc

    # -- a nationality before a title ----------------------------------------------------------------
    def _demonym_holders(self, doc: Doc, known_at: dict) -> list[Span]:
        """ "French President Emmanuel Macron", "Chinese Foreign Minister, Wang Yi": the nationality names the
        country whose office the person holds, so it is a mention of that country (linked to the gazetteer's
        entry) even where the text never names the country itself. Only before a title and a name, or where it
        names a group acting for the country (:meth:`_group_of`): "French wine", "Chinese companies" name no
        country."""
        res = self.res
        out = []
        for sent in doc.sents:
            i = sent.start
            while i < sent.end:
                n = match_phrase_at(doc, i, self.demonym_phrases, self.demonym_len, sent.end)
                if not n or not is_capitalised(doc[i]) or any(k in known_at for k in range(i, i + n)):
                    i += max(n, 1)
                    continue
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
                if holder or group:
                    entry = self.demonym_entries[tuple(t.lower_ for t in doc[i : i + n])]
                    span = self._span(doc, i, group or i + n, EntityType.COUNTRY, method="demonym")
                    span._.kg_candidates = (entry,)
                    out.append(span)
                i += n
        return out

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
        officials"), before a noun of its people or bodies ("three Russian banks", "Iranian military officials":
        a sanction on them is on the country), or a plural nationality as a noun phrase of its own ("the
        Palestinians", "Israelis and Palestinians") — not after a number or an adjective ("2,000 Libyans", "many
        Serbs"): they count people."""
        res = self.res
        end = i + n
        if end < sent.end and doc[end].lower_ in res.leader_bodies:
            return end + 1
        if member_noun_ahead(doc, end, sent.end, self.res.member_nouns, reach=3):
            return end
        last = doc[end - 1].lower_
        plural = res.singular(last) != last and res.singular(last) in self.demonyms
        before = doc[i - 1].lower_ if i > sent.start else None
        alone = before is None or before in res.articles or before in res.coordination
        return end if plural and alone and not (end < sent.end and is_capitalised(doc[end])) else 0

    # -- runs of capitalised tokens ------------------------------------------------------------------
    def _runs(self, doc: Doc, start: int, end: int, known_at: dict) -> list[tuple[int, int]]:
        res = self.res
        runs = []
        i = start
        while i < end:
            tok = doc[i]
            if not (is_capitalised(tok) or i in known_at or self._number_led(doc, i, end)):
                i += 1
                continue
            j = i + 1
            while j < end:
                t = doc[j]
                if is_capitalised(t) or j in known_at:
                    j += 1
                    continue
                if self._number_led(doc, j, end):
                    j += 1
                    continue
                if self._acronym_slash(doc, j, end, known_at):
                    j += 2
                    continue
                k = j
                while k < end and k - j < 2 and (doc[k].lower_ in res.name_connectors
                                                 or doc[k].lower_ in res.inner_name_words
                                                 or (doc[k].text == "-" and not doc[k - 1].whitespace_)):
                    k += 1
                if k > j and k < end and (is_capitalised(doc[k]) or k in known_at):
                    j = k + 1  # "Charter of the United Nations", "Kim Jong-un"
                    continue
                if self._instrument_goes_on(doc, i, j, end, known_at):
                    j += 2  # "Agreement on Trade in Goods": the title of an instrument, not a place after "in"
                    continue
                break
            runs.append((i, j))
            i = j
        return runs

    def _instrument_goes_on(self, doc: Doc, i: int, j: int, end: int, known_at: dict) -> bool:
        """The run ``[i, j)`` titles an instrument by its subject ("Agreement on Trade", "Convention on
        Cooperation") and a locative preposition joins a capitalised word no gazetteer knows: "… in Goods",
        "… in Criminal Matters". Not a known place ("the Agreement on Trade in Hanoi") nor a bare head ("the
        Agreement in Geneva")."""
        res = self.res
        if not (j + 1 < end and doc[j].lower_ in res.preps.location and is_capitalised(doc[j + 1])
                and j + 1 not in known_at):
            return False
        return any(match_phrase_at(doc, h, res.treaty_heads, self.head_len, end) and h + 1 < j
                   and doc[h + 1].lower_ in res.inner_name_words for h in range(i, j))

    @staticmethod
    def _acronym_slash(doc: Doc, k: int, end: int, known_at: dict) -> bool:
        """A slash inside one acronym, no space around it: "SPLM/A", "FNLC/B" (a movement and its armed wing).
        Not between names known apart: "US/UK" are two countries."""
        if doc[k].text != "/" or k + 1 >= end or doc[k - 1].whitespace_ or doc[k].whitespace_:
            return False
        return all(doc[x].text.isupper() and doc[x].is_alpha and x not in known_at for x in (k - 1, k + 1))

    def _number_led(self, doc: Doc, i: int, end: int) -> bool:
        """A name that starts with a small number: "38 North" ("G20" is caught as capitalised).

        Not a count or a year before a nationality: "2,000 Libyans", "1995 Serbo-Croatian".
        """
        return (doc[i].text.isdigit() and len(doc[i].text) <= 3 and i + 1 < end
                and is_capitalised(doc[i + 1]) and not doc[i].is_sent_start
                and not self._nationality(doc[i + 1]))

    def _nationality(self, tok: Token) -> bool:
        """ "Russian", "Libyans", "Serbs": a demonym or its plural (never a name here)."""
        low = tok.lower_
        return low in self.demonyms or self.res.singular(low) in self.demonyms or any(
            low.endswith(suffix) and low[: -len(suffix)] in self.demonyms for suffix in self.res.plural_suffixes)

    # -- classification --------------------------------------------------------------------------------
    def _classify(self, doc: Doc, sent_start: int, start: int, end: int, known_at: dict,
                  new: list[Span], weak: list[Span], overridden: set) -> None:
        res = self.res
        person_cue = self._apposed_to_title(doc, start, sent_start, known_at)
        # Strip cue words, titles, demonyms and sentence-initial common words from the front.
        i = start
        while i < end:
            tok = doc[i]
            if i in known_at:
                break
            n = match_phrase_at(doc, i, res.titles, res.max_title_len, end) or self._honorific_at(doc, i, end)
            if n:
                person_cue = True
                i += n
                while i < end and doc[i].lower_ in res.role_modifiers and i not in known_at:
                    i += 1
                continue
            low = tok.lower_.rstrip(".")
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
            if self._nationality(tok) or low in res.not_names or low in res.former_words:
                i += 1
                continue
            if sentence_initial(doc, i, sent_start) and (low in self.common or low in self.time_openers) \
                    and not self._head_opens_name(doc, i, end, known_at) \
                    and not self._written_inside(doc, i, end, known_at) \
                    and not self._opens_head_final_org(doc, i, end, known_at):
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
                and not self._acronym_slash(doc, end - 2, end, known_at):
            end -= 1
        if i >= end:
            return
        span_known = known_at.get(i)
        if span_known is not None and span_known.start == i and span_known.end == end:
            return  # the whole run is a gazetteer name
        named = self._after_described_class(doc, i, end, known_at)
        if named:
            # "Organisasi HAM Amnesty International": a class noun and what it works on describe the name after them
            new.append(self._span(doc, named, end, EntityType.ORGANIZATION, method="names-org-cue"))
            return
        for t in range(i + 1, end - 1):
            n = match_phrase_at(doc, t, res.titles, res.max_title_len, end)
            if n and t + n < end and is_capitalised(doc[t + n]) and doc[t + n].lower_ not in res.name_suffixes \
                    and not match_phrase_at(doc, t + n, res.titles, res.max_title_len, end):
                # "U.S. Secretary of State Antony Blinken": holder, title, then the person
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
                and not any(k in known_at for k in range(holder.end, end))
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
        if head_type is EntityType.ORGANIZATION:
            for k in range(end - 1, i, -1):
                known = known_at.get(k)
                if known is not None and known.label_ == EntityType.COUNTRY.value and 2 <= end - known.end <= 3 \
                        and self._head_type(doc, known.end, end) is None:
                    # "Kementerian Luar Negeri China Mao Ning": the body, then its spokesperson's name
                    self._classify(doc, sent_start, i, known.end, known_at, new, weak, overridden)
                    self._classify_piece(doc, sent_start, known.end, end, True, known_at, new, weak)
                    return
                if known is not None:
                    break
        if head_type is EntityType.TREATY and self._unnumbered_instrument_of_body(doc, i, end, known_at):
            return  # "Resolusi Dewan Keamanan PBB", "a Security Council Resolution": the body is the name here
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
            if k in known_at:
                k = max(k + 1, known_at[k].end)
                continue
            m = k
            while m < end and m not in known_at:
                m += 1
            surname = self._surname_after_given_names(doc, k, m, known_at, person_cue)
            if surname is not None:
                # "Budi Santoso", "George Washington": given names, then a word the gazetteer knows alone
                overridden.add((surname.start, surname.end))
                new.append(self._span(doc, k, surname.end, EntityType.PERSON, method="names-given-name"))
                k = surname.end
                continue
            self._classify_piece(doc, sent_start, k, m, person_cue, known_at, new, weak)
            k = m

    def _classify_piece(self, doc: Doc, sent_start: int, start: int, end: int, person_cue: bool,
                        known_at: dict, new: list[Span], weak: list[Span]) -> None:
        res = self.res
        while start < end and (doc[start].is_punct or doc[start].lower_ in res.inner_name_words
                               or doc[start].lower_ in res.name_connectors):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in res.inner_name_words):
            end -= 1
        if start >= end:
            return
        tokens = doc[start:end]
        words = [t for t in tokens if not t.is_punct]
        if not words or not any(t.is_alpha for t in words):
            return
        n = match_phrase_at(doc, start, res.titles, res.max_title_len, end) or self._honorific_at(doc, start, end)
        if n:
            # "UN Secretary-General Antonio Guterres", "Yang Mulia X": a title or honorific cues a person
            k = start + n
            while k < end and doc[k].lower_ in res.role_modifiers:
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
                               or self._org_cue_before_owner(doc, start, sent_start, known_at)):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION, method="names-org-cue"))
            return
        if len(words) == 1:
            tok = words[0]
            text = tok.text
            if tok.lower_ in self.common or self._nationality(tok):
                return
            if (place := self._dateline_place(doc, start)) is not None:
                new.append(place)  # "BEIJING, Jan 3 (Reuters) -": the place a wire dateline opens with, in capitals
            elif is_acronym(tok) and len(text) <= 8:
                new.append(self._span(doc, start, end, EntityType.ORGANIZATION))
            elif person_cue:
                new.append(self._span(doc, start, end, EntityType.PERSON))
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
        if any(t.like_num for t in tokens) or any(is_acronym(t) for t in words):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION))
            return
        if not person_cue and left is not None and left.lower_ in (res.preps.location | res.preps.direction):
            new.append(self._span(doc, start, end, EntityType.PLACE, method="names-after-preposition"))
            return
        if not person_cue and self._place_noun_before(doc, start, sent_start):
            new.append(self._span(doc, start, end, EntityType.PLACE, method="names-after-place-noun"))
            return
        if all(t.text.isupper() for t in words):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION))
            return
        if len(words) > 5:
            return  # long capitalised runs are titles of things (meetings, reports), not names
        if res.has_possessive_suffix(words[-1].lower_):
            return  # "Mitra Wicaranya": a possessive suffix marks a common noun, never a name
        if any(t.lower_ in res.org_words for t in words):
            new.append(self._span(doc, start, end, EntityType.ORGANIZATION, method="names-org-word"))
            return  # "Islamic Jihad", "Kurdistan Workers Party"
        if self._nationality(words[-1]):
            return  # "Ethnic Albanians", "Bosnian Serbs": a people, not a person
        if any(self._not_person_word(t) for t in words):
            return  # "Ministerial Meeting Plenary", "Regional Issues": the title of an event, not a person
        if all(t.lower_ in self.common for t in words):
            return  # "Mitra Wicaranya": capitalised common words are not a person's name
        new.append(self._span(doc, start, end, EntityType.PERSON))

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

    def _surname_after_given_names(self, doc: Doc, start: int, end: int, known_at: dict,
                                   person_cue: bool = False) -> Span | None:
        """The one-word gazetteer name right after the unknown words [start, end) when those are a person's given
        names and it is the family name: a one-word person ("Budi" before the known "Santoso") or a one-word
        place after words that open people's names in the gazetteer ("George" before "Washington") or after a
        title that cues a person ("Menteri Pertahanan AS Lloyd Austin", "Defense Secretary Lloyd Austin": the
        title holds a person, not a person and a city). A country or a body after a name is a name of its own."""
        known = known_at.get(end)
        if known is None or known.start != end or len(known) != 1 or not 1 <= end - start <= 2:
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
        rest = known_at.get(i + 1)
        return rest is None or rest.start != i + 1 or rest.end < end

    def _title_before(self, doc: Doc, i: int, sent_start: int) -> bool:
        """A title ends right before token ``i``: "juru bicara Uni Eropa …"."""
        res = self.res
        return any(i - n >= sent_start and tuple(t.lower_ for t in doc[i - n : i]) in res.titles
                   for n in range(1, res.max_title_len + 1))

    def _apposed_to_title(self, doc: Doc, i: int, sent_start: int, known_at: dict) -> bool:
        """A comma before token ``i`` closes a title, or a title and the name it is held for: the run after it is
        the holder ("Menteri Pertahanan AS, Lloyd Austin, …", "Defense Secretary, Lloyd Austin")."""
        k = i - 1
        if k <= sent_start or doc[k].text != ",":
            return False
        held_for = known_at.get(k - 1)
        return self._title_before(doc, held_for.start if held_for is not None else k, sent_start)

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
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 2 and doc[k].lower_ in self.res.adverbs_before_verb:
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in self.res.coordination and is_capitalised(doc[k + 1]) \
                and normalise(doc[k + 1].text) in self.person_words:
            return True  # "Biden and Xi discussed …": coordinated with another known name ("Rice and Wheat" not)
        return k < len(doc) and doc[k].lower_ in self.trigger_words

    @staticmethod
    def _person_words(gazetteer: Gazetteer, glue: frozenset[str], ends: tuple[int, ...] = (0, -1)) -> frozenset[str]:
        """First and last words of the gazetteer's people's names ("biden", "xi", "erdogan"), or only the words at
        ``ends`` ((-1,): the surnames, (0,): the given names); regnal names ("Philippe of Belgium") give none."""
        words: set[str] = set()
        for entry in gazetteer.entries:
            if entry.type is not EntityType.PERSON:
                continue
            for name in entry.names():
                parts = normalise(name).split()
                if len(parts) > 1 and not glue & set(parts):
                    words.update(p for p in (parts[e] for e in ends) if len(p) >= 2 and p.isalpha())
        return frozenset(words)

    @staticmethod
    def _org_openers(gazetteer: Gazetteer) -> frozenset[str]:
        """First words of the gazetteer's organisations' names of several words ("human", "international")."""
        words: set[str] = set()
        for entry in gazetteer.entries:
            if entry.type is EntityType.ORGANIZATION:
                for name in entry.names():
                    first, _, rest = normalise(name).partition(" ")
                    if rest and first.isalpha():
                        words.add(first)
        return frozenset(words)

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
        if k == i + 1 or country is None or country.start != k or country.label_ != EntityType.COUNTRY.value:
            return 0
        return country.end if country.end <= end else 0

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
        object); adverbs such as "also", "telah" may stand between a subject and its verb."""
        if not tok.text.istitle() or not tok.is_alpha:
            return False
        doc = tok.doc
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 2 and doc[k].lower_ in self.res.adverbs_before_verb:
            k += 1
        if k < len(doc) and doc[k].lower_ in self.meeting_verbs:
            return self._named_party(doc, k, +1)
        v = tok.i - 1
        if v > 0 and doc[v].lower_ in self.res.preps.partner:
            v -= 1  # "bertemu dengan X", "met with X"
        return v >= 0 and doc[v].lower_ in self.meeting_verbs and self._named_party(doc, v, -1)

    def _named_party(self, doc: Doc, verb: int, step: int) -> bool:
        """The verb's other party is a name too (capitalised, not a common word): "Haddad met Sayegh", "Haddad
        bertemu dengan Sayegh"; not "Gazprom met its targets", "a group called Harmony", "Officials met X"."""
        res = self.res
        skip = res.adverbs_before_verb if step < 0 else res.preps.partner
        k = verb + step
        while 0 <= k < len(doc) and abs(k - verb) <= 2 and doc[k].lower_ in skip:
            k += step
        return (0 <= k < len(doc) and is_capitalised(doc[k]) and doc[k].lower_ not in self.common
                and not self._nationality(doc[k]))  # "Officials met X": a capitalised common noun is no name

    def _dateline_place(self, doc: Doc, i: int) -> Span | None:
        """A word in capitals opening a line before a comma, a parenthesis or a dash ("BEIJING, Jan 3 (Reuters) -",
        "JAKARTA (ANTARA) -") that the gazetteer knows as a place or country: a span of that type, else None."""
        tok = doc[i]
        if not (tok.text.isupper() and tok.is_alpha and len(tok.text) > 3) or i + 1 >= len(doc) \
                or not (doc[i + 1].text in {",", "("} or HYPHENS.fullmatch(doc[i + 1].text)):
            return None
        if i > 0 and "\n" not in doc[i - 1].text_with_ws:
            return None
        entries = tuple(e for e in self.gazetteer.lookup(tok.text, self.lang) if e.type in DATELINE_TYPES)
        if not entries:
            return None
        span = self._span(doc, i, i + 1, entries[0].type, method="names-dateline")
        span._.kg_candidates = entries
        return span

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

    def _not_person_word(self, tok: Token) -> bool:
        low = tok.lower_
        res = self.res
        return low in res.not_person_words or (len(low) > 5 and low.endswith(res.not_person_suffixes))

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

    def _org_cue_before(self, doc: Doc, start: int, sent_start: int) -> bool:
        """"kantor berita Antara", "the think tank 38 North": a cue phrase right before the name."""
        for n in (1, 2, 3):
            if start - n >= sent_start and tuple(t.lower_ for t in doc[start - n : start]) in self.res.org_cues:
                return True
        return False

    def _org_cue_before_owner(self, doc: Doc, start: int, sent_start: int, known_at: dict) -> bool:
        """A cue phrase, then the country the organisation belongs to, right before the name: "perusahaan Rusia
        Sovcomflot", "kantor berita Korea Utara KCNA", "Perusahaan Korea Selatan Hyundai"."""
        owner = known_at.get(start - 1)
        return (owner is not None and owner.end == start and owner.label_ == EntityType.COUNTRY.value
                and self._org_cue_before(doc, owner.start, sent_start))

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

    # -- lowercase treaty phrases ----------------------------------------------------------------------
    def _treaty_phrases(self, doc: Doc, start: int, end: int, known_at: dict) -> list[Span]:
        """Treaties named by a common noun after a signing verb: "menandatangani perjanjian damai"."""
        res = self.res
        out = []
        for i in range(start, end):
            n = match_phrase_at(doc, i, res.treaty_verbs, 3, end)
            if not n:
                continue
            j = i + n
            while j < end and (doc[j].text in QUOTES or doc[j].lower_ in res.quantifiers):
                j += 1
            m = j
            while (m < end and m - j < 3 and doc[m].is_alpha and doc[m].is_lower and not self._is_function_word(doc[m])
                   and not self._time_phrase_at(doc, m, end)
                   and not match_phrase_at(doc, m, res.treaty_heads, self.head_len, end)):
                m += 1  # English modifiers before the head: "a free trade agreement"
            h = match_phrase_at(doc, m, res.treaty_heads, self.head_len, end)
            if not h or is_capitalised(doc[m]):
                continue
            if m > j and res.head_initial:
                continue  # modifiers follow the head in a head-initial language: no "free trade agreement"
            k = m + h
            while (m == j and res.head_initial and k < end and doc[k].is_alpha and doc[k].is_lower
                   and doc[k].lower_ not in res.treaty_generic_tails and not self._is_function_word(doc[k])
                   and not self._time_phrase_at(doc, k, end)):
                k += 1  # Indonesian modifiers follow the head: "perjanjian kerja sama pertahanan", not "tahun depan"
            counted = (j > i + n and doc[j - 1].lower_ in res.quantifiers
                       and doc[j - 1].lower_ not in res.singular_quantifiers)
            if k - j == h and m == j and not counted:
                continue  # a bare "perjanjian"/"the agreement" refers back; coreference handles it
            out.append(self._span(doc, j, k, EntityType.TREATY, method="treaty-phrase"))
        return out

    def _time_phrase_at(self, doc: Doc, i: int, end: int) -> bool:
        """A time phrase starts at token ``i``: "tahun depan", "pekan ini", "next year"."""
        return bool(match_phrase_at(doc, i, self.res.time_words, self.time_len, end))

    def _numbered_instruments(self, doc: Doc, start: int, end: int) -> list[Span]:
        """A treaty word with a number is a named instrument: "resolution 2231 (2015)", "Resolusi 1701"."""
        out = []
        for i in range(start, end - 1):
            if (doc[i].lower_,) not in self.res.treaty_heads or not doc[i + 1].like_num:
                continue
            if not any(c.isdigit() for c in doc[i + 1].text):
                continue
            k = i + 2
            if k + 2 < end and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")":
                k += 3  # the year in brackets belongs to the name
            out.append(self._span(doc, i, k, EntityType.TREATY, method="numbered-instrument"))
        return out

    def _is_function_word(self, tok: Token) -> bool:
        res = self.res
        low = tok.lower_
        return (low in res.preps.blocking or low in res.relative or low in res.complementisers
                or low in res.coordination or low in res.negation or low in res.modality
                or low in res.treaty_generic_tails or low in res.demonstratives or low in res.articles)

    @staticmethod
    def _span(doc: Doc, start: int, end: int, etype: EntityType, method: str = "names") -> Span:
        span = Span(doc, start, end, label=etype.value)
        span._.kg_method = method
        return span


@Language.factory("kg_names")
def make_name_finder(nlp: Language, name: str) -> NameFinder:
    return NameFinder(nlp, name)
