#!/usr/bin/env python3
"""Compare newskg's tokenizer (``kg.nlp.tokenizer``) with spaCy's stock one, token by token, on any text.

Why: ``kg.tokenizer.v1`` serves spaCy's one-word tokenizer exceptions by a set look-up instead of special
cases (start-up 2 s → 0.2 s for Indonesian); it must give exactly the stock tokens. This script tokenizes
every text with both and compares every token's text, offset, whitespace, norm, lower case, shape, lexical
flags and sentence start (a sentencizer run on both), and counts how often ours handed a text to the stock
tokenizer. Inputs: ``.conllu`` (its ``# text =`` lines: the UD treebanks), ``.jsonl`` (``title`` and
``text``), anything else one text a line; ``--exceptions`` adds every tokenizer exception of the language
in context (start and end of a sentence, punctuation attached, quoted, bracketed, capitalised, in
upper case, with "-nya", repeated, joined by "/" and "-").

Usage::

    .venv/bin/python scripts/compare_tokenizers.py --lang id --exceptions \\
        ../shared/data/ud/id_*.conllu /tmp/tp/corpus.jsonl

Exit status 0 when every token agrees, 1 otherwise (the first differences are printed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Token

from kg.nlp.tokenizer import Tokenizer, stock_tokenizer

ATTRIBUTES = ("text", "idx", "whitespace_", "norm_", "lower_", "shape_", "prefix_", "suffix_", "lemma_", "is_alpha",
              "is_ascii", "is_digit", "is_lower", "is_upper", "is_title", "is_punct", "is_space", "is_stop",
              "is_quote", "is_bracket", "is_left_punct", "is_right_punct", "is_currency", "like_num", "like_url",
              "like_email", "is_sent_start")
"""What is compared of each token (``is_sent_start`` after a sentencizer with newskg's punctuation)."""

CONTEXTS = ("{w}", "{w} itu.", "Ia {w}.", "Kata {w}, lalu", "({w})", '"{w}"', "“{w}”", "'{w}'", "{w}!", "{w}?",
            "{w}:", "{w};", "{w}-nya", "{w}-Nya", "{w}-ku", "{w}-mu", "{w}/{w}", "{w}-{w}", "{w}/dan",
            "dan/{w}", "{w}.{w}", "#{w}", "@{w}", "{w}…", "{w}...", "[{w}]", "-{w}-", "—{w}—", "{w}'s", "{w}%",
            "2{w}", "{w}2", "Rp{w}", "{w}:{w}", "{w},{w}", "{w} - {w}", "{w}-\n{w}", "<b>{w}</b>")
"""Where each exception is put: ``{w}`` is the exception (as is, capitalised, in upper and lower case)."""


def texts_of(path: Path) -> Iterator[str]:
    """The texts of one input file (see the module)."""
    with path.open(encoding="utf-8") as lines:
        if path.suffix == ".conllu":
            yield from (line[len("# text = "):].rstrip("\n") for line in lines if line.startswith("# text = "))
        elif path.suffix == ".jsonl":
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    yield from (record[key] for key in ("title", "text") if record.get(key))
        else:
            yield from (line.rstrip("\n") for line in lines if line.strip())


def exception_texts(exceptions: Iterable[str], per_text: int = 200) -> Iterator[str]:
    """Every exception in every context of :data:`CONTEXTS`, ``per_text`` exceptions to a text."""
    words = sorted({form for word in exceptions for form in (word, word.capitalize(), word.upper(), word.lower())})
    for context in CONTEXTS:
        for start in range(0, len(words), per_text):
            yield " ".join(context.format(w=word) for word in words[start:start + per_text])


def token_row(token: Token) -> tuple[object, ...]:
    return tuple(getattr(token, name) for name in ATTRIBUTES)


class Comparison:
    """Ours and the stock tokenizer of one language, with a sentencizer run on both."""

    def __init__(self, lang: str) -> None:
        self.nlp = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "kg.tokenizer.v1"}}})
        assert isinstance(self.nlp.tokenizer, Tokenizer)
        self.stock = stock_tokenizer(self.nlp)
        self.sentencizer = Sentencizer(punct_chars=[".", "!", "?", "。", "…"])
        self.texts = self.tokens = 0

    def differences(self, texts: Iterable[str], limit: int = 10) -> list[str]:
        """The first ``limit`` texts whose tokens differ, each as a short report."""
        found: list[str] = []
        for text in texts:
            ours, theirs = (self.sentencizer(tokenizer(text)) for tokenizer in (self.nlp.tokenizer, self.stock))
            self.texts += 1
            self.tokens += len(theirs)
            if len(found) < limit and not same(ours, theirs):
                found.append(report(text, ours, theirs))
        return found


def same(ours: Doc, theirs: Doc) -> bool:
    return len(ours) == len(theirs) and all(token_row(a) == token_row(b) for a, b in zip(ours, theirs, strict=True))


def report(text: str, ours: Doc, theirs: Doc) -> str:
    for position, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        if token_row(a) != token_row(b):
            start = max(0, a.idx - 40)
            return (f"{text[start:a.idx + 60]!r}: token {position}: ours {token_row(a)[:4]} "
                    f"stock {token_row(b)[:4]}")
    return f"{text[:80]!r}: {len(ours)} tokens, stock {len(theirs)}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, help=".conllu, .jsonl or text files")
    parser.add_argument("--lang", default="id", help="the spaCy language (default: id)")
    parser.add_argument("--exceptions", action="store_true", help="add every exception of the language in context")
    args = parser.parse_args(argv)
    comparison = Comparison(args.lang)
    started = time.process_time()
    texts: list[Iterable[str]] = [texts_of(path) for path in args.inputs]
    if args.exceptions:
        texts.append(exception_texts(comparison.nlp.Defaults.tokenizer_exceptions))
    found = comparison.differences(text for group in texts for text in group)
    tokenizer = comparison.nlp.tokenizer
    print(f"{args.lang}: {comparison.texts:,} texts, {comparison.tokens:,} tokens compared in "
          f"{time.process_time() - started:.1f} s CPU; {len(found)} differ; the stock tokenizer was needed "
          f"for {tokenizer.stock_calls:,} texts")
    for line in found:
        print("  " + line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
