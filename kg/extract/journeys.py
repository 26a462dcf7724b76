"""Travel: a visit goes abroad — never to a traveller's own country, not a return home — and a reception is the
guest's visit. Where a traveller's home is, where a place lies, what "the country" visited is, who travels when
no visitor is named. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.datelines import dateline_place
from kg.extract.drafts import EventDraft, FinderState
from kg.model import EntityType, EventKind
from kg.nlp.resources import Trigger
from kg.nlp.tokens import match_phrase_at


class Journeys(FinderState):
    def _welcomed_to(self, end: int, sent: Span) -> str | None:
        """ "welcomed Lula to Tokyo": the place a guest is welcomed to, right after the guest's name."""
        view = self.view
        guest = view.object_right(end, sent, frozenset(), direct=True)
        if guest is None or guest.end >= sent.end or view.doc[guest.end].lower_ not in self.res.preps.direction:
            return None
        place = view.object_right(guest.end + 1, sent, frozenset(), direct=True, slack=0)
        return place.key if place is not None and place.type is EntityType.PLACE else None

    def _guest_visits(self, guests: list[str], hosts: list[str], location: str | None, sent: Span,
                      rule: str) -> list[EventDraft]:
        """The guests of a reception travelled: to the place named, else to the host's country — a visit only
        where the guest's home country is known and is not the one they are received in."""
        host_home = next((h for h in map(self._home, hosts) if h), None)
        where = (self.context.place_country.get(location) if location else None) or host_home
        destination = location or host_home
        # "X dan Ibu Negara Y disambut …": a guest of no known home came with the guests received beside them
        party_home = next((h for h in map(self._home, guests) if h), None)
        party_qids = next((q for q in map(self._home_qids, guests) if q), set())
        out = []
        for guest in guests:
            home = self._home(guest) or party_home
            if destination is None or home is None or where is None or home == where:
                # the countries unnamed: the gazetteer's, for a place named ("Lula was welcomed in Tokyo")
                home_qids = self._home_qids(guest) or party_qids
                where_qid = self.context.place_country_qid.get(location) if location else None
                if not home_qids or where_qid is None or where_qid in home_qids:
                    continue
                destination = location
            draft = self._draft(EventKind.VISIT, [guest], [destination], sent, f"{rule}:guest",
                                EventKind.VISIT.traits.confidence)
            if draft is not None:
                out.append(draft)
        return out

    def _named_before(self, j: int, sent: Span, preps: frozenset[str], agents: list[str]) -> list[str]:
        """ "visited the country", "ke wilayah itu": the entity of that type named last, in this sentence first
        (a capital standing for its country: "Washington dan Hanoi … negara itu"), never a traveller's home."""
        view = self.view
        doc = view.doc
        k = j + 1 if j < sent.end and doc[j].lower_ in preps else j
        etype = next((t for t, phrases in self.res.singular_anaphora.items()
                      if match_phrase_at(doc, k, phrases, 3, sent.end)), None)
        if etype is None:
            return []
        homes = {h for h in map(self._home, agents) if h}  # a traveller of unknown home excludes no country
        context = self.context
        for m in reversed([m for m in view.mentions if m.start < k]):
            key = m.key if m.type is etype else None
            if key is None and etype is EntityType.COUNTRY:
                key = context.capital_country.get(m.key) if m.start >= sent.start else None
            if key is not None and key not in homes and context.place_country.get(key) not in homes:
                return [key]
        return []

    def _traveller_to(self, targets: list[str], sent: Span) -> list[str]:
        """ "Kunjungan ke Hanoi …" without a visitor: who was last said to travel to that place or its country."""
        context = self.context
        for ev in reversed(self.events):
            if ev.kind.traits.destination and ev.agents and any(
                    t in ev.targets or context.place_country.get(t) in ev.targets for t in targets):
                return [ev.agents[0]]
        return []

    def _abroad(self, agents: list[str], start: int, end: int, sent: Span) -> list[str]:
        """The place a visit without a destination happens in, when it lies outside every visitor's home country."""
        place = self._location(end, sent) or self._location_before(start, sent) or self._dateline(start, sent)
        where = self.context.place_country.get(place) if place else None
        homes = [self._home(a) for a in agents]
        if place is None or where is None or not homes or any(h is None or h == where for h in homes):
            return []
        return [place]

    def _location_before(self, i: int, sent: Span) -> str | None:
        """The last place after a locative preposition before token ``i``: "met X in Paris during his visit"."""
        view = self.view
        found = None
        for k in range(sent.start, i - 1):
            if view.doc[k].lower_ in self.res.preps.location:
                m = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
                if m is not None and m.type is EntityType.PLACE and m.end <= i:
                    found = m.key
        return found

    def _dateline(self, i: int, sent: Span) -> str | None:
        """The dateline place of the sentence of token ``i`` ("WARSAW — … during a visit by X"): only in the
        dateline's own sentence, since later ones may tell of other trips."""
        place = dateline_place(self.view, sent, before=i)
        return place.key if place is not None else None

    def _home_qids(self, key: str) -> set[str]:
        """The QIDs of the countries a person serves or leads, named in the document or known to the gazetteer."""
        context = self.context
        qid_of = {k: q for q, k in context.country_key.items()}
        homes = {qid_of.get(h) for h in (context.leader_of.get(key), context.person_country.get(key)) if h}
        homes.add(context.person_country_qid.get(key))
        homes.discard(None)
        return homes  # type: ignore[return-value]

    def _where_qid(self, key: str) -> str | None:
        """The QID of the country a place lies in, or of the country itself."""
        context = self.context
        if key in context.place_country_qid:
            return context.place_country_qid[key]
        return next((q for q, k in context.country_key.items() if k == key), None)

    def _home(self, key: str) -> str | None:
        """The country an entity belongs to: itself for a country, else the one a person leads or serves."""
        if self._entity_type(key) is EntityType.COUNTRY:
            return key
        country = self.context.leader_of.get(key) or self.context.person_country.get(key)
        return country if country and self._entity_type(country) is EntityType.COUNTRY else None

    def _journey(self, trig: Trigger, agents: list[str], targets: list[str], end: int, sent: Span,
                 rule: str) -> list[EventDraft]:
        """Travel to a destination: not a return home, and never to a traveller's own country (travellers from
        two countries each visit what lies abroad for them: "Jokowi and Albanese arrived in Jakarta")."""
        doc = self.view.doc
        if any(t.lower_ in self.res.return_words for t in doc[end : min(sent.end, end + 2)]):
            return []  # "tiba kembali di Indonesia": coming home is not a visit
        if not agents:
            agents = self._recent_visitor(sent, same_sentence=True) or self._traveller_to(targets, sent)
        traits = trig.kind.traits
        targets = self._of_types(targets, traits.target_types)
        agents = self._of_types(agents, traits.agent_types)
        if not agents:
            return []
        context = self.context
        if any(w in self.res.return_words for w in trig.form) and any(self._home(a) is None for a in agents):
            return []  # "returned to X" is a visit only for a traveller whose home is known not to be there
        abroad: dict[tuple[str, ...], list[str]] = {}
        for agent in agents:
            home = {context.person_country.get(agent), context.leader_of.get(agent)} - {None}
            home_qids = self._home_qids(agent)  # the gazetteer's home when the country is not named
            away = tuple(t for t in targets if t not in home and context.place_country.get(t) not in home
                         and self._where_qid(t) not in home_qids)
            abroad.setdefault(away, []).append(agent)
        drafts = (self._draft(trig.kind, group, list(away), sent, rule, traits.confidence)  # home only: no visit
                  for away, group in abroad.items())
        return [d for d in drafts if d is not None]
