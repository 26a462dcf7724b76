"""Inside a quotation, "saya dan X" / "I and X" (or "X dan saya" / "X and I") names the speaker's partner for what
pairs do ("kami sepakat", "we agreed"): only a person so named is a partner (``QuoteIndex._partner``, mut18, seed
193: 35, and its siblings). A country or a common noun there gives the speaker no partner, hence no agreement of
two. Both languages; names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

QUOTE = {
    "id": '"Saya dan {} sudah lama berunding, dan kami sepakat memperluas perdagangan," kata Ana Ruiz.',
    "en": '"I and {} have talked for years, and we agreed to expand trade," Ana Ruiz said.',
}
NAME_FIRST = {
    "id": '"{} dan saya sudah lama berunding, dan kami sepakat memperluas perdagangan," kata Ana Ruiz.',
    "en": '"{} and I have talked for years, and we agreed to expand trade," Ana Ruiz said.',
}
TEMPLATES = [(lang, t[lang]) for t in (QUOTE, NAME_FIRST) for lang in ("id", "en")]


@pytest.mark.parametrize(("lang", "template"), TEMPLATES)
def test_a_person_named_with_i_is_the_speakers_partner(lang: str, template: str) -> None:
    assert read(template.format("Marta Vidal"), lang).events(EventKind.AGREEMENT) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize(("lang", "template"), TEMPLATES)
def test_a_country_named_with_i_is_no_partner(lang: str, template: str) -> None:
    x = read(template.format("Peru"), lang)
    assert {"Ana Ruiz", "Peru"} <= x.entity_names()
    assert not x.events(EventKind.AGREEMENT)


@pytest.mark.parametrize(("lang", "partner"), [
    ("id", "Menteri Luar Negeri Marta Vidal"), ("en", "Foreign Minister Marta Vidal")])
def test_a_titled_person_named_with_i_is_the_speakers_partner(lang: str, partner: str) -> None:
    """The title's words stand between "saya dan" and the name: the partner is looked for a few words on."""
    assert read(QUOTE[lang].format(partner), lang).events(EventKind.AGREEMENT) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_a_common_noun_after_saya_dan_is_no_partner() -> None:
    x = read(QUOTE["id"].format("tim saya"), "id")
    assert "Ana Ruiz" in x.entity_names()
    assert not x.events(EventKind.AGREEMENT)
