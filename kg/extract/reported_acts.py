"""Hostile acts a speaker reports of another country's forces: "Kabul said Pakistani forces had violated its
airspace", "the army said Cambodian troops fired first", "…, saying Thai forces had invaded …" — the speaker accuses
that country, as "X accused Y of violating its airspace" would. Read right after the speech verb: a complementiser,
an article, the country (a demonym or its name, with "'s"), a noun of armed forces (``force_nouns``), auxiliaries or
adverbs, then a verb of a hostile act (``hostile_acts``); a modal or a negation there ("may have", "had not") is no
such report. English (a head-final noun phrase: the country before the forces) and Indonesian (head-initial:
"pasukan Thailand telah melanggar …", the forces before their country). Part of
:class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType, EventKind
from kg.nlp.tokens import QUOTES, match_phrase_at

REPORTED_ACT_CONFIDENCE = 0.65  # the speaker's claim, not the verb "accused": less sure than a named accusation
ACCUSED = (EntityType.COUNTRY, EntityType.ORGANIZATION)


class ReportedActs(FinderState):
    def _reported_acts(self, sent: Span) -> None:
        """Add the accusation of each speaker of ``sent`` whose reported clause tells a hostile act of another
        country's forces."""
        res = self.res
        if not res.force_nouns or not res.hostile_acts:
            return
        for ev in [e for e in self.events if e.kind is EventKind.STATEMENT and e.sentence == sent and e.trigger]:
            accused = self._forces_acting(ev.trigger[1], sent)
            if accused is None or accused in ev.agents:
                continue
            rule = f"{res.lang}:{EventKind.ACCUSATION.lower()}:reported_hostile_act"
            draft = self._draft(EventKind.ACCUSATION, list(ev.agents), [accused], sent, rule, REPORTED_ACT_CONFIDENCE)
            if draft is not None and not any(e.kind is EventKind.ACCUSATION and e.sentence == sent
                                             and set(e.agents) == set(draft.agents) and accused in e.targets
                                             for e in self.events):
                self.events.append(draft)

    def _forces_acting(self, end: int, sent: Span) -> str | None:
        """The country whose forces the clause after the speech verb ending at ``end`` says did a hostile act."""
        view, doc, res = self.view, self.view.doc, self.res
        k = end
        while k < sent.end and (doc[k].lower_ in res.complementisers or doc[k].lower_ in res.articles):
            k += 1  # "said that the …"
        if res.head_initial:
            return self._forces_of_country_acting(k, sent)
        owner, end_of_openers = view.at.get(k), k
        if owner is not None and owner.start == k and owner.type in ACCUSED:
            accused: str | None = self._resolve(owner, sent, agent=True)
            k = owner.end + (owner.end < sent.end and res.is_possessive_marker(doc[owner.end].lower_))
        else:  # "Pakistani forces": a demonym of a country the document names
            accused = self.context.country_key.get(view.demonyms.get(doc[k].lower_, "")) if k < sent.end else None
            k += 1
        if accused is None:
            return None
        held = owner is not None and owner.start == end_of_openers and self._holds_forces(owner)
        n = 0 if held else match_phrase_at(doc, k, res.force_nouns, 2, sent.end)
        if not (n or held):
            return None
        k += n
        return accused if self._hostile_act_at(k, sent) else None

    def _forces_of_country_acting(self, k: int, sent: Span) -> str | None:
        """A head-initial language names the forces first, then their country: "(mengatakan bahwa) pasukan Thailand
        telah melanggar …" — the country, when a hostile act follows; else None."""
        view, doc = self.view, self.view.doc
        n = match_phrase_at(doc, k, self.res.force_nouns, 2, sent.end)
        owner = view.at.get(k + n) if n else None
        if owner is None or owner.start != k + n or owner.type not in ACCUSED \
                or not self._hostile_act_at(owner.end, sent):
            return None
        return self._resolve(owner, sent, agent=True)

    def _hostile_act_at(self, k: int, sent: Span) -> bool:
        """A verb of a hostile act at token ``k``, past auxiliaries and adverbs ("had", "telah", "also", a quotation's
        opening mark; never a modal or a negation)."""
        doc, res = self.view.doc, self.res
        while k < sent.end and (doc[k].lower_ in res.adverbs_before_verb or doc[k].text in QUOTES):
            k += 1
        return k < sent.end and bool(match_phrase_at(doc, k, res.hostile_acts, 3, sent.end))

    def _holds_forces(self, m: MentionRef) -> bool:
        """The country's mention ends with a noun of its forces: "Pakistani forces" read as one name of Pakistan."""
        doc, forces = self.view.doc, self.res.force_nouns
        return any(match_phrase_at(doc, j, forces, 2, m.end) == m.end - j for j in range(m.start + 1, m.end))
