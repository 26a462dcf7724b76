"""SPARQL text helpers: the one place where values become terms of a query or update string.

Names come from news text and parameters from the command line, so a value must never be
able to change the query around it. Every string literal goes through :func:`string_literal`
(quotes, backslashes and line breaks escaped, language tag checked) and every IRI through
:func:`iri` (:func:`kg.vocab.checked_iri`: no space, quote, angle or curly bracket, backslash).
Both raise ``ValueError`` for what they cannot write safely; callers turn that into their
own error for the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kg.vocab import checked_iri

__all__ = ["QUERY_FORMS", "UPDATE_FORMS", "iri_ref", "iri_refs", "is_language_tag", "operation_of", "prologue",
           "string_literal"]

_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPED = re.compile(r'[\\"\n\r\t\b\f]')
_CONTROL = re.compile(r"[\x00-\x07\x0b\x0e-\x1f\x7f]")
_AFTER_BACKSLASH_U = re.compile(r"(?<=\\)[uU]")
_LANG_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")

QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
"""The first keyword of a SPARQL query (anything that only reads)."""
UPDATE_FORMS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
"""The first keyword of a SPARQL Update operation."""
# IRIs and strings are skipped whole, so a '#' inside <…#> or "…" is not taken for a comment
_TOKENS = re.compile(
    r"""<[^<>"{}|^`\\\s]*>"""  # an IRI
    r'''|"""[\s\S]*?"""'''  # long strings
    r"""|'''[\s\S]*?'''"""
    r'''|"(?:[^"\\\n]|\\.)*"'''  # strings
    r"""|'(?:[^'\\\n]|\\.)*'"""
    r"|#[^\n]*"  # a comment
    r"|[A-Za-z]+|\S"
)
_PROLOGUE = frozenset({"PREFIX", "BASE"})


def string_literal(text: str, lang: str | None = None) -> str:
    """``text`` as a one-line SPARQL string literal, with an optional language tag (lowercased).

    Quotes, backslashes, line breaks, tabs, backspace and form feed are escaped (SPARQL's
    ECHAR), so ``"``, ``}`` or ``>`` in a value stay inside the literal. Other control
    characters are not text and are refused, like a tag that is not shaped as BCP 47.
    """
    if _CONTROL.search(text):
        raise ValueError(f"control character in {text!r}")
    body = _ESCAPED.sub(lambda m: _ECHAR[m.group()], text)
    # A "u"/"U" right after an (escaped) backslash becomes \U00000075/\U00000055: engines that expand \u escapes
    # before parsing, as the spec says (rdflib), would otherwise read the backslash and the letter as a code
    # point ("\u0022" as a quote). Eight digits, because rdflib also reads four hex digits after a
    # four-digit escape as part of it.
    body = _AFTER_BACKSLASH_U.sub(lambda m: f"\\U{ord(m.group()):08X}", body)
    if lang is None:
        return f'"{body}"'
    if not is_language_tag(lang):
        raise ValueError(f"not a language tag: {lang!r}")
    return f'"{body}"@{lang.lower()}'


def is_language_tag(tag: str) -> bool:
    """Whether ``tag`` is shaped like a BCP 47 language tag (``en``, ``id``, ``pt-BR``)."""
    return bool(_LANG_TAG.fullmatch(tag))


def iri_ref(value: str) -> str:
    """``<value>`` for an absolute IRI that is safe between angle brackets; ``ValueError`` otherwise."""
    return f"<{checked_iri(str(value))}>"


def iri_refs(values: Iterable[str]) -> str:
    """Several IRIs, space-separated (for ``VALUES``)."""
    return " ".join(iri_ref(value) for value in values)


def prologue(prefixes: Mapping[str, str]) -> str:
    """``PREFIX`` declarations, one per line, for ``{prefix: namespace IRI}``."""
    return "".join(f"PREFIX {prefix}: {iri_ref(namespace)}\n" for prefix, namespace in prefixes.items())


def operation_of(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or the first keyword of an update (INSERT, DELETE, DROP …), upper-cased.

    Reads past comments and the prologue (``PREFIX p: <…>``, ``BASE <…>``); "" for text without a keyword.
    Whether a text may run on a read path is decided here (:data:`QUERY_FORMS` and :data:`UPDATE_FORMS`),
    not by guessing from words anywhere in it (a comment saying "add" is not an ADD).
    """
    in_prologue = False
    for token in _TOKENS.findall(sparql):
        if token.startswith("#"):
            continue
        if in_prologue:  # a declaration ends with its IRI
            in_prologue = not token.startswith("<")
            continue
        word = token.upper()
        if word in _PROLOGUE:
            in_prologue = True
            continue
        return word if token.isalpha() else ""
    return ""
