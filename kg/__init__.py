"""newskg: news articles to a Wikidata-linked, SHACL-validated RDF knowledge graph."""

__version__ = "0.1.0"
