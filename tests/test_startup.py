"""``kg build``'s start-up: spaCy imported without its own command line, rdflib's SPARQL grammar not built and the
online linker not imported (kg.cli.startup, kg.link), and nothing else changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUILD = """
import sys
from kg.cli import main
try:
    main(["build", "a.jsonl", "--no-store", "--out", "a.nq", "-q", "--lang", "en"], standalone_mode=False)
except SystemExit as stop:
    print("code", stop.code)
"""
"""A program's start: a one-document `kg build` in this process, then what the program asks about it."""

BUILD_THEN_SPACY_CLI = BUILD + """
print("built without spaCy's CLI", not any(name in sys.modules for name in ("spacy.cli", "typer", "weasel")))
import spacy
print("spacy.cli unset", not hasattr(spacy, "cli"))
from spacy.cli.info import info
import spacy.cli
print("real spacy.cli", spacy.cli.__file__.endswith("spacy/cli/__init__.py"), "typer" in sys.modules)
"""


def _python(program: str, cwd: Path) -> subprocess.CompletedProcess:
    # the installed kg, as in every other test's subprocess: a PYTHONPATH to this folder would import the mutation
    # run's instrumented copy (mutants/), which works only inside mutmut's own test process
    return subprocess.run([sys.executable, "-c", program], cwd=cwd, capture_output=True, text=True, timeout=300)


def _build_then(program: str, folder: Path) -> subprocess.CompletedProcess:
    """``program`` (which starts with :data:`BUILD`) run in ``folder`` on one English document; it must succeed."""
    (folder / "a.jsonl").write_text('{"id": "a", "text": "Joko Widodo visited Canberra on Monday."}\n',
                                    encoding="utf-8")
    done = _python(program, folder)
    assert done.returncode == 0, done.stderr
    return done


def test_a_build_does_not_import_spacys_command_line_and_a_later_import_gets_the_real_one(tmp_path: Path) -> None:
    done = _build_then(BUILD_THEN_SPACY_CLI, tmp_path)
    lines = done.stdout.splitlines()
    assert "code 0" in lines
    assert "built without spaCy's CLI True" in lines
    assert "spacy.cli unset True" in lines
    assert "real spacy.cli True True" in lines
    assert (tmp_path / "a.nq").read_text(encoding="utf-8").count("\n") > 5


def test_spacy_info_reaches_spacys_own_function(tmp_path: Path) -> None:
    program = """
from kg.cli.startup import spacy_cli_deferred
with spacy_cli_deferred():
    import spacy
data = spacy.info(markdown=False, silent=True)
print("spacy_version" in data, data["spacy_version"] == spacy.__version__)
"""
    done = _python(program, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


def test_nothing_is_deferred_when_spacy_was_imported_before(tmp_path: Path) -> None:
    program = """
import sys
import spacy
from kg.cli.startup import spacy_cli_deferred
real = sys.modules["spacy.cli"]
with spacy_cli_deferred():
    import spacy.cli
    print(spacy.cli is real, sys.modules["spacy.cli.info"].__file__.endswith("info.py"))
print(sys.modules["spacy.cli"] is real)
"""
    done = _python(program, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True"]


def test_a_module_of_spacys_command_line_imported_meanwhile_is_the_real_one(tmp_path: Path) -> None:
    """A module imported with spaCy (a plugin, say) that imports a module of spaCy's CLI gets spaCy's own module."""
    program = """
import sys
from kg.cli.startup import spacy_cli_deferred
with spacy_cli_deferred():
    import spacy
    from spacy.cli._util import app
print(sys.modules["spacy.cli._util"].__file__.endswith("spacy/cli/_util.py"), app.__class__.__name__)
import spacy.cli
print(hasattr(spacy.cli, "train_cli"))
"""
    done = _python(program, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "Typer", "True"]


REGISTRY_LOOKUPS = """
import importlib.metadata
import catalogue
import spacy
from kg.cli.startup import registry_entry_points_indexed

groups = sorted(importlib.metadata.entry_points().groups) + ["no_such_group"]

def found():
    return {group: [(e.name, e.value) for e in catalogue.Registry((group,), entry_points=True)._get_entry_points()]
            for group in groups}

def registries():
    return {name: sorted(getattr(spacy.registry, name).get_all()) for name in ("factories", "architectures", "misc")}

before, names = found(), registries()
print("indexed", registry_entry_points_indexed(), "again", registry_entry_points_indexed())
print("same entry points", found() == before, "same registries", registries() == names)
print("spacy groups", sum(1 for group in groups if group.startswith("spacy_") and before[group]) > 0)
"""


def test_spacys_registries_find_the_same_entry_points_in_one_look_up(tmp_path: Path) -> None:
    """``kg build`` gives catalogue a plain dict of the installed entry points by group: every group (and one no
    package declares) answers as ``select(group=…)`` did, in the same order, and the registries list the same
    names; a second call leaves the table alone."""
    done = _python(REGISTRY_LOOKUPS, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["indexed True again False", "same entry points True same registries True",
                                        "spacy groups True"]


BUILD_THEN_SPARQL = BUILD + """
print("built without the grammar", "rdflib.plugins.sparql.parser" not in sys.modules,
      "pyshacl" in sys.modules and "rdflib.plugins.sparql.processor" in sys.modules)
import rdflib
graph = rdflib.Graph()
graph.add((rdflib.URIRef("urn:a"), rdflib.URIRef("urn:p"), rdflib.Literal(2)))
rows = graph.query("SELECT ?s WHERE { ?s <urn:p> ?o FILTER(?o > 1) }")
print("query", [str(row.s) for row in rows])
graph.update("INSERT DATA { <urn:b> <urn:p> 3 }")
print("update", len(graph))
from rdflib.plugins.sparql.parser import Query, parseQuery
import rdflib.plugins.sparql
print("real parser", rdflib.plugins.sparql.parser.__file__.endswith("sparql/parser.py"), Query.__class__.__name__,
      parseQuery.__module__)
"""


def test_a_build_does_not_build_rdflibs_sparql_grammar_and_rdflibs_sparql_still_works(tmp_path: Path) -> None:
    """pySHACL imports rdflib's SPARQL package; a build parses no SPARQL with rdflib, so its parser module (the
    grammar) is not imported; a query, an update and a later import of the parser get rdflib's own."""
    done = _build_then(BUILD_THEN_SPARQL, tmp_path)
    assert done.stdout.splitlines()[-4:] == ["built without the grammar True True", "query ['urn:a']", "update 2",
                                             "real parser True And rdflib.plugins.sparql.parser"]
    assert "code 0" in done.stdout.splitlines()
    assert (tmp_path / "a.nq").read_text(encoding="utf-8").count("\n") > 5


def test_the_placeholder_parser_hands_every_name_to_rdflibs_own_and_nothing_is_deferred_after_an_import(
        tmp_path: Path) -> None:
    program = """
import sys
from kg.cli.startup import sparql_parser_deferred
with sparql_parser_deferred():
    import pyshacl
    from rdflib.plugins.sparql import evaluate, processor
    placeholder = sys.modules["rdflib.plugins.sparql.parser"]
    print("placeholder", not hasattr(placeholder, "__file__"))
    asked = processor.prepareQuery("ASK { ?s ?p ?o }").algebra.name
    print("parsed", asked, evaluate.parser.parseQuery("ASK {}")[1].name)
    real = sys.modules["rdflib.plugins.sparql.parser"]
    print("grammar", placeholder.Query.__class__.__name__, real is not placeholder)
real = sys.modules["rdflib.plugins.sparql.parser"]
with sparql_parser_deferred():
    import rdflib.plugins.sparql.parser
print("untouched", sys.modules["rdflib.plugins.sparql.parser"] is real, rdflib.plugins.sparql.parser is real)
"""
    done = _python(program, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["placeholder True", "parsed AskQuery AskQuery", "grammar And True",
                                        "untouched True True"]


BUILD_THEN_LINKER = BUILD + """
online = ("kg.link.online", "kg.link.client", "kg.link.cache", "kg.link.candidates", "kg.link.rewrite")
print("offline only", "kg.link.offline" in sys.modules, [name for name in online if name in sys.modules])
import kg.link
from kg.link import Client, link_store, rank
from kg.link.online import link_store as own
print("online", own is link_store, Client.__module__, rank.__module__, kg.link.rank is rank)
print("every name", all(getattr(kg.link, name) is not None for name in kg.link.__all__),
      set(kg.link.__all__) <= set(dir(kg.link)))
try:
    kg.link.no_such_name
except AttributeError as error:
    print("unknown", error)
"""


def test_a_build_links_offline_without_importing_the_online_linker_which_kg_link_still_names(tmp_path: Path) -> None:
    done = _build_then(BUILD_THEN_LINKER, tmp_path)
    assert done.stdout.splitlines()[-4:] == [
        "offline only True []", "online True kg.link.client kg.link.ranking True", "every name True True",
        "unknown module 'kg.link' has no attribute 'no_such_name'"]
    assert "<http://www.wikidata.org/entity/Q3318231>" in (tmp_path / "a.nq").read_text(encoding="utf-8")  # linked
