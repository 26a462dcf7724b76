"""Who owns an event noun, as the argument search reads it: a name right after it in a head-initial language
("kunjungan Putin"), "the visit of X", "a visit … by X", a genitive before it ("Morsi's first state visit"), a
possessive inside a relative clause ("…, who was on his first visit": the antecedent's), and the object a judging
verb names before a possessive ("criticised Japan for its sanctions"). Part of
:class:`kg.extract.arguments.ArgumentSearch`."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.drafts import AGENT_TYPES, FinderState
from kg.extract.view import MentionRef
from kg.model import EntityType
from kg.nlp.resources import SPEECH_FRAMES

BY_REACH = 6  # words from an event noun to the "by" naming its agent: "the visit to Ho Chi Minh City by X"


class Possessors(FinderState):
    def _possessor(self, start: int, end: int, sent: Span, *, place_owns: bool = False,
                   of_owns: bool = False) -> tuple[list[str], int]:
        """ "kunjungan Putin", "kunjungan pertama Menlu Pompeo", "Morsi's visit"; and where the phrase ends.

        A place right after the noun is its possessor only where ``place_owns`` (no destination to name): "sanksi
        Washington" is Washington's, "kunjungan Jakarta" may be the trip to Jakarta. Where ``of_owns`` (a trip:
        "the accusation of Iran" names whom it accuses), a name after "of" owns the noun: "the visit of President
        X to Japan"."""
        view = self.view
        doc = view.doc
        if of_owns and not self.res.head_initial and end < sent.end and doc[end].lower_ in self.res.preps.of:
            by = view.object_right(end + 1, sent, frozenset(), direct=True, slack=0)
            if by is not None and by.type in AGENT_TYPES and by.type is not EntityType.PLACE:
                group = view.coordinated_right(view.chain_head(by, sent.end), sent)
                return [self._resolve(x, sent, agent=True) for x in group], group[-1].end
        k = end
        while k < sent.end and k - end < 3 and k not in view.at and (view.is_ext_word(doc[k])
                                                                     or doc[k].lower_ in self.modifiers_after):
            k += 1  # "kunjungan kenegaraan pertama Presiden …"
        m = view.at.get(k) if self.res.head_initial else None  # "talks with Ukraine" is no possessor
        if m is not None and m.type in AGENT_TYPES and not (k == end and m.type is EntityType.PLACE and not place_owns):
            head = view.chain_head(m, sent.end)
            group = view.coordinated_right(head, sent)
            return [self._resolve(x, sent, agent=True) for x in group], group[-1].end
        # "a visit here by PLO Chairman Yasser Arafat", "kunjungan oleh …"; after the destination: "the visit to
        # Hanoi by X" (the destination is then read from the trigger on)
        for k in range(end, min(sent.end, end + BY_REACH)):
            if doc[k].lower_ in self.res.preps.agent:
                by = view.object_right(k + 1, sent, frozenset(), direct=True, slack=0)
                if by is not None and by.type in AGENT_TYPES:
                    carried = k > end and all(t.lower_ in self.any_passive_carrier for t in doc[end:k])
                    # "sanksi dijatuhkan oleh Kanada terhadap Iran": the target follows the passive's agent
                    return [self._resolve(by, sent, agent=True)], by.end if k == end or carried else end
                break
            if doc[k].is_punct or (k - end >= 2 and k not in view.at):
                break  # past two words only a destination's name: "the visit to Hanoi was praised by X" is not X's
        # a genitive before the trigger: "Morsi's first state visit"
        j = self._genitive_slot(start, sent)
        if j - 1 >= sent.start and self.res.is_possessive_marker(doc[j].lower_) and (j - 1) in view.at:
            return [self._resolve(view.at[j - 1], sent, agent=True)], end
        about = self._clause_antecedent(j, sent) if doc[j].lower_ in self.res.possessive_determiners else None
        if about is not None and about.type in AGENT_TYPES:  # "…, who was on his first visit to X"
            return [self._resolve(about, sent, agent=True)], end
        group = self._judged_owner(start, sent)
        if group and all(x.type in AGENT_TYPES for x in group):
            return [self._resolve(x, sent, agent=True) for x in group], end
        return [], end

    def _genitive_slot(self, start: int, sent: Span) -> int:
        """The token before the event noun at ``start`` and its modifiers: where a genitive or possessive stands."""
        return self._past_noun_modifiers(start - 1, sent)

    def _past_noun_modifiers(self, j: int, sent: Span) -> int:
        """The first token at or before ``j`` that is no modifier of the event noun after it ("first", "state", and a
        count joined to its unit: "X's two-day visit", "a 48-hour truce")."""
        doc = self.view.doc
        while j > sent.start:
            if doc[j].lower_ in self.modifiers_before:
                j -= 1
            elif j - 2 > sent.start and doc[j - 1].text == "-" and doc[j - 2].like_num and doc[j].is_alpha:
                j -= 3
            else:
                break
        return j

    def owned_by_judged_non_agent(self, start: int, sent: Span) -> bool:
        """ "criticised the Treaty of Lima for its sanctions": the possessive names the judged object, which
        acts on nothing — the event is the treaty's, nobody's, and certainly not the critic's."""
        group = self._judged_owner(start, sent)
        return bool(group) and any(x.type not in AGENT_TYPES for x in group)

    def _judged_owner(self, start: int, sent: Span) -> list[MentionRef]:
        """ "criticised Japan for its sanctions", "condemned X and Y over their visit": a possessive (a determiner
        before the event noun at ``start``, or a suffix on it) right after a preposition that follows the object
        of a verb judging it names that object, not the verb's subject, as the owner: the object's names (of any
        type: "the Treaty of Lima for its sanctions" is the treaty's), or none."""
        view, doc, res = self.view, self.view.doc, self.res
        j = self._genitive_slot(start, sent)
        j = j if doc[j].lower_ in res.noun_markers else j + 1
        possessive = (j < start and doc[j].lower_ in view.determiners and doc[j].lower_ not in res.articles) \
            or (j == start and res.has_possessive_suffix(doc[start].lower_))
        if not possessive or j - 2 < sent.start or doc[j - 1].lower_ not in res.preps.blocking:
            return []
        m = view.at.get(j - 2)
        if m is None or m.end != j - 1 or self._title_anaphor(j - 2, sent) is not None:
            return []
        group = view.coordinated_left(m, sent)
        opening = view.np_start(group[0], sent.start)
        if (title := view.title_before(group[0], sent)) is not None and title[0] < opening:
            opening = title[0]  # "criticised the Foreign Minister of Peru for his visit": the holder's country
            while opening > sent.start and doc[opening - 1].lower_ in view.determiners:
                opening -= 1
        if not self._judging_verb_ends_at(opening - 1, sent):
            return []  # "visited Japan for his talks with …": a trip's purpose is the traveller's own
        return group

    def _judging_verb_ends_at(self, j: int, sent: Span) -> bool:
        """A verb that judges or speaks of its object ends at token ``j``: "criticised", "praised", "mengkritik"."""
        return self._trigger_ending_at(
            j, sent, lambda trig: trig.kind.traits.owner_is_target or trig.frame in SPEECH_FRAMES)
