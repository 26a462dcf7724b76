"""The words the event rules read off a language's resources: the same for every document, so built once per
language and process (:meth:`EventWords.of`) rather than in every :class:`~kg.extract.events.EventFinder` — a
document's finder used to spend ~1.5 ms rebuilding them, as much as reading a short document's triggers."""

from __future__ import annotations

from dataclasses import dataclass

from kg import caches
from kg.model import EventKind
from kg.nlp.resources import SPEECH_FRAMES, Frame, LangResources, Phrase, Trigger


@dataclass(frozen=True)
class EventWords:
    """See :meth:`of`; each field is an attribute of the finder of the same name."""

    plural_openers: frozenset[str]
    pair_prefixes: frozenset[Phrase]
    treaty_openers: frozenset[str]
    speech_after: frozenset[Phrase]
    saying_verbs: frozenset[Phrase]
    before_verb: frozenset[str]
    inner_adverbs: frozenset[str]
    noun_openers: frozenset[str]
    carriers: dict[EventKind, frozenset[str]]
    passive_carriers: dict[EventKind, frozenset[str]]
    any_passive_carrier: frozenset[str]
    noun_forms: frozenset[tuple[EventKind, Phrase]]
    claim_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    accusation_nouns: frozenset[str]
    called_off_openers: frozenset[str]
    nouns_of: dict[EventKind, frozenset[Phrase]]
    modifiers_after: frozenset[str]
    modifiers_before: frozenset[str]
    delegation_words: frozenset[str]

    @classmethod
    def of(cls, res: LangResources) -> EventWords:
        """The words of ``res``, built on the first call for that resources object (resources are loaded once
        per language and process, :func:`kg.nlp.resources.load`, and never change: they are frozen)."""
        known = _BY_RESOURCES.get(id(res))
        if known is None or known[0] is not res:
            known = _BY_RESOURCES[id(res)] = (res, cls._read(res))
        return known[1]

    @classmethod
    def _read(cls, res: LangResources) -> EventWords:
        plural = {p for phrases in res.plural_anaphora.values() for p in phrases}
        speech = {frame: {t.form for t in res.triggers if t.frame is frame} for frame in SPEECH_FRAMES}
        passive_carriers = _passive_carriers(res.triggers, res.relative)
        noun_forms = frozenset((t.kind, t.form) for t in res.triggers if t.frame is Frame.NOUN)
        # what a denial verb trigger denies ("rejected charges" → "charges", "charge") and its verbs ("rejected")
        denials = [t.form for t in res.triggers if t.kind is EventKind.DENIAL and t.frame is Frame.VERB]
        return cls(
            # first words of the phrases looked for at every token, to skip the others at once
            plural_openers=frozenset(p[0] for phrases in res.plural_anaphora.values() for p in phrases),
            pair_prefixes=frozenset(p for p in plural if any(len(q) > len(p) and q[:len(p)] == p for q in plural)),
            treaty_openers=frozenset(p[0] for p in res.treaty_verbs),
            speech_after=frozenset(speech[Frame.SPEECH_AFTER]),
            saying_verbs=frozenset(speech[Frame.SPEECH_BEFORE]),  # "said", "mengatakan": they report a clause
            # words that may stand between a subject and its verb ("has also", "juga telah", "to", "not")
            before_verb=res.modality | res.adverbs_before_verb | res.infinitive_markers | res.negation
            | res.reciprocal_before,
            # "was also received by": adverbs that may stand between an auxiliary and its verb
            inner_adverbs=res.adverbs_before_verb | res.adverbs_after_verb,
            noun_openers=res.articles | (frozenset() if res.head_initial else res.demonstratives),
            carriers=_carrying_verbs(res.triggers),
            # "dijatuhkan": a verb the triggers name in a relative passive clause after an event noun ("sanksi
            # yang dijatuhkan") is that event's passive carrier (Indonesian marks the passive on the verb, no
            # auxiliary)
            passive_carriers=passive_carriers,
            any_passive_carrier=frozenset(v for verbs in passive_carriers.values() for v in verbs),
            noun_forms=noun_forms,
            claim_nouns=frozenset(w for f in denials if len(f) > 1
                                  for w in (f[-1], *(f[-1][:-len(x)] for x in res.plural_suffixes
                                                     if f[-1].endswith(x)))),
            denial_verbs=frozenset(f[0] for f in denials),
            # "accusations", "tuduhan": the nouns of accusations, one word (what a denial may name with "by")
            accusation_nouns=frozenset(t.form[0] for t in res.triggers
                                       if t.kind is EventKind.ACCUSATION and t.frame is Frame.NOUN
                                       and len(t.form) == 1),
            called_off_openers=frozenset(p[0] for p in res.called_off),
            nouns_of={kind: frozenset(form for k, form in noun_forms if k is kind) for kind, _ in noun_forms},
            # modifiers of an event noun stand between it and its possessor: "kunjungan kenegaraan pertama Putin"
            # (head-initial), or between a genitive and the noun: "Morsi's first state visit" (head-final)
            modifiers_after=res.event_noun_modifiers if res.head_initial else frozenset(),
            modifiers_before=frozenset() if res.head_initial else res.event_noun_modifiers,
            # "antara delegasi X dan (delegasi) Y": a one-word delegation noun before the side that sent it (a
            # head-initial noun phrase; "the Russian delegation" names its side before the noun)
            delegation_words=frozenset(p[0] for p in res.delegation_nouns if len(p) == 1) if res.head_initial
            else frozenset(),
        )


# id(resources) → (the resources, their words); the resources are kept so that their id is never reused
_BY_RESOURCES: dict[int, tuple[LangResources, EventWords]] = {}
caches.register("kg.extract.event_words._BY_RESOURCES", _BY_RESOURCES.clear)


def _carrying_verbs(triggers: tuple[Trigger, ...]) -> dict[EventKind, frozenset[str]]:
    """The verbs that carry out an event noun, by kind, read off the verb triggers that name the noun after their
    verb ("imposed sanctions", "imposed an embargo on" → "imposed" for sanctions)."""
    nouns = {(t.kind, t.form[-1]) for t in triggers if t.frame is Frame.NOUN}
    out: dict[EventKind, set[str]] = {}
    for t in triggers:
        if t.frame is Frame.VERB and len(t.form) > 1 and any((t.kind, w) in nouns for w in t.form[1:4]):
            out.setdefault(t.kind, set()).add(t.form[0])
    return {kind: frozenset(verbs) for kind, verbs in out.items()}


def _passive_carriers(triggers: tuple[Trigger, ...], relative: frozenset[str]) -> dict[EventKind, frozenset[str]]:
    """The passive verbs that carry out an event noun, by kind, read off the noun triggers that name one in a
    relative clause ("sanksi yang dijatuhkan" → "dijatuhkan" for sanctions, "kunjungan kehormatan yang dilakukan"
    → "dilakukan" for courtesy calls)."""
    out: dict[EventKind, set[str]] = {}
    for t in triggers:
        if t.frame is Frame.NOUN and len(t.form) >= 3 and t.form[-2] in relative:
            out.setdefault(t.kind, set()).add(t.form[-1])
    return {kind: frozenset(verbs) for kind, verbs in out.items()}
