"""A person with one name only ("Pratikno", "Moeldoko": many Indonesians have no family name) after a title of office
(``kg.link.offline.choose`` → ``kg.link.people.titled_mononym``): linked to the one gazetteer person whose whole name
the word is, when the document names that person's country; without the title, without the country, or when the word
is only a part of someone's longer name, the linker abstains. Entries are the gazetteer's; sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg import gazetteer, link
from kg.link.cues import Cues
from kg.link.offline import TITLED_CONFIDENCE
from kg.model import EntityType

INDONESIA, JAPAN = "Q252", "Q17"
PRATIKNO = "Q12506406"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def test_a_titled_mononym_links_the_person_of_a_country_the_document_names(gaz: gazetteer.Gazetteer) -> None:
    chosen = link.choose(EntityType.PERSON, ["Pratikno"], [], {INDONESIA}, Cues(lang="id", after_office_title=True),
                         gaz)
    assert chosen.entry is not None and chosen.entry.qid == PRATIKNO
    assert chosen.confidence == TITLED_CONFIDENCE


@pytest.mark.parametrize(("name", "context", "titled"), [
    ("Pratikno", {JAPAN}, True),  # the one person of that name is of a country the document does not name
    ("Pratikno", {INDONESIA}, False),  # no title before it: the word alone could be anyone's
    ("Widodo", {INDONESIA}, True),  # a word of longer names (Joko Widodo), nobody's whole name
])
def test_a_one_word_name_that_is_nobody_s_whole_name_here_is_not_linked(gaz: gazetteer.Gazetteer, name: str,
                                                                        context: set[str], titled: bool) -> None:
    chosen = link.choose(EntityType.PERSON, [name], [], context, Cues(lang="id", after_office_title=titled), gaz)
    assert (chosen.entry, chosen.confidence) == (None, 0.0)


@pytest.mark.parametrize(("text", "lang", "linked"), [
    ("Menteri Sekretaris Negara Indonesia Pratikno menerima duta besar Jepang di Jakarta.", "id",
     ("Pratikno", PRATIKNO)),
    ("Indonesia's State Secretary Minister Pratikno received the Japanese ambassador in Jakarta.", "en",
     ("Pratikno", PRATIKNO)),
    ("Pratikno menerima duta besar Jepang di Jakarta, Indonesia.", "id", ("Pratikno", None)),
    ("Pratikno received the Japanese ambassador in Jakarta, Indonesia.", "en", ("Pratikno", None)),
])
def test_a_titled_mononym_carries_its_link_into_the_graph(text: str, lang: str,
                                                         linked: tuple[str, str | None]) -> None:
    people = [(e.name, e.qid) for e in read(text, lang).extraction.entities if e.type is EntityType.PERSON]
    assert people == [linked]
