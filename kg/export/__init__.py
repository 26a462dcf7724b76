"""Exports for analysts: who met, visited, sanctioned, accused … whom, as a NetworkX graph or a file.

:func:`to_networkx` reads a store (embedded or remote) through SPARQL into a
``networkx.MultiDiGraph``; :func:`write_network` writes it as GraphML or GEXF (NetworkX's
writers: Gephi, Cytoscape and yEd open them) or as two CSV tables in Gephi's spreadsheet
columns. The RDF formats of ``kg export`` (TriG, N-Quads …) stay with the store.
"""

from kg.export.network import NETWORK_FORMATS, SUFFIXES, export_format, nodes_path, to_networkx, write_network

__all__ = ["NETWORK_FORMATS", "SUFFIXES", "export_format", "nodes_path", "to_networkx", "write_network"]
