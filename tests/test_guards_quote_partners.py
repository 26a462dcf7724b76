"""Inside a quotation, "saya dan X" / "I and X" names the speaker's partner for what pairs do ("kami sepakat", "we
agreed"): only a person so named is a partner (``QuoteIndex._partner``, mut18, seed 193: 35). A country or a common
noun after "saya dan" gives the speaker no partner, hence no agreement of two. Both languages; names and sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

QUOTE = {
    "id": '"Saya dan {} sudah lama berunding, dan kami sepakat memperluas perdagangan," kata Ana Ruiz.',
    "en": '"I and {} have talked for years, and we agreed to expand trade," Ana Ruiz said.',
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_person_named_with_i_is_the_speakers_partner(lang: str) -> None:
    assert read(QUOTE[lang].format("Marta Vidal"), lang).events(EventKind.AGREEMENT) == {
        (("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_country_named_with_i_is_no_partner(lang: str) -> None:
    x = read(QUOTE[lang].format("Peru"), lang)
    assert {"Ana Ruiz", "Peru"} <= x.entity_names()
    assert not x.events(EventKind.AGREEMENT)


def test_a_common_noun_after_saya_dan_is_no_partner() -> None:
    x = read(QUOTE["id"].format("tim saya"), "id")
    assert "Ana Ruiz" in x.entity_names()
    assert not x.events(EventKind.AGREEMENT)


@pytest.mark.parametrize(("lang", "partner"), [
    ("id", "Menteri Luar Negeri Marta Vidal"), ("en", "Foreign Minister Marta Vidal")])
def test_a_titled_person_named_with_i_is_the_speakers_partner(lang: str, partner: str) -> None:
    """The title's words stand between "saya dan" and the name: the partner is looked for a few words on."""
    assert read(QUOTE[lang].format(partner), lang).events(EventKind.AGREEMENT) == {(("Ana Ruiz", "Marta Vidal"), ())}


NAME_FIRST = {
    "id": '"{} dan saya sudah lama berunding, dan kami sepakat memperluas perdagangan," kata Ana Ruiz.',
    "en": '"{} and I have talked for years, and we agreed to expand trade," Ana Ruiz said.',
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_person_named_before_and_i_is_the_speakers_partner(lang: str) -> None:
    assert read(NAME_FIRST[lang].format("Marta Vidal"), lang).events(EventKind.AGREEMENT) == {
        (("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_country_named_before_and_i_is_no_partner(lang: str) -> None:
    x = read(NAME_FIRST[lang].format("Peru"), lang)
    assert {"Ana Ruiz", "Peru"} <= x.entity_names()
    assert not x.events(EventKind.AGREEMENT)
