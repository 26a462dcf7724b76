"""Parties of instruments listed after a signing: "X and Y signed eight agreements, including a bilateral investment
treaty and a memorandum of understanding on …" — each listed instrument has the signers of the eight; "Dokumen yang
ditandatangani antara lain nota kesepahaman … dan perjanjian ekstradisi", "Among the documents were …" — the
signers of the signing told last, a few sentences before. The listed instruments are Treaty mentions found by
:mod:`kg.nlp.names.treaty_lists`. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FRAME_CONFIDENCE, FinderState, PartyDraft
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.names.treaty_lists import LIST_REACH, TOPIC_REACH, instrument_list_start
from kg.nlp.tokens import QUOTES, words_among

HEAD_LEN = 3  # words of the longest treaty head: "memorandum of understanding"
SIGNING_REACH = 4  # sentences back to the signing a list of instruments signed refers to


class ListedTreaties(FinderState):
    def _listed_treaty_parties(self, sent: Span, unnamed: list[str]) -> None:
        """Each instrument listed in ``sent`` after a signing gets its signers as parties (see module); ``unnamed``
        are who signed instruments the sentence only counts ("signed eight documents, including …")."""
        for opener, listed in self._instrument_lists(sent):
            keys = {m.key for m in listed}
            signers = self._list_signers(keys, opener, sent) or list(dict.fromkeys(unnamed))
            for mention in listed:
                for party in signers:
                    self.parties.append(PartyDraft(party, mention.key, sent, f"{self.res.lang}:treaty-list",
                                                   FRAME_CONFIDENCE))

    def _instrument_lists(self, sent: Span) -> list[tuple[int, list[MentionRef]]]:
        """(the opener's token, the Treaty mentions listed after it) of each list of instruments in ``sent``."""
        view, doc, res = self.view, self.view.doc, self.res
        lists = []
        for i in words_among(doc, sent.start, sent.end, res.list_opening_words):
            j = instrument_list_start(doc, i, sent.start, sent.end, res, HEAD_LEN)
            listed: list[MentionRef] = []
            while j and j < sent.end and len(listed) < LIST_REACH:
                while j < sent.end and (doc[j].text in QUOTES or doc[j].like_num or doc[j].lower_ in res.quantifiers
                                        or doc[j].lower_ in res.determiners):
                    j += 1
                m = view.at.get(j)
                if m is None or m.start != j or m.type is not EntityType.TREATY:
                    break
                listed.append(m)
                k = self._list_separator(m.end, sent)
                if k is None:
                    break
                j = k
            if listed:
                lists.append((i, listed))
        return lists

    def _list_separator(self, k: int, sent: Span) -> int | None:
        """Where the next item of a list starts after an item ending at ``k``: past a comma and a coordinator,
        and past a topic the item's name did not take in ("… agreement on the X Corridor and …"); None at the
        list's end."""
        doc, res = self.view.doc, self.res
        if k < sent.end and doc[k].lower_ in res.preps.topic:
            k = next((t for t in range(k + 1, min(sent.end, k + TOPIC_REACH))
                      if doc[t].text == "," or doc[t].lower_ in res.coordination), k)
        after = k + (k < sent.end and doc[k].text == ",")
        after += after < sent.end and doc[after].lower_ in res.coordination
        return after if k < after < sent.end else None

    def _list_signers(self, listed: set[str], opener: int, sent: Span) -> list[str]:
        """Who signed the instruments a list opened at ``opener`` in ``sent`` names: the parties this sentence gave
        an instrument before the list ("signed eight agreements, including …"); else, when the list is of "the
        documents (signed)" ("Dokumen yang ditandatangani antara lain …", "Among the documents were …"), those of
        the last instrument signed in the few sentences before. A signing to come or refused names none."""
        here = [p.party for p in self.parties if p.sentence.start == sent.start and p.treaty not in listed]
        if here or any(p.sentence.start == sent.start for p in self.prospective):
            return list(dict.fromkeys(here))
        doc, res = self.view.doc, self.res
        if not any(doc[k].lower_ in res.instrument_collectives for k in range(sent.start, opener)):
            return []
        starts = [s.start for s in self.view.doc.sents if s.start < sent.start][-SIGNING_REACH:]
        earlier = [p for p in self.parties if starts and starts[0] <= p.sentence.start < sent.start
                   and p.rule.endswith("treaty-signing")]
        if not earlier:
            return []
        last = earlier[-1]
        return list(dict.fromkeys(p.party for p in earlier
                                  if p.treaty == last.treaty and p.sentence.start == last.sentence.start))
