"""``kg_coref``: in-document coreference of names.

Mentions of one thing become one cluster: gazetteer hits of the same entry ("AS",
"Amerika Serikat"), repeated names, short names of people ("Putin" → "Vladimir
Putin", "Kim" → "Kim Jong Un", "Lee" → "Rachel Minyoung Lee"), and an acronym given
in brackets after a long name ("Regional Comprehensive Economic Partnership (RCEP)"). A one-word name
after a monarch's title ("Sultan Ibrahim") is a given name: it joins only a full name it opens, never one
it ends ("Anwar Ibrahim").
Role phrases ("pemimpin Rusia itu", "kedua pemimpin") are resolved later, where the
roles are known (``kg.extract``).
"""

# annotations stay evaluated (no ``from __future__ import annotations``): spaCy validates ``initialize``'s
# arguments against them
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from kg.gazetteer import Gazetteer
from kg.model import EntityType
from kg.nlp import resources
from kg.nlp.names import WEAK_KEY
from kg.nlp.owned_bodies import body_owner
from kg.nlp.resources import Phrase
from kg.text import normalise

DEFAULT_METHOD = "names"  # the name finder's method of a run it typed by no cue (kg.nlp.names)

if not Doc.has_extension("kg_clusters"):
    Doc.set_extension("kg_clusters", default=None)


@dataclass
class Cluster:
    """Mentions of one entity in one document (mutable while clustering)."""

    index: int
    type: EntityType
    spans: list[Span] = field(default_factory=list)
    candidates: tuple = ()
    owned_name: str = ""  # "Russia's Foreign Ministry": a state body's name with its owner (kg.nlp.owned_bodies)

    @property
    def surface_forms(self) -> list[str]:
        seen: dict[str, str] = {}
        for span in self.spans:
            seen.setdefault(normalise(span.text), span.text)
        return list(seen.values())

    @property
    def longest(self) -> Span:
        return max(self.spans, key=lambda s: (len(s), -s.start))

    def name_tokens(self) -> set[str]:
        """The words of the cluster's names, an initial counted as a word ("S. Jaishankar": {"s", "jaishankar"}), so
        that the family name alone ("Jaishankar") is a shorter name of it rather than the same one."""
        return {normalise(t.text).rstrip(".") for s in self.spans for t in s if t.is_alpha or _is_initial(t.text)}


class Coreference:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.regnal_titles: frozenset[Phrase] = frozenset()
        self.demonyms: dict[str, str] = {}
        self.possessives: frozenset[str] = frozenset()
        self.person_cues: frozenset[str] = frozenset()
        self.connectors: frozenset[str] = frozenset()  # "al", "el", "bin": particles inside names

    def initialize(self, get_examples: Callable[[], Iterable[Example]] | None = None, *,
                   nlp: Language | None = None, lang: str | None = None, gazetteer: Gazetteer | None = None) -> None:
        """Take the monarchs' titles of ``lang`` (none without one: no name is then read as a regnal name)."""
        if lang:
            res = resources.load(lang, gazetteer)
            self.regnal_titles = res.regnal_titles
            self.person_cues = res.person_cues
            self.connectors = res.name_connectors
            if not res.head_initial:  # "Russia's Foreign Ministry"; a head-initial language names the owner after
                self.demonyms, self.possessives = dict(res.demonyms), frozenset(res.possessive_suffixes)

    def __call__(self, doc: Doc) -> Doc:
        clusters: list[Cluster] = []
        by_key: dict[tuple, Cluster] = {}
        ents_ending = {ent.end: ent for ent in doc.ents}
        for ent in doc.ents:
            owner = body_owner(doc, ent, ents_ending, self.demonyms, self.possessives)
            key = self._key(ent) if owner is None else (EntityType.ORGANIZATION, owner.qid, normalise(ent.text))
            cluster = by_key.get(key)
            if cluster is None:
                candidates = tuple(c for c in ent._.kg_candidates if owner is None or c.country in (None, owner.qid))
                cluster = Cluster(len(clusters), EntityType(ent.label_), candidates=candidates,
                                  owned_name=doc[owner.start:ent.end].text if owner is not None else "")
                clusters.append(cluster)
                by_key[key] = cluster
            cluster.spans.append(ent)
        _merge_bare_into_owned(clusters)
        _merge_default_typed_into_cued(doc, clusters, self.person_cues)
        clusters = self._merge_short_person_names(clusters, self._regnal_names(doc, clusters))
        self._attach_weak(doc, clusters)
        _open_at_bound_particles(doc, clusters, self.connectors)
        self._merge_bracketed_acronyms(doc, clusters)
        _merge_initials_of_a_named_body(clusters)
        clusters = [c for c in clusters if c.spans]
        for i, cluster in enumerate(clusters):
            cluster.index = i
            cluster.spans.sort(key=lambda s: s.start)
        doc._.kg_clusters = clusters
        return doc

    @staticmethod
    def _key(ent: Span) -> tuple:
        candidates = ent._.kg_candidates
        if candidates:
            first = candidates[0]
            return ("gazetteer", first.qid or first.name_en, first.type)
        return ("name", ent.label_, normalise(ent.text))

    def _regnal_names(self, doc: Doc, clusters: list[Cluster]) -> set[int]:
        """The one-word person clusters each of whose spans follows a monarch's title ("Sultan Ibrahim")."""
        def after_title(span: Span) -> bool:
            before = tuple(t.lower_ for t in doc[max(span.sent.start, span.start - 3):span.start])
            return any(len(title) <= len(before) and before[-len(title):] == title for title in self.regnal_titles)

        return {c.index for c in clusters if c.type is EntityType.PERSON and len(c.name_tokens()) == 1
                and c.spans and all(after_title(s) for s in c.spans)}

    @staticmethod
    def _merge_short_person_names(clusters: list[Cluster], regnal: set[int] | None = None) -> list[Cluster]:
        """A one-word person cluster joins the one multi-word person whose name contains that word (the name it
        opens when the word is a monarch's given name: the clusters ``regnal`` lists).

        So does a one-word name typed a place only because a preposition stood before it ("according to
        Michel", "bersama Albanese") when it is a word of a person's full name in the document: a guess
        from a preposition gives way to the name the text spelled out.
        """
        persons = [c for c in clusters if c.type is EntityType.PERSON]
        guessed_places = [c for c in clusters if c.type is EntityType.PLACE and _guessed_from_preposition(c)]
        # shortest first, so "Kyi" joins "Suu Kyi" before "Suu Kyi" joins "Aung San Suu Kyi"
        for short in [*guessed_places, *sorted(persons, key=lambda c: len(c.name_tokens()))]:
            tokens = short.name_tokens()
            if not tokens or not short.spans:
                continue
            owners = [c for c in persons if c is not short and c.spans and tokens < c.name_tokens()]
            if regnal and short.index in regnal:  # a monarch's given name opens a full name, never ends one
                owners = [c for c in owners if normalise(c.longest[0].text) in tokens]
            longest = [c for c in owners if not any(c.name_tokens() < o.name_tokens() for o in owners)]
            if short.type is not EntityType.PERSON and any(len(o.name_tokens()) < 2 for o in longest):
                continue  # a place guess yields only to a full name
            if len(longest) == 1 and not (short.candidates and longest[0].candidates
                                          and short.candidates[0] != longest[0].candidates[0]):
                longest[0].spans.extend(short.spans)
                short.spans = []
        return clusters

    @staticmethod
    def _attach_weak(doc: Doc, clusters: list[Cluster]) -> None:
        """Capitalised single words of unknown type count only when they repeat a known person's name."""
        index: dict[str, list[Cluster]] = {}
        for c in clusters:
            if c.type is EntityType.PERSON:
                for tok in c.name_tokens():
                    index.setdefault(tok, []).append(c)
        for span in doc.spans.get(WEAK_KEY, []):
            owners = index.get(normalise(span.text), [])
            if len(owners) == 1:
                owners[0].spans.append(span)

    @staticmethod
    def _merge_bracketed_acronyms(doc: Doc, clusters: list[Cluster]) -> None:
        """ "Long Name (ACR)", "Long Name party (ACR)": the acronym's mentions join the long name.

        The acronym must spell the initials of the long name's capitalised words, so "blok negara-negara
        Afrika Timur (IGAD)" does not make IGAD a name of East Africa.
        """
        for c in clusters:
            for s in list(c.spans):
                k = s.end
                if k < len(doc) and doc[k].is_lower and doc[k].is_alpha:
                    k += 1  # "… for Democracy party (NLD)"
                if k + 2 >= len(doc) or doc[k].text != "(":
                    continue
                initials = "".join(t.text[0] for t in s if t.text[:1].isupper())
                for other in clusters:
                    if other is c or not other.spans or (other.candidates and c.candidates):
                        continue
                    if any(o.start == k + 1 and doc[o.end].text == ")" and o.text.isupper()
                           and (o.text == initials or _named_body_defines(c, s, other, k))
                           for o in other.spans):
                        c.spans.extend(other.spans)
                        other.spans = []


def _open_at_bound_particles(doc: Doc, clusters: list[Cluster], connectors: frozenset[str]) -> None:
    """ "Prabowo menyambut el-Sisi", "sanksi terhadap Al-Hashedi": a person's short name written with the particle a
    hyphen binds to it, as in the full name told before ("Abdel Fattah el-Sisi"), opens at the particle — the name
    read alone was "Sisi", and the rules reading right of a verb stopped at the particle before it."""
    for c in clusters:
        if c.type is not EntityType.PERSON:
            continue
        bound = {normalise(s[k].text) for s in c.spans for k in range(len(s) - 2)
                 if s[k].lower_ in connectors and s[k + 1].text == "-"}  # the particles the full name binds
        for n, span in enumerate(c.spans):
            k = span.start
            if k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in connectors and not doc[k - 2].whitespace_ \
                    and not doc[k - 1].whitespace_ and normalise(doc[k - 2].text) in bound:
                c.spans[n] = Span(doc, k - 2, span.end, label=span.label_)


def _merge_bare_into_owned(clusters: list[Cluster]) -> None:
    """ "Russia's Foreign Ministry said … The Foreign Ministry added": a body's name written without its owner
    is the one body of that name the document gives an owner — with two owners it stays apart (whose is unsaid)."""
    owned: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.owned_name:
            for form in c.surface_forms:
                owned.setdefault(normalise(form), []).append(c)
    for c in clusters:
        if c.owned_name or c.type is not EntityType.ORGANIZATION or not c.spans:
            continue
        owners = {id(o): o for form in c.surface_forms for o in owned.get(normalise(form), [])}
        if len(owners) == 1:
            keeper = next(iter(owners.values()))
            keeper.spans.extend(c.spans)
            c.spans = []


def _merge_default_typed_into_cued(doc: Doc, clusters: list[Cluster], person_cues: frozenset[str]) -> None:
    """The same unknown name typed a person only by default at one mention (capitalised words with no cue and no
    title before them: "El Fasher has been under siege", "the RSF seized El Fasher") and a place or body by a cue at
    another ("fighting in El Fasher", "the town of El Obeid") is one thing, of the cued type: the default is the
    weakest reading of a name. A titled mention ("President Kalvaro Ortiz", "analyst Kalvaro Ortiz") keeps it."""
    def untitled(span: Span) -> bool:
        before = doc[span.start - 1] if span.start > span.sent.start else None
        return before is None or before.is_punct or (before.is_lower and before.lower_ not in person_cues)

    cued: dict[str, list[Cluster]] = {}
    for c in clusters:
        if not c.candidates and c.type in (EntityType.PLACE, EntityType.ORGANIZATION) \
                and any(s._.kg_method not in ("", DEFAULT_METHOD) for s in c.spans):
            for form in c.surface_forms:
                cued.setdefault(normalise(form), []).append(c)
    for c in clusters:
        if c.candidates or c.type is not EntityType.PERSON or not c.spans or not all(
                s._.kg_method == DEFAULT_METHOD and len(s) > 1 and untitled(s) for s in c.spans):
            continue
        owners = {id(o): o for form in c.surface_forms for o in cued.get(normalise(form), [])}
        if len(owners) == 1:
            keeper = next(iter(owners.values()))
            keeper.spans.extend(c.spans)
            c.spans = []


ACRONYM_LETTERS = (2, 6)


def _merge_initials_of_a_named_body(clusters: list[Cluster]) -> None:
    """An unknown acronym spelling the initials of the capitalised words of the one unknown body the document names
    in full is that body, with no brackets to define it: "the paramilitary Rapid Support Forces … The RSF denied"
    (or the acronym first, in a headline). Two bodies of those initials, or a known acronym (the gazetteer's),
    leave it alone."""
    def initials(span: Span) -> str:
        return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.is_alpha)

    bodies = [c for c in clusters if c.type is EntityType.ORGANIZATION and not c.candidates and c.spans
              and any(sum(t.is_alpha and t.text[:1].isupper() for t in s) >= 2 for s in c.spans)]
    for c in clusters:
        if c.type is not EntityType.ORGANIZATION or c.candidates or not c.spans or c in bodies:
            continue
        forms = {s.text for s in c.spans}
        if len(forms) != 1:
            continue
        acronym = next(iter(forms))
        if not (acronym.isalpha() and acronym.isupper() and ACRONYM_LETTERS[0] <= len(acronym) <= ACRONYM_LETTERS[1]):
            continue
        owners = [b for b in bodies if any(initials(s) == acronym for s in b.spans)]
        if len(owners) == 1:
            owners[0].spans.extend(c.spans)
            c.spans = []


def _guessed_from_preposition(cluster: Cluster) -> bool:
    """A one-word, unlinked place name typed only by the preposition before it."""
    return (not cluster.candidates and len(cluster.name_tokens()) == 1
            and all(s._.kg_method == "names-after-preposition" for s in cluster.spans))


def _named_body_defines(body: Cluster, span: Span, acronym: Cluster, bracket: int) -> bool:
    """ "the National Liberation Army (ELN)", "Persetujuan Kemitraan Ekonomi Komprehensif Regional (RCEP)": an
    organisation's or an instrument's name of two words or more, its acronym right after it in brackets — spelled
    from the name in another language, so not from these initials. The acronym is an organisation by its shape;
    neither may have a gazetteer entry of its own, so a known body is never renamed."""
    return (bracket == span.end and body.type in (EntityType.ORGANIZATION, EntityType.TREATY)
            and acronym.type is EntityType.ORGANIZATION and not body.candidates and not acronym.candidates
            and sum(t.is_alpha for t in span) >= 2)


def _is_initial(word: str) -> bool:
    """An initial standing for a given name: "S.", "M." (a capital and a full stop)."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


@Language.factory("kg_coref")
def make_coreference(nlp: Language, name: str) -> Coreference:
    return Coreference(nlp, name)
