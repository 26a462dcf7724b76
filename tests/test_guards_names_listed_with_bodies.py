"""Guards of the one-word names listed beside a body (``kg.nlp.names.finder._listed_with_bodies``), pinned by a
minimal pair (branch mut21): a name after a body and a comma is a body too, when no body follows it ("Anduril
Industries, Skydio, and two drone makers": the body stands before only); a name listed among people stays no body.
English. Made-up or ordinary names, sentences written for these tests."""

from __future__ import annotations

from facts import read


def test_a_name_after_a_body_and_a_comma_is_a_body() -> None:
    types = read("China added Anduril Industries, Skydio, and two drone makers to its unreliable entity list.",
                 "en").types()
    assert types.get("Skydio") == "Organization"


def test_a_name_among_people_is_no_body() -> None:
    types = read("Ana Ruiz, Skydio, and Marta Vidal met in Lima.", "en").types()
    assert types.get("Skydio") != "Organization"
    assert types.get("Ana Ruiz") == "Person"
