"""Runs of capitalised tokens: where a name may be (:class:`RunReader`).

A run is what the name finder types: capitalised tokens and known names, joined across name glue ("Charter of
the United Nations", "Kim Jong-un"), a slash inside one acronym ("SPLM/A"), a small number opening a name ("38
North") and the locative preposition inside an instrument's title ("Agreement on Trade in Goods").
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.names.state import NameState
from kg.nlp.tokens import capitalised, is_capitalised, match_phrase_at, texts

YEARS = (1800, 2200)  # a number in this range after a body's head word is a year, not the body's number
CODE_DIGITS = 3  # the shortest number that codes a body ("Unit 155"); "Terminal 3" counts places


class RunReader(NameState):
    def _runs(self, doc: Doc, start: int, end: int, known_at: dict) -> list[tuple[int, int]]:
        res = self.res
        words = texts(doc)  # most words open no run: their texts, not a Token object each (nor two)
        runs = []
        i = start
        while i < end:
            if not (capitalised(words[i]) or i in known_at or (words[i].isdigit() and self._number_led(doc, i, end))):
                i += 1
                continue
            j = i + 1
            while j < end:
                if len(words[j - 1]) > 1 and words[j - 1].endswith("-"):
                    break  # "the Arga Wirana- and Velmar Group-owned firms": a suspended hyphen ends the name
                if self._suffix_after_comma(words, j, end):
                    j += 2  # "Shenzhen X Electronics Co., Ltd.", "Y Holdings, Inc.": the legal suffix ends the name
                    continue
                if words[j - 1].endswith(".") and (words[j - 1].lower(),) in res.org_heads \
                        and (words[j].lower(),) not in res.org_heads:
                    break  # "… Links Ltd. Kupol is …": a legal suffix and its period end the name ("Co. Ltd." goes on)
                if capitalised(words[j]) or j in known_at:
                    j += 1
                    continue
                if words[j].isdigit() and (self._number_led(doc, j, end) or self._numbered_body(words, j)):
                    j += 1  # "38 North"; "Unit 26165", "Brigade 155": a body's head word and its number
                    continue
                if self._acronym_slash(doc, j, end, known_at):
                    j += 2
                    continue
                if self._lowercase_syllable(doc, j, end):
                    j += 2  # "Cho Tae-yul", "Lee Jae-myung": a given name's second syllable, written lowercase
                    continue
                k = j
                while k < end and k - j < 2 and (doc[k].lower_ in res.name_connectors
                                                 or doc[k].lower_ in res.inner_name_words
                                                 or (doc[k].text == "-" and not doc[k - 1].whitespace_)
                                                 or self._dash_in_title(doc, i, k, end)
                                                 or self._coordinator_in_title(doc, i, k, end, known_at)):
                    k += 1
                if k > j and k < end and (is_capitalised(doc[k]) or k in known_at) \
                        and not self._complete_body_before(doc, i, j) and not self._article_after_coordinator(doc, j) \
                        and not self._closes_list(doc, i, j) and not self._one_word_name_and_body(doc, i, j, end):
                    j = k + 1  # "Charter of the United Nations", "Kim Jong-un"
                    continue
                if self._instrument_goes_on(doc, i, j, end, known_at):
                    j += 2  # "Agreement on Trade in Goods": the title of an instrument, not a place after "in"
                    continue
                break
            runs.append((i, j))
            i = j
        return runs

    def _numbered_body(self, words: list[str], j: int) -> bool:
        """The number at ``j`` is a code naming the body whose head word stands right before it ("Unit 26165"); not a
        year ("the Commission 2024 report") nor a small number that counts places ("Terminal 3", "Gate 12")."""
        return (words[j - 1].lower(),) in self.res.org_heads and capitalised(words[j - 1]) \
            and len(words[j]) >= CODE_DIGITS and not YEARS[0] <= int(words[j]) <= YEARS[1]

    def _suffix_after_comma(self, words: list[str], j: int, end: int) -> bool:
        """A comma at ``j`` between a body's head word and a legal suffix (``org_heads`` written with a period or in
        capitals: "Ltd.", "Inc.", "LLC"): one name, "Co., Ltd." — not "the Bank, Reuters said"."""
        heads = self.res.org_heads
        if words[j] != "," or j + 1 >= end or (words[j - 1].lower(),) not in heads:
            return False
        suffix = words[j + 1]
        return (suffix.lower(),) in heads and (suffix.endswith(".") or suffix.isupper())

    def _complete_body_before(self, doc: Doc, i: int, j: int) -> bool:
        """A coordinator at ``j`` follows a name of two words or more that a body's head word ends ("Pars
        Aviation Services and Falcon Trading", "the Monetary Fund and the World Bank"): two bodies, not one —
        unlike "Department of Trade and Industry", whose first conjunct ends in no head."""
        return (doc[j].lower_ in self.res.coordination and j - i >= 2
                and (doc[j - 1].lower_,) in self.res.org_heads)

    def _closes_list(self, doc: Doc, i: int, j: int) -> bool:
        """A coordinator at ``j`` after a run ``[i, j)`` that a comma after another capitalised word opens closes a
        list of names ("Skydio, Shield AI and Anduril Industries"): the last conjunct is a name of its own — unlike
        "Kish Oil and Gas Services Company", which no comma list leads to, or "A, Kish Oil and Gas Services Company
        and B", where a later coordinator closes the list."""
        coordination = self.res.coordination
        if not (doc[j].lower_ in coordination and i >= 2 and doc[i - 1].text == "," and is_capitalised(doc[i - 2])):
            return False
        k = j + 1
        while k < len(doc) and is_capitalised(doc[k]):
            k += 1
        return not (k + 1 < len(doc) and doc[k].lower_ in coordination and is_capitalised(doc[k + 1]))

    def _one_word_name_and_body(self, doc: Doc, i: int, j: int, end: int) -> bool:
        """A coordinator at ``j`` between a one-word name ``[i, j)`` and a complete body's name — two words or more,
        the first no common word, that a body's head word ends: "Skydio and Anduril Industries" are two bodies. A name's
        inner coordination joins common words ("Department of Trade and Industry", "Kish Oil and Gas Services
        Company": two words before "and")."""
        if j - i != 1 or j + 1 >= end or doc[j].lower_ not in self.res.coordination \
                or doc[i].lower_ in self.common or doc[j + 1].lower_ in self.common:
            return False
        k = j + 1
        while k < end and is_capitalised(doc[k]):
            k += 1
        return k - (j + 1) >= 2 and (doc[k - 1].lower_,) in self.res.org_heads

    def _article_after_coordinator(self, doc: Doc, j: int) -> bool:
        """A coordinator at ``j`` and an article after it open a second name ("Belteleradio and the Minsk Tractor
        Works", "X and the Y Company"): an article never stands inside a name after "and" (unlike "Department of
        Trade and Industry", "Charter of the United Nations")."""
        return doc[j].lower_ in self.res.coordination and j + 1 < len(doc) and doc[j + 1].lower_ in self.res.articles

    def _instrument_goes_on(self, doc: Doc, i: int, j: int, end: int, known_at: dict) -> bool:
        """The run ``[i, j)`` titles an instrument by its subject ("Agreement on Trade", "Convention on
        Cooperation") and a locative preposition joins a capitalised word no gazetteer knows: "… in Goods",
        "… in Criminal Matters". Not a known place ("the Agreement on Trade in Hanoi") nor a bare head ("the
        Agreement in Geneva"). A topic preposition or "against" after a capitalised instrument head goes on to the
        capitalised subject no gazetteer knows ("Nota Kesepahaman tentang Kerja Sama Pertanian", "the United
        Nations Convention against Cybercrime"; not "the Agreement against Russia")."""
        res = self.res
        if not (j + 1 < end and is_capitalised(doc[j + 1]) and j + 1 not in known_at):
            return False
        if doc[j].lower_ in res.title_subject_preps:
            # "Nota Kesepahaman tentang Kerja Sama Pertanian", "the Convention against Cybercrime": a titled
            # instrument's subject, capitalised with it — its head word is one of the run's capitalised words
            return any(match_phrase_at(doc, h, res.treaty_heads, self.head_len, j) and is_capitalised(doc[h])
                       for h in range(i, j))
        if doc[j].lower_ not in res.preps.location:
            return False
        return any(match_phrase_at(doc, h, res.treaty_heads, self.head_len, end) and h + 1 < j
                   and doc[h + 1].lower_ in res.inner_name_words for h in range(i, j))

    def _dash_in_title(self, doc: Doc, i: int, k: int, end: int, reach: int = 8) -> bool:
        """An en dash at ``k``, no space around it, joins the two partners inside an instrument's title ("Perjanjian
        Kerja Sama Pertahanan Indonesia–Turki", "the Australia–India Economic Cooperation and Trade Agreement"): a
        treaty head stands in the run before it or among the capitalised words after it. Elsewhere a dash between
        two names keeps them apart ("hubungan Indonesia–Australia", "the Tokyo–Osaka line")."""
        if doc[k].text != "–" or doc[k - 1].whitespace_ or doc[k].whitespace_ or k + 1 >= end:
            return False
        heads, n = self.res.treaty_heads, self.head_len
        if any(match_phrase_at(doc, h, heads, n, k) for h in range(i, k)):
            return True
        h = k + 1
        res = self.res
        while h < min(end, k + 1 + reach) and (is_capitalised(doc[h]) or doc[h].lower_ in res.name_connectors
                                                or doc[h].lower_ in res.inner_name_words):
            if match_phrase_at(doc, h, heads, n, end):
                return True
            h += 1
        return False

    def _coordinator_in_title(self, doc: Doc, i: int, k: int, end: int, known_at: dict) -> bool:
        """A coordinator at ``k`` inside the title of an instrument whose head opens the run, in a head-initial
        language ("Perjanjian Persahabatan dan Kerja Sama", "Persetujuan Perdagangan dan Investasi"): the
        conjunct after it is part of the title's topic; so is a preposition of ``title_prepositions``
        ("Perjanjian Komprehensif dan Progresif untuk Kemitraan Trans-Pasifik"). Not a second instrument ("Piagam
        ASEAN dan Perjanjian Paris") nor a known name after it ("Perjanjian Paris dan Indonesia"); English titles
        join through "and" as an inner name word already."""
        res = self.res
        joins = doc[k].lower_ in res.coordination or doc[k].lower_ in res.title_prepositions  # "… untuk Kemitraan …"
        if not res.head_initial or not joins or k + 1 >= end or k + 1 in known_at:
            return False
        head = match_phrase_at(doc, i, res.treaty_heads, self.head_len, end)
        second = doc[k].lower_ in res.coordination and match_phrase_at(doc, k + 1, res.treaty_heads, self.head_len, end)
        return bool(head) and i + head < k and not second  # "untuk Kemitraan …" is the title's topic, no second one

    def _lowercase_syllable(self, doc: Doc, k: int, end: int) -> bool:
        """A hyphen at ``k`` joins, with no space, a capitalised word to a short lowercase piece that is no word
        of the language ("Tae-yul", "Jae-myung"); not "Jakarta-based", "pro-Russian", nor a piece another hyphen
        follows."""
        if doc[k].text != "-" or k + 1 >= end or doc[k - 1].whitespace_ or doc[k].whitespace_:
            return False
        piece = doc[k + 1]
        # a body's head word takes no given name's syllable: "Velmar Group-owned firms"
        return (is_capitalised(doc[k - 1]) and (doc[k - 1].lower_,) not in self.res.org_heads
                and piece.is_alpha and piece.is_lower and len(piece.text) <= 5 and not piece.is_stop
                and piece.lower_ not in self.common
                and not (k + 2 < end and doc[k + 2].text == "-"))

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
