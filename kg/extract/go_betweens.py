"""Who stands between two others in a document: a mediator or broker — the names a go-between word describes or
whose verb it is ("the Saudi and U.S. mediators said", "Qatari officials who mediated", "Oman kembali menjadi
penengah") or the agent after it ("a deal brokered by Turkey", "dimediasi oleh Qatar"). A go-between is not one of
"the two sides" a later sentence speaks of (:meth:`kg.extract.anaphora.Anaphora._named_pair`)."""

from __future__ import annotations

from kg.extract.view import DocView

REACH = 3  # lowercase words between a name and the go-between word describing it: "Qatari officials who mediated"


def go_betweens(view: DocView, words: frozenset[str], agent_preps: frozenset[str],
                relatives: frozenset[str]) -> frozenset[str]:
    """The keys of the entities ``view``'s document names as go-betweens by one of ``words`` (``go_between_words``):
    the names coordinated right after it behind an agent preposition, else those right before it, at most ``REACH``
    lowercase words between (an article, a noun, a relative pronoun, a copula or an adverb), or a comma before a
    relative pronoun (``relatives``)."""
    doc = view.doc
    found: set[str] = set()
    for k, token in enumerate(doc):
        if token.lower_ not in words:
            continue
        sent = token.sent
        agent = view.at.get(k + 2) if k + 2 < sent.end and doc[k + 1].lower_ in agent_preps else None
        if agent is not None and agent.start == k + 2:  # "brokered by Turkey and Qatar"
            found.update(m.key for m in view.coordinated_right(agent, sent))
            continue
        j = k - 1
        while j >= sent.start and k - 1 - j <= REACH:
            mention = view.at.get(j)
            if mention is not None:  # "the Saudi and U.S. mediators"
                found.update(m.key for m in view.coordinated_left(mention, sent))
                break
            if doc[j].text == "," and j + 1 < k and doc[j + 1].lower_ in relatives:
                j -= 1  # "Qatar, which mediated the talks": the relative's antecedent
                continue
            if not (doc[j].is_alpha and doc[j].is_lower):
                break  # a comma or a name's word ends the phrase
            j -= 1
    return frozenset(found)
