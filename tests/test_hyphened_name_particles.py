"""A name opened by a capitalised particle joined with a hyphen (branch en12a, issue 9): "Al-Harith Idriss",
"El-Hadj Diouf" — the particle is the name's first word, not glue to drop, so the apposition "Sudan's envoy,
Al-Harith Idriss," names its holder whole and he is the subject. A single word after the particle ("Al-Shabaab")
is read as before. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_the_particle_opens_the_name() -> None:
    x = read("El-Hadj Diouf spoke to reporters in Lima on Monday.", "en")
    assert "El-Hadj Diouf" in x.entity_names()
    assert "Hadj Diouf" not in x.entity_names()


def test_the_apposed_holder_with_a_particle_acts_and_holds_the_office() -> None:
    x = read("Peru's ambassador to the United Nations, Al-Harith Idriss, accused Chile of arming the rebels.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Al-Harith Idriss",), ("Chile",))}
    assert x.relations(RelationKind.OFFICIAL_OF) == {("Al-Harith Idriss", "Peru")}


def test_a_lowercase_particle_inside_a_name_is_still_glue() -> None:
    x = read("Abdel-Aziz al-Omari met Ana Ruiz in Lima.", "en")
    assert {"Abdel-Aziz al-Omari", "Ana Ruiz"} <= x.entity_names()


def test_one_word_after_the_particle_makes_no_person() -> None:
    x = read("Al-Shabaab fighters attacked the town, Ana Ruiz said.", "en")
    assert "Al-Shabaab" not in x.types() or x.types()["Al-Shabaab"] != "Person"
