"""A bare title after a verb of saying, and a title that describes an office (issue 9, session 13, branch id13),
Indonesian, by the exact fact:

- `"…," ujar Presiden`: a capitalised title with no name after it, after "ujar"/"kata", is the definite title of a
  language without articles — the home office written without a holder before ("Presiden Joko Widodo"), never a
  foreigner's qualified title ("Presiden Kenya William Ruto"), and nobody when no one was so named;
- "Kepala Negara", "kepala pemerintahan" (``office_descriptors``) written bare refer to the person named before with
  any leader's title, the one written without a holder first: "Presiden Prabowo Subianto menerima PM Singapura X.
  … Kepala Negara juga menerima Y" is Prabowo's meeting with Y, not X's.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind

JOKOWI_AND_RUTO = "Presiden Joko Widodo menerima Presiden Kenya William Ruto di Istana Bogor. "


def test_a_bare_title_after_a_verb_of_saying_is_the_home_office_named_before() -> None:
    found = read(JOKOWI_AND_RUTO + '"Kami sepakat memperluas perdagangan," ujar Presiden.', "id")
    assert found.events(EventKind.STATEMENT) == {(("Joko Widodo",), ())}


def test_a_bare_title_after_kata_with_words_after_it_still_speaks() -> None:
    found = read(JOKOWI_AND_RUTO + '"Hubungan kita erat," kata Presiden seusai pertemuan.', "id")
    assert found.events(EventKind.STATEMENT) == {(("Joko Widodo",), ())}


def test_a_bare_title_is_no_foreigners_qualified_title() -> None:
    found = read('Presiden Kenya William Ruto tiba di Jakarta. "Kami datang untuk berdagang," ujar Presiden.', "id")
    assert found.events(EventKind.STATEMENT) == set()
    assert "William Ruto" in found.entity_names()


def test_a_bare_title_with_no_holder_named_before_speaks_for_no_one() -> None:
    found = read('Wakil Presiden Gibran Rakabuming tiba di Bali. "Kami siap," ujar Presiden.', "id")
    assert found.events(EventKind.STATEMENT) == set()


def test_a_title_with_a_name_after_it_is_that_person() -> None:
    found = read(JOKOWI_AND_RUTO + '"Kerja sama kita erat," ujar Presiden Kenya William Ruto.', "id")
    assert found.events(EventKind.STATEMENT) == {(("William Ruto",), ())}


GUESTS = ("Presiden Prabowo Subianto menerima Perdana Menteri Singapura Lawrence Wong di Istana Merdeka. "
          "Pada hari yang sama, {head} juga menerima Perdana Menteri Australia Anthony Albanese.")


def test_kepala_negara_is_the_president_named_before_not_the_last_guest() -> None:
    found = read(GUESTS.format(head="Kepala Negara"), "id")
    assert found.events(EventKind.MEETING) == {
        (("Lawrence Wong", "Prabowo Subianto"), ()), (("Anthony Albanese", "Prabowo Subianto"), ())}


def test_kepala_pemerintahan_is_the_leader_named_without_a_holder() -> None:
    found = read(GUESTS.format(head="Kepala Pemerintahan"), "id")
    assert (("Anthony Albanese", "Prabowo Subianto"), ()) in found.events(EventKind.MEETING)
    assert (("Anthony Albanese", "Lawrence Wong"), ()) not in found.events(EventKind.MEETING)


def test_kepala_negara_says_what_the_president_said() -> None:
    found = read("Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo. "
                 "Kepala Negara mengatakan kedua negara sepakat memperkuat kerja sama.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Joko Widodo",), ())}
