"""spaCy components and helpers that turn text into annotated ``Doc`` objects."""
