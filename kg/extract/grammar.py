"""Dependency syntax for the event rules, where word windows cannot settle who did what.

The rules of :mod:`kg.extract.events` find arguments in word windows: fast, and right for most news
sentences. Some constructions defeat them: a subject far from its verb ("European Union leaders on
Thursday, after a day of talks, agreed …"), a sanction whose imposer is named through another
noun ("condemned the EU's decision to extend sanctions on Russia": the EU imposes, not the
condemner). For those the rules ask :class:`Grammar`, which parses the sentence with the UD model
(:class:`kg.nlp.syntax.SentenceParser`), once, only when asked, and answers from the tree.

The model is small (about one attachment error in five words, docs/models.md), so every answer is
checked for plausibility: the trigger must be tagged as the part of speech its frame expects and
hold the relation asked about; otherwise the answer is None and the rule keeps its window result.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.view import DocView, MentionRef
from kg.model import EntityType
from kg.nlp.syntax import SentenceParser

SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
ROOT = "ROOT"  # spaCy's label of a sentence's root
VERBS = frozenset({"VERB", "AUX"})
PARTICIPLE = "Part"  # UD's VerbForm of a past participle ("brokered", "sold"); a gerund is "Ger"
NOUNS = frozenset({"NOUN", "PROPN"})
# relations by which a noun names who the event noun belongs to: "the EU's decision", "keputusan Uni Eropa"
OWNERS = frozenset({"nmod", "nmod:poss", "obl"})
# relations that tie one word of a name to another: titles, compounds, appositions
NAME_PARTS = frozenset({"flat", "flat:name", "compound", "appos", "amod"})
# a common noun right before the verb in one of these roles is its subject, whatever the attachment: "officials said"
UNNAMED_SUBJECT_ROLES = frozenset({"nsubj", "nsubj:pass", "conj", "appos"})
# an infinitive clause ("to impose", "untuk memperpanjang"): its marker, and how it attaches to a verb
MARK = "mark"
HYPHENS = re.compile("[-–—]")  # a dash token: ends a dateline ("(Reuters) -"), or opens and closes an aside
PREPOSITION = "ADP"  # spaCy's part of speech of a preposition
CASE = "case"  # the preposition of an oblique: "to" in "travel to Jakarta"
INFINITIVE_CLAUSES = frozenset({"advcl", "xcomp"})
OBJECT = "obj"
MAX_HOPS = 4  # how far up the tree an event noun's owner may be
CONJUNCT = "conj"
# a word that takes the trigger's clause as its complement governs it: "denied … that they met" (ccomp), "refused to
# meet" (xcomp), "the threat to impose" (acl); an adverbial clause does not ("threatened sanctions after X met Y")
COMPLEMENT_EDGES = frozenset({"ccomp", "xcomp", "acl"})
# function words of a predicate: an auxiliary, an adverb, a complementiser before it scope over it and, standing
# before a first conjunct, over the coordination ("did not travel to X and meet Y")
FUNCTION_EDGES = frozenset({"aux", "aux:pass", "advmod", "mark", "cop"})
# how a trigger reaches what governs it: a complement or conjunct clause, an event noun as an argument ("paid a
# visit"); never a loose attachment ("…,” kata X" as parataxis of the quoted clause) or an adverbial clause
SCOPE_EDGES = COMPLEMENT_EDGES | frozenset({CONJUNCT, OBJECT, "nsubj", "nsubj:pass", "obl", "nmod"})
AGENT_TYPES = frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PLACE})


class Grammar:
    """The dependency trees of one document's sentences, parsed on demand, and what the rules ask of them."""

    def __init__(self, view: DocView, parser: SentenceParser | None) -> None:
        self.view = view
        self.parser = parser
        self._trees: dict[int, Doc | None] = {}

    @property
    def parsed(self) -> int:
        """How many sentences of this document were parsed."""
        return len(self._trees)

    def subject(self, i: int, sent: Span) -> list[MentionRef] | None:
        """:meth:`_subject`, without names cut off from token ``i`` by a dash (:meth:`_across_dash`)."""
        return self._across_dash(self._subject(i, sent), i, sent)

    def owner(self, i: int, sent: Span) -> list[MentionRef] | None:
        """:meth:`_owner`, without names cut off from token ``i`` by a dash (:meth:`_across_dash`)."""
        return self._across_dash(self._owner(i, sent), i, sent)

    def _across_dash(self, names: list[MentionRef] | None, i: int, sent: Span) -> list[MentionRef] | None:
        """Drop the names an unpaired dash separates from token ``i``: "WASHINGTON, March 4 (Reuters) - X will travel
        …" — the dateline before the dash is no part of the clause, however the model attaches it (a pair of dashes
        encloses an aside: "X – who arrived on Monday – will travel"; a dash between words joins them: "U.S.-China").
        None when no name is left."""
        if not names:
            return names
        doc = self.view.doc
        dashes = [t.i for t in doc[sent.start:i] if HYPHENS.fullmatch(t.text) and t.i > 0 and doc[t.i - 1].whitespace_]
        kept = [m for m in names if m.start > i or sum(1 for d in dashes if d >= m.end) % 2 == 0]
        return kept or None

    def _subject(self, i: int, sent: Span) -> list[MentionRef] | None:
        """The named subjects of the verb at token ``i`` (with its conjuncts): "X and Y … agreed".

        ``[]`` when the verb's subject names no one: a common noun heads it ("…, officials said"),
        judged by the part of speech of the word before the verb (tags are more reliable than
        attachments in this small model). None when the tree cannot say: no model, the word is not
        tagged a verb, or it has no subject.
        """
        tree = self._tree(sent)
        if tree is None:
            return None
        verb = tree[i - sent.start]
        if verb.pos_ not in VERBS:
            return None
        before = self._word_before(verb, sent)
        if before is not None and before.pos_ == "NOUN" and before.dep_ in UNNAMED_SUBJECT_ROLES \
                and sent.start + before.i not in self.view.at:
            return []
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            return None
        if subject.i > 0 and tree[subject.i - 1].pos_ == PREPOSITION:
            # "GENEVA — The head of X, Y, on Tuesday accused …": the model took the day after "on" for the subject;
            # a noun a preposition governs is no subject, and the tree cannot say which is
            return None
        conjuncts = list(subject.conjuncts)
        if conjuncts and not any(t.lower_ in self.view.res.coordination
                                 for t in tree[subject.i + 1:max(c.i for c in conjuncts)]):
            conjuncts = []  # "X, an adviser to President Y, said": an apposition the model took for a conjunct
        return self._named([subject, *conjuncts], sent)

    def governs(self, cue: int, i: int, sent: Span) -> bool | None:
        """Whether the cue word at token ``cue`` scopes over the trigger at ``i`` in the tree: it is a function
        word of the trigger or of a word above it ("did not, in the end, travel"), or a word above it whose
        complement holds the trigger ("denied on Wednesday that X met Y"), through infinitive clauses ("planned to
        travel to Washington to sign …"). Climbing from a second conjunct to
        the first, the first conjunct and its arguments do not govern ("accepted the invitation and visited X"),
        its function words still do, unless the second has a subject of its own. None when there is no tree."""
        tree = self._tree(sent)
        if tree is None:
            return None
        word = tree[cue - sent.start]
        node = tree[i - sent.start]
        for _ in range(MAX_HOPS):
            if word.head.i == node.i and word.dep_ in FUNCTION_EDGES and word.i < node.i:
                return True
            head = node.head
            if head.i == node.i or not (node.dep_ in SCOPE_EDGES or self._infinitive(node)) or (
                    node.dep_ == CONJUNCT and any(c.dep_ in SUBJECTS for c in node.children)):
                # the root, a loose attachment, or a conjunct with a subject of its own: "Japan did not attend and
                # Canada signed"
                return False
            if head.i == word.i:
                # an infinitive clause is the cue's complement however the parse attaches it: "urged the United
                # States to impose sanctions" (the appeal's clause tagged as an adverbial one)
                return node.dep_ in COMPLEMENT_EDGES or self._infinitive(node)
            node = head
        return False

    def _infinitive(self, clause: Token) -> bool:
        """The clause is opened by an infinitive marker: a purpose or complement of what it hangs from, however
        attached ("planned to travel to Washington to sign …", "berencana terbang … untuk menandatangani …")."""
        return any(c.dep_ == MARK and c.lower_ in self.view.res.infinitive_markers for c in clause.children)

    def predicate_of_subject(self, i: int, sent: Span) -> int | None:
        """The verb (its index in the document) whose subject token ``i`` is ("the visit … was cancelled"); None
        when it is none's, or there is no tree."""
        tree = self._tree(sent)
        if tree is None:
            return None
        token = tree[i - sent.start]
        if token.dep_ not in SUBJECTS or token.head.pos_ not in VERBS:
            return None
        return sent.start + token.head.i

    def unnamed_plural_subject(self, k: int, sent: Span) -> bool:
        """A plural noun of people or bodies (``member_nouns``) is a subject before token ``k``, with no number or
        quantifier of its own: "ASEAN foreign ministers will discuss it when they meet" — "they" are those unnamed
        ministers, not the last two people named. Not "the two leaders" nor "both sides" (a pair told before);
        False without a tree."""
        tree = self._tree(sent)
        if tree is None:
            return False
        res = self.view.res
        return any(t.dep_ in SUBJECTS and t.pos_ in NOUNS and "Plur" in t.morph.get("Number")
                   and (t.lower_,) in res.member_nouns and sent.start + t.i not in self.view.at
                   and not any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ not in res.articles)
                               for c in t.children)
                   for t in tree[:k - sent.start])

    def is_verb(self, i: int, sent: Span) -> bool:
        """The parse tags token ``i`` a verb or auxiliary ("said Tokyo rejected …"); False without a model."""
        tree = self._tree(sent)
        return tree is not None and tree[i - sent.start].pos_ in VERBS

    def pos_of(self, i: int, sent: Span) -> str | None:
        """The part of speech the parse gives token ``i``; None without a model."""
        tree = self._tree(sent)
        return None if tree is None else tree[i - sent.start].pos_

    def is_participle(self, i: int, sent: Span) -> bool:
        """The parse tags token ``i`` a verb's participle ("a ceasefire brokered by Qatar"); False without a model, and
        for a gerund ("accused of spying")."""
        tree = self._tree(sent)
        return tree is not None and tree[i - sent.start].pos_ in VERBS \
            and PARTICIPLE in tree[i - sent.start].morph.get("VerbForm")

    def _owner(self, i: int, sent: Span) -> list[MentionRef] | None:
        """Who acts in the event word at token ``i``, up the tree: its own subject if it is a verb that has one,
        else the subject of the first verb above it that has one ("the EU imposed new sanctions"), or the
        owner of a noun above it ("the EU's decision to extend sanctions", "keputusan Uni Eropa untuk
        memperpanjang sanksi"), or a name above a verb without subject.

        ``[]`` when the first subject or owner on the way names no one; None when the tree cannot say.
        """
        tree = self._tree(sent)
        if tree is None or tree[i - sent.start].pos_ not in NOUNS | VERBS:
            return None
        token = tree[i - sent.start]
        own = next((c for c in token.children if c.dep_ in SUBJECTS), None) if token.pos_ in VERBS else None
        if own is not None:
            return self._named([own, *own.conjuncts], sent)
        via_verb = token.pos_ in VERBS
        for _ in range(MAX_HOPS):
            head = token.head
            if head.i == token.i or (head.dep_ == ROOT and head.pos_ not in VERBS):
                return None  # up to a root that is no verb ("Chinese President … met/amod …"): a misparse
            named = self._named([head], sent) if head.pos_ in NOUNS else None
            if named and via_verb and not self._after_preposition(head):
                # a name above a verb without subject: "the Union … to extend sanctions", "the decision of the Union
                # to …"; not one after another preposition ("travel to Jakarta next week to meet X": where the
                # subject goes, not who meets)
                return named
            if head.pos_ in VERBS:
                if (controller := self._object_owner(head, token, sent)) is not None:
                    return controller
                subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
                if subject is not None and subject.i != token.i:
                    return self._named([subject, *subject.conjuncts], sent)
                via_verb = True
            elif head.pos_ in NOUNS:
                # "keputusan Uni Eropa untuk …" owns the act; "kunjungan ke Jepang untuk bertemu …" is where the
                # visit goes, not who meets: the one who makes it is higher up
                owner = next((c for c in head.children if c.i < token.i and c.i != token.i
                              and (c.dep_ in OWNERS or self._possessive(c)) and not self._after_preposition(c)
                              and sent.start + c.i in self.view.at), None)
                if owner is not None:
                    return self._named([owner, *owner.conjuncts], sent)
            token = head
        return None

    # -- helpers ---------------------------------------------------------------------------------------
    def _after_preposition(self, token: Token) -> bool:
        """``token`` heads a prepositional phrase other than one of belonging ("to Jakarta", "ke Jepang"; not "of
        the Union", nor a possessive "Peru's", whose "'s" the parse also marks as a case)."""
        res = self.view.res
        return any(c.dep_ == CASE and c.lower_ not in res.preps.of and not res.is_possessive_marker(c.lower_)
                   for c in token.children)

    def _tree(self, sent: Span) -> Doc | None:
        if self.parser is None:
            return None
        if sent.start not in self._trees:
            self._trees[sent.start] = self.parser(sent)
        return self._trees[sent.start]

    def _named(self, tokens: list[Token], sent: Span) -> list[MentionRef] | None:
        """The names these tokens stand for: their own mention, or for a title ("President, Mohamed Morsi,",
        "Menteri Luar Negeri RI, Sugiono") the person attached to it, or a name compounded with a common noun
        ("European Union leaders"). None when a title has no person attached (the tree cannot say whose)."""
        view = self.view
        out: list[MentionRef] = []
        for token in tokens:
            found = view.at.get(sent.start + token.i)
            if found is None and view.is_ext_word(self._source(token, sent)):
                persons = [view.at[sent.start + t.i] for t in token.subtree if sent.start + t.i in view.at
                           and view.at[sent.start + t.i].type is EntityType.PERSON]
                if not persons:
                    return None
                found = persons[-1]
            elif found is None:
                parts = sorted((c for c in token.children if c.dep_ in NAME_PARTS), key=lambda c: c.i)
                found = next((view.at[sent.start + c.i] for c in parts if sent.start + c.i in view.at), None)
            if found is not None and found.type in AGENT_TYPES:
                head = view.chain_head(found, sent.end)
                if head not in out:
                    out.append(head)
        return out

    def _word_before(self, verb: Token, sent: Span) -> Token | None:
        """The word before the verb, past auxiliaries and adverbs ("officials have also said")."""
        tree = verb.doc
        k = verb.i - 1
        while k >= 0 and tree[k].pos_ in {"AUX", "ADV", "PART"}:
            k -= 1
        return tree[k] if k >= 0 else None

    def _object_owner(self, verb: Token, clause: Token, sent: Span) -> list[MentionRef] | None:
        """The named owner of ``verb``'s object when the infinitive ``clause`` hangs from ``verb`` after that
        object: "condemned the EU's decision on Monday to impose sanctions" — the model attaches the infinitive
        to the verb past a time phrase, but it completes the noun, whose owner acts. None otherwise."""
        if clause.dep_ not in INFINITIVE_CLAUSES or not any(c.dep_ == MARK for c in clause.children):
            return None
        obj = next((c for c in verb.children if c.dep_ == OBJECT and c.pos_ == "NOUN" and c.i < clause.i), None)
        if obj is None:
            return None
        owner = next((c for c in obj.children if c.i < clause.i and self._genitive(c)
                      and sent.start + c.i in self.view.at), None)
        return self._named([owner, *owner.conjuncts], sent) if owner is not None else None

    def _genitive(self, token: Token) -> bool:
        """The token owns its head noun: "the EU's", "of the EU", "keputusan Uni Eropa" (no preposition) —
        not a place or time phrase ("the summit in Brussels", "on Monday")."""
        cases = [c.lower_ for c in token.children if c.dep_ == "case"]
        return self._possessive(token) or (token.dep_ in OWNERS and all(c in self.view.res.preps.of for c in cases))

    def _possessive(self, token: Token) -> bool:
        """The token carries a possessive marker: "the European Union 's decision"."""
        return any(c.dep_ == "case" and self.view.res.is_possessive_marker(c.lower_) for c in token.children)

    def _source(self, token: Token, sent: Span) -> Token:
        """The analysed Doc's token a parse token copies."""
        return self.view.doc[sent.start + token.i]
