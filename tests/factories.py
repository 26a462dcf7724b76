"""Hand-built extractions shared by the RDF, validation, store and query tests.

Two short news texts written for the tests, one Indonesian and one English, with
the facts an extractor should find in them. Offsets are computed from the text, so
``text[start:end] == sentence`` holds by construction. Jokowi (Q3318231), Tokyo
(Q1490) and Fumio Kishida (no QID here: matched by name) occur in both, to test
that one entity from two documents is one node.
"""

from __future__ import annotations

from kg.model import (
    Document,
    Entity,
    EntityType,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Mention,
    Relation,
    RelationKind,
)

ID_DOC_ID = "id-jokowi-tokyo"
EN_DOC_ID = "en/kishida meets jokowi"  # a slash and a space: the IRI must still be one safe segment

ID_SENTENCES = (
    "Presiden Indonesia Joko Widodo tiba di Tokyo, Jepang, pada Senin untuk kunjungan kenegaraan.",
    "Jokowi bertemu Perdana Menteri Jepang Fumio Kishida di Istana Akasaka.",
    "Indonesia dan Jepang menandatangani Perjanjian Kemitraan Ekonomi Indonesia-Jepang.",
    "Sementara itu, Korea Utara kembali dijatuhi sanksi baru.",
    "Pyongyang membantah tuduhan tersebut.",
    "Menteri Luar Negeri Retno Marsudi mengatakan hubungan kedua negara semakin erat.",
)

EN_SENTENCES = (
    "Japanese Prime Minister Fumio Kishida met Indonesian President Joko Widodo in Tokyo on Monday.",
    "The European Union imposed sanctions on Myanmar's military leaders.",
    "China accused the Philippines of provoking tensions in the South China Sea.",
    "Reuters reported that the talks would continue.",
    "Kishida said Japan would support Indonesia's bid.",
)


def _text(sentences: tuple[str, ...]) -> str:
    return " ".join(sentences) + "\n"


def _spans(text: str, sentences: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    spans = []
    for sentence in sentences:
        start = text.index(sentence)
        spans.append((start, start + len(sentence)))
    return tuple(spans)


def _evidence(
    doc: Document, index: int, sentences: tuple[str, ...], rule: str, confidence: float
) -> Evidence:
    start, end = _spans(doc.text, sentences)[index]
    return Evidence(doc.id, sentences[index], start, end, rule, confidence)


def _mention(doc: Document, surface: str, sentence: int) -> Mention:
    start = doc.text.index(surface)
    return Mention(start, start + len(surface), surface, sentence, "gazetteer")


def indonesian() -> Extraction:
    """A state visit to Japan, a meeting, a treaty, a sanction with no imposer, a denial, a statement."""
    text = _text(ID_SENTENCES)
    doc = Document(
        id=ID_DOC_ID,
        text=text,
        lang="id",
        source="tests/factories.py",
        title="Jokowi tiba di Tokyo",
        url="https://example.org/berita/jokowi-tokyo",
        published="2024-05-13",
    )

    def ev(i: int, rule: str, confidence: float = 0.9) -> Evidence:
        return _evidence(doc, i, ID_SENTENCES, rule, confidence)

    entities = (
        Entity("jokowi", EntityType.PERSON, "Joko Widodo", "id", aliases=("Jokowi", "Presiden Joko Widodo"),
               labels=(("Joko Widodo", "en"),), qid="Q3318231", subtype="Leader",
               mentions=(_mention(doc, "Joko Widodo", 0), _mention(doc, "Jokowi", 1)), link_confidence=0.95),
        Entity("indonesia", EntityType.COUNTRY, "Indonesia", "id", labels=(("Indonesia", "en"),
               ("Republik Indonesia", "id")), qid="Q252"),
        Entity("japan", EntityType.COUNTRY, "Jepang", "id", labels=(("Japan", "en"),), qid="Q17"),
        Entity("tokyo", EntityType.PLACE, "Tokyo", "id", qid="Q1490", subtype="City"),
        Entity("kishida", EntityType.PERSON, "Fumio Kishida", "id", subtype="Leader"),
        Entity("akasaka", EntityType.PLACE, "Istana Akasaka", "id", labels=(("Akasaka Palace", "en"),)),
        Entity("treaty", EntityType.TREATY, "Perjanjian Kemitraan Ekonomi Indonesia-Jepang", "id",
               labels=(("Indonesia–Japan Economic Partnership Agreement", "en"),)),
        Entity("nk", EntityType.COUNTRY, "Korea Utara", "id", labels=(("North Korea", "en"),), qid="Q423"),
        Entity("pyongyang", EntityType.PLACE, "Pyongyang", "id", qid="Q18808", subtype="City"),
        Entity("retno", EntityType.PERSON, "Retno Marsudi", "id", qid="Q18342668", subtype="Official"),
    )
    relations = (
        Relation(RelationKind.LEADER_OF, "jokowi", "indonesia", ev(0, "title-of-country")),
        Relation(RelationKind.LEADER_OF, "kishida", "japan", ev(1, "title-of-country")),
        Relation(RelationKind.TREATY_PARTY, "indonesia", "treaty", ev(2, "treaty-signatories")),
        Relation(RelationKind.TREATY_PARTY, "japan", "treaty", ev(2, "treaty-signatories")),
        Relation(RelationKind.OFFICIAL_OF, "retno", "indonesia", ev(5, "minister-title", 0.8)),
    )
    events = (
        Event(EventKind.VISIT, ("jokowi",), ("japan",), ev(0, "visit-verb"), location="tokyo",
              date="2024-05-13"),
        Event(EventKind.MEETING, ("jokowi", "kishida"), (), ev(1, "meet-verb", 0.85), location="akasaka"),
        Event(EventKind.AGREEMENT, ("indonesia", "japan"), (), ev(2, "sign-verb", 0.8)),
        Event(EventKind.SANCTION, (), ("nk",), ev(3, "sanction-passive", 0.7)),
        Event(EventKind.DENIAL, ("pyongyang",), (), ev(4, "deny-verb", 0.75)),
        Event(EventKind.STATEMENT, ("retno",), (), ev(5, "say-verb")),
    )
    return Extraction(doc, entities, relations, events, _spans(text, ID_SENTENCES))


def english() -> Extraction:
    """A meeting (the same people as in the Indonesian text), a sanction with imposer, an accusation."""
    text = _text(EN_SENTENCES)
    doc = Document(id=EN_DOC_ID, text=text, lang="en", source="tests/factories.py")

    def ev(i: int, rule: str, confidence: float = 0.9) -> Evidence:
        return _evidence(doc, i, EN_SENTENCES, rule, confidence)

    entities = (
        Entity("kishida", EntityType.PERSON, "Fumio Kishida", "en", aliases=("Kishida",), subtype="Leader"),
        Entity("japan", EntityType.COUNTRY, "Japan", "en", qid="Q17"),
        Entity("jokowi", EntityType.PERSON, "Joko Widodo", "en", aliases=("Jokowi",), qid="Q3318231"),
        Entity("indonesia", EntityType.COUNTRY, "Indonesia", "en", qid="Q252"),
        Entity("tokyo", EntityType.PLACE, "Tokyo", "en", qid="Q1490", subtype="City"),
        Entity("eu", EntityType.ORGANIZATION, "European Union", "en", aliases=("EU",), qid="Q458",
               subtype="InternationalOrganization"),
        Entity("myanmar", EntityType.COUNTRY, "Myanmar", "en", qid="Q836"),
        Entity("china", EntityType.COUNTRY, "China", "en", qid="Q148"),
        Entity("philippines", EntityType.COUNTRY, "Philippines", "en", aliases=("the Philippines",),
               qid="Q928"),
        Entity("scs", EntityType.PLACE, "South China Sea", "en"),
        Entity("reuters", EntityType.ORGANIZATION, "Reuters", "en", qid="Q130879", subtype="NewsAgency"),
    )
    relations = (
        Relation(RelationKind.LEADER_OF, "kishida", "japan", ev(0, "title-of-country")),
        Relation(RelationKind.LEADER_OF, "jokowi", "indonesia", ev(0, "title-of-country")),
    )
    events = (
        Event(EventKind.MEETING, ("kishida", "jokowi"), (), ev(0, "meet-verb"), location="tokyo",
              date="2024-05"),
        Event(EventKind.SANCTION, ("eu",), ("myanmar",), ev(1, "impose-sanctions")),
        Event(EventKind.ACCUSATION, ("china",), ("philippines",), ev(2, "accuse-verb", 0.8), location="scs"),
        Event(EventKind.STATEMENT, ("reuters",), (), ev(3, "report-verb")),
        Event(EventKind.STATEMENT, ("kishida",), ("indonesia",), ev(4, "say-verb", 0.85)),
    )
    return Extraction(doc, entities, relations, events, _spans(text, EN_SENTENCES))


def both() -> list[Extraction]:
    return [indonesian(), english()]
