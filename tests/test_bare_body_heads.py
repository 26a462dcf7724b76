"""A deliberative body an official release names by its head word alone (branch en15s, issue 9): "The Council today
adopted restrictive measures … Those listed include X" — "Council" is an organisation (lexicon
``bare_body_heads``), the imposer of what the release lists. Where a body of that head was named in full before
("the Council of the European Union … The Council also targeted Y") — or any body was named before it —, the short
form refers to what was told; a lowercase
"the council" and a capitalised word that goes on into a name ("the Council of Europe") are not read so. Sentences
written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_council_alone_imposes_what_its_release_lists() -> None:
    found = read("The Council today adopted restrictive measures against nine individuals and six entities. Those "
                 "listed include the Baltic Route Agency and its founder Omar Haddad. The Council also targeted Gulf "
                 "Route Services.", "en")
    assert found.types()["Council"] == "Organization"
    assert found.events(EventKind.SANCTION) == {
        (("Council",), ("Baltic Route Agency", "Omar Haddad")), (("Council",), ("Gulf Route Services",))}


def test_the_council_named_in_full_before_is_that_body() -> None:
    found = read("The Council of the European Union today adopted restrictive measures against nine individuals. "
                 "The Council also targeted Gulf Route Services.", "en")
    assert "Council" not in found.entity_names()
    assert found.events(EventKind.SANCTION) == {(("Council of the European Union",), ("Gulf Route Services",))}


def test_a_lowercase_council_is_no_name() -> None:
    found = read("The city council approved the budget, Mayor Ana Ruiz said.", "en")
    assert "Ana Ruiz" in found.entity_names()
    assert not any(name.lower() == "council" for name in found.entity_names())


def test_a_body_of_that_head_named_later_keeps_the_short_form_unnamed() -> None:
    found = read("The Council today prolonged the restrictive measures against Iran. The measures remain in force, "
                 "the Council of the European Union said.", "en")
    assert "Council of the European Union" in found.entity_names()
    assert "Council" not in found.entity_names()
