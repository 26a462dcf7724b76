"""Modality and polarity of a trigger: what its clause, before it, says about the fact.

"Canada did not sign", "will sign … next year", "if they meet", "plans to visit", "threatened to
impose", "membantah telah bertemu": the cue words stand between the start of the trigger's clause and
the trigger, a few words at most. The clause starts after punctuation, a relative pronoun, or a
conjunction that a new subject follows ("Japan did not attend and Korea signed"); a complementiser
opens it and belongs to it ("if they meet"), and the verb just before a complementiser governs it
("denied that the two met"). Which cue words mean what is each language's data
(``modality`` in ``kg/lang/<code>/lexicon.json``); which modalities block which event type is the type's
``blocked_by`` trait (``kg.model.EventKind``).

Where words cannot say what a cue scopes over, the dependency parse does (:meth:`Grammar.governs`), asked only
then: a cue the clause window did not reach — past an aside ("did not, in the end, travel") or a time phrase
before a complementiser ("denied on Wednesday that they met") — counts when the tree makes it govern the
trigger; a cue the window reached across a coordination ("accepted the invitation and visited") counts only
when it governs the coordination. A sentence that asks a polar question ("Will X visit Y?", "Apakah …?")
asserts nothing of what it asks.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.grammar import Grammar
from kg.extract.view import DocView
from kg.model import Modality
from kg.nlp.tokens import QUOTES, lower_forms, match_phrase_at

WINDOW = 5  # words before the trigger that may carry its modality: "did not formally sign", "akan segera bertemu"
GOVERNING = 2  # words before a complementiser that may govern its clause: "denied that", "membantah bahwa"
PHRASE = 4  # words of an aside between commas, or of a prepositional phrase before a complementiser
REACH = 12  # words before the trigger where the parse is asked about a cue the clause window did not reach


class ModalityReader:
    """Answers :meth:`of`: the modalities the words before a trigger put it under."""

    def __init__(self, view: DocView, grammar: Grammar | None = None) -> None:
        self.view = view
        self.grammar = grammar or Grammar(view, None)
        res = view.res
        self.cues = tuple((modality, frozenset(cues)) for modality, cues in res.modality_cues.items())
        self.longest = max((len(p) for _, cues in self.cues for p in cues), default=1)
        self.clause_openers = res.complementisers
        self.boundaries = res.relative
        # Read once per document and kept, because a trigger is asked about several times (its type's blocking
        # modalities, then whether it was scheduled, …) and every answer scans the same words: where cue phrases
        # start (:meth:`_cue_table`), and per trigger what does not depend on ``relevant`` (:meth:`_settled`).
        self._cue_starts: dict[int, tuple[tuple[Modality, int], ...]] | None = None
        self._settled_at: dict[tuple[int, int, int], tuple[int, frozenset[Modality]]] = {}
        self._answers: dict[tuple[int, int, int, frozenset[Modality] | None], frozenset[Modality]] = {}
        self._hypothetical_sentences: dict[tuple[int, int], bool] = {}
        self._openings: dict[tuple[int, int], tuple[tuple[int, frozenset[Modality]], ...]] = {}
        self.clause_heads = res.infinitive_markers | res.complementisers  # what a cue beyond the window heads

    def of(self, i: int, sent: Span, relevant: frozenset[Modality] | None = None) -> frozenset[Modality]:
        """The modalities of a trigger at token ``i`` of ``sent`` (empty: asserted as a fact).

        ``relevant``: the only modalities the caller asks about (an event type's ``blocked_by``). The parse — the
        costly reading, ~5 ms a sentence — is then asked only about cues of those, and not at all once the words
        have found one of them; the answer's other members are left unverified."""
        key = (i, sent.start, sent.end, relevant)
        answer = self._answers.get(key)
        if answer is None:
            start, settled = self._settled(i, sent)
            found = self._window_cues(start, i, sent, relevant) | settled
            if relevant is None or not found & relevant:
                found |= self._governing_beyond(i, start, sent, relevant)
            answer = self._answers[key] = frozenset(found)
        return answer

    def _settled(self, i: int, sent: Span) -> tuple[int, frozenset[Modality]]:
        """The start of the trigger's clause, and the modalities that the words outside its window put it under
        whatever the caller asks about: a complementiser opening the clause and the verb governing it, a condition
        or an adverb opening the sentence, a question."""
        key = (i, sent.start, sent.end)
        if (settled := self._settled_at.get(key)) is not None:
            return settled
        doc = self.view.doc
        start = self._clause_start(i, sent)
        found: set[Modality] = set()
        opener = start - 1
        if opener >= sent.start and doc[opener].lower_ in self.clause_openers:
            found |= self._cues_in(opener, opener + 1, sent)  # "if they meet", "jika mereka bertemu"
            # the verb that governs the clause: "denied that", "threatened that", "membantah bahwa", also past a
            # prepositional phrase: "denied on Wednesday that", "membantah pada Rabu bahwa"
            governed = self._before_phrase(opener, sent)
            lo = max(sent.start, governed - GOVERNING)
            found |= {m for m in self._cues_in(lo, governed, sent) if m is not Modality.SCHEDULED}
        found |= self._opening_cues(sent, start)
        if self._hypothetical_sentence(sent):
            found.add(Modality.HYPOTHETICAL)
        settled = self._settled_at[key] = (start, frozenset(found))
        return settled

    def _window_cues(self, start: int, i: int, sent: Span, relevant: frozenset[Modality] | None) -> set[Modality]:
        """The cues between the clause start and the trigger; one that a coordination word separates from the
        trigger counts only if the parse makes it govern the coordination ("will travel to Lima and meet X",
        "plans to visit Lima and meet X"), not when it belongs to the first conjunct alone ("accepted the
        invitation and visited Jakarta", "cancelled the trip to Paris and visited Berlin")."""
        coordination = self.view.res.coordination
        found: set[Modality] = set()
        for k, modality in self._cue_hits(start, i, sent):
            across = any(t.lower_ in coordination for t in self.view.doc[k + 1:i])
            unasked = relevant is not None and modality not in relevant  # the caller ignores it: no parse
            if not across or unasked or self._governs(k, i, sent) is not False:
                found.add(modality)
        return found

    def _governs(self, k: int, i: int, sent: Span) -> bool | None:
        """Whether the cue at ``k`` governs the trigger at ``i`` across a coordination: what the words settle,
        else the parse (None without a model). The words settle the two commonest shapes, which would otherwise
        cost a parse each: a cue verb with a noun phrase object and a verb conjunct after it ("denied the
        allegations and accused X", "membantah tuduhan itu dan menuding X") governs only its object — no; a cue
        with an infinitive complement whose second conjunct is the trigger ("agreed to expand trade and to meet
        again", "sepakat untuk memperluas … dan akan bertemu") — yes; a conjunct with its own perfect auxiliary ("and
        has visited", "dan telah mengunjungi") — no."""
        doc = self.view.doc
        res = self.view.res
        n = max(match_phrase_at(doc, k, cues, self.longest, i) for _, cues in self.cues)  # a cue stands at k
        after = k + max(n, 1)
        conjunct = next((j for j in range(i - 1, after - 1, -1) if doc[j].lower_ in res.coordination), None)
        if conjunct is not None:  # found between the cue's end and the trigger, so after < i
            if any(t.lower_ in res.perfect_auxiliaries for t in doc[conjunct + 1:i]):
                return False  # "plans to expand trade and has visited Peru": the conjunct has its own tense
            before_trigger = doc[i - 1].lower_
            # the cue's object is a noun phrase: a determiner opens it ("denied the …"), or (head-initial) a
            # demonstrative closes its one noun ("menepis tuduhan itu"; not "berencana menerima usulan itu")
            nominal = doc[after].lower_ in res.all_determiners or (
                res.head_initial and conjunct == after + 2 and doc[after + 1].lower_ in res.demonstratives)
            if nominal and conjunct == i - 1:
                return False
            linked = before_trigger in res.infinitive_markers or self._scheduled_at(i - 1, i)
            complement = res.infinitive_markers & {doc[after - 1].lower_, doc[after].lower_}  # "agreed (to)"
            if complement and conjunct == i - 2 and linked:
                return True
        return self.grammar.governs(k, i, sent)

    def _scheduled_at(self, k: int, end: int) -> bool:
        """A schedule cue ("will", "akan") stands at ``k``, ending before ``end``."""
        return any(modality is Modality.SCHEDULED and match_phrase_at(self.view.doc, k, cues, self.longest, end)
                   for modality, cues in self.cues)

    def scheduled_cue_at(self, k: int, end: int) -> bool:
        """A schedule cue ("will", "would", "akan") stands at ``k``, ending before ``end``."""
        return self._scheduled_at(k, end)

    def cues_after(self, i: int, sent: Span) -> set[Modality]:
        """The modalities of the cue phrases after token ``i`` to the sentence's end ("… if it tests a missile")."""
        return self._cues_in(i + 1, sent.end, sent)

    def _governing_beyond(self, i: int, start: int, sent: Span,
                          relevant: frozenset[Modality] | None) -> set[Modality]:
        """Cues before the clause window that the parse makes govern the trigger: "did not, in the end, travel",
        "denied on Wednesday that X had met Y". A schedule is never inherited this way ("said it will …, and
        met"); the parse is asked only when such a cue stands within reach and a clause it may head — an
        infinitive marker or a complementiser ("planned … to sign", "denied … that") — stands between them: a
        cue governs a trigger beyond the window through such a clause or not at all (an aside is skipped by the
        window itself)."""
        doc = self.view.doc
        heads = self.clause_heads
        # a cue phrase starting before the window may end inside it ("agreed | to expand …")
        # … but a schedule does reach the purpose clause of its own verb: "will meet next month to sign …", "akan
        # bertemu … untuk menandatangani …" (an infinitive marker between, no comma nor coordination)
        hits = [(k, m) for k, m in self._cue_hits(max(sent.start, i - REACH), i, sent, before=start)
                if (m is not Modality.SCHEDULED or self._own_purpose(k, i))
                and (relevant is None or m in relevant)
                and not any(t.text in QUOTES for t in doc[k:i]) and any(t.lower_ in heads for t in doc[k + 1:i])]
        return {m for k, m in hits if self._governs(k, i, sent)}

    def _own_purpose(self, k: int, i: int) -> bool:
        """The trigger at ``i`` stands in a purpose clause of the verb the schedule cue at ``k`` stands before: an
        infinitive marker between them, and no comma nor coordination word ("will meet … to sign", "will travel to
        Paris to sign the agreement", "akan terbang … untuk menandatangani perjanjian"; not "said it will
        cooperate, and met … to sign"). Whether the clause is the scheduled verb's is the parse's to say."""
        doc, res = self.view.doc, self.view.res
        between = doc[k + 1:i]
        return (any(t.lower_ in res.infinitive_markers for t in between)
                and not any(t.text == "," or t.lower_ in res.coordination for t in between))

    def _hypothetical_sentence(self, sent: Span) -> bool:
        """The whole sentence asserts nothing, which a question opener beginning it says: it asks a yes-no
        question — a question mark ends it ("Will X visit Y?", "Apakah …?") — or, with a comma and no question
        mark, it is an inverted condition ("Should the talks succeed, X and Y will sign …", "Had X met Y, …").
        Read once per sentence, and past its first word only when that is a question opener."""
        key = (sent.start, sent.end)
        known = self._hypothetical_sentences.get(key)
        if known is None:
            words = (t for t in sent if not (t.is_space or t.text in QUOTES))
            first = next(words, None)
            rest = list(words) if first is not None and first.lower_ in self.view.res.question_openers else []
            # the opener is no comma: a comma among the words is one among the rest
            known = len(rest) > 1 and (rest[-1].text == "?" or any(t.text == "," for t in rest))
            self._hypothetical_sentences[key] = known
        return known

    def _opening_cues(self, sent: Span, start: int) -> set[Modality]:
        """The modalities the sentence's first word puts a clause starting at ``start`` under, when it stands
        before it: an adverb of the sentence (:meth:`_sentence_adverb`), a condition (:meth:`_condition_opening`).
        Read once per sentence."""
        key = (sent.start, sent.end)
        openings = self._openings.get(key)
        if openings is None:
            openings = self._openings[key] = (self._sentence_adverb(sent), self._condition_opening(sent))
        return {m for at, modalities in openings if at < start for m in modalities}

    def _sentence_adverb(self, sent: Span) -> tuple[int, frozenset[Modality]]:
        """A cue word opening the sentence as an adverb of it — set off by a comma, or made one by a possessive
        suffix ("Rencananya, …", "Rencananya kedua negara …", "Perhaps, …") — puts the clauses after it under
        its modality; a negation there does not ("Tidak lama kemudian, …": not long after). Where it stands and
        those modalities; none: the sentence's end."""
        doc = self.view.doc
        first = next((t for t in sent if not (t.is_space or t.text in QUOTES)), None)
        if first is None or first.is_punct or first.i + 1 >= sent.end:
            return sent.end, frozenset()
        adverb = doc[first.i + 1].text == "," or self.view.res.has_possessive_suffix(first.lower_)
        if not adverb:
            return sent.end, frozenset()
        return first.i, frozenset(m for m in self._cues_in(first.i, first.i + 1, sent) if m is not Modality.NEGATED)

    def _condition_opening(self, sent: Span) -> tuple[int, frozenset[Modality]]:
        """A sentence that opens with a condition ("If they meet, they will sign …", "Jika …") makes its
        main clause hypothetical too. Where the condition's word stands and that modality; none: the sentence's
        end."""
        first = next((t for t in sent if not (t.is_space or t.is_punct or t.text in QUOTES)), None)
        if first is None or first.lower_ not in self.clause_openers:
            return sent.end, frozenset()
        return first.i, frozenset(m for m in self._cues_in(first.i, first.i + 1, sent)
                                  if m is Modality.HYPOTHETICAL)

    def _before_phrase(self, k: int, sent: Span) -> int:
        """Where a prepositional phrase of at most PHRASE words that ends right before token ``k`` starts ("on
        Wednesday", "pada Rabu", "in a statement"); ``k`` itself when there is none."""
        doc = self.view.doc
        for j in range(k - 1, max(sent.start, k - PHRASE - 1) - 1, -1):
            if doc[j].is_punct or self._ends_clause(doc[j]):
                return k
            if doc[j].lower_ in self.view.res.preps.blocking:
                return j
        return k

    def _clause_start(self, i: int, sent: Span) -> int:
        """Where the trigger's clause starts, at most WINDOW words before it; an aside between commas is part of
        it and not counted ("did not, in the end, travel")."""
        doc = self.view.doc
        k = i
        words = 0
        while k > sent.start and words < WINDOW:
            prev = doc[k - 1]
            aside = self._aside_before(k - 1, sent) if prev.text == "," else None
            if aside is not None:
                k = aside
                continue
            if self._ends_clause(prev) or (prev.lower_ in self.view.res.coordination and k in self.view.at):
                break  # "… and Korea signed": a new subject opens a new clause
            k -= 1
            words += 1
        return k

    def _aside_before(self, close: int, sent: Span) -> int | None:
        """The opening comma of an aside that the comma at ``close`` closes: at most PHRASE words, no name, cue,
        conjunction, complementiser or relative pronoun among them ("in the end", "however", "pada akhirnya")."""
        doc = self.view.doc
        res = self.view.res
        plain = res.coordination | res.negation | res.modality
        for j in range(close - 1, max(sent.start, close - PHRASE - 1), -1):
            tok = doc[j]
            if tok.text == ",":
                return j if j < close - 1 else None
            if tok.is_punct or j in self.view.at or self._ends_clause(tok) or tok.lower_ in plain:
                return None
        return None

    def _ends_clause(self, tok: Token) -> bool:
        low = tok.lower_
        if tok.is_punct and tok.text not in QUOTES and tok.text != "-":
            return True
        return low in self.clause_openers or low in self.boundaries

    def _cues_in(self, start: int, end: int, sent: Span) -> set[Modality]:
        """The modalities of the cue phrases in [start, end) (:meth:`_cue_hits`)."""
        return {modality for _, modality in self._cue_hits(start, end, sent)}

    def _cue_hits(self, start: int, end: int, sent: Span, before: int | None = None) -> list[tuple[int, Modality]]:
        """Where cue phrases start in [start, end) — or only in [start, before) — ending before ``end``, and their
        modality: none capitalised inside a sentence ("in May" is a month, not "may")."""
        doc = self.view.doc
        starts = self._cue_table()
        found: list[tuple[int, Modality]] = []
        for k in range(start, end if before is None else min(before, end)):
            at_k = starts.get(k)
            if at_k is None or (k > sent.start and doc[k].text[:1].isupper() and not self._after_opening(k, sent)):
                continue
            found.extend((k, modality) for modality, shortest in at_k if shortest <= end - k)
        return found

    def _cue_table(self) -> dict[int, tuple[tuple[Modality, int], ...]]:
        """Per token that starts a cue phrase, each modality of one (in ``self.cues``' order) with the length of
        its shortest phrase there: a phrase of it ends before ``end`` exactly when that length is at most
        ``end - k``, which is what ``match_phrase_at(doc, k, cues, self.longest, end)`` says. Built on first use."""
        if self._cue_starts is not None:
            return self._cue_starts
        words = lower_forms(self.view.doc)
        by_phrase: dict[tuple[str, ...], list[int]] = {}  # a cue phrase → the indexes of its modalities in self.cues
        for index, (_, cues) in enumerate(self.cues):
            for cue in cues:
                by_phrase.setdefault(cue, []).append(index)
        openers = {cue[0] for cue in by_phrase if cue}
        table: dict[int, tuple[tuple[Modality, int], ...]] = {}
        for k, word in enumerate(words):
            if word not in openers:
                continue
            shortest: dict[int, int] = {}
            for n in range(1, self.longest + 1):
                for index in by_phrase.get(tuple(words[k:k + n]), ()):
                    shortest.setdefault(index, n)
            if shortest:
                table[k] = tuple((self.cues[index][0], shortest[index]) for index in sorted(shortest))
        self._cue_starts = table
        return table

    def _after_opening(self, k: int, sent: Span) -> bool:
        """Token ``k`` opens the sentence, or stands right after an opening quote."""
        return all(t.is_space or t.is_punct or t.text in QUOTES for t in self.view.doc[sent.start:k])
