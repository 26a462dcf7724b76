"""The online linker's ranking between namesakes (``kg.link.ranking.rank``): what the document's context is worth
against a better-known namesake and a better name match, what happens when the endpoint gives no sitelink counts,
and the score parts the linking report shows for each candidate. Candidates are built as the endpoint describes
them (``kg.link.candidates.Candidate``), for two real namesakes: Birmingham in England (Q2256) and in Alabama
(Q79867); the United States is Q30, the United Kingdom Q145."""

from __future__ import annotations

import pytest

from kg.link.candidates import Candidate
from kg.link.ranking import rank
from kg.link.stored import StoredEntity
from kg.model import EntityType

CITY = "Q515"
ENGLAND_CITY, ALABAMA_CITY, US, UK = "Q2256", "Q79867", "Q30", "Q145"


def _city(qid: str, country: str, sitelinks: int | None, *, via: str = "label") -> Candidate:
    return Candidate(qid, ("Birmingham", "en"), frozenset({via}), frozenset({CITY}), frozenset({country}),
                     sitelinks, "Birmingham", None)


BIRMINGHAM = StoredEntity("https://example.org/e/birmingham", EntityType.PLACE, labels={("Birmingham", "en")})


def test_the_documents_country_outweighs_a_better_known_namesake_by_a_margin_the_confidence_shows() -> None:
    """The English city is far better known (99 sitelinks against 9: a prior of 0.3 against 0.15); a document
    about the United States still decides for Alabama's, by the context's 0.5 less the difference of the priors:
    a margin of 0.35, confidence 0.85."""
    known, local = _city(ENGLAND_CITY, UK, 99), _city(ALABAMA_CITY, US, 9)
    decision = rank(BIRMINGHAM, [known, local], {US})
    assert (decision.status, decision.qid) == ("linked", ALABAMA_CITY)
    assert decision.confidence == pytest.approx(0.85, abs=1e-3)
    parts = {s.candidate.qid: (s.context, s.prior) for s in decision.candidates}
    assert parts == {ALABAMA_CITY: (0.5, 0.15), ENGLAND_CITY: (0.0, 0.3)}  # what the linking report lists
    alone = rank(BIRMINGHAM, [known, local], set())
    assert (alone.status, alone.qid) == ("ambiguous", None)  # without the context the priors' 0.15 decides nothing


def test_the_context_alone_does_not_beat_a_better_name_match_and_a_better_known_namesake() -> None:
    """The candidate the document supports matched the name as an alias, not as its label (0.1 less), and is
    unknown (0.3 less): the context's 0.5 leaves it 0.1 ahead, too close to call — the entity stays unlinked."""
    known, local = _city(ENGLAND_CITY, UK, 180), _city(ALABAMA_CITY, US, 0, via="altLabel")
    decision = rank(BIRMINGHAM, [known, local], {US})
    assert decision.status == "ambiguous" and decision.qid is None
    assert [s.candidate.qid for s in decision.candidates] == [ALABAMA_CITY, ENGLAND_CITY]
    assert decision.confidence == pytest.approx(0.6, abs=1e-3)


@pytest.mark.parametrize("sitelinks", [None, 0])
def test_without_sitelink_counts_the_context_still_decides_and_no_prior_is_given(sitelinks: int | None) -> None:
    """An endpoint that returns no sitelink counts (or items without any): no popularity prior for anyone."""
    decision = rank(BIRMINGHAM, [_city(ENGLAND_CITY, UK, sitelinks), _city(ALABAMA_CITY, US, sitelinks)], {UK})
    assert (decision.status, decision.qid) == ("linked", ENGLAND_CITY)
    assert [s.prior for s in decision.candidates] == [0.0, 0.0]
    assert decision.confidence == pytest.approx(0.95)  # margin 0.5 (the context): the cap
    alone = rank(BIRMINGHAM, [_city(ENGLAND_CITY, UK, sitelinks)], set())
    assert (alone.status, alone.qid) == ("linked", ENGLAND_CITY)
    assert rank(BIRMINGHAM, [_city(ENGLAND_CITY, UK, sitelinks), _city(ALABAMA_CITY, US, sitelinks)],
                set()).status == "ambiguous"


def test_the_prior_is_reported_to_four_places_on_a_log_scale() -> None:
    """0.3 for the best-known candidate, log1p(sitelinks) relative to it for the others."""
    decision = rank(BIRMINGHAM, [_city(ENGLAND_CITY, UK, 99), _city(ALABAMA_CITY, US, 9)], set())
    priors = {s.candidate.qid: s.prior for s in decision.candidates}
    assert priors == {ENGLAND_CITY: 0.3, ALABAMA_CITY: 0.15}  # 0.3 · log(10) / log(100)
    top = decision.candidates[0]
    assert top.score == pytest.approx(0.5 * top.match + 0.5 * top.fit + top.context + top.prior)
