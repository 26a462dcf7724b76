"""Every event frame, in each language it applies to: a positive sentence asserting the exact fact (type, agents,
targets) and a negative one where the frame must stay silent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EventKind, RelationKind

Fact = tuple[tuple[str, ...], tuple[str, ...]]


def events(text: str, lang: str, kind: EventKind) -> set[Fact]:
    """(agents, targets) of every ``kind`` event, by entity name; the parties of a symmetric event sorted."""
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    out = set()
    for ev in x.events:
        if ev.kind is kind:
            agents = tuple(name[a] for a in ev.agents)
            out.add((tuple(sorted(agents)) if kind.traits.symmetric else agents, tuple(name[t] for t in ev.targets)))
    return out


def parties(text: str, lang: str) -> set[tuple[str, str]]:
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    return {(name[r.subject], name[r.object]) for r in x.relations if r.kind is RelationKind.TREATY_PARTY}


def case(lang: str, text: str, kind: EventKind, expected: set[Fact]):
    return pytest.param(lang, text, kind, expected, id=f"{lang}-{kind.value}-{text[:40]}")


# --------------------------------------------------------------------------- visits

VISITS = [
    case("en", "Indonesian President Joko Widodo visited Tokyo on Monday.", EventKind.VISIT,
         {(("Joko Widodo",), ("Tokyo",))}),
    case("id", "Presiden Joko Widodo mengunjungi Tokyo pada hari Senin.", EventKind.VISIT,
         {(("Joko Widodo",), ("Tokyo",))}),
    # intransitive: the destination only after a preposition; a trip to several stops has them all
    case("en", "Secretary of State Antony Blinken left for Japan on Sunday on a trip that will also take him to "
               "South Korea and India.", EventKind.VISIT,
         {(("Antony Blinken",), ("Japan",)), (("Antony Blinken",), ("South Korea", "India"))}),
    case("id", "Presiden Joko Widodo bertolak ke Tokyo pada Minggu pagi dan singgah di Manila.", EventKind.VISIT,
         {(("Joko Widodo",), ("Tokyo",)), (("Joko Widodo",), ("Manila",))}),
    # noun: the possessor or the subject travels; a list of destinations
    case("id", "Presiden Joko Widodo memulai lawatan ke Jepang, Korea Selatan dan India pekan ini.", EventKind.VISIT,
         {(("Joko Widodo",), ("Jepang", "Korea Selatan", "India"))}),
    case("en", "Joko Widodo began a tour to Japan, South Korea and India this week.", EventKind.VISIT,
         {(("Joko Widodo",), ("Japan", "South Korea", "India"))}),
    # a visit noun without destination happens where the clause says, when that is abroad for the visitor
    case("en", "Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday during his "
               "state visit. China and France are partners.", EventKind.VISIT, {(("Xi Jinping",), ("Paris",))}),
    # the passive: the subject is visited
    case("en", "Hanoi was visited by Indonesian President Joko Widodo last year. Indonesia and Vietnam are "
               "neighbours.", EventKind.VISIT, {(("Joko Widodo",), ("Hanoi",))}),
]

NO_VISITS = [
    case("en", "Antony Blinken left for the summit on Sunday.", EventKind.VISIT, set()),
    case("id", "Presiden Indonesia Joko Widodo tiba di Jakarta.", EventKind.VISIT, set()),  # home: no target
    case("en", "Indonesian President Joko Widodo arrived in Jakarta from Tokyo. Indonesia is large.", EventKind.VISIT,
         set()),
    case("en", "Chinese President Xi Jinping met Chinese Premier Li Qiang in Beijing after his state visit. China is "
               "large.", EventKind.VISIT, set()),
    case("en", "Vietnam was visiting.", EventKind.VISIT, set()),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), VISITS + NO_VISITS)
def test_visit_frames(lang: str, text: str, kind: EventKind, expected: set[Fact]) -> None:
    assert events(text, lang, kind) == expected


# --------------------------------------------------------------------------- receptions and courtesy calls

RECEPTIONS = [
    ("en", "Indonesian President Joko Widodo received Australian Prime Minister Anthony Albanese at the Bogor Palace "
           "on Monday. Australia and Indonesia are neighbours.", "Anthony Albanese", "Bogor Palace", "Joko Widodo"),
    ("id", "Presiden Indonesia Joko Widodo menerima kunjungan kehormatan Perdana Menteri Australia Anthony Albanese "
           "di Istana Bogor.", "Anthony Albanese", "Istana Bogor", "Joko Widodo"),
    ("en", "Japanese Foreign Minister Yoko Kamikawa paid a courtesy call on Indonesian President Joko Widodo in "
           "Jakarta. Japan and Indonesia are partners.", "Yoko Kamikawa", "Jakarta", "Joko Widodo"),
    ("id", "Menteri Luar Negeri Jepang Yoko Kamikawa melakukan kunjungan kehormatan kepada Presiden Indonesia Joko "
           "Widodo di Jakarta.", "Yoko Kamikawa", "Jakarta", "Joko Widodo"),
    ("en", "Japanese Foreign Minister Yoko Kamikawa was welcomed by Indonesian Foreign Minister Retno Marsudi in "
           "Jakarta. Japan and Indonesia are partners.", "Yoko Kamikawa", "Jakarta", "Retno Marsudi"),
    ("id", "Menteri Luar Negeri Jepang Yoko Kamikawa disambut oleh Menteri Luar Negeri Indonesia Retno Marsudi di "
           "Jakarta.", "Yoko Kamikawa", "Jakarta", "Retno Marsudi"),
]


@pytest.mark.parametrize(("lang", "text", "guest", "place", "host"), RECEPTIONS)
def test_a_reception_is_a_meeting_and_the_guests_visit(lang: str, text: str, guest: str, place: str,
                                                       host: str) -> None:
    assert events(text, lang, EventKind.MEETING) == {(tuple(sorted((guest, host))), ())}
    assert events(text, lang, EventKind.VISIT) == {((guest,), (place,))}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Indonesian President Joko Widodo received Indonesian Defence Minister Prabowo Subianto at the Bogor "
           "Palace. Indonesia is large."),
    ("id", "Presiden Indonesia Joko Widodo menerima Menteri Pertahanan Indonesia Prabowo Subianto di Istana Merdeka."),
])
def test_a_domestic_reception_is_no_visit(lang: str, text: str) -> None:
    assert events(text, lang, EventKind.MEETING) == {(("Joko Widodo", "Prabowo Subianto"), ())}
    assert events(text, lang, EventKind.VISIT) == set()


# --------------------------------------------------------------------------- meetings

MEETINGS = [
    # every object of "met" met the subject, not each other
    case("id", "Sergei Lavrov bertemu Wang Yi dan Antony Blinken di Jakarta.", EventKind.MEETING,
         {(("Sergei Lavrov", "Wang Yi"), ()), (("Antony Blinken", "Sergei Lavrov"), ())}),
    case("en", "John Kerry also met Benjamin Netanyahu and Avigdor Lieberman during his trip.", EventKind.MEETING,
         {(("Benjamin Netanyahu", "John Kerry"), ()), (("Avigdor Lieberman", "John Kerry"), ())}),
    # reciprocal: the plural subject are the parties
    case("en", "Russia and Ukraine discussed a possible ceasefire.", EventKind.MEETING, {(("Russia", "Ukraine"), ())}),
    case("id", "Rusia dan Ukraina membahas kemungkinan gencatan senjata.", EventKind.MEETING,
         {(("Rusia", "Ukraina"), ())}),
    # a noun with "between" names the parties
    case("en", "Egypt mediated talks between Israel and Jordan in Cairo.", EventKind.MEETING,
         {(("Israel", "Jordan"), ())}),
    case("id", "Mesir menengahi perundingan antara Israel dan Yordania di Kairo.", EventKind.MEETING,
         {(("Israel", "Yordania"), ())}),
    # a phone call
    case("en", "Joe Biden held a phone call with Emmanuel Macron on Tuesday.", EventKind.MEETING,
         {(("Emmanuel Macron", "Joe Biden"), ())}),
    case("id", "Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Prancis Emmanuel Macron.",
         EventKind.MEETING, {(("Emmanuel Macron", "Joko Widodo"), ())}),
]

NO_MEETINGS = [
    # talks with a list and no subject taking part: the other side is not named
    case("en", "European Union leaders agreed to open membership talks with Ukraine and Moldova.", EventKind.MEETING,
         set()),
    case("en", "Russia discussed the plan.", EventKind.MEETING, set()),  # one party is no meeting
    case("id", "Rusia membahas rencana itu.", EventKind.MEETING, set()),
    # a possessor is not the object: "welcomed Indonesia's presidency"
    case("en", "Antony Blinken welcomed Indonesia's presidency of the group.", EventKind.MEETING, set()),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), MEETINGS + NO_MEETINGS)
def test_meeting_frames(lang: str, text: str, kind: EventKind, expected: set[Fact]) -> None:
    assert events(text, lang, kind) == expected


# --------------------------------------------------------------------------- agreements and treaty parties

AGREEMENTS = [
    case("en", "The ceasefire between Russia and Ukraine held for a week.", EventKind.AGREEMENT,
         {(("Russia", "Ukraine"), ())}),
    case("id", "Gencatan senjata antara Rusia dan Ukraina berlaku sepekan.", EventKind.AGREEMENT,
         {(("Rusia", "Ukraina"), ())}),
    case("en", "Indonesia and Malaysia signed an agreement on border security in Jakarta.", EventKind.AGREEMENT,
         {(("Indonesia", "Malaysia"), ())}),
    case("id", "Indonesia dan Malaysia menandatangani nota kesepahaman tentang perbatasan.", EventKind.AGREEMENT,
         {(("Indonesia", "Malaysia"), ())}),
]

NO_AGREEMENTS = [
    case("en", "Russia rejected the agreement.", EventKind.AGREEMENT, set()),
    case("id", "Rusia menolak kesepakatan itu.", EventKind.AGREEMENT, set()),
    case("en", "Indonesia and Malaysia will sign an agreement next year.", EventKind.AGREEMENT, set()),
    case("id", "Indonesia dan Malaysia akan menandatangani kesepakatan tahun depan.", EventKind.AGREEMENT, set()),
    case("en", "Indonesia and Vietnam ratified the Paris Agreement.", EventKind.AGREEMENT, set()),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), AGREEMENTS + NO_AGREEMENTS)
def test_agreement_frames(lang: str, text: str, kind: EventKind, expected: set[Fact]) -> None:
    assert events(text, lang, kind) == expected


TREATIES = [
    ("en", "France and Germany are both parties to the Paris Agreement.",
     {("France", "Paris Agreement"), ("Germany", "Paris Agreement")}),
    ("en", "The Treaty of Aachen was signed by France and Germany.",
     {("France", "Treaty of Aachen"), ("Germany", "Treaty of Aachen")}),
    ("id", "Pertemuan ditutup dengan penandatanganan Nota Kesepahaman tentang Kerja Sama Energi antara Indonesia dan "
           # the titled subject after "tentang" belongs to the name (session 18, en18t)
           "Vietnam.", {("Indonesia", "Nota Kesepahaman tentang Kerja Sama Energi"),
                        ("Vietnam", "Nota Kesepahaman tentang Kerja Sama Energi")}),
    ("en", "Indonesia and Australia agreed to deepen the Indonesia-Australia Comprehensive Economic Partnership "
           "Agreement.", {("Indonesia", "Indonesia-Australia Comprehensive Economic Partnership Agreement"),
                          ("Australia", "Indonesia-Australia Comprehensive Economic Partnership Agreement")}),
    ("id", "Indonesia dan Jepang memperingati 15 tahun Kemitraan Strategis Indonesia-Jepang.",
     {("Indonesia", "Kemitraan Strategis Indonesia-Jepang"), ("Jepang", "Kemitraan Strategis Indonesia-Jepang")}),
    # negated: no party
    ("en", "Canada did not sign the Paris Agreement.", set()),
    ("id", "Kanada tidak menandatangani Perjanjian Paris.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TREATIES)
def test_treaty_parties(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert parties(text, lang) == expected


def test_co_signing_a_named_treaty_is_an_agreement_and_ratifying_it_is_not() -> None:
    assert events("The Treaty of Aachen was signed by France and Germany.", "en", EventKind.AGREEMENT) == {
        (("France", "Germany"), ())}
    assert events("Germany and France ratified the Treaty of Aachen.", "en", EventKind.AGREEMENT) == set()


# --------------------------------------------------------------------------- accusations, sanctions

ACCUSATIONS = [
    case("en", "Vietnam accused the Philippines of violating the agreement.", EventKind.ACCUSATION,
         {(("Vietnam",), ("Philippines",))}),
    # the passive: the subject is accused, the "by" phrase accuses
    case("en", "The Philippines was accused by Vietnam of violating the agreement.", EventKind.ACCUSATION,
         {(("Vietnam",), ("Philippines",))}),
    case("id", "Filipina dikecam oleh Vietnam karena melanggar kesepakatan.", EventKind.ACCUSATION,
         {(("Vietnam",), ("Filipina",))}),
    # a protest lodged with someone
    case("en", "Japan lodged a protest with Russia over the incident.", EventKind.ACCUSATION,
         {(("Japan",), ("Russia",))}),
    case("id", "Jepang mengajukan protes keras kepada Rusia.", EventKind.ACCUSATION, {(("Jepang",), ("Rusia",))}),
]

NO_ACCUSATIONS = [
    case("en", "The Philippines was accused of violating the agreement.", EventKind.ACCUSATION, set()),  # no accuser
    case("id", "Filipina dikecam karena melanggar kesepakatan.", EventKind.ACCUSATION, set()),
    case("id", "Jepang memprotes rencana itu.", EventKind.ACCUSATION, set()),  # no one accused
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), ACCUSATIONS + NO_ACCUSATIONS)
def test_accusation_frames(lang: str, text: str, kind: EventKind, expected: set[Fact]) -> None:
    assert events(text, lang, kind) == expected


SANCTIONS = [
    case("en", "On Friday, the European Union imposed new sanctions on Belarus.", EventKind.SANCTION,
         {(("European Union",), ("Belarus",))}),
    case("id", "Pada hari Jumat, Uni Eropa menjatuhkan sanksi baru terhadap Belarus.", EventKind.SANCTION,
         {(("Uni Eropa",), ("Belarus",))}),
    case("en", "Belarus and Iran were sanctioned by the European Union on Friday.", EventKind.SANCTION,
         {(("European Union",), ("Belarus", "Iran"))}),
    case("en", "The sanctions on Iran remain in place.", EventKind.SANCTION, {((), ("Iran",))}),
    case("id", "Sanksi terhadap Rusia tetap berlaku.", EventKind.SANCTION, {((), ("Rusia",))}),
    # "sanctions on Belarus, and Poland accused …": a clause after the comma, not a second target
    case("en", "The European Union imposed sanctions on Belarus, and Poland accused Belarus of staging the crisis.",
         EventKind.SANCTION, {(("European Union",), ("Belarus",))}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), SANCTIONS)
def test_sanction_frames(lang: str, text: str, kind: EventKind, expected: set[Fact]) -> None:
    assert events(text, lang, kind) == expected


# --------------------------------------------------------------------------- statements

STATEMENTS = [
    # every named speaker of coordinated subjects
    case("en", "Japan and South Korea said the launch was a provocation.", EventKind.STATEMENT,
         {(("Japan", "South Korea"), ())}),
    case("id", "Jepang dan Korea Selatan mengatakan peluncuran itu provokasi.", EventKind.STATEMENT,
         {(("Jepang", "Korea Selatan"), ())}),
    # an accusation is said: the accuser made a statement
    case("en", "Japan accused Russia of violating its airspace.", EventKind.STATEMENT, {(("Japan",), ())}),
    case("id", "Jepang menuduh Rusia melanggar wilayah udaranya.", EventKind.STATEMENT, {(("Jepang",), ())}),
    # the subject of a relative clause after a comma
    case("id", "Amerika Serikat, yang telah mendesak perpanjangan sanksi, menolak berkomentar.", EventKind.STATEMENT,
         {(("Amerika Serikat",), ())}),
    case("en", "The United States, which had pushed for the sanctions, said Russia must withdraw.",
         EventKind.STATEMENT, {(("United States of America",), ())}),
    # a pronoun is the person the sentence before opened with, not the last one named
    case("id", "John Kerry bertemu Benjamin Netanyahu dan Avigdor Lieberman di Yerusalem. Kepada para wartawan, ia "
               "mengatakan perundingan itu maju.", EventKind.STATEMENT, {(("John Kerry",), ())}),
    case("en", "John Kerry met Benjamin Netanyahu and Avigdor Lieberman in Jerusalem. Speaking to reporters, he said "
               "the talks had advanced.", EventKind.STATEMENT, {(("John Kerry",), ())}),
    # a title standing for the person last named with it
    case("en", "Secretary of State Antony Blinken met Wang Yi in Beijing. The Secretary stressed the need for "
               "dialogue.", EventKind.STATEMENT, {(("Antony Blinken",), ())}),
    case("id", "Menteri Luar Negeri Retno Marsudi bertemu Wang Yi di Beijing. Menteri Luar Negeri itu menegaskan "
               "pentingnya dialog.", EventKind.STATEMENT, {(("Retno Marsudi",), ())}),
    # "as stated by", "saying"
    case("en", "As stated by spokesperson Ned Price, the talks were productive.", EventKind.STATEMENT,
         {(("Ned Price",), ())}),
    case("en", "Viktor Orban abstained from voting, saying he disagreed.", EventKind.STATEMENT,
         {(("Viktor Orbán",), ())}),
]

NO_STATEMENTS = [
    case("en", "Both sides said the talks were useful.", EventKind.STATEMENT, set()),
    case("id", "Kedua pihak mengatakan perundingan itu bermanfaat.", EventKind.STATEMENT, set()),
    case("en", "Japan did not accuse Russia of anything.", EventKind.STATEMENT, set()),
    case("id", "Jepang tidak menuduh Rusia.", EventKind.STATEMENT, set()),
    case("en", "An unnamed official said the talks had stalled.", EventKind.STATEMENT, set()),
    case("id", "Seorang pejabat mengatakan perundingan itu macet.", EventKind.STATEMENT, set()),
    # "said X must …": X opens the reported clause
    case("en", "The minister said Russia must withdraw.", EventKind.STATEMENT, set()),
    # "the claims" is a noun
    case("en", "Sergei Lavrov denied the claims.", EventKind.STATEMENT, set()),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), STATEMENTS + NO_STATEMENTS)
def test_statement_frames(lang: str, text: str, kind: EventKind, expected: set[Fact]) -> None:
    assert events(text, lang, kind) == expected


# --------------------------------------------------------------------------- who the arguments are

RESOLUTION = [
    # a leader's title and country without a name: the leader named before
    case("id", "Perdana Menteri Israel Benjamin Netanyahu menyambut John Kerry. Avigdor Lieberman kemudian bertemu "
               "dengan perdana menteri Israel di Yerusalem.", EventKind.MEETING,
         {(("Benjamin Netanyahu", "John Kerry"), ()), (("Avigdor Lieberman", "Benjamin Netanyahu"), ())}),
    case("en", "Israeli Prime Minister Benjamin Netanyahu received John Kerry. Avigdor Lieberman later met the Prime "
               "Minister of Israel.", EventKind.MEETING,
         {(("Benjamin Netanyahu", "John Kerry"), ()), (("Avigdor Lieberman", "Benjamin Netanyahu"), ())}),
    # the person a titled organisation's apposition names
    case("id", "Presiden Joko Widodo bertemu dengan pemimpin Partai Komunis yang berkuasa, Nguyen Phu Trong.",
         EventKind.MEETING, {(("Joko Widodo", "Nguyen Phu Trong"), ())}),
    case("en", "Joe Biden met the leader of the Communist Party, Nguyen Phu Trong.", EventKind.MEETING,
         {(("Joe Biden", "Nguyen Phu Trong"), ())}),
    # a meeting noun after "after"/"setelah": the subject took part; a parenthesis is skipped
    case("id", "Menteri Luar Negeri Amerika Serikat John Kerry berbicara setelah pertemuan Sabtu (4/1) dengan Presiden "
               "Palestina Mahmoud Abbas.", EventKind.MEETING, {(("John Kerry", "Mahmoud Abbas"), ())}),
    case("en", "Secretary of State John Kerry spoke after a meeting (his second) with Palestinian President Mahmoud "
               "Abbas.", EventKind.MEETING, {(("John Kerry", "Mahmoud Abbas"), ())}),
    # "the country", "negara itu": the country named last that is not the traveller's
    case("id", "Vietnam ingin memperluas kerja sama. Menteri Luar Negeri Amerika Serikat Antony Blinken mengunjungi "
               "negara itu bulan lalu.", EventKind.VISIT, {(("Antony Blinken",), ("Vietnam",))}),
    case("en", "Vietnam wants closer ties. U.S. Secretary of State Antony Blinken visited the country in April.",
         EventKind.VISIT, {(("Antony Blinken",), ("Vietnam",))}),
    # "kunjungannya": the visit of whom the sentence opens with
    case("id", "Menteri Luar Negeri Amerika Serikat John Kerry bertemu Benjamin Netanyahu dalam kunjungannya ke "
               "Yerusalem.", EventKind.VISIT, {(("John Kerry",), ("Jerusalem",))}),
    # a visit noun without a visitor: who was last said to travel there
    case("id", "Presiden Joko Widodo akan mengunjungi Vietnam pada bulan September. Kunjungan ke Hanoi, yang "
               "dijadwalkan setelah KTT G20, bertujuan memperkuat hubungan.", EventKind.VISIT,
         {(("Joko Widodo",), ("Vietnam",)), (("Joko Widodo",), ("Hanoi",))}),
    # a return is a visit where the traveller's home is known to be elsewhere, and none where it is not known
    case("id", "Menteri Luar Negeri Amerika Serikat John Kerry dijadwalkan kembali ke Yerusalem untuk perundingan.",
         EventKind.VISIT, {(("John Kerry",), ("Jerusalem",))}),
    case("en", "President Joko Widodo returned to Jakarta on Monday.", EventKind.VISIT, set()),
    case("id", "Presiden Indonesia Joko Widodo kembali ke Jakarta pada hari Senin.", EventKind.VISIT, set()),
    # a target after an infinitive belongs to that verb
    case("id", "Uni Eropa memperpanjang sanksi untuk mempertahankan tekanan terhadap Rusia.", EventKind.SANCTION,
         set()),
    case("en", "The European Union extended sanctions to keep pressure on Russia.", EventKind.SANCTION, set()),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), RESOLUTION)
def test_argument_resolution(lang: str, text: str, kind: EventKind, expected: set[Fact]) -> None:
    assert events(text, lang, kind) == expected
