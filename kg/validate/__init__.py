"""SHACL validation of document graphs against ``ontology/shapes.ttl``.

The ontology is handed to pySHACL as ``ont_graph``: it is mixed into a copy of the
data graph, so ``sh:class``/``sh:targetClass`` follow its ``rdfs:subClassOf``
hierarchy. No RDFS inference is run: the shapes only need the subclass closure,
which SHACL computes itself, and inference would multiply the validation time of
every document (see the timings in ``tests/test_validate.py``).

:func:`validate_each` validates many document graphs in one pySHACL run over their
disjoint union (:mod:`kg.validate.disjoint_union`) and splits the results by document: each
report is the one :func:`validate` gives that graph alone. One run per batch pays
pySHACL's fixed cost per run (shape harvest, mixing in the ontology, target look-ups)
once instead of once per document, and runs with :mod:`kg.validate.pyshacl_patches` (work whose
result nobody reads is skipped) over a union graph that answers look-ups from its own
indices, its SPARQL constraints answered by Oxigraph where that is exact
(:mod:`kg.validate.oxigraph_sparql`); ``docs/benchmarks.md`` has the numbers. :func:`validate` (one
graph) is pySHACL and rdflib unchanged: the reference every batch report is tested against.

The package, by concern: :mod:`~kg.validate.shapes` (the ontology and shapes, parsed once),
:mod:`~kg.validate.report` (:class:`ValidationReport`), :mod:`~kg.validate.graphs` (the data graphs handed
to pySHACL), :mod:`~kg.validate.batch` (the runs), :mod:`~kg.validate.files` (RDF files in), and the
scoped work around pySHACL and rdflib that batching needs: :mod:`~kg.validate.disjoint_union`,
:mod:`~kg.validate.pyshacl_patches`, :mod:`~kg.validate.oxigraph_sparql`.
"""

from kg.validate.batch import validate, validate_each
from kg.validate.files import ensure_valid, read_rdf, validate_file
from kg.validate.report import ValidationReport
from kg.validate.shapes import ONTOLOGY_FILE, SHAPES_FILE, ontology_graph, shapes_graph

__all__ = [
    "ONTOLOGY_FILE",
    "SHAPES_FILE",
    "ValidationReport",
    "ensure_valid",
    "ontology_graph",
    "read_rdf",
    "shapes_graph",
    "validate",
    "validate_each",
    "validate_file",
]
