"""Dependency syntax from the Universal Dependencies models newskg trains (``data/models/<lang>_ud``).

Why: word windows cannot say who did what to whom in "X, which Y accused of Z, denied …",
passives or "between X and Y". A parse can. spaCy's trained pipelines cannot be downloaded
here, so ``scripts/train_parser.py`` trains a small CPU tagger + parser per language on UD
treebanks (CC BY-SA 4.0; licence and attribution in each model folder) and we ship it.

Not in the default pipeline: :func:`add_syntax` adds it to one, after the components that set
sentence boundaries, so ``token.dep_``, ``token.head`` and ``token.pos_`` (UPOS, plus
``token.morph``) are set::

    nlp = make_pipeline("en")            # or spacy.blank("en") + sentencizer
    add_syntax(nlp)                      # False (nlp untouched) when there is no model
    doc = nlp("The bank was sanctioned by the Treasury.")
    [(t.text, t.dep_, t.head.text) for t in doc]

Three components are added: ``syntax_tok2vec`` (the CNN both others listen to),
``syntax_morphologizer`` and ``syntax_parser``. They never change tokens, entities or sentence
boundaries: the parser keeps the boundaries set before it (spaCy's arc-eager parser treats
preset sentence starts as constraints) and only adds heads and labels inside each sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import load_config
from thinc.api import ConfigValidationError

from kg import caches, language
from kg.errors import LanguageError, ResourceError
from kg.paths import data_dir

TRAINED_COMPONENTS = ("tok2vec", "morphologizer", "parser")
"""The components of a model folder that carry syntax, in pipeline order."""

NAME_PREFIX = "syntax_"
"""Names in a newskg pipeline: ``syntax_tok2vec``, ``syntax_morphologizer``, ``syntax_parser``."""

SENTENCE_SETTERS = ("sentencizer", "kg_sentence_quotes")
"""Components that set sentence boundaries; the syntax goes after the last one present."""


def model_path(lang: str) -> Path | None:
    """Where the model for ``lang`` would live (the registry's ``syntax_model``), or None when it has none."""
    try:
        name = language.get(lang).syntax_model
    except LanguageError:
        return None
    return None if name is None else data_dir() / "models" / name


def has_model(lang: str) -> bool:
    path = model_path(lang)
    return path is not None and (path / "config.cfg").is_file()


def has_syntax(nlp: Language) -> bool:
    return NAME_PREFIX + "parser" in nlp.pipe_names


def add_syntax(nlp: Language, *, after: str | None = None) -> bool:
    """Add the trained tagger and parser of ``nlp.lang`` to ``nlp``, sharing one tok2vec.

    They go after ``after``, by default after the last sentence-setting component present
    (:data:`SENTENCE_SETTERS`), so the parser respects newskg's sentences. A pipeline without
    one is a ValueError: trained on single sentences, the parser does not split text into
    sentences and would make one tree of a whole article. Returns False, leaving
    ``nlp`` untouched, when there is no model for the language; a model folder that cannot be
    read raises :class:`~kg.errors.ResourceError` and leaves ``nlp`` as it was. A pipeline that
    already has the syntax keeps it (True).

    The components are built in ``nlp`` from the model's config and their weights read from its
    folder: what ``spacy.load`` + ``add_pipe(source=...)`` would do, without building a second
    Indonesian tokenizer (16 k special cases, seconds) and with ``nlp``'s own vocabulary, in
    which the morphologizer must register its analyses for ``token.morph`` to resolve.
    """
    path = model_path(nlp.lang)
    if path is None or not has_model(nlp.lang):
        return False
    if has_syntax(nlp):
        return True
    if after is None:
        present = [name for name in nlp.pipe_names if name in SENTENCE_SETTERS]
        if not present:
            raise ValueError(f"add_syntax: no sentence-setting component ({', '.join(SENTENCE_SETTERS)}) in "
                             f"{nlp.pipe_names}; add a sentencizer first, the parser does not split sentences")
        after = present[-1]
    elif after not in nlp.pipe_names:
        raise ValueError(f"add_syntax(after={after!r}): no such component in {nlp.pipe_names}")
    _add_components(nlp, path, {"after": after}, nlp.lang)
    return True


def _add_components(nlp: Language, path: Path, placement: dict[str, Any], lang: str) -> None:
    """Build the model's components in ``nlp`` and read their weights; on failure ``nlp`` is left as it was."""
    added: list[str] = []
    try:
        components = load_config(path / "config.cfg")["components"]
        for component in TRAINED_COMPONENTS:
            config = dict(components[component])
            factory = config.pop("factory")
            name = NAME_PREFIX + component
            pipe = nlp.add_pipe(factory, name=name, config=config, **placement)
            added.append(name)
            pipe.from_disk(path / component, exclude=["vocab"])  # type: ignore[attr-defined]
            placement = {"after": name}
    except (OSError, ValueError, KeyError, ConfigValidationError) as err:
        for name in added:
            nlp.remove_pipe(name)
        raise ResourceError(
            f"cannot load the syntax model in {path}: {err}",
            hint=f"Retrain it with `python scripts/train_parser.py --lang {lang}`, "
                 "or restore data/models/ from git.",
        ) from err


WHITESPACE_STAND_IN = ","  # what a whitespace token of a sentence is parsed as (see SentenceParser.__call__)


class SentenceParser:
    """The trained tagger + parser of one language, run on single sentences on demand, outside the pipeline.

    Parsing every sentence halves ``kg build`` throughput (docs/models.md), so the extraction rules
    parse only the sentences whose arguments their word windows cannot settle
    (:mod:`kg.extract.grammar`). A call parses a copy of one sentence of an analysed Doc: the same
    tokens and norms, one tree, heads inside it. The components live in a bare pipeline of their
    own: a newskg Doc's tokens come in as words, so no tokenizer is built (the Indonesian one
    takes seconds), and the bare vocabulary computes the lexical features the model was trained
    on (lowercase norms, prefixes, suffixes, shapes) as ``spacy.blank(lang)`` does.

    The components are built and their weights read at the first parse (:attr:`nlp`), not when the parser
    is made: most documents need no parse (14 sentences of a 700-document corpus), and a build makes the
    parser of each language at its first document, serially before its workers fork (~0.08 s of CPU for
    English). A model folder that cannot be read is a :class:`~kg.errors.ResourceError` at that parse.
    """

    def __init__(self, lang: str, path: Path) -> None:
        self.lang = lang
        self.path = path
        self._nlp: Language | None = None
        self.sentences = 0  # how many sentences it parsed (for benchmarks and tests)

    @property
    def loaded(self) -> bool:
        """Whether the model's components are built (at the first parse)."""
        return self._nlp is not None

    @property
    def nlp(self) -> Language:
        """The bare pipeline of the model's components, built at the first call.

        Without a tokenizer: a sentence comes in as words, and spaCy's default one (its affix expressions
        compiled, its special cases added: ~0.05 s of CPU) would never run.
        """
        if self._nlp is None:
            nlp = Language(create_tokenizer=_words_only)
            _add_components(nlp, self.path, {}, self.lang)
            self._nlp = nlp
        return self._nlp

    def __call__(self, sent: Span) -> Doc:
        tokens = list(sent)
        # a line break opening a paragraph is a token of its sentence, but no word of any treebank: the model made
        # it the verb's subject ("\nKantor berita …, KCNA, melaporkan"). It goes in as a comma (punctuation
        # attached to the root, as the model learnt), keeping every index of the sentence.
        words = [WHITESPACE_STAND_IN if t.is_space else t.text for t in tokens]
        nlp = self.nlp
        doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens],
                  sent_starts=[True] + [False] * (len(tokens) - 1))
        for mine, theirs in zip(doc, tokens, strict=True):
            if not theirs.is_space:
                mine.norm_ = theirs.norm_  # tokenizer exceptions set norms ("n't" → "not") the model was trained with
        for _, component in nlp.pipeline:
            doc = component(doc)
        self.sentences += 1
        return doc


def _words_only(nlp: Language) -> Callable[[str], Doc]:
    """The tokenizer of a :class:`SentenceParser`'s pipeline: whitespace-separated words (it is never called)."""
    return lambda text: Doc(nlp.vocab, words=text.split())


_PARSERS: dict[str, SentenceParser | None] = {}


def sentence_parser(lang: str) -> SentenceParser | None:
    """The :class:`SentenceParser` of ``lang``, loaded once per process; None when there is no model for it."""
    if lang not in _PARSERS:
        path = model_path(lang)
        _PARSERS[lang] = SentenceParser(lang, path) if path is not None and has_model(lang) else None
    return _PARSERS[lang]


def clear_cache() -> None:
    """Forget the loaded sentence parsers (part of :func:`kg.nlp.pipeline.reset`)."""
    _PARSERS.clear()


caches.register("kg.nlp.syntax._PARSERS", clear_cache, costly=True)
