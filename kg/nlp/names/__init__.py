"""``kg_names``: proper names that no gazetteer lists, merged with gazetteer hits into ``doc.ents``.

News names people, bodies and places the gazetteer has never seen ("Yuri Ushakov",
"38 North", "Kumsusan State Guest House"). They are found from capitalisation runs,
cleaned of titles and cue words, and typed by their head word (organisation, place or
treaty words, first or last in the run since Indonesian is head-initial and English
head-final), by the cue before them (a title or "analyst" means a person), by shape
(an acronym is an organisation) and, last, by the default that a run of two to four
capitalised words in news is a person's name.

The package, by concern: :mod:`~kg.nlp.names.finder` (the component: resources and the pass over a Doc),
:mod:`~kg.nlp.names.runs` (capitalised runs), :mod:`~kg.nlp.names.demonyms` (a nationality before a title),
:mod:`~kg.nlp.names.classify` (typing a run), :mod:`~kg.nlp.names.shapes` (its head word and shape),
:mod:`~kg.nlp.names.cues` (the words around it), :mod:`~kg.nlp.names.treaty_phrases` (treaties named by common
nouns), :mod:`~kg.nlp.names.state` (what the parts share).
"""

from kg.nlp.names.finder import WEAK_KEY, NameFinder, make_name_finder

__all__ = ["WEAK_KEY", "NameFinder", "make_name_finder"]
