"""The browser explorer served by `kg serve`: search, entity pages, network, timeline, SPARQL editor."""
