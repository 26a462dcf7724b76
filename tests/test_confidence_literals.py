"""``kg:confidence`` literals read back from a SPARQL store as they were written (``kg.rdf.literals``).

A calibrated confidence may round to a whole number (1 at four places); Oxigraph, like other stores, gives an
``xsd:decimal`` back in its canonical form ("1", not "1.0"), and a graph read from the store must equal the one
written to N-Quads (a cluster build is compared so).
"""

from __future__ import annotations

import pyoxigraph
import pytest

from kg.rdf.literals import confidence_literal


@pytest.mark.parametrize(("confidence", "lexical"), [(1.0, "1"), (0.99996, "1"), (0.5, "0.5"), (0.98765, "0.9877"),
                                                     (0.0, "0")])
def test_a_confidence_is_written_in_the_form_a_store_gives_back(confidence: float, lexical: str) -> None:
    literal = confidence_literal(confidence)
    assert str(literal) == lexical
    store = pyoxigraph.Store()
    written = pyoxigraph.Literal(str(literal), datatype=pyoxigraph.NamedNode(str(literal.datatype)))
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("https://example.org/e"),
                              pyoxigraph.NamedNode("https://example.org/c"), written, pyoxigraph.DefaultGraph()))
    assert [quad.object.value for quad in store] == [lexical]
