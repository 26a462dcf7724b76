"""How talks are held, written after the event noun or verb in a head-initial language: "perundingan tidak langsung
antara Israel dan Hamas", "pembicaraan tertutup antara A dan B", "bertemu secara tidak langsung dengan X" — the manner
(``talk_manners``) stands between the noun or verb and "antara" or "dengan", which still names the parties. Part of
:class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.nlp.tokens import match_phrase_at

MANNER_WORDS = 3  # the longest manner phrase: "tidak secara langsung"


class TalkManners(FinderState):
    def _past_manner(self, after: int, sent: Span) -> int:
        """Where the words after an event noun or a symmetric verb ending at ``after`` go on past a manner phrase
        ("tidak langsung"), an adverb opening it at most ("bertemu secara tidak langsung dengan X": the manner
        phrase is its own constituent, "tidak" in it negates no verb)."""
        doc = self.view.doc
        opener = after < sent.end and doc[after].lower_ in self.res.adverbs_before_verb
        manner = match_phrase_at(doc, after + opener, self.res.talk_manners, MANNER_WORDS, sent.end)
        return after + opener + manner if manner else after
