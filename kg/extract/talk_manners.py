"""How talks are held, written after the event noun in a head-initial language: "perundingan tidak langsung antara
Israel dan Hamas", "pembicaraan tertutup antara A dan B" — the manner (``talk_manners``) stands between the noun and
"antara", which still names the parties. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.nlp.tokens import match_phrase_at

MANNER_WORDS = 3  # the longest manner phrase: "tidak secara langsung"


class TalkManners(FinderState):
    def _past_manner(self, after: int, sent: Span) -> int:
        """Where the words after an event noun ending at ``after`` go on past a manner phrase ("tidak langsung")."""
        return after + match_phrase_at(self.view.doc, after, self.res.talk_manners, MANNER_WORDS, sent.end)
