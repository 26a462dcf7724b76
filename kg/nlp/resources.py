"""A language's resources (titles, word classes, triggers …) read from its folder ``kg/lang/<code>/``.

Resources are data, not code, the way spaCy keeps ``spacy/lang/<code>/``: every word the rules
look for is in ``lexicon.json`` or ``triggers.json``, whose keys are described (and checked by
``tests/test_language_data.py``) in ``kg/lang/schema/``. Each field of :class:`LangResources` is
read from the lexicon key of the same name, unless its metadata names another (``titles.leader``);
its type says how: ``frozenset[str]`` is a set of lowercase words, ``frozenset[Phrase]`` a set of
lowercase token sequences as spaCy splits them.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from kg import caches, language
from kg import gazetteer as gazetteer_data
from kg.errors import LanguageError, ResourceError
from kg.model import EntityType, EventKind, Modality

if TYPE_CHECKING:  # pragma: no cover - typing only
    from kg.gazetteer import Gazetteer

Phrase = tuple[str, ...]


class Frame(StrEnum):
    """Where a trigger's arguments are (``kg/lang/<code>/triggers.json``, key ``frame``)."""

    VERB = "verb"  # agent left, object right: "X visited Y"
    INTRANSITIVE = "intransitive"  # agent left, target only after a preposition: "X arrived in Y"
    NOUN = "noun"  # possessor right or subject left, target after a preposition: "kunjungan X ke Y"
    PASSIVE = "passive"  # target left, agent after an agent preposition: "Y was sanctioned by X"
    RECIPROCAL = "reciprocal"  # the parties are the plural subject: "X and Y discussed …"
    SPEECH_AFTER = "speech_after"  # speaker right: "…, kata X"
    SPEECH_BEFORE = "speech_before"  # speaker left: "X mengatakan …"


SPEECH_FRAMES = frozenset({Frame.SPEECH_AFTER, Frame.SPEECH_BEFORE})


class Side(StrEnum):
    """Which side of a reception or courtesy call travelled (``triggers.json``, key ``visitor_side``)."""

    SUBJECT = "subject"  # "paid a courtesy call on X": the subject is the guest
    OBJECT = "object"  # "received X", "X was received by": the object is the guest


@dataclass(frozen=True, slots=True)
class Trigger:
    """One event trigger form: token sequence, event class and argument frame."""

    kind: EventKind
    frame: Frame
    form: Phrase
    target_preps: frozenset[str]
    visitor: Side | None = None  # a reception or courtesy call: this side also made a Visit
    go_between: bool = False  # "mediation between X and Y": the subject meets each side, the sides do not meet
    members_only: bool = False  # "designated six Venezuelan officials": a fact only with unnamed members as object
    urges: bool = False  # "called on X": a courtesy call, but "called on X to stop" urges X: no event before "to"
    participle: bool = False  # "…, accusing X of": only after a comma, in a participial clause of the main subject
    # "called X": a call, but "called X 'a liar'" names X and "called for talks" appeals: no event then
    naming: bool = False
    onto_list: bool = False  # "added X to its sanctions list": an event only when a sanctions list follows
    told_only: bool = False  # "The measures target X": a general noun names the event only when it refers back
    told_again: bool = False  # "(The EU sanctioned X.) It also targeted Y": only after its agent's act of this kind
    mutual: bool = False  # "X and Y traded accusations": each side did it to the other, with no "each other"
    # "announced new sanctions on X": the act announced, no words reported, when an event noun is the object
    announces_act: bool = False


@dataclass(frozen=True, slots=True)
class Prepositions:
    """Prepositions by what they introduce (lexicon key ``prepositions``)."""

    of: frozenset[str]  # origin or belonging: "of", "dari"
    location: frozenset[str]  # where: "in", "di"
    direction: frozenset[str]  # where to: "to", "ke"
    origin: frozenset[str]  # where from, before a trip's destination: "from", "dari"
    partner: frozenset[str]  # with whom: "with", "dengan"
    against: frozenset[str]  # at whom: "against", "terhadap"
    agent: frozenset[str]  # by whom, in a passive: "by", "oleh"
    blocking: frozenset[str]  # every preposition: a name after one is no clause subject
    between: frozenset[str]  # "talks between X and Y": the parties follow
    accredited_to: frozenset[str]  # "ambassador of X to Y"
    predicative: frozenset[str]  # what the object is called: "denounced X as a crime", "mengecam X sebagai"
    topic: frozenset[str]  # what an instrument is about: "an agreement on energy cooperation", "tentang"
    reason: frozenset[str]  # what an act is for, its complement: "accused of", "sanctioned for", "disanksi karena"


@dataclass(frozen=True)
class LangResources:
    """Everything a language contributes to the pipeline, as lowercase words and phrases."""

    lang: str = field(metadata={"file": "language.toml"})
    # "perjanjian damai" (head first) or "peace treaty" (head last)
    head_initial: bool = field(metadata={"file": "language.toml"})
    # QID of the country whose offices the language's press titles bare (Indonesian: Indonesia), if any
    press_country: str | None = field(metadata={"file": "language.toml"})
    # nationality word (lowercase) → country QID: "russian", "rusia"; checked against the gazetteer
    demonyms: Mapping[str, str] = field(metadata={"file": "demonyms.json"})
    # words that, capitalised at a sentence start, are not names (optional; derived from a tagged corpus)
    common_words: frozenset[str] = field(metadata={"file": "common_words.txt"})
    leader_titles: frozenset[Phrase] = field(metadata={"key": "titles.leader"})
    official_titles: frozenset[Phrase] = field(metadata={"key": "titles.official"})
    # "leader", "pemimpin": say nothing about which country without one named
    generic_titles: frozenset[Phrase] = field(metadata={"key": "titles.generic"})
    former_words: frozenset[str] = field(metadata={"key": "titles.former"})
    # "kebijakan", "keamanan": right after a head's title, the head of that portfolio only (an office)
    portfolio_words: frozenset[str] = field(metadata={"key": "titles.portfolios"})
    # "king", "sultan", "raja": a monarch's title, before a given (regnal) name, never a family name alone
    regnal_titles: frozenset[Phrase] = field(metadata={"key": "titles.regnal"})
    # "governor", "wali kota": an office of the region or city named in the title, which serves no country
    local_titles: frozenset[Phrase] = field(metadata={"key": "titles.local"})
    # "chairs", "mengetuai": in "X, who chairs Y", X heads Y (kg.extract.heading_verbs)
    heading_verbs: frozenset[Phrase] = field(metadata={"key": "titles.heading_verbs"})
    role_modifiers: frozenset[str]
    # "korean", "congolese", "kurdish": a nationality, never a name, but of no one country of ``demonyms``
    nationalities_without_country: frozenset[str]
    person_cues: frozenset[str]
    honorifics: frozenset[Phrase]  # "His Excellency", "Yang Mulia": address a person, never part of the name
    # "selaku", "sebagai": before a title and its holder, the office in which the name next to them acts
    capacity_markers: frozenset[Phrase]
    # "Kepala Negara", "kepala pemerintahan": name an office by what it is, standing for a leader's title
    office_descriptors: frozenset[Phrase]
    # "tidak langsung", "tertutup": how talks are held, between a head-initial event noun and "antara"
    talk_manners: frozenset[Phrase]
    # "sekaligus", "merangkap": join two titles one person holds ("Perdana Menteri sekaligus Menteri Luar Negeri X")
    title_joiners: frozenset[str]
    name_connectors: frozenset[str]
    counterpart_nouns: frozenset[Phrase]  # "his Jordanian counterpart X": the other's office, for Jordan
    act_nouns: frozenset[Phrase]  # "the attack", "langkah itu": an act told before, its doer what a condemnation hits
    name_suffixes: frozenset[str]  # "Jr.", "III": close a personal name after the family name
    inner_name_words: frozenset[str]
    org_heads: frozenset[Phrase]
    mission_heads: frozenset[Phrase]  # "Kedubes Rusia": an embassy's name even at a sentence start, no metonymy
    national_body_heads: frozenset[Phrase]  # "the Sudanese Armed Forces": the nationality stays in the name
    leader_bodies: frozenset[str]  # "the X administration", "pemerintahan X": X is the leader, not an organisation
    state_bodies: frozenset[Phrase]  # "the Chinese coast guard", "Belarusian authorities": the nationality's state
    instruments_named_by_number: frozenset[str]  # "resolution": names one instrument only with its number
    kin_nouns: frozenset[str]  # "daughter", "putri": a name in apposition after one is a person
    private_person_nouns: frozenset[Phrase]  # "citizen", "warga": a country modifying one is no subject
    org_cues: frozenset[Phrase]  # "kantor berita X", "news agency X": X is an organisation
    org_cues_after: frozenset[Phrase]  # "the X group", "the X movement": X is the organisation
    org_cue_modifiers: frozenset[str]  # "perusahaan pelayaran X": a trade between the cue and the name
    member_cues_after: frozenset[Phrase]  # "the M23 rebels": an acronym or a name with digits is their group
    org_words: frozenset[str]  # "Islamic Jihad", "Kurdistan Workers": words of organisation names
    place_heads: frozenset[Phrase]
    treaty_heads: frozenset[Phrase]
    treaty_act_nouns: frozenset[str]  # "Pengesahan" opening a law's title: not the instrument's name
    treaty_commitment_nouns: frozenset[str]  # "commitment (to T)": its owner is a party of T
    treaty_generic_tails: frozenset[str]
    time_words: frozenset[Phrase]  # "tahun depan", "next week": a time phrase starts, a lowercase name ends
    quantifiers: frozenset[str]  # "sejumlah nota kesepahaman", "several agreements"
    singular_quantifiers: frozenset[str]  # "a", "sebuah", "satu": count no list of things
    not_names: frozenset[str]
    not_person_words: frozenset[str]  # capitalised words of event and document titles, never in a person's name
    not_person_suffixes: tuple[str, ...]
    preps: Prepositions = field(metadata={"key": "prepositions"})
    coordination: frozenset[str]
    main_clause_openers: frozenset[str]  # "but", "namun": a main clause starts after them
    relative: frozenset[str]
    complementisers: frozenset[str]
    question_openers: frozenset[str]  # "will", "apakah": opening a sentence that ends in "?", it asks, not asserts
    compass_words: frozenset[str]  # "north", "utara": beside an unknown name they name a region ("North Darfur")
    # words and phrases that put a trigger under a modality: "did not", "will", "if", "membantah telah"
    modality_cues: Mapping[Modality, frozenset[Phrase]] = field(metadata={"key": "modality"})
    adverbs_before_verb: frozenset[str]  # "also", "telah": may stand between a subject and its verb
    adverbs_after_verb: frozenset[str]  # "warmly", "hangat": may stand between a verb and its object
    called_off: frozenset[Phrase]  # "dibatalkan", "was postponed": after an event noun, the event did not happen
    provisional: frozenset[Phrase]  # "in principle", "secara prinsip": after an agreement, it is not yet final
    delegation_nouns: frozenset[Phrase]  # "delegasi", "delegation": a group its leader stands for
    sending_verbs: frozenset[Phrase]  # "sent", "mengirim": a bare title right after one is the sender's office
    escort_phrases: frozenset[Phrase]  # "accompanied by", "didampingi": a bare title after one is the escorted's
    force_nouns: frozenset[Phrase]  # "forces", "troops": "X said Pakistani forces had …" reports the country's act
    hostile_acts: frozenset[Phrase]  # "violated", "shelled": a hostile act of forces a speaker reports accuses them
    led_by: frozenset[Phrase]  # "yang dipimpin", "led by": names a delegation's leader
    infinitive_markers: frozenset[str]  # "to", "untuk"
    passive_auxiliaries: frozenset[str]  # "was", "been": the verb trigger after them is passive
    progressive_auxiliaries: frozenset[str]  # "was accusing": the participle after them is its clause's verb
    perfect_auxiliaries: frozenset[str]  # "and has visited", "dan telah mengunjungi": a conjunct's own tense
    listing_verbs: frozenset[str]  # "Those sanctioned include X": like a copula, the names after are the group
    told_target_openers: frozenset[Phrase]  # "Those hit by the measures include X": targets of an act told before
    sanction_lists: frozenset[Phrase]  # "sanctions list", "Entity List": "added X to its sanctions list" sanctions X
    sanction_state_preps: frozenset[Phrase]  # "X remains under U.S. and EU sanctions": the subject is their target
    list_nouns: frozenset[str]  # "added X to the list": a sanctions list when a sanction was told just before
    bare_body_heads: frozenset[str]  # "The Council adopted …": a body a release names by its head word alone
    # "Sanksi itu menyasar X": a verb whose subject is an event noun told before and whose object it reaches
    scope_verbs: frozenset[Phrase]
    likeness_words: frozenset[Phrase]  # "sanksi serupa", "similar sanctions": an act like one told before
    comitatives: frozenset[Phrase]  # "X bersama Y menjatuhkan sanksi": Y is a co-agent of the subject
    list_openers: frozenset[Phrase]  # "five entities, including X": the named members of a counted group
    # "Among the documents (signed) were X and Y": a partitive, instrument nouns, then a copula open a list
    partitive_openers: frozenset[Phrase]
    correlative_openers: frozenset[str]  # "with both A and B": the first conjunct follows
    instrument_collectives: frozenset[str]  # "documents", "dokumen": what instruments signed are called together
    joint_modifiers: frozenset[str]  # "joint", "bersama": an instrument its adopters made together
    # "remains committed to the Paris Agreement", "berkomitmen pada …": the subject is bound by the treaty after
    treaty_commitment_predicates: frozenset[str]
    # "Perjanjian … untuk Kemitraan Trans-Pasifik", "Konvensi … tentang Hukum Laut": inside a title its head opens
    title_prepositions: frozenset[str]
    # "Minister for Trade (and Economic Affairs) X", "Utusan Khusus untuk Urusan Iklim X": a portfolio, then its holder
    portfolio_prepositions: frozenset[str]
    treaty_pending_verbs: frozenset[str]  # "sought accession to T", "memproses aksesi ke T": not yet a party
    treaty_witness_verbs: frozenset[str]  # "witnessed the signing of T", "menyaksikan penandatanganan T": no party
    title_subject_preps: frozenset[str]  # "Convention against Cybercrime", "Nota Kesepahaman tentang Kerja Sama …"
    go_between_words: frozenset[str]  # "the U.S. mediators", "Oman menjadi penengah": a go-between is neither side
    # "agreed to a ceasefire", "menyepakati gencatan senjata": an instrument its bare head individuates
    standalone_instruments: frozenset[Phrase]
    free_relatives: frozenset[Phrase]  # "what", "apa yang": "condemned what he called X's attack"
    # "menyebut", "called": say what their object is; with a claim noun and a word of ``falsity_words`` a denial
    characterising_verbs: frozenset[Phrase]
    falsity_words: frozenset[Phrase]  # "tidak berdasar", "baseless": a claim called so is denied
    condemnation_words: frozenset[Phrase]  # "unacceptable", "provokasi": an act called so is condemned
    naming_verbs: frozenset[str]  # "called", "described", "disebut": in a free relative before an object
    opening_adverbials: frozenset[str]  # "during", "setibanya": a sentence opening with one puts its subject after
    articles: frozenset[str]
    determiners: frozenset[str]  # besides articles, open a noun phrase before a name: "his", "para", "pihak"
    body_name_continuations: frozenset[Phrase]  # "Committee established pursuant to resolution 2140 (2014)"
    instrument_body_heads: frozenset[str]  # "committee": the heads a body_name_continuation may follow
    possessive_determiners: frozenset[str]  # "his deputy X": the office is whoever "his" is, not a country's
    demonstratives: frozenset[str]  # "this", "itu": after the head in a head-initial language
    definite_determiners: frozenset[str]  # "the agreement", "this agreement": refers back
    noun_markers: frozenset[str]  # "a visit", "his meeting": the word after them is a noun, not a verb
    unnamed_subject_openers: frozenset[str]  # "a close aide", "seorang pejabat": a subject that names no one
    member_nouns: frozenset[Phrase]  # "pejabat", "perusahaan": unnamed people or bodies of the country named after
    member_links: frozenset[str]  # "asal", "milik": between such a noun and the country it belongs to
    member_ties: frozenset[Phrase]  # "11 groups linked to North Korea": the members stand for the one named
    title_glue: frozenset[str]  # function words inside titles: "Secretary of State"
    event_noun_modifiers: frozenset[str]  # "state", "kenegaraan": between an event noun and its possessor
    possessive_suffixes: frozenset[str]  # "'s" (a token of its own), "-nya" (the end of a word)
    plural_suffixes: frozenset[str]  # "Russians", "Ministers"
    person_pronouns: frozenset[str] = field(metadata={"key": "pronouns.person_singular"})
    # "Mr.", "Queen", "Bapak" / "Ms.", "Ibu" right before a name; "he" / "she": a pronoun refers to no one of the
    # other gender the text gives
    male_cues: frozenset[str]
    female_cues: frozenset[str]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    object_pronouns: frozenset[str] = field(metadata={"key": "pronouns.person_object"})  # "accused him of"
    plural_pronouns: frozenset[str] = field(metadata={"key": "pronouns.plural"})
    # "saya", "I": the speaker of the quotation they stand in
    first_singular: frozenset[str] = field(metadata={"key": "pronouns.first_singular"})
    first_plural: frozenset[str] = field(metadata={"key": "pronouns.first_plural"})  # "kami", "we"
    # "each other", "satu sama lain": coordinated subjects did a one-sided act to one another
    reciprocal_pronouns: frozenset[Phrase] = field(metadata={"key": "pronouns.reciprocal"})
    # "saling", before the verb: "A dan B saling menuduh"
    reciprocal_before: frozenset[str] = field(metadata={"key": "pronouns.reciprocal_before"})
    # "it": opening a sentence that tells a sanction again, the imposer told just before ("It also froze …")
    body_pronouns: frozenset[str] = field(metadata={"key": "pronouns.body_singular"})
    # "it", "them", "mereka" as an object: "imposed sanctions on A and B, accusing them of …" — the targets told before
    other_object_pronouns: frozenset[str] = field(metadata={"key": "pronouns.other_object"})
    body_possessives: frozenset[str] = field(metadata={"key": "pronouns.body_possessive"})  # "its spokesman"
    return_words: frozenset[str]
    light_verbs: frozenset[str]  # "held talks", "mengadakan pertemuan": the subject takes part in the event noun
    plural_anaphora: Mapping[EntityType, frozenset[Phrase]]
    collective_numbers: Mapping[int, frozenset[str]]  # "three", "ketiga": a group of that many ("the three countries")
    singular_anaphora: Mapping[EntityType, frozenset[Phrase]]  # "negara itu", "the city": one named before
    capital_words: frozenset[Phrase]
    triggers: tuple[Trigger, ...] = field(metadata={"file": "triggers.json"})
    treaty_signing: frozenset[Phrase] = field(metadata={"file": "triggers.json"})  # "signed": parties agree
    treaty_joining: frozenset[Phrase] = field(metadata={"file": "triggers.json"})  # "ratified": a party alone
    # "withdrew from", "menangguhkan": a common noun after one names an instrument; no party
    treaty_leaving: frozenset[Phrase] = field(metadata={"file": "triggers.json"})
    # "ditandatangani X dan Y": a passive signing whose signers follow it with no agent preposition
    treaty_signing_passive: frozenset[Phrase] = field(metadata={"file": "triggers.json"})
    # trigger words that cancel an event near them: "lifted sanctions"
    blockers: Mapping[EventKind, frozenset[Phrase]] = field(metadata={"file": "triggers.json"})

    # Derived word lists, computed on first use and kept: the rules ask for them at nearly every token
    # (titles: 51 k times over 190 documents), and the fields they derive from never change (frozen).
    @cached_property
    def titles(self) -> frozenset[Phrase]:
        return self.leader_titles | self.official_titles

    @cached_property
    def negation(self) -> frozenset[str]:
        """The one-word negation cues ("not", "tidak")."""
        return frozenset(p[0] for p in self.modality_cues.get(Modality.NEGATED, ()) if len(p) == 1)

    @cached_property
    def modality(self) -> frozenset[str]:
        """The one-word cues of every other modality ("will", "akan", "threatened", "membantah")."""
        return frozenset(p[0] for modality, cues in self.modality_cues.items() if modality is not Modality.NEGATED
                         for p in cues if len(p) == 1)

    @cached_property
    def instrument_verbs(self) -> frozenset[Phrase]:
        """Every verb a common noun after which names an instrument: signing, joining, leaving or suspending."""
        return self.treaty_verbs | self.treaty_leaving

    @cached_property
    def treaty_verbs(self) -> frozenset[Phrase]:
        """Every verb that makes its subject a party of the treaty after it (signing or joining)."""
        return self.treaty_signing | self.treaty_joining

    @cached_property
    def triggers_by_first(self) -> Mapping[str, tuple[Trigger, ...]]:
        """The triggers by their first word, the longest forms first (in file order among equals): the event
        rules look one up at every token of every document."""
        groups: dict[str, list[Trigger]] = {}
        for trigger in self.triggers:
            groups.setdefault(trigger.form[0], []).append(trigger)
        return {word: tuple(sorted(group, key=lambda t: -len(t.form))) for word, group in groups.items()}

    @cached_property
    def member_words(self) -> frozenset[Phrase]:
        """The member nouns and the plurals of one-word titles: "envoys", "ambassadors" are a country's people too."""
        plurals = {(t[0] + s,) for t in self.titles if len(t) == 1 for s in self.plural_suffixes}
        return self.member_nouns | frozenset(plurals)

    @cached_property
    def max_title_len(self) -> int:
        return max((len(t) for t in self.titles), default=1)

    @cached_property
    def all_determiners(self) -> frozenset[str]:
        """Articles and the other determiners: any of them may open the noun phrase of a name."""
        return self.articles | self.determiners

    @cached_property
    def collective_sizes(self) -> Mapping[str, int]:
        """Each collective number's size ("three" → 3, "ketiga" → 3), the first size listed where a word counts
        twice: a counted plural phrase is asked about at every word before and after a trigger."""
        sizes: dict[str, int] = {}
        for size, words in self.collective_numbers.items():
            for word in words:
                sizes.setdefault(word, size)
        return sizes

    @cached_property
    def counted_openers(self) -> frozenset[str]:
        """The words a counted plural phrase can open with: an article ("the three countries") or a collective
        number ("three countries", "ketiga negara"). Any other word opens none, and nothing more is asked."""
        return self.articles | frozenset(self.collective_sizes)

    @cached_property
    def list_opening_words(self) -> frozenset[str]:
        """The words a list of instruments can be opened at (``kg.nlp.names.treaty_lists.instrument_list_start``):
        the first words of the list openers ("including", "antara lain"), the listing verbs and the copulas after a
        partitive ("Among the documents were"). The scans for lists ask only at these words."""
        return frozenset(p[0] for p in self.list_openers if p) | self.listing_verbs | self.passive_auxiliaries

    @cached_property
    def anaphoric_tails(self) -> frozenset[str]:
        """Demonstratives after a noun, making it refer back ("kunjungan itu", "pemimpin Rusia tersebut"):
        in a head-initial language; a head-final one puts them before the noun ("this visit")."""
        return self.demonstratives if self.head_initial else frozenset()

    def is_possessive_marker(self, word: str) -> bool:
        """``word`` is a possessive suffix standing as a token of its own: English "'s"."""
        return word in self.possessive_suffixes

    def has_possessive_suffix(self, word: str) -> bool:
        """``word`` ends in a possessive suffix after a stem of three letters or more: "pemimpinnya"."""
        return any(word.endswith(suffix) and len(word) - len(suffix) >= 3 for suffix in self.possessive_suffixes)

    def singular(self, word: str) -> str:
        """``word`` without its plural suffixes ("russians" → "russian")."""
        for suffix in self.plural_suffixes:
            while word.endswith(suffix):
                word = word[: -len(suffix)]
        return word


def phrase(text: str) -> Phrase:
    """Lowercase tokens as spaCy splits them: "secretary-general" → ("secretary", "-", "general")."""
    return tuple(text.lower().replace("-", " - ").split())


def _read(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"missing language resource {path}") from exc
    except json.JSONDecodeError as exc:
        raise ResourceError(f"malformed language resource {path}: {exc}") from exc


def _lookup(data: dict[str, Any], key: str, path: Path) -> Any:
    value: Any = data
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            raise ResourceError(f"{path}: missing key {key!r}", hint="docs/languages.md lists the keys of a language.")
        value = value[part]
    return value


def _convert(value: Any, hint: Any, where: str) -> Any:
    """``value`` from JSON as the type ``hint`` of a resource field."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if is_dataclass(hint):
        return hint(**{f.name: _convert(_lookup(value, f.name, Path(where)), _hints(hint)[f.name], where)
                       for f in fields(hint)})
    if origin is frozenset and args == (str,):
        return frozenset(item.lower() for item in value)
    if origin is frozenset:  # of phrases
        return frozenset(phrase(item) for item in value)
    if origin is tuple:
        return tuple(value)
    if origin is Mapping:
        key_type, value_type = args
        try:
            return {key_type(key): _convert(items, value_type, where) for key, items in value.items()}
        except ValueError as exc:
            raise ResourceError(f"{where}: {exc}") from None
    raise TypeError(f"no conversion for {hint}")  # pragma: no cover - a field type this loader lacks


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _triggers(data: dict[str, Any], path: Path) -> tuple[Trigger, ...]:
    out = []
    for number, item in enumerate(_lookup(data, "triggers", path)):
        try:
            kind, frame = EventKind(item["kind"]), Frame(item["frame"])
            visitor = Side(item["visitor_side"]) if "visitor_side" in item else None
        except (KeyError, ValueError) as exc:
            raise ResourceError(f"{path} triggers[{number}]: {exc}", hint="kind is an EventKind (kg/model.py), "
                                "frame a Frame, visitor_side a Side (kg/nlp/resources.py).") from None
        preps = frozenset(p.lower() for p in item.get("target_preps", ()))
        go_between = bool(item.get("go_between", False))
        members_only = bool(item.get("members_only", False))
        urges = bool(item.get("urging_reading", False))
        participle = bool(item.get("comma_participle", False))
        naming = bool(item.get("naming_reading", False))
        onto_list = bool(item.get("onto_list", False))
        told_only = bool(item.get("told_only", False))
        told_again = bool(item.get("told_again", False))
        mutual = bool(item.get("mutual", False))
        announces_act = bool(item.get("announcing_reading", False))
        out.extend(Trigger(kind, frame, phrase(form), preps, visitor, go_between, members_only, urges, participle,
                           naming, onto_list, told_only, told_again, mutual, announces_act)
                   for form in item["forms"])
    return tuple(out)


def available_languages() -> tuple[str, ...]:
    return language.SUPPORTED


def load(lang: str, gazetteer: Gazetteer | None = None) -> LangResources:
    """The resources of ``lang`` (a registered code), its demonyms checked against ``gazetteer`` (default:
    :func:`kg.gazetteer.load`). Read once per process and gazetteer; :func:`kg.nlp.pipeline.reset` forgets them."""
    if lang not in language.SUPPORTED:
        raise LanguageError(f"no pipeline for language {lang!r} (have: {', '.join(available_languages())})")
    return _load(lang, gazetteer if gazetteer is not None else gazetteer_data.load())


def clear_cache() -> None:
    """Forget loaded resources (part of :func:`kg.nlp.pipeline.reset`)."""
    _load.cache_clear()


caches.register("kg.nlp.resources._load", clear_cache)


def _common_words(path: Path) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def _load(lang: str, gazetteer: Gazetteer) -> LangResources:
    info = language.registry()[lang]
    files = {name: (info.folder / name, _read(info.folder / name)) for name in ("lexicon.json", "triggers.json")}
    values: dict[str, Any] = dict(
        lang=lang,
        head_initial=info.head_initial,
        press_country=info.press_country,
        demonyms=MappingProxyType({form.lower(): entry.qid for form, entry in gazetteer.demonyms(lang).items()
                                   if entry.qid}),
        common_words=_common_words(info.folder / "common_words.txt"),
    )
    hints = _hints(LangResources)
    for f in fields(LangResources):
        if f.name in values:
            continue
        path, data = files[f.metadata.get("file", "lexicon.json")]
        if f.name == "triggers":
            values[f.name] = _triggers(data, path)
            continue
        values[f.name] = _convert(_lookup(data, f.metadata.get("key", f.name), path), hints[f.name], str(path))
    return LangResources(**values)
