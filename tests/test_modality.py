"""Modality and polarity: negated, denied, conditional, planned, threatened and scheduled facts (issue 9, item 3).

Each case pairs a sentence that asserts a fact with sentences that mention the same fact without asserting
it. A negative case also checks that the parties were found, so it fails when the blocker is gone, not
merely when nothing is extracted. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EventKind, Modality, RelationKind


def _facts(text: str, lang: str) -> tuple[set[tuple], set[tuple], set[str]]:
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    events = {(ev.kind, tuple(sorted(name[a] for a in ev.agents)), tuple(name[t] for t in ev.targets))
              for ev in x.events}
    relations = {(r.kind, name[r.subject], name[r.object]) for r in x.relations}
    return events, relations, set(name.values())


PUTIN, KIM = "Vladimir Putin", "Kim Jong-un"
MEETING = (EventKind.MEETING, (KIM, PUTIN), ())


# --------------------------------------------------------------------------- meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin met Kim Jong Un in Vladivostok."),
    ("en", "Vladimir Putin will meet Kim Jong Un in Vladivostok next week."),  # scheduled: reported
    ("id", "Vladimir Putin bertemu Kim Jong Un di Vladivostok."),
    ("id", "Vladimir Putin akan bertemu Kim Jong Un di Vladivostok pekan depan."),
])
def test_a_meeting_held_or_scheduled_is_asserted(lang: str, text: str) -> None:
    events, _, _ = _facts(text, lang)
    assert MEETING in events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin did not meet Kim Jong Un in Vladivostok."),
    ("en", "Vladimir Putin never met Kim Jong Un."),
    ("en", "Vladimir Putin denied meeting Kim Jong Un in Vladivostok."),
    ("en", "Russia denied that Vladimir Putin met Kim Jong Un in Vladivostok."),
    ("en", "Vladimir Putin could meet Kim Jong Un in Vladivostok."),
    ("en", "Vladimir Putin plans to meet Kim Jong Un in Vladivostok."),
    ("en", "If Vladimir Putin meets Kim Jong Un, the two leaders will discuss arms control."),
    ("id", "Vladimir Putin tidak bertemu Kim Jong Un di Vladivostok."),
    ("id", "Vladimir Putin membantah telah bertemu Kim Jong Un."),
    ("id", "Rusia membantah bahwa Vladimir Putin bertemu Kim Jong Un."),
    ("id", "Vladimir Putin mungkin bertemu Kim Jong Un di Vladivostok."),
    ("id", "Vladimir Putin berencana bertemu Kim Jong Un di Vladivostok."),
    ("id", "Jika Vladimir Putin bertemu Kim Jong Un, kedua pemimpin akan membahas nuklir."),
])
def test_a_meeting_negated_denied_conditional_or_planned_is_not(lang: str, text: str) -> None:
    events, _, names = _facts(text, lang)
    assert {PUTIN, KIM} <= names  # the parties were found: only the modality keeps the meeting out
    assert not any(e[0] is EventKind.MEETING for e in events)


def test_a_denial_is_asserted_when_what_it_denies_is_not() -> None:
    events, _, _ = _facts("Russia denied that Vladimir Putin met Kim Jong Un in Vladivostok.", "en")
    assert (EventKind.DENIAL, ("Russia",), ()) in events
    events, _, _ = _facts("Russia said that Vladimir Putin met Kim Jong Un in Vladivostok.", "en")
    assert MEETING in events  # the same clause under a plain speech verb is reported


# --------------------------------------------------------------------------- visits


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron visited China."),
    ("en", "Emmanuel Macron will visit China next week."),
    ("en", "Emmanuel Macron is scheduled to visit China in April."),
    ("id", "Emmanuel Macron mengunjungi China."),
    ("id", "Emmanuel Macron akan mengunjungi China pekan depan."),
    ("id", "Emmanuel Macron dijadwalkan mengunjungi China pada bulan April."),
])
def test_a_visit_made_or_scheduled_is_asserted(lang: str, text: str) -> None:
    events, _, names = _facts(text, lang)
    china = next(n for n in names if n != "Emmanuel Macron")
    assert (EventKind.VISIT, ("Emmanuel Macron",), (china,)) in events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron plans to visit China."),
    ("en", "Emmanuel Macron wants to visit China."),
    ("en", "Emmanuel Macron did not visit China."),
    ("en", "Emmanuel Macron might visit China."),
    ("id", "Emmanuel Macron berencana mengunjungi China."),
    ("id", "Emmanuel Macron ingin mengunjungi China."),
    ("id", "Emmanuel Macron batal mengunjungi China."),
    ("id", "Emmanuel Macron belum pernah mengunjungi China."),
])
def test_a_visit_planned_wished_or_negated_is_not(lang: str, text: str) -> None:
    events, _, names = _facts(text, lang)
    assert "Emmanuel Macron" in names and len(names) == 2
    assert not any(e[0] is EventKind.VISIT for e in events)


# --------------------------------------------------------------------------- treaties and agreements

@pytest.mark.parametrize(("lang", "text", "party", "treaty"), [
    ("en", "Canada signed the Paris Agreement.", "Canada", "Paris Agreement"),
    ("en", "Japan did not attend and Canada signed the Paris Agreement.", "Canada", "Paris Agreement"),
    # a prospective party is a party to the instrument the text names (PARTY_BLOCKED_BY, docs/extending.md)
    ("en", "Canada will sign the Paris Agreement next year.", "Canada", "Paris Agreement"),
    ("en", "Canada wants to sign the Paris Agreement.", "Canada", "Paris Agreement"),
    ("id", "Kanada menandatangani Perjanjian Paris.", "Kanada", "Perjanjian Paris"),
    ("id", "Kanada akan menandatangani Perjanjian Paris tahun depan.", "Kanada", "Perjanjian Paris"),
    ("id", "Kanada berencana menandatangani Perjanjian Paris.", "Kanada", "Perjanjian Paris"),
])
def test_a_signing_makes_a_treaty_party(lang: str, text: str, party: str, treaty: str) -> None:
    _, relations, _ = _facts(text, lang)
    assert (RelationKind.TREATY_PARTY, party, treaty) in relations


@pytest.mark.parametrize(("lang", "text", "treaty"), [
    ("en", "Canada did not sign the Paris Agreement.", "Paris Agreement"),
    ("en", "Canada refused to sign the Paris Agreement.", "Paris Agreement"),
    ("en", "Canada denied signing the Paris Agreement.", "Paris Agreement"),
    ("en", "Canada could sign the Paris Agreement.", "Paris Agreement"),
    ("en", "Canada threatened to sign the Paris Agreement.", "Paris Agreement"),
    ("id", "Kanada tidak menandatangani Perjanjian Paris.", "Perjanjian Paris"),
    ("id", "Kanada menolak menandatangani Perjanjian Paris.", "Perjanjian Paris"),
    ("id", "Kanada membantah telah menandatangani Perjanjian Paris.", "Perjanjian Paris"),
    ("id", "Jika Kanada menandatangani Perjanjian Paris, Amerika Serikat akan keberatan.", "Perjanjian Paris"),
])
def test_a_signing_negated_denied_or_conditional_makes_no_party(lang: str, text: str, treaty: str) -> None:
    _, relations, names = _facts(text, lang)
    assert treaty in names  # the treaty is still an entity of the text
    assert not any(r[0] is RelationKind.TREATY_PARTY for r in relations)


@pytest.mark.parametrize(("lang", "text", "treaty"), [
    ("id", "Indonesia dan Malaysia menandatangani nota kesepahaman kerja sama energi tahun lalu.",
     "nota kesepahaman kerja sama energi"),
    ("id", "Indonesia dan Malaysia menandatangani perjanjian perdagangan bebas pekan ini.",
     "perjanjian perdagangan bebas"),
])
def test_a_treaty_name_ends_before_a_time_phrase(lang: str, text: str, treaty: str) -> None:
    _, relations, _ = _facts(text, lang)
    assert {(RelationKind.TREATY_PARTY, "Indonesia", treaty), (RelationKind.TREATY_PARTY, "Malaysia", treaty)} \
        <= relations


def test_a_new_instrument_to_come_is_no_treaty_named_after_its_date() -> None:
    _, relations, names = _facts("Indonesia dan Malaysia akan menandatangani nota kesepahaman baru tahun depan.", "id")
    assert {"Indonesia", "Malaysia"} <= names
    assert not [n for n in names if "tahun" in n or "depan" in n]
    assert not relations  # "a new MoU" individuates no instrument: no Treaty, no party


@pytest.mark.parametrize(("lang", "text", "asserted"), [
    ("en", "Japan and Canada agreed on tariffs.", True),
    ("en", "Japan and Canada did not agree on tariffs.", False),
    ("en", "Japan and Canada will agree on tariffs next year.", False),
    ("en", "Japan and Canada hope to agree on tariffs.", False),
    ("id", "Jepang dan Kanada sepakat soal tarif.", True),
    ("id", "Jepang dan Kanada tidak sepakat soal tarif.", False),
    ("id", "Jepang dan Kanada akan sepakat soal tarif.", False),
])
def test_an_agreement_is_asserted_only_when_reached(lang: str, text: str, asserted: bool) -> None:
    events, _, names = _facts(text, lang)
    assert len(names) == 2
    japan_canada = tuple(sorted(names))
    assert ((EventKind.AGREEMENT, japan_canada, ()) in events) is asserted


# --------------------------------------------------------------------------- sanctions and accusations


@pytest.mark.parametrize(("lang", "text", "asserted"), [
    ("en", "The European Union imposed sanctions on Belarus.", True),
    ("en", "The European Union threatened to impose sanctions on Belarus.", False),
    ("en", "The European Union could impose sanctions on Belarus.", False),
    ("id", "Uni Eropa menjatuhkan sanksi terhadap Belarus.", True),
    ("id", "Uni Eropa mengancam akan menjatuhkan sanksi terhadap Belarus.", False),
    ("id", "Uni Eropa tidak menjatuhkan sanksi terhadap Belarus.", False),
])
def test_a_sanction_is_asserted_only_when_imposed(lang: str, text: str, asserted: bool) -> None:
    events, _, names = _facts(text, lang)
    assert "Belarus" in names
    assert any(e[0] is EventKind.SANCTION and e[2] == ("Belarus",) for e in events) is asserted


@pytest.mark.parametrize(("lang", "text", "asserted"), [
    ("en", "Japan accused China of provoking tensions.", True),
    ("en", "Japan did not accuse China of provoking tensions.", False),
    ("en", "Japan could accuse China of provoking tensions.", False),
    ("id", "Jepang menuduh China memicu ketegangan.", True),
    ("id", "Jepang tidak menuduh China memicu ketegangan.", False),
    ("id", "Jepang akan menuduh China memicu ketegangan.", False),
])
def test_an_accusation_is_asserted_only_when_made(lang: str, text: str, asserted: bool) -> None:
    events, _, names = _facts(text, lang)
    assert len(names) == 2
    assert any(e[0] is EventKind.ACCUSATION and len(e[2]) == 1 for e in events) is asserted


# --------------------------------------------------------------------------- the reader's scope


def test_a_capitalised_month_is_not_a_modal_verb() -> None:
    events, _, _ = _facts("In May the European Union imposed sanctions on Belarus.", "en")
    assert any(e[0] is EventKind.SANCTION and e[2] == ("Belarus",) for e in events)
    events, _, _ = _facts("The European Union may impose sanctions on Belarus.", "en")
    assert not any(e[0] is EventKind.SANCTION for e in events)


def test_modality_stays_in_its_clause() -> None:
    """A negation in an earlier clause does not reach a trigger after a comma or a new subject."""
    events, _, _ = _facts("Emmanuel Macron did not say much, but he visited China.", "en")
    assert any(e[0] is EventKind.VISIT for e in events)


def test_speech_acts_are_reported_unless_negated() -> None:
    assert EventKind.STATEMENT.traits.blocked_by == {Modality.NEGATED}
    events, _, _ = _facts("Vladimir Putin did not say when.", "en")
    assert not any(e[0] is EventKind.STATEMENT for e in events)
    events, _, _ = _facts("Vladimir Putin said the talks went well.", "en")
    assert (EventKind.STATEMENT, (PUTIN,), ()) in events
