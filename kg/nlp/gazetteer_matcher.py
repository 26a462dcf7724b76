"""``kg_gazetteer``: phrase matching of known names (gazetteer + our lexicons).

PhraseMatcher rather than token patterns: measured 27x faster on the same lists.
Two matchers: case-sensitive for acronyms and short forms ("AS" is the US in
Indonesian, "as" is a word), lowercase for names, which must then still be
capitalised in the text so that "batu" (stone) is not Batu (a city).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import gazetteer as gazetteer_data

SPAN_KEY = "kg_gazetteer"

if not Span.has_extension("kg_candidates"):
    Span.set_extension("kg_candidates", default=())
if not Span.has_extension("kg_method"):
    Span.set_extension("kg_method", default="")


class GazetteerMatcher:
    """Finds gazetteer names and attaches the candidate entries to each span."""

    def __init__(self, nlp: Language, name: str, lang: str) -> None:
        self.name = name
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.candidates: dict[str, list] = defaultdict(list)
        self.forms: dict[str, str] = {}
        gaz = gazetteer_data.load()
        exact_patterns: dict[str, Doc] = {}
        lower_patterns: dict[str, Doc] = {}
        for form in gaz.surface_forms(lang):
            text = form.text.strip()
            if not text:
                continue
            key = ("=" if form.case_sensitive else "~") + (text if form.case_sensitive else text.lower())
            if form.entry not in self.candidates[key]:
                self.candidates[key].append(form.entry)
            if key in self.forms:
                continue
            self.forms[key] = text
            target = exact_patterns if form.case_sensitive else lower_patterns
            target[key] = nlp.make_doc(text)
        for key, pattern in exact_patterns.items():
            self.exact.add(key, [pattern])
        for key, pattern in lower_patterns.items():
            self.lower.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher, check_case in ((self.exact, False), (self.lower, True)):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                if check_case and not self._capitalised_like(doc[start:end], self.forms[key]):
                    continue
                entries = self.candidates[key]
                span = Span(doc, start, end, label=entries[0].type.value)
                span._.kg_candidates = tuple(entries)
                span._.kg_method = "gazetteer"
                spans.append(span)
        doc.spans[SPAN_KEY] = filter_spans(spans)
        return doc

    @staticmethod
    def _capitalised_like(span: Span, form: str) -> bool:
        """Every word capitalised in the gazetteer form is capitalised in the text."""
        words = form.split()
        if len(words) != len(span):
            return span[0].text[:1].isupper()
        return all(not w[:1].isupper() or t.text[:1].isupper() or t.text[:1].isdigit()
                   for w, t in zip(words, span, strict=True))


@Language.factory("kg_gazetteer")
def make_gazetteer_matcher(nlp: Language, name: str, lang: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, name, lang)
