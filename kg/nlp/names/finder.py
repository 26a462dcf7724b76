"""The ``kg_names`` component (:class:`NameFinder`): its resources, and the pass over a Doc.

The module keeps its annotations evaluated (no ``from __future__ import annotations``): spaCy validates
the ``initialize`` settings against the method's signature, and needs real types to do so.
"""

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans

from kg.errors import ResourceError
from kg.gazetteer import Gazetteer
from kg.model import EntityType, EventKind
from kg.nlp import resources
from kg.nlp.gazetteer_matcher import NOT_INITIALIZED, SPAN_KEY
from kg.nlp.names.agreed_instruments import AgreedInstruments
from kg.nlp.names.classify import NameClassifier
from kg.nlp.names.committee_names import CommitteeNames
from kg.nlp.names.cues import ContextCues
from kg.nlp.names.demonyms import DemonymReader
from kg.nlp.names.relative_instruments import RelativeInstruments
from kg.nlp.names.runs import RunReader
from kg.nlp.names.shapes import RunShapes
from kg.nlp.names.treaty_lists import TreatyLists
from kg.nlp.resources import Frame
from kg.nlp.tokens import lower_forms, sentence_initial
from kg.text import normalise

WEAK_KEY = "kg_weak"  # single capitalised tokens of unknown type, for coreference to claim


class NameFinder(NameClassifier, RunShapes, ContextCues, DemonymReader, RunReader, TreatyLists, RelativeInstruments,
                 AgreedInstruments, CommitteeNames):
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
        self.sanction_nouns = frozenset(t.form for t in res.triggers
                                        if t.kind is EventKind.SANCTION and t.frame is Frame.NOUN)
        self.sanction_objects = self._sanction_objects(res)
        self.sanction_object_len = max((len(p) for p in self.sanction_objects), default=1)
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
        # the last words of nouns of meeting: "courtesy call", "pertemuan" — whom one is paid or held with is a person
        # and the noun a verb phrase of meeting ends in before its preposition: "melakukan kunjungan kehormatan kepada"
        self.meeting_nouns = frozenset(t.form[-1] for t in res.triggers if t.kind is EventKind.MEETING
                                       and t.frame is Frame.NOUN) | frozenset(
            t.form[-2] for t in res.triggers if t.kind is EventKind.MEETING and t.frame is Frame.VERB
            and len(t.form) > 2 and t.form[-1] in res.preps.direction)
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
        for trig in res.instrument_verbs:
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
            new.extend(self._listed_instruments(doc, sent.start, sent.end, known_at))
            new.extend(self._relative_instruments(doc, sent.start, sent.end, known_at))
        new.extend(self._listed_with_bodies(doc, weak, [*new, *known], new))
        new.extend(self._agreed_instruments(doc, [*new, *known]))  # "… reached an agreement … the deal …"
        kept = [s for s in known if (s.start, s.end) not in overridden]
        new = self._named_after_instrument(doc, new, known_at)  # "… Committee established pursuant to resolution …"
        ents = filter_spans(new + kept)
        doc.ents = ents
        taken = {i for s in ents for i in range(s.start, s.end)}
        doc.spans[WEAK_KEY] = [s for s in weak if not any(i in taken for i in range(s.start, s.end))]
        return doc

    def _listed_with_bodies(self, doc: Doc, weak: list[Span], found: list[Span], unknown: list[Span]) -> list[Span]:
        """One-word names of unknown type listed beside an organisation, a comma or a coordinator between: "added
        Skydio, Shield AI and Anduril Industries to its list", "sanctioned Sea Lantern Shipping Ltd, Sovcomflot and
        X" — a list names things of one kind, so each is a body too. With no comma, a coordinator alone lists it with
        a body no gazetteer knows, named by a body's head word (``unknown``): "Skydio and Anduril Industries" — not
        "the EU and Kovac" (a person beside a known body)."""
        bodies = {(s.start, s.end) for s in found if s.label_ == EntityType.ORGANIZATION.value}
        headed = {(s.start, s.end) for s in unknown if s.label_ == EntityType.ORGANIZATION.value
                  and (s[-1].lower_,) in self.res.org_heads}
        starts = {start for start, _ in bodies}
        ends = {end for _, end in bodies}
        out = []
        for w in weak:
            if w.end - w.start != 1:
                continue
            # a comma on one side: a list of three or more, not "the EU and Kovac" (a person beside a body)
            comma = (w.end < len(doc) and doc[w.end].text == ",") or (w.start > 0 and doc[w.start - 1].text == ",")
            after = w.end < len(doc) and (doc[w.end].text == "," or doc[w.end].lower_ in self.res.coordination)
            before = w.start > 0 and (doc[w.start - 1].text == "," or doc[w.start - 1].lower_ in self.res.coordination)
            beside_headed = (after and any(start == w.end + 1 for start, _ in headed)) \
                or (before and any(end == w.start - 1 for _, end in headed))
            if (comma and ((after and w.end + 1 in starts) or (before and w.start - 1 in ends))) or beside_headed:
                out.append(self._span(doc, w.start, w.end, EntityType.ORGANIZATION, method="names-listed-with-bodies"))
        return out

    @staticmethod
    def _sanction_objects(res: resources.LangResources) -> frozenset[tuple[str, ...]]:
        """The words after which a sanction's target is named: a verb of sanctioning ("sanctioned", "blacklisted",
        "froze the assets of"), or a verb or noun of one and the preposition of its target ("sanctions on",
        "imposed sanctions against", "sanksi terhadap"). A verb that counts only with a list after its object
        ("added X to …") names no target by itself."""
        out: set[tuple[str, ...]] = set()
        for trig in res.triggers:
            if trig.kind is not EventKind.SANCTION or trig.onto_list or trig.frame not in (Frame.VERB, Frame.NOUN):
                continue
            if trig.frame is Frame.VERB:
                out.add(trig.form)
            out.update((*trig.form, prep) for prep in trig.target_preps)
        return frozenset(out)

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


@Language.factory("kg_names")
def make_name_finder(nlp: Language, name: str) -> NameFinder:
    return NameFinder(nlp, name)
