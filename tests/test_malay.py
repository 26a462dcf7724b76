"""Malay, the worked example of docs/languages.md: a folder (kg/lang/ms/) and nothing else.

Every sentence here was written for these tests. Malay is read when a document or the command line
names it; detection keeps choosing Indonesian for Malay-looking text (tests/test_language.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import ingest, language
from kg.extract import extract
from kg.model import Document, EventKind, RelationKind
from kg.nlp import resources

LEADERS = ("Perdana Menteri Malaysia Anwar Ibrahim menerima kunjungan hormat Perdana Menteri Jepun Shigeru Ishiba "
           "di Seri Perdana pada hari Selasa. Mereka bersetuju untuk memperluas kerjasama pertahanan, kata jurucakap "
           "kerajaan.")
VISIT = "Presiden Indonesia Prabowo Subianto tiba di Kuala Lumpur pada hari Isnin untuk lawatan rasmi selama dua hari."


def run(text: str):
    x = extract(Document("t", text, "ms", "test"))
    qid = {e.key: e.qid or e.name for e in x.entities}
    events = {(ev.kind, tuple(sorted(qid[a] for a in ev.agents)), tuple(qid[t] for t in ev.targets))
              for ev in x.events}
    relations = {(r.kind, qid[r.subject], qid[r.object]) for r in x.relations}
    return x, events, relations


def test_malay_is_a_registered_language_read_only_when_named() -> None:
    malay = language.get("msa")
    assert malay.code == "ms" and malay.head_initial and not malay.detectable
    assert language.normalise("zsm") == "ms" and "ms" not in language.DETECTABLE
    assert language.detect(LEADERS) == "id"  # never guessed: Indonesian news sounds Malay to py3langid


def test_a_declared_malay_document_gets_the_malay_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "berita.jsonl"
    path.write_text(json.dumps({"id": "ms-1", "text": VISIT, "lang": "ms"}) + "\n", encoding="utf-8")
    (doc,) = ingest.read_inputs([path])
    assert doc.lang == "ms"
    (given,) = ingest.read_inputs([path], lang="msa")
    assert given.lang == "ms"


def test_leadership_meeting_and_agreement() -> None:
    x, events, relations = run(LEADERS)
    assert (RelationKind.LEADER_OF, "Q299574", "Q833") in relations  # Anwar Ibrahim, Malaysia
    assert (RelationKind.LEADER_OF, "Q1335527", "Q17") in relations  # Shigeru Ishiba, Japan ("Jepun")
    assert (EventKind.MEETING, ("Q1335527", "Q299574"), ()) in events  # "menerima kunjungan hormat"
    assert (EventKind.AGREEMENT, ("Q1335527", "Q299574"), ()) in events  # "mereka bersetuju": the two leaders
    japan = next(e for e in x.entities if e.qid == "Q17")
    assert japan.name == "Jepun" and japan.lang == "ms"  # the Malay name, as the text writes it


def test_a_visit_and_the_visitors_home() -> None:
    _, events, relations = run(VISIT)
    assert (RelationKind.LEADER_OF, "Q2107268", "Q252") in relations  # Prabowo Subianto, Indonesia
    assert (EventKind.VISIT, ("Q2107268",), ("Q1865",)) in events  # Kuala Lumpur
    _, home, _ = run("Presiden Indonesia Prabowo Subianto tiba di Indonesia.")
    assert not any("Q252" in e[2] for e in home)


def test_malay_words_for_sanctions_and_their_blockers() -> None:
    _, events, _ = run("Kesatuan Eropah mengenakan sekatan terhadap Rusia, kata Reuters.")
    assert (EventKind.SANCTION, ("Q458",), ("Q159",)) in events
    assert (EventKind.STATEMENT, ("Q130879",), ()) in events
    for text in ("Amerika Syarikat mengancam untuk mengenakan sekatan terhadap Iran.",  # a threat
                 "Amerika Syarikat menarik balik sekatan ke atas Venezuela.",  # lifted
                 "Malaysia tidak akan mengenakan sekatan terhadap Myanmar."):  # negated
        assert not any(e[0] is EventKind.SANCTION for e in run(text)[1]), text


@pytest.mark.parametrize(("lang", "denies"), [("ms", False), ("id", True)])
def test_membantah_is_a_false_friend(lang: str, denies: bool) -> None:
    """Malay "membantah" is to protest, Indonesian "membantah" to deny: each folder says what its words mean."""
    x = extract(Document("t", "Jepang membantah laporan itu. Jepun membantah laporan itu.", lang, "test"))
    assert any(ev.kind is EventKind.DENIAL for ev in x.events) is denies
    _, events, _ = run("Jepun menafikan laporan itu.")
    assert (EventKind.DENIAL, ("Q17",), ()) in events


def test_treaty_parties_from_a_malay_signing_verb() -> None:
    x, _, relations = run("Indonesia dan Malaysia memeterai perjanjian perdagangan baharu di Jakarta.")
    treaty = next(e for e in x.entities if e.type.value == "Treaty")
    assert treaty.name == "perjanjian perdagangan"  # "baharu" (new) is no part of the name
    assert {(RelationKind.TREATY_PARTY, "Q252", treaty.name), (RelationKind.TREATY_PARTY, "Q833", treaty.name)} \
        <= relations


def test_malay_reads_its_own_and_the_indonesian_gazetteer_forms() -> None:
    res = resources.load("ms")
    assert res.demonyms["jepun"] == "Q17"
    _, events, _ = run("Amerika Syarikat dan Korea Utara menafikan laporan itu.")  # a Malay and an Indonesian form
    assert (EventKind.DENIAL, ("Q30", "Q423"), ()) in events
