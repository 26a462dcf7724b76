"""A language is a folder: its data follows the schema, and no natural-language word is left in the code.

Every folder of ``kg/lang/`` with a ``language.toml`` is checked here, so a new language (see
docs/languages.md) is covered without editing this file.
"""

from __future__ import annotations

import ast
import json
import re
import tomllib
from collections import Counter
from dataclasses import fields
from pathlib import Path

import jsonschema
import pytest
import spacy

from kg import language
from kg.gazetteer import GazetteerEntry
from kg.model import EventKind
from kg.nlp import resources
from kg.nlp.resources import Frame
from kg.paths import LANG_DIR, PACKAGE_DIR

SCHEMAS = LANG_DIR / "schema"
CODES = list(language.SUPPORTED)


def _schema(name: str) -> dict:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    if name == "triggers":  # the enums come from the code, so the two cannot drift apart
        schema["$defs"]["kind"]["enum"] = [kind.value for kind in EventKind]
        schema["$defs"]["frame"]["enum"] = [frame.value for frame in Frame]
    return schema


def _errors(schema: dict, data: object) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


# --------------------------------------------------------------------------- the folders


def test_every_language_folder_is_registered() -> None:
    folders = {p.name for p in LANG_DIR.iterdir() if p.is_dir() and p.name != "schema" and not p.name.startswith("_")}
    assert folders == set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_registry_entry_follows_the_schema(code: str) -> None:
    data = tomllib.loads((LANG_DIR / code / language.REGISTRY_FILE).read_text(encoding="utf-8"))
    assert _errors(_schema("language"), data) == []
    assert data["code"] == code
    info = language.registry()[code]
    assert all(hasattr(GazetteerEntry, name) for name in (*info.gazetteer_names, info.label_field or "name_en"))
    assert set(info.gazetteer_forms) <= set(CODES)
    assert spacy.blank(info.spacy).lang == info.spacy


@pytest.mark.parametrize(("code", "name"), [(c, n) for c in CODES for n in ("lexicon", "triggers", "linking")])
def test_language_data_follows_the_schema(code: str, name: str) -> None:
    data = json.loads((LANG_DIR / code / f"{name}.json").read_text(encoding="utf-8"))
    assert _errors(_schema(name), data) == []


def test_schema_names_every_resource_field() -> None:
    """Each lexicon key the code reads is described by the schema, and the schema describes no unread key."""
    described = set(_schema("lexicon")["properties"]) - {"_comment", "function_words"}
    described |= {f"titles.{k}" for k in _schema("lexicon")["properties"]["titles"]["properties"]}
    described |= {f"pronouns.{k}" for k in _schema("lexicon")["properties"]["pronouns"]["properties"]}
    described -= {"titles", "pronouns"}
    read = {f.metadata.get("key", f.name) for f in fields(resources.LangResources)
            if f.metadata.get("file") is None and f.name not in {"lang", "head_initial"}}
    assert read == described


def test_a_broken_folder_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = json.loads((LANG_DIR / "en" / "lexicon.json").read_text(encoding="utf-8"))
    del lexicon["modality"]["negated"]
    trig = json.loads((LANG_DIR / "en" / "triggers.json").read_text(encoding="utf-8"))
    trig["triggers"][0]["kind"] = "Picnic"
    assert any("negated" in e for e in _errors(_schema("lexicon"), lexicon))
    assert any("Picnic" in e for e in _errors(_schema("triggers"), trig))


# --------------------------------------------------------------------------- what the data says


@pytest.mark.parametrize("code", CODES)
def test_every_language_loads(code: str) -> None:
    res = resources.load(code)
    assert res.lang == code and res.triggers and res.titles
    assert {t.kind for t in res.triggers} <= set(EventKind)


def test_head_position_decides_where_demonstratives_refer_back() -> None:
    indonesian, english = resources.load("id"), resources.load("en")
    assert indonesian.head_initial and not english.head_initial
    assert "itu" in indonesian.anaphoric_tails  # "kunjungan itu"
    assert english.anaphoric_tails == frozenset()  # "this visit": the demonstrative comes first


def test_possessives_and_plurals_are_read_from_the_lexicon() -> None:
    indonesian, english = resources.load("id"), resources.load("en")
    assert indonesian.has_possessive_suffix("wicaranya") and not indonesian.has_possessive_suffix("nya")
    assert english.is_possessive_marker("'s") and english.is_possessive_marker("’s")
    assert not indonesian.is_possessive_marker("'s")
    assert english.singular("russians") == "russian" and indonesian.singular("rusias") == "rusias"


def test_each_language_keeps_its_own_words() -> None:
    """"sang" is an Indonesian article and an English verb: only Indonesian reads it as a determiner."""
    assert "sang" in resources.load("id").all_determiners
    assert "sang" not in resources.load("en").all_determiners


# --------------------------------------------------------------------------- no language in the code

# A word literal: letters, optionally joined by spaces, hyphens or apostrophes ("'s", "n't", "as well as").
WORD = re.compile(r"^['’]?[^\W\d_]+(?:[ '’-][^\W\d_]+)*\.?$")
CHECKED = ("extract", "nlp")

NOT_LANGUAGE = {
    # spaCy attributes and pipes, the Unicode normal form, the tagger's proper-noun tag
    "LOWER", "ORTH", "NFKD", "NNP", "sentencizer", "tagger", "morphologizer", "parser",
    # spaCy's config and pipeline keywords (kg/nlp/syntax.py builds components from a model's config)
    "factory", "after", "vocab", "nlp", "tokenizer",
    # attribute names and codec error handlers the tokenizer cache reads (kg/nlp/tokenizer.py)
    "pattern", "surrogatepass",
    # Universal Dependencies part-of-speech tags and relations, the same in every language (kg/extract/grammar.py)
    "ADP", "ADV", "AUX", "NOUN", "PART", "PROPN", "ROOT", "VERB", "amod", "appos", "case", "compound", "conj", "csubj",
    "flat", "nmod", "nsubj", "obl", "advcl", "mark", "obj", "xcomp", "ccomp", "acl", "aux", "advmod", "cop",
    "nummod", "det",
    # Universal Dependencies morphological features and their values (kg/extract/grammar.py: a plural subject, a
    # participle)
    "Number", "Plur", "VerbForm", "Part",
    # a key of triggers.json (kg/nlp/resources.py reads it; the schema names it)
    "mutual",
    # how a mention was found (Mention.method) and which rule found a fact (kg:rule)
    "gazetteer", "names", "names-weak", "names-speaker", "names-org-cue", "names-org-word",
    "names-after-preposition", "treaty-phrase", "numbered-instrument", "title-before-name",
    "title-gazetteer-country", "title-of-leader", "name-comma-title", "name-comma-genitive-title",
    "name-comma-holder-title", "role-of-leader", "title-possessor", "head-by-verb",
    "leader-role-phrase", "counterpart-office", "title-delegation-sender", "title-sender",
    "title-apposition", "title-surname-country", "title-name-holder-after", "demonym", "office-in-government-body",
    "title-of-body-told-before", "title-told-unnamed-before", "title-dateline-country", "title-press-country",
    "title-story-country", "treaty-signing", "treaty-relative", "treaty-list", "agreed-instrument",
    "title-in-capacity", "title-joined-before-title", "title-portfolio-ministry",
    "names-surname",
    "names-body-of-country", "names-leader-body", "names-after-place-noun", "names-meeting-party",
    "names-kin-apposition", "names-given-name", "names-dateline", "names-named-body", "names-family-name-again",
    "names-dateline-source", "names-listed-with-bodies", "names-sanction-target", "names-bare-body",
    "names-country-short-name", "names-city-given-name", "names-compass-region", "names-building-in-city",
    # gazetteer vocabulary: GazetteerEntry.subtype and .role values
    "Leader", "City", "Agency", "capital",
    # the slug of a name without letters or digits; the tag of a coreference key for names found by kg_names
    "x", "name",
    # spaCy config sections
    "initialize", "components", "path",
    # keys of the resource files, folders and component configs
    "file", "key", "triggers", "forms", "frame", "kind", "prepositions", "modality", "models", "lang",
    "namesakes", "countries", "person", "before",
    # the schema of dates.json and the slots of its templates (kg/nlp/date_patterns.py), spaCy's alignment mode
    "absolute", "relative", "months", "weekdays", "numbers", "abbreviations", "form", "unit", "offset", "within",
    "day", "month", "year", "mon", "mm", "yy", "wday", "weekday", "n", "expand",
    # date_patterns' messages about a malformed dates.json (collected, then raised together)
    "absolute must be a list of templates", "a month both named and numbered", "relative entry",
    # the keys of the calibration table's file (kg/extract/calibration.py), and $NEWSKG_CALIBRATION=none
    "about", "strength", "documents", "overall", "kinds", "rules", "value", "seen", "correct", "none",
}  # fmt: skip


def _skipped_nodes(tree: ast.AST) -> set[int]:
    """Docstrings, error messages, f-string pieces and the values of Enum classes (data-schema names)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skipped.add(id(first.value))
        if isinstance(node, ast.Raise | ast.JoinedStr) or _assigns_all(node) or (
                isinstance(node, ast.ClassDef) and any(getattr(b, "id", "").endswith("Enum") for b in node.bases)):
            skipped.update(id(n) for n in ast.walk(node))
    return skipped


def _assigns_all(node: ast.AST) -> bool:
    return isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets)


def word_literals(files: dict[str, str]) -> Counter[str]:
    """``{path: source}`` → the word literals in them (path:literal → count)."""
    found: Counter[str] = Counter()
    for path, source in files.items():
        tree = ast.parse(source)
        skipped = _skipped_nodes(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped
                    and WORD.match(node.value) and node.value not in NOT_LANGUAGE):
                found[f"{path}: {node.value!r}"] += 1
    return found


def _package_sources() -> dict[str, str]:
    return {str(p.relative_to(PACKAGE_DIR)): p.read_text(encoding="utf-8")
            for folder in CHECKED for p in sorted((PACKAGE_DIR / folder).rglob("*.py"))}


def test_no_natural_language_word_is_left_in_the_rules() -> None:
    """Words of a language belong in kg/lang/<code>/, where a new language can supply its own."""
    assert word_literals(_package_sources()) == Counter()


# the offline linker decides by the words around a mention: those words are kg/lang/<code>/linking.json's
OFFLINE_LINKER = ("link/offline.py", "link/cues.py", "link/people.py", "link/places.py")


def test_no_natural_language_word_is_left_in_the_offline_linker() -> None:
    sources = {name: (PACKAGE_DIR / name).read_text(encoding="utf-8") for name in OFFLINE_LINKER}
    assert word_literals(sources) == Counter()


def test_the_literal_count_sees_words() -> None:
    """The counter finds what it must: words in sets, calls and comparisons; not what it must not."""
    source = ('"""Docstring words."""\nSTOP = {"the", "yang"}\n'
              'def f(t):\n    """Doc."""\n    if t == "n\'t" or t.endswith("nya"):\n'
              '        raise ValueError(f"bad word {t}")\n    return "kg_rule", "names", ","\n')
    assert set(word_literals({"m.py": source})) == {"m.py: 'nya'", "m.py: 'the'", "m.py: 'yang'", 'm.py: "n\'t"'}


def test_no_branch_on_a_language_code() -> None:
    """Nothing in kg/extract or kg/nlp compares with a language code: the language's data decides."""
    codes = {code for info in language.registry().values() for code in (info.code, *info.aliases)}
    offending = []
    for path, source in _package_sources().items():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Compare | ast.Dict | ast.Set | ast.Tuple):
                constants = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant)]
                if any(isinstance(c, str) and c in codes for c in constants):
                    offending.append(f"{path}:{node.lineno}")
    assert offending == []


# --------------------------------------------------------------------------- explicit state in kg/nlp


def test_components_get_their_resources_through_initialize(tmp_path: Path) -> None:
    """A pipeline built on another gazetteer matches that gazetteer's names only: nothing global is read."""
    from kg import gazetteer
    from kg.nlp.pipeline import make_pipeline

    full = gazetteer.load()
    countries = [e for e in full.entries if e.type.value == "Country"]
    (tmp_path / gazetteer.ENTRIES_FILE).write_text(
        "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in countries), encoding="utf-8")
    text = "Vladimir Putin visited Vietnam."
    small = make_pipeline("en", str(tmp_path))
    default = make_pipeline("en")
    assert small is not default
    assert small.config["initialize"]["components"]["kg_gazetteer"]["gazetteer"]["path"] == str(tmp_path)
    known = {s.text: bool(s._.kg_candidates) for s in default(text).ents}
    assert known == {"Vladimir Putin": True, "Vietnam": True}
    assert {s.text: bool(s._.kg_candidates) for s in small(text).ents} == {"Vladimir Putin": False, "Vietnam": True}


def test_a_component_without_initialize_says_so() -> None:
    from kg.errors import ResourceError

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_gazetteer")
    with pytest.raises(ResourceError, match="kg_gazetteer has no gazetteer yet") as raised:
        nlp("Putin visited Vietnam.")
    assert "initialize" in raised.value.hint


def test_reset_is_the_one_place_that_forgets() -> None:
    from kg.nlp.pipeline import make_pipeline, reset

    before = make_pipeline("en"), resources.load("en")
    assert make_pipeline("en") is before[0] and resources.load("en") is before[1]
    reset()
    assert make_pipeline("en") is not before[0] and resources.load("en") is not before[1]
