"""Parties of a treaty told through an obligation under it: "the United States' commitment to the Mutual Defense
Treaty with the Philippines", "komitmen Washington terhadap Perjanjian Pertahanan Bersama dengan Filipina",
"Indonesia reaffirmed its commitment to the Paris Agreement", "Indonesia menegaskan komitmennya terhadap
Perjanjian Paris". Whose commitment it is (the possessor, or the subject for a possessive pronoun) is a party of
the instrument; a partner after it ("with", "dengan") is the other. A commitment is owed under a treaty in force,
so no agreement is told by it. Part of :class:`kg.extract.events.EventFinder`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from kg import caches
from kg.extract.drafts import AGENT_TYPES, FRAME_CONFIDENCE, FinderState, PartyDraft
from kg.extract.modality import ModalityReader
from kg.extract.view import MentionRef
from kg.model import PARTY_BLOCKED_BY, EntityType
from kg.nlp.tokens import is_modifier, lower_forms

MODIFIER_REACH = 2  # adjectives between the possessor and the noun: "the United States' ironclad commitment"
TREATY_REACH = 3  # words between the noun (or its possessor) and the treaty: "to the 1951 …", "terhadap …"


class TreatyCommitments(FinderState):
    modality: ModalityReader

    def _committed_parties(self, sent: Span) -> None:
        """The possessor of a commitment noun (``treaty_commitment_nouns``) owed to a Treaty, and a partner named
        right after the treaty, are its parties."""
        res, words = self.res, lower_forms(self.view.doc)
        nouns = _commitment_words(res.treaty_commitment_nouns, res.possessive_suffixes)[1] \
            | res.treaty_commitment_predicates  # "remains committed to T": the subject is bound by it
        if nouns.isdisjoint(words[sent.start:sent.end]):  # most sentences: no commitment noun, nothing to read
            return
        for k in range(sent.start, sent.end):
            if words[k] not in nouns:
                continue
            owner, after = self._commitment_owner(k, sent)
            treaty = self._treaty_after(after, sent)
            if not owner or treaty is None or self.modality.of(k, sent) & PARTY_BLOCKED_BY:
                continue
            treaties = self._coordinated_treaties(treaty, sent)  # "to the ASEAN Charter and the TAC": both
            parties = list(owner)
            # a partner follows a comitative preposition ("with", "dengan"), not a coordinator: "its commitment to
            # the Treaty of Lima and Peru" makes Peru no party of it
            partner = self.view.object_right(treaties[-1].end, sent, res.preps.partner - res.coordination,
                                             direct=False, window=3)
            if partner is not None and partner.type in AGENT_TYPES:
                parties.append(self._resolve(partner, sent, agent=True))
            for instrument in treaties:
                for party in dict.fromkeys(parties):
                    if party != instrument.key:
                        self.parties.append(PartyDraft(party, instrument.key, sent, f"{res.lang}:treaty-commitment",
                                                       FRAME_CONFIDENCE))

    def _coordinated_treaties(self, first: MentionRef, sent: Span) -> list[MentionRef]:
        """The Treaty mention ``first`` and the Treaty mentions coordinated after it ("the ASEAN Charter and the
        Treaty of Amity", "Piagam ASEAN, Perjanjian X dan Perjanjian Y"): one commitment owed to each. A name of
        another type ends the list."""
        view, doc, res = self.view, self.view.doc, self.res
        found, j = [first], first.end
        while j + 1 < sent.end and (doc[j].lower_ in res.coordination or doc[j].text == ","):
            k = j + 1
            while k < sent.end and doc[k].lower_ in res.articles:
                k += 1
            m = view.at.get(k)
            if m is None or m.start != k or m.type is not EntityType.TREATY:
                break
            found.append(m)
            j = m.end
        return found

    def _suffixed_commitment(self, low: str) -> bool:
        """ "komitmennya": a commitment noun with a possessive suffix (its owner is the clause's subject)."""
        return low in _commitment_words(self.res.treaty_commitment_nouns, self.res.possessive_suffixes)[0]

    def _commitment_owner(self, k: int, sent: Span) -> tuple[list[str], int]:
        """Whose commitment the noun at ``k`` is, and where the words after it (and its owner) go on: a name
        after the noun in a head-initial language ("komitmen Washington"), a name with a possessive marker before
        it in a head-final one ("Washington's commitment", "the United States' commitment"), else the subject
        for a possessive pronoun or suffix ("its commitment", "komitmennya")."""
        view, res, doc = self.view, self.res, self.view.doc
        if doc[k].lower_ in res.treaty_commitment_predicates:
            return self._subjects(k, sent), k + 1  # "Indonesia tetap berkomitmen pada T"
        if res.head_initial:
            owner = view.at.get(k + 1)
            if owner is not None and owner.start == k + 1 and owner.type in AGENT_TYPES:
                return [self._resolve(owner, sent, agent=True)], owner.end
            if self._suffixed_commitment(doc[k].lower_) or self._object_of_verb(k, sent):
                return self._subjects(k, sent, verbal=False), k + 1
            return [], k + 1
        j = k - 1
        while j > sent.start and k - j <= MODIFIER_REACH and is_modifier(doc[j]):
            j -= 1  # "ironclad commitment"
        if doc[j].lower_ in res.determiners:  # "its commitment"
            return self._subjects(j, sent, verbal=False), k + 1
        marker = doc[j].lower_ in res.possessive_suffixes or doc[j].text in ("'", "’")
        owner = view.at.get(j - 1) if marker and j > sent.start else None
        if owner is not None and owner.type in AGENT_TYPES:
            return [self._resolve(owner, sent, agent=True)], k + 1
        return [], k + 1

    def _object_of_verb(self, k: int, sent: Span) -> bool:
        """The bare commitment noun at ``k`` is the object of the verb right before it ("menegaskan komitmen
        terhadap T", "memperbarui komitmen pada T"): the clause's subject owes it. Not a noun opening its clause
        ("Komitmen terhadap T penting"), nor one after a preposition, a determiner or a clause word ("dalam
        komitmen terhadap T", "yang komitmen …"). The pipeline tags no parts of speech: a lowercase word of none of
        those classes, after a name or a pronoun that can be its subject, is taken for the verb."""
        doc, res = self.view.doc, self.res
        if k - 2 < sent.start or (k - 1) in self.view.at:
            return False
        verb = doc[k - 1].lower_
        if not doc[k - 1].is_alpha or not doc[k - 1].is_lower or verb in res.preps.blocking \
                or verb in self.view.determiners or verb in res.coordination or verb in res.relative \
                or verb in res.complementisers:
            return False
        return bool(self._subjects(k - 1, sent, verbal=False))

    def _treaty_after(self, j: int, sent: Span) -> MentionRef | None:
        """The Treaty mention a preposition after ``j`` introduces, past articles and a year: "to the 1951 …"."""
        view, doc = self.view, self.view.doc
        if j >= sent.end or not doc[j].is_lower or j in view.at:
            return None
        for t in range(j + 1, min(sent.end, j + 1 + TREATY_REACH)):
            m = view.at.get(t)
            if m is not None:
                return m if m.type is EntityType.TREATY and m.start == t else None
            if not (doc[t].lower_ in self.res.articles or doc[t].like_num):
                return None
        return None


@cache
def _commitment_words(nouns: frozenset[str], suffixes: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Every commitment noun with every possessive suffix ("komitmennya"), and those with the bare nouns: the words
    that open a commitment. Once per language and process (the resources' sets keep their hash), not a loop over
    both sets for every word of every sentence."""
    suffixed = frozenset(noun + suffix for noun in nouns for suffix in suffixes)
    return suffixed, nouns | suffixed


caches.register("kg.extract.commitments._commitment_words", _commitment_words.cache_clear)
