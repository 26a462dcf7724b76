"""Where the linkers draw their lines: the offline linker between two organisations sharing a name (the document's
countries against the small tie-break that keeps an entry without a Wikidata id behind a verified one), and the
online ranking's floor for a lone candidate (how the name matched and how well the type fits). Entries and
candidates are made up for these tests; the QIDs of the countries are real (Indonesia Q252, Malaysia Q833)."""

from __future__ import annotations

import pytest

from kg import link
from kg.gazetteer.entry import GazetteerEntry
from kg.link.candidates import Candidate
from kg.link.ranking import rank
from kg.link.stored import StoredEntity
from kg.model import EntityType

INDONESIA, MALAYSIA = "Q252", "Q833"
COUNTRY_CLASS, CITY_CLASS = "Q6256", "Q515"


def _party(qid: str | None, country: str) -> GazetteerEntry:
    """A party called "Partai Sinar Rakyat" in two countries: one with a verified QID, one from our lexicon."""
    return GazetteerEntry(qid, EntityType.ORGANIZATION, "Partai Sinar Rakyat", acronym="PSR", country=country,
                          prior=0.4)


VERIFIED = _party("Q999000111", MALAYSIA)
LEXICON_ONLY = _party(None, INDONESIA)


def test_the_documents_country_links_the_entry_without_a_qid_over_a_verified_namesake() -> None:
    """Both parties score the same prior and type; the document is about Indonesia (+0.5), the Indonesian party has
    no QID (−0.05): a margin of 0.45, linked with confidence 0.95 (the cap)."""
    chosen = link.choose(EntityType.ORGANIZATION, ["Partai Sinar Rakyat"], [VERIFIED, LEXICON_ONLY], {INDONESIA})
    assert chosen.entry is LEXICON_ONLY
    assert chosen.confidence == pytest.approx(0.95)


def test_the_documents_country_links_the_verified_namesake_when_it_is_that_country_s() -> None:
    chosen = link.choose(EntityType.ORGANIZATION, ["Partai Sinar Rakyat"], [VERIFIED, LEXICON_ONLY], {MALAYSIA})
    assert chosen.entry is VERIFIED
    assert chosen.confidence == pytest.approx(0.95)  # margin 0.55


def test_without_context_two_namesakes_are_too_close_to_link() -> None:
    """Only the missing QID sets them apart (0.05): far below the margin of 0.2, so nothing is linked."""
    chosen = link.choose(EntityType.ORGANIZATION, ["Partai Sinar Rakyat"], [VERIFIED, LEXICON_ONLY], set())
    assert chosen.entry is None
    assert chosen.confidence == pytest.approx(0.55)


# --------------------------------------------------------------------------- the online ranking's floor


def _lone(via: str, classes: frozenset[str], name: str) -> Candidate:
    return Candidate("Q999000222", (name, "en"), frozenset({via}), classes, frozenset(), 40, "Port Selwyn", None)


# the mention is a place named "Port Selwyn", also written "Selwyn Harbour" in the document
HARBOUR = StoredEntity("https://example.org/e/port-selwyn", EntityType.PLACE,
                       labels={("Port Selwyn", "en"), ("Selwyn Harbour", "en")})


@pytest.mark.parametrize(("via", "classes", "name", "status"), [
    ("label", frozenset({CITY_CLASS}), "Port Selwyn", "linked"),  # the preferred name on the label, a city: 1.0
    ("altLabel", frozenset({CITY_CLASS}), "Port Selwyn", "linked"),  # an alias of the item, a city: 0.9
    ("label", frozenset({COUNTRY_CLASS}), "Port Selwyn", "linked"),  # a country for a place: ½·1 + ½·0.5 = 0.75
    ("altLabel", frozenset({COUNTRY_CLASS}), "Port Selwyn", "unlinked"),  # ½·0.8 + ½·0.5 = 0.65 < 0.7
    ("altLabel", frozenset({COUNTRY_CLASS}), "Selwyn", "unlinked"),  # not one of its labels, on an alias: 0.55
])
def test_a_lone_candidate_needs_a_good_name_match_and_type_fit(via: str, classes: frozenset[str], name: str,
                                                               status: str) -> None:
    decision = rank(HARBOUR, [_lone(via, classes, name)], set())
    assert decision.status == status
    assert decision.qid == ("Q999000222" if status == "linked" else None)
    if status == "unlinked":
        assert decision.reason == "the only candidates match the name or type weakly"


# --------------------------------------------------------------------------- where the margin lies exactly


def _newspaper(qid: str, prior: float) -> GazetteerEntry:
    return GazetteerEntry(qid, EntityType.ORGANIZATION, "Harian Fajar Timur", country=INDONESIA, prior=prior)


def test_a_margin_of_exactly_the_minimum_links_the_better_namesake() -> None:
    """Same type and country for both; their priors differ by 0.2 (0.5 against 0.3 with the type's 0.3), the least
    margin that links — with confidence 0.5 + 0.2."""
    better, worse = _newspaper("Q999000301", 0.2), _newspaper("Q999000302", 0.0)
    chosen = link.choose(EntityType.ORGANIZATION, ["Harian Fajar Timur"], [worse, better], set())
    assert chosen.entry is better
    assert chosen.confidence == pytest.approx(0.7)


def test_a_margin_just_under_the_minimum_links_nothing() -> None:
    better, worse = _newspaper("Q999000301", 0.19), _newspaper("Q999000302", 0.0)
    chosen = link.choose(EntityType.ORGANIZATION, ["Harian Fajar Timur"], [worse, better], set())
    assert chosen.entry is None


# --------------------------------------------------------------------------- the report's scores


def test_the_online_ranking_reports_scores_to_four_places() -> None:
    """Two cities named "Port Selwyn", one with 10 sitelinks, one with 100: the lesser one's sitelink prior is
    0.3·ln 11 / ln 101 = 0.155873…, reported (and compared) as 0.1559, its score as 1.1559."""
    known = Candidate("Q999000222", ("Port Selwyn", "en"), frozenset({"label"}), frozenset({CITY_CLASS}),
                      frozenset(), 100, "Port Selwyn", None)
    lesser = Candidate("Q999000223", ("Port Selwyn", "en"), frozenset({"label"}), frozenset({CITY_CLASS}),
                       frozenset(), 10, "Port Selwyn", None)
    scored = {s.candidate.qid: s for s in rank(HARBOUR, [known, lesser], set()).candidates}
    assert scored["Q999000223"].prior == 0.1559
    assert scored["Q999000223"].score == 1.1559
    assert scored["Q999000222"].score == 1.3
    decision = rank(HARBOUR, [known, lesser], set())  # 1.3 against 1.1559: too close to link
    assert (decision.status, decision.confidence) == ("ambiguous", 0.6441)
