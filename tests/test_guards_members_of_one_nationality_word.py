""""The United States designated Venezuelan officials": a verb that sanctions only with unnamed members as its object
("designated") reads a member phrase of a nationality and its noun, with no count before it, as such an object
(``members.members_at``: a phrase one word long before the noun is still a phrase). "designated Ana Ruiz as its
envoy" is an appointment. English only: no Indonesian trigger is ``members_only``. Issue 9 (branch mut16, seed 191).
Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_designating_uncounted_members_of_a_nationality_sanctions_their_country() -> None:
    found = read("The United States designated Venezuelan officials.", "en")
    assert found.events(EventKind.SANCTION) == {(("United States of America",), ("Venezuela",))}


def test_designating_a_named_person_as_envoy_sanctions_no_one() -> None:
    found = read("The United States designated Ana Ruiz as its envoy to Venezuela.", "en")
    assert {"United States of America", "Ana Ruiz", "Venezuela"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
